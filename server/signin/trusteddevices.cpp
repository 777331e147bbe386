#include "server/signin/trusteddevices.h"

#include "server/core/clock.h"
#include "server/core/secrets.h"
#include "server/signin/signinrules.h"
#include "server/storage/database.h"

namespace Portiek::Server {

TrustedDevices::TrustedDevices(Database &database, const Clock &clock)
    : m_database(database)
    , m_clock(clock)
{ }

std::optional<TrustedDevices::Issued> TrustedDevices::issue(const QString &personId,
                                                            const QString &name)
{
    const QDateTime now = m_clock.now();
    Issued issued;
    issued.token = Secrets::randomToken("dt_");
    issued.device.id = Secrets::randomToken("dev_", 9);
    issued.device.name = name.left(SignInRules::DeviceNameMaxLength);
    issued.device.createdAt = now;
    issued.device.expiresAt = now.addDays(SignInRules::TrustedDeviceValidDays);
    QSqlQuery query;
    if (!m_database.exec(query,
                         QStringLiteral("INSERT INTO trusted_devices (id, person_id, token_hash, "
                                        "name, created_at, expires_at) VALUES (?, ?, ?, ?, ?, ?)"),
                         { issued.device.id, personId, Secrets::tokenHash(issued.token),
                           issued.device.name, toDbTime(now),
                           toDbTime(issued.device.expiresAt) })) {
        return std::nullopt;
    }
    return issued;
}

std::optional<TrustedDevices::Device> TrustedDevices::use(const QString &personId,
                                                          const QString &token)
{
    const QList<Device> found = select(QStringLiteral("token_hash = ? AND person_id = ?"),
                                       { Secrets::tokenHash(token), personId });
    if (found.isEmpty())
        return std::nullopt;
    Device device = found.first();
    device.lastUsedAt = m_clock.now();
    QSqlQuery query;
    m_database.exec(query,
                    QStringLiteral("UPDATE trusted_devices SET last_used_at = ? WHERE id = ?"),
                    { toDbTime(device.lastUsedAt), device.id });
    return device;
}

QList<TrustedDevices::Device> TrustedDevices::list(const QString &personId) const
{
    return select(QStringLiteral("person_id = ?"), { personId });
}

std::optional<TrustedDevices::Device> TrustedDevices::find(const QString &personId,
                                                           const QString &deviceId) const
{
    const QList<Device> found
        = select(QStringLiteral("person_id = ? AND id = ?"), { personId, deviceId });
    if (found.isEmpty())
        return std::nullopt;
    return found.first();
}

bool TrustedDevices::revoke(const QString &personId, const QString &deviceId)
{
    if (!find(personId, deviceId))
        return false;
    QSqlQuery query;
    return m_database.exec(query,
                           QStringLiteral("UPDATE trusted_devices SET revoked_at = ? "
                                          "WHERE id = ? AND person_id = ?"),
                           { toDbTime(m_clock.now()), deviceId, personId });
}

int TrustedDevices::revokeAll(const QString &personId)
{
    QSqlQuery query;
    if (!m_database.exec(query,
                         QStringLiteral("UPDATE trusted_devices SET revoked_at = ? "
                                        "WHERE person_id = ? AND revoked_at IS NULL"),
                         { toDbTime(m_clock.now()), personId })) {
        return 0;
    }
    return query.numRowsAffected();
}

QList<TrustedDevices::Device> TrustedDevices::select(const QString &condition,
                                                     const QVariantList &values) const
{
    // Only working devices: a revoked or expired one is as good as gone.
    QVariantList bound = values;
    bound.append(toDbTime(m_clock.now()));
    QSqlQuery query;
    QList<Device> devices;
    if (!m_database.exec(query,
                         QStringLiteral("SELECT id, name, created_at, last_used_at, expires_at "
                                        "FROM trusted_devices WHERE ")
                             + condition
                             + QStringLiteral(" AND revoked_at IS NULL AND expires_at > ? "
                                              "ORDER BY created_at DESC, id"),
                         bound)) {
        return devices;
    }
    while (query.next()) {
        devices.append({ query.value(0).toString(), query.value(1).toString(),
                         fromDbTime(query.value(2)), fromDbTime(query.value(3)),
                         fromDbTime(query.value(4)) });
    }
    return devices;
}

} // namespace Portiek::Server
