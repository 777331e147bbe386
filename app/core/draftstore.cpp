#include "core/draftstore.h"

#include "core/portalapi.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSaveFile>
#include <QUuid>

#include <algorithm>

Q_LOGGING_CATEGORY(lcDrafts, "portiek.drafts", QtInfoMsg)

namespace {

constexpr int FormatVersion = 1;
// A draft file is what one person typed; anything far larger is not ours.
constexpr qint64 MaxFileBytes = 1024 * 1024;

bool isSafeId(const QString &id)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9_-]{1,64}$"));
    return pattern.match(id).hasMatch();
}

bool isValidKey(const QByteArray &key)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9_-]{16,128}$"));
    return pattern.match(QString::fromLatin1(key)).hasMatch();
}

} // namespace

QJsonObject Draft::toJson() const
{
    return QJsonObject {
        { QStringLiteral("version"), FormatVersion },
        { QStringLiteral("kind"), kind },
        { QStringLiteral("clientId"), clientId },
        { QStringLiteral("id"), id },
        { QStringLiteral("fields"), fields },
        { QStringLiteral("idempotencyKey"), QString::fromLatin1(idempotencyKey) },
        { QStringLiteral("updatedAt"), updatedAt.toUTC().toString(Qt::ISODateWithMs) },
    };
}

bool Draft::fromJson(const QJsonObject &json, Draft *draft, QString *error)
{
    auto fail = [error](const QString &problem) {
        if (error)
            *error = problem;
        return false;
    };
    if (json.value(QLatin1String("version")).toInt() != FormatVersion)
        return fail(QStringLiteral("unknown version"));
    Draft result;
    result.kind = json.value(QLatin1String("kind")).toString();
    result.clientId = json.value(QLatin1String("clientId")).toString();
    result.id = json.value(QLatin1String("id")).toString();
    result.idempotencyKey = json.value(QLatin1String("idempotencyKey")).toString().toLatin1();
    result.updatedAt = QDateTime::fromString(json.value(QLatin1String("updatedAt")).toString(),
                                             Qt::ISODateWithMs);
    if (result.kind.isEmpty() || result.clientId.isEmpty())
        return fail(QStringLiteral("kind or clientId missing"));
    if (!isSafeId(result.id))
        return fail(QStringLiteral("id is not valid"));
    if (!isValidKey(result.idempotencyKey))
        return fail(QStringLiteral("idempotencyKey is not valid"));
    if (!json.value(QLatin1String("fields")).isObject())
        return fail(QStringLiteral("fields is not an object"));
    result.fields = json.value(QLatin1String("fields")).toObject();
    *draft = result;
    return true;
}

DraftStore::DraftStore(const QString &folder, const QString &owner, Clock clock, QObject *parent)
    : QObject(parent)
    , m_clock(std::move(clock))
{
    if (folder.isEmpty())
        return;
    // A hash, not the id itself: safe as a file name, and it does not say who used this computer.
    const QByteArray hash = QCryptographicHash::hash(owner.toUtf8(), QCryptographicHash::Sha256);
    m_folder = QDir(folder).filePath(QString::fromLatin1(hash.toHex().left(32)));
    if (!QDir().mkpath(m_folder)) {
        m_lastError = QStringLiteral("cannot create %1").arg(m_folder);
        qCWarning(lcDrafts) << "drafts: cannot create the folder" << m_folder;
    }
    // Care notes: only this user may read them.
    QFile::setPermissions(m_folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    loadAll();
}

void DraftStore::loadAll()
{
    const QDir dir(m_folder);
    const QStringList names = dir.entryList({ QStringLiteral("*.json") }, QDir::Files, QDir::Name);
    for (const QString &name : names) {
        QFile file(dir.filePath(name));
        if (file.size() > MaxFileBytes || !file.open(QIODevice::ReadOnly)) {
            qCWarning(lcDrafts) << "drafts: skipping unreadable file" << name;
            continue;
        }
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
        Draft draft;
        QString problem = parseError.errorString();
        // The file keeps its name: a copy written elsewhere must not pose as another draft.
        if (parseError.error != QJsonParseError::NoError || !document.isObject()
            || !Draft::fromJson(document.object(), &draft, &problem)
            || name != draft.id + QLatin1String(".json")) {
            // Left where it is: a person may still get the text out of it by hand.
            qCWarning(lcDrafts) << "drafts: skipping damaged file" << name << problem;
            continue;
        }
        m_drafts.insert(draft.id, draft);
    }
    if (!m_drafts.isEmpty())
        qCInfo(lcDrafts) << "drafts: found" << m_drafts.size() << "unsent";
}

Draft DraftStore::create(const QString &kind, const QString &clientId) const
{
    Draft draft;
    draft.kind = kind;
    draft.clientId = clientId;
    draft.id = QUuid::createUuid().toString(QUuid::Id128);
    draft.idempotencyKey = PortalApi::newIdempotencyKey();
    draft.updatedAt = m_clock();
    return draft;
}

QString DraftStore::pathFor(const QString &id) const
{
    return QDir(m_folder).filePath(id + QLatin1String(".json"));
}

bool DraftStore::write(const Draft &draft)
{
    if (m_folder.isEmpty())
        return true;
    QSaveFile file(pathFor(draft.id));
    if (!file.open(QIODevice::WriteOnly)) {
        m_lastError = file.errorString();
        qCWarning(lcDrafts) << "drafts: cannot write" << file.fileName() << m_lastError;
        return false;
    }
    file.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    file.write(QJsonDocument(draft.toJson()).toJson(QJsonDocument::Indented));
    if (!file.commit()) {
        m_lastError = file.errorString();
        qCWarning(lcDrafts) << "drafts: cannot write" << file.fileName() << m_lastError;
        return false;
    }
    m_lastError.clear();
    return true;
}

bool DraftStore::save(Draft &draft)
{
    if (!isSafeId(draft.id) || !isValidKey(draft.idempotencyKey) || draft.kind.isEmpty()
        || draft.clientId.isEmpty()) {
        m_lastError = QStringLiteral("not a draft made by create()");
        return false;
    }
    draft.updatedAt = m_clock();
    m_drafts.insert(draft.id, draft);
    const bool written = write(draft);
    emit changed(draft.kind, draft.clientId);
    return written;
}

void DraftStore::remove(const QString &id)
{
    const auto found = m_drafts.constFind(id);
    if (found == m_drafts.constEnd())
        return;
    const Draft draft = found.value();
    m_drafts.erase(found);
    if (!m_folder.isEmpty() && QFile::exists(pathFor(id)) && !QFile::remove(pathFor(id)))
        qCWarning(lcDrafts) << "drafts: cannot remove the file of a sent draft" << id;
    emit changed(draft.kind, draft.clientId);
}

Draft DraftStore::find(const QString &id) const
{
    return m_drafts.value(id);
}

QList<Draft> DraftStore::drafts(const QString &kind, const QString &clientId) const
{
    QList<Draft> found;
    for (const Draft &draft : m_drafts) {
        if (draft.kind == kind && draft.clientId == clientId)
            found.append(draft);
    }
    std::sort(found.begin(), found.end(), [](const Draft &a, const Draft &b) {
        return a.updatedAt != b.updatedAt ? a.updatedAt > b.updatedAt : a.id < b.id;
    });
    return found;
}

Draft DraftStore::latest(const QString &kind, const QString &clientId) const
{
    const QList<Draft> found = drafts(kind, clientId);
    return found.isEmpty() ? Draft() : found.first();
}

bool DraftStore::renewKey(const QString &id)
{
    auto found = m_drafts.find(id);
    if (found == m_drafts.end())
        return false;
    Draft draft = found.value();
    draft.idempotencyKey = PortalApi::newIdempotencyKey();
    return save(draft);
}
