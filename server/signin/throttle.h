#pragma once

#include <QHostAddress>
#include <QString>
#include <QStringList>

namespace Portiek::Server {

class Clock;
class Database;

// Growing waits after repeated failures (wrong password, wrong SMS or reset code), counted per
// key: one key per account and one per network address. A key's count only goes down by a
// successful sign-in (accounts) or by a quiet period; asking a new code never touches it.
class Throttle
{
public:
    struct Policy
    {
        int freeFailures; // failures before the first wait
        int firstWaitSeconds; // the wait after failure number `freeFailures`; doubles after
        int maxWaitSeconds;
        int forgetAfterSeconds; // a key with no failure for this long starts from zero

        // No wait before `failures` reaches freeFailures, then first, 2 × first, … ≤ max.
        int waitAfter(int failures) const;
    };
    // Accounts: the 8th failure waits 30 s, the 9th 60 s, … up to an hour; forgotten after a
    // quiet day. Eight, so that using up one code's 5 tries does not lock the account yet.
    static Policy accountPolicy();
    // Addresses are shared (a care location behind one router): more free failures, shorter
    // memory, so one person's typing does not lock out a building.
    static Policy addressPolicy();

    static QString accountKey(const QString &usernameKey);
    // IPv6 addresses count per /64: one household or office gets a whole prefix.
    static QString addressKey(const QHostAddress &address);
    // Forgotten-password requests and codes, per name asked for and per address; counted
    // like account failures (the strictest policy).
    static QString resetKey(const QString &usernameOrEmail);
    static QString resetAddressKey(const QHostAddress &address);

    Throttle(Database &database, const Clock &clock);

    // Seconds to wait before any of these keys may try again; 0 when none is waiting.
    qint64 retryAfter(const QStringList &keys) const;
    // Counts one failure on every key; returns the wait it starts (0 when none).
    qint64 recordFailure(const QStringList &keys);
    void reset(const QString &key);

private:
    static Policy policyFor(const QString &key);

    Database &m_database;
    const Clock &m_clock;
};

} // namespace Portiek::Server
