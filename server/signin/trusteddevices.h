#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace Portiek::Server {

class Clock;
class Database;

// "Remember this computer": a random token per account and device, stored as a hash, valid
// 90 days, listed for the person and revocable; all are revoked when the password changes.
class TrustedDevices
{
public:
    struct Device
    {
        QString id; // "dev_…"
        QString name;
        QDateTime createdAt;
        QDateTime lastUsedAt; // null when never used to sign in
        QDateTime expiresAt;
    };
    struct Issued
    {
        Device device;
        QString token; // shown once, never stored
    };

    TrustedDevices(Database &database, const Clock &clock);

    std::optional<Issued> issue(const QString &personId, const QString &name);
    // The device this token belongs to when it is this person's, not revoked and not expired;
    // marks it used.
    std::optional<Device> use(const QString &personId, const QString &token);
    // The person's devices that still work, newest first.
    QList<Device> list(const QString &personId) const;
    std::optional<Device> find(const QString &personId, const QString &deviceId) const;
    // False when the person has no such working device.
    bool revoke(const QString &personId, const QString &deviceId);
    // How many were revoked.
    int revokeAll(const QString &personId);

private:
    QList<Device> select(const QString &condition, const QVariantList &values) const;

    Database &m_database;
    const Clock &m_clock;
};

} // namespace Portiek::Server
