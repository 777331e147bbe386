#include "core/contactlistmodel.h"

#include "core/contactphoto.h"
#include "core/logging.h"
#include "core/photoloader.h"
#include "core/portalapi.h"

#include <QCollator>
#include <QLocale>
#include <QStringList>
#include <QUrl>

#include <algorithm>
#include <utility>

ContactListModel::ContactListModel(PortalApi *api, QObject *parent)
    : QAbstractListModel(parent)
    , m_api(api)
{ }

void ContactListModel::setPhotoLoader(PhotoLoader *photos)
{
    if (m_photos)
        disconnect(m_photos, nullptr, this, nullptr);
    m_photos = photos;
    if (photos)
        connect(photos, &PhotoLoader::photoReady, this, &ContactListModel::onPhotoReady);
}

void ContactListModel::setClientId(const QString &clientId)
{
    m_clientId = clientId;
    reload();
}

void ContactListModel::reload()
{
    if (m_pending) {
        ApiReply *reply = m_pending;
        m_pending = nullptr;
        disconnect(reply, nullptr, this, nullptr);
        reply->abort();
    }
    beginResetModel();
    m_people.clear();
    m_loaded = false;
    m_error = ApiError();
    endResetModel();
    m_incoming.clear();
    if (!m_clientId.isEmpty())
        requestPage(QString(), 0);
    else
        emit loadingChanged(false);
}

void ContactListModel::requestPage(const QString &cursor, int page)
{
    QString path = QStringLiteral("/api/v1/clients/%1/contacts?limit=100")
                       .arg(QString::fromLatin1(QUrl::toPercentEncoding(m_clientId)));
    if (!cursor.isEmpty())
        path += QStringLiteral("&cursor=") + QString::fromLatin1(QUrl::toPercentEncoding(cursor));
    ApiReply *reply = m_api->get(path);
    m_pending = reply;
    connect(reply, &ApiReply::finished, this, [this, reply, page] { onPageFinished(reply, page); });
    if (page == 0)
        emit loadingChanged(true);
}

void ContactListModel::onPageFinished(ApiReply *reply, int page)
{
    if (reply != m_pending)
        return;
    m_pending = nullptr;
    QList<ContactPerson> people;
    QString next;
    QString problem;
    if (!reply->isOk()) {
        m_error = reply->error();
    } else if (!ContactPerson::pageFromJson(reply->json(), &people, &next, &problem)) {
        qCWarning(lcApi) << "contacts: the portal's answer is not a contact page:" << problem;
        m_error = ApiError(ApiError::Kind::NotAPortal, problem);
    }
    if (m_error.isError()) {
        m_incoming.clear();
        emit loadingChanged(false);
        emit loadFailed(m_error);
        return;
    }
    m_incoming.append(people);
    if (!next.isEmpty() && page + 1 < MaxPages) {
        requestPage(next, page + 1);
        return;
    }
    sortPeople(&m_incoming);
    beginResetModel();
    m_people = std::exchange(m_incoming, {});
    m_loaded = true;
    endResetModel();
    // Asked once per load; a person without a photo (404) keeps their initials.
    if (m_photos) {
        for (const ContactPerson &person : std::as_const(m_people)) {
            if (!person.photoPath.isEmpty())
                m_photos->load(person.photoPath);
        }
    }
    emit loadingChanged(false);
    emit loaded();
}

QString ContactListModel::sortKey(const QString &name)
{
    QStringList words = name.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words.size() < 2)
        return name;
    const QString given = words.takeFirst();
    // Dutch prefixes ("van", "de", "van der", "'t") are written in lower case and do not count.
    while (words.size() > 1 && !words.first().at(0).isUpper())
        words.removeFirst();
    return words.join(QLatin1Char(' ')) + QLatin1String(", ") + given;
}

void ContactListModel::sortPeople(QList<ContactPerson> *people)
{
    QCollator collator { QLocale(QLocale::Dutch, QLocale::Netherlands) };
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    collator.setNumericMode(true);
    std::stable_sort(people->begin(), people->end(),
                     [&collator](const ContactPerson &a, const ContactPerson &b) {
                         return collator.compare(sortKey(a.name), sortKey(b.name)) < 0;
                     });
}

ContactPerson ContactListModel::personAt(int row) const
{
    return row >= 0 && row < m_people.size() ? m_people.at(row) : ContactPerson();
}

int ContactListModel::rowOf(const QString &personId) const
{
    for (int row = 0; row < m_people.size(); ++row) {
        if (m_people.at(row).id == personId)
            return row;
    }
    return -1;
}

void ContactListModel::onPhotoReady(const QString &path)
{
    for (int row = 0; row < m_people.size(); ++row) {
        if (m_people.at(row).photoPath == path)
            emit dataChanged(index(row), index(row), { Qt::DecorationRole });
    }
}

int ContactListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_people.size());
}

QVariant ContactListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ContactPerson &person = m_people.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole: {
        QStringList lines { person.name };
        if (!person.relation.isEmpty())
            lines.append(person.relation);
        else if (person.role == ContactPerson::Role::Client)
            lines.append(tr("the client"));
        if (!person.canReceiveMessages)
            lines.append(tr("cannot receive messages"));
        return lines.join(role == Qt::DisplayRole ? QStringLiteral("\n") : QStringLiteral(", "));
    }
    case Qt::DecorationRole: {
        const QImage photo = m_photos && !person.photoPath.isEmpty()
            ? m_photos->cached(person.photoPath)
            : QImage();
        return ContactPhoto::decoration(photo, person.name);
    }
    case IdRole:
        return person.id;
    case NameRole:
        return person.name;
    case RelationRole:
        return person.relation;
    case PhotoPathRole:
        return person.photoPath;
    case CanReceiveMessagesRole:
        return person.canReceiveMessages;
    case PersonRole:
        return QVariant::fromValue(person);
    default:
        return {};
    }
}

QHash<int, QByteArray> ContactListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(IdRole, "personId");
    names.insert(NameRole, "name");
    names.insert(RelationRole, "relation");
    names.insert(PhotoPathRole, "photoPath");
    names.insert(CanReceiveMessagesRole, "canReceiveMessages");
    names.insert(PersonRole, "person");
    return names;
}
