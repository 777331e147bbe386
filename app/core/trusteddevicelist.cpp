#include "core/trusteddevicelist.h"

#include "core/jsonpage.h"
#include "core/jsonreader.h"
#include "core/logging.h"
#include "core/portalapi.h"
#include "core/trusteddevicestore.h"

#include <QJsonArray>
#include <QLocale>
#include <QUrl>

#include <utility>

namespace {

constexpr int MaxDevices = 1000;

} // namespace

bool TrustedDevice::fromJson(const QJsonObject &json, TrustedDevice *device, QString *error)
{
    JsonReader reader(json, QStringLiteral("device"));
    TrustedDevice result;
    result.id = reader.id(QLatin1String("id"));
    result.name = reader.string(QLatin1String("name"), JsonReader::Required, 200).trimmed();
    result.createdAt = reader.dateTime(QLatin1String("createdAt"));
    if (reader.ok() && !json.contains(QLatin1String("lastUsedAt")))
        reader.fail(QStringLiteral("device.lastUsedAt is missing"));
    result.lastUsedAt = reader.dateTime(QLatin1String("lastUsedAt"), JsonReader::Optional);
    result.expiresAt = reader.dateTime(QLatin1String("expiresAt"));
    result.current = reader.boolean(QLatin1String("current"));
    if (!reader.ok()) {
        if (error)
            *error = reader.error();
        return false;
    }
    *device = result;
    return true;
}

bool TrustedDevice::pageFromJson(const QJsonObject &json, QList<TrustedDevice> *devices,
                                 QString *nextCursor, QString *error)
{
    return JsonPage::read(json, devices, nextCursor, error, &TrustedDevice::fromJson);
}

TrustedDeviceList::TrustedDeviceList(PortalApi *api, QObject *parent)
    : QAbstractListModel(parent)
    , m_api(api)
{ }

void TrustedDeviceList::setLocalStore(TrustedDeviceStore *store, const QString &key)
{
    m_store = store;
    m_key = key;
}

void TrustedDeviceList::start(ApiReply *reply)
{
    m_pending = reply;
    emit busyChanged(true);
}

void TrustedDeviceList::reload()
{
    if (m_pending)
        return;
    m_incoming.clear();
    requestPage(QString());
}

void TrustedDeviceList::requestPage(const QString &cursor)
{
    QString path = QStringLiteral("/api/v1/me/trusted-devices?limit=100");
    if (!cursor.isEmpty())
        path += QStringLiteral("&cursor=") + QString::fromLatin1(QUrl::toPercentEncoding(cursor));
    ApiReply *reply = m_api->get(path);
    connect(reply, &ApiReply::finished, this, [this, reply, cursor] { onPage(reply, cursor); });
    start(reply);
}

void TrustedDeviceList::onPage(ApiReply *reply, const QString &cursor)
{
    m_pending = nullptr;
    if (!reply->isOk()) {
        fail(reply->error());
        return;
    }
    QList<TrustedDevice> page;
    QString next;
    QString problem;
    if (!TrustedDevice::pageFromJson(reply->json(), &page, &next, &problem)) {
        qCWarning(lcApi) << "devices: the portal's answer is not a device page:" << problem;
        fail(ApiError(ApiError::Kind::NotAPortal, problem));
        return;
    }
    m_incoming.append(page);
    if (!next.isEmpty() && next != cursor && m_incoming.size() < MaxDevices) {
        requestPage(next);
        return;
    }
    beginResetModel();
    m_devices = m_incoming;
    m_incoming.clear();
    m_loaded = true;
    endResetModel();
    emit busyChanged(false);
    emit loaded();
}

bool TrustedDeviceList::revoke(const QString &deviceId)
{
    if (m_pending || deviceId.isEmpty())
        return false;
    bool current = false;
    for (const TrustedDevice &device : std::as_const(m_devices))
        current = current || (device.id == deviceId && device.current);
    ApiReply *reply = m_api->del(QStringLiteral("/api/v1/me/trusted-devices/")
                                 + QString::fromLatin1(QUrl::toPercentEncoding(deviceId)));
    connect(reply, &ApiReply::finished, this,
            [this, reply, deviceId, current] { onRevoked(reply, deviceId, current); });
    start(reply);
    return true;
}

bool TrustedDeviceList::revokeAll()
{
    if (m_pending)
        return false;
    ApiReply *reply = m_api->del(QStringLiteral("/api/v1/me/trusted-devices"));
    // Every device goes, this computer's as well, whether or not the list showed it.
    connect(reply, &ApiReply::finished, this, [this, reply] { onRevoked(reply, QString(), true); });
    start(reply);
    return true;
}

void TrustedDeviceList::onRevoked(ApiReply *reply, const QString &deviceId, bool wasThisComputer)
{
    m_pending = nullptr;
    // 404: it was gone already; for the person that is the same as removed.
    if (!reply->isOk() && reply->httpStatus() != 404) {
        fail(reply->error());
        return;
    }
    // A token the portal no longer accepts is only a useless secret on this computer.
    const bool forget = wasThisComputer && m_store && !m_key.isEmpty();
    if (forget)
        m_store->remove(m_key);
    emit busyChanged(false);
    emit revoked(deviceId, forget);
    reload();
}

void TrustedDeviceList::fail(const ApiError &error)
{
    m_incoming.clear();
    emit busyChanged(false);
    emit failed(error, sentenceFor(error));
}

QString TrustedDeviceList::sentenceFor(const ApiError &error)
{
    return tr("The list of remembered computers could not be changed or loaded.") + QLatin1Char(' ')
        + error.userMessage();
}

TrustedDevice TrustedDeviceList::deviceAt(int row) const
{
    return row >= 0 && row < m_devices.size() ? m_devices.at(row) : TrustedDevice();
}

bool TrustedDeviceList::hasCurrent() const
{
    for (const TrustedDevice &device : m_devices)
        if (device.current)
            return true;
    return false;
}

int TrustedDeviceList::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_devices.size());
}

QVariant TrustedDeviceList::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const TrustedDevice &device = m_devices.at(index.row());
    const QLocale locale;
    const QString used = device.lastUsedAt.isValid()
        ? tr("last used %1")
              .arg(locale.toString(device.lastUsedAt.toLocalTime().date(), QLocale::LongFormat))
        : tr("not used since it was added");
    const QString until
        = tr("remembered until %1")
              .arg(locale.toString(device.expiresAt.toLocalTime().date(), QLocale::LongFormat));
    const QString name = device.current ? tr("%1 — this computer").arg(device.name) : device.name;
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
    case Qt::ToolTipRole:
        return tr("%1\n%2, %3").arg(name, used, until);
    case IdRole:
        return device.id;
    case CurrentRole:
        return device.current;
    default:
        return {};
    }
}
