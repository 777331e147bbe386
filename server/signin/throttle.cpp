#include "server/signin/throttle.h"

#include "server/core/clock.h"
#include "server/storage/database.h"

namespace Portiek::Server {

namespace {

const QString AccountPrefix = QStringLiteral("account:");
const QString AddressPrefix = QStringLiteral("address:");

struct Entry
{
    int failures = 0;
    QDateTime lastFailureAt;
};

Entry readEntry(Database &database, const QString &key)
{
    QSqlQuery query;
    Entry entry;
    if (database.exec(query,
                      QStringLiteral("SELECT failures, last_failure_at FROM sign_in_throttle "
                                     "WHERE throttle_key = ?"),
                      { key })
        && query.next()) {
        entry.failures = query.value(0).toInt();
        entry.lastFailureAt = fromDbTime(query.value(1));
    }
    return entry;
}

} // namespace

int Throttle::Policy::waitAfter(int failures) const
{
    if (failures < freeFailures)
        return 0;
    qint64 wait = firstWaitSeconds;
    for (int i = freeFailures; i < failures && wait < maxWaitSeconds; ++i)
        wait *= 2;
    return int(qMin<qint64>(wait, maxWaitSeconds));
}

Throttle::Policy Throttle::accountPolicy()
{
    return { 8, 30, 60 * 60, 24 * 60 * 60 };
}

Throttle::Policy Throttle::addressPolicy()
{
    return { 20, 30, 15 * 60, 60 * 60 };
}

QString Throttle::accountKey(const QString &usernameKey)
{
    return AccountPrefix + usernameKey;
}

QString Throttle::addressKey(const QHostAddress &address)
{
    bool isV4 = false;
    const quint32 v4 = address.toIPv4Address(&isV4);
    if (isV4)
        return AddressPrefix + QHostAddress(v4).toString();
    if (address.protocol() == QAbstractSocket::IPv6Protocol) {
        Q_IPV6ADDR bytes = address.toIPv6Address();
        for (int i = 8; i < 16; ++i)
            bytes[i] = 0;
        return AddressPrefix + QHostAddress(bytes).toString() + QStringLiteral("/64");
    }
    return AddressPrefix + QStringLiteral("unknown");
}

QString Throttle::resetKey(const QString &usernameOrEmail)
{
    return QStringLiteral("reset:") + usernameOrEmail.trimmed().toCaseFolded();
}

QString Throttle::resetAddressKey(const QHostAddress &address)
{
    return QStringLiteral("reset-") + addressKey(address);
}

Throttle::Throttle(Database &database, const Clock &clock)
    : m_database(database)
    , m_clock(clock)
{ }

Throttle::Policy Throttle::policyFor(const QString &key)
{
    return key.startsWith(AddressPrefix) ? addressPolicy() : accountPolicy();
}

qint64 Throttle::retryAfter(const QStringList &keys) const
{
    const QDateTime now = m_clock.now();
    qint64 longest = 0;
    for (const QString &key : keys) {
        const Entry entry = readEntry(m_database, key);
        if (!entry.lastFailureAt.isValid())
            continue;
        const QDateTime until
            = entry.lastFailureAt.addSecs(policyFor(key).waitAfter(entry.failures));
        longest = qMax(longest, now.secsTo(until));
    }
    return qMax<qint64>(0, longest);
}

qint64 Throttle::recordFailure(const QStringList &keys)
{
    const QDateTime now = m_clock.now();
    qint64 longest = 0;
    for (const QString &key : keys) {
        const Policy policy = policyFor(key);
        Entry entry = readEntry(m_database, key);
        const bool forgotten = entry.lastFailureAt.isValid()
            && entry.lastFailureAt.secsTo(now) >= policy.forgetAfterSeconds;
        const int failures = (forgotten ? 0 : entry.failures) + 1;
        QSqlQuery query;
        if (entry.lastFailureAt.isValid()) {
            m_database.exec(query,
                            QStringLiteral("UPDATE sign_in_throttle SET failures = ?, "
                                           "last_failure_at = ? WHERE throttle_key = ?"),
                            { failures, toDbTime(now), key });
        } else {
            m_database.exec(query,
                            QStringLiteral("INSERT INTO sign_in_throttle (throttle_key, failures, "
                                           "last_failure_at) VALUES (?, ?, ?)"),
                            { key, failures, toDbTime(now) });
        }
        longest = qMax<qint64>(longest, policy.waitAfter(failures));
    }
    return longest;
}

void Throttle::reset(const QString &key)
{
    QSqlQuery query;
    m_database.exec(query, QStringLiteral("DELETE FROM sign_in_throttle WHERE throttle_key = ?"),
                    { key });
}

} // namespace Portiek::Server
