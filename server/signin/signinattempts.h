#pragma once

#include <QDateTime>
#include <QHostAddress>
#include <QString>
#include <QStringList>

#include <optional>

namespace Portiek::Server {

class Clock;
class Database;

// One sign-in attempt: started by a right username and password, valid 15 minutes, identified
// by a random token (stored hashed) that every further step sends back. It remembers which
// steps are still to do; steps are only ever removed.
class SignInAttempts
{
public:
    // The step names of docs/openapi.yaml (SignInStep).
    static const QString SmsCode;
    static const QString ChangePassword;
    static const QString AcceptTerms;
    static const QString Done;

    struct Attempt
    {
        QString id; // "sia_…"
        QString personId;
        bool kiosk = false;
        QDateTime createdAt;
        QDateTime expiresAt;
        QStringList remainingSteps; // in order; empty: ready to finish
        bool temporaryPassword = false; // started with a temporary password
        QString trustedDeviceId; // the device whose token skipped the SMS step
        QString rememberDeviceName; // asked at the SMS step; empty: not asked
        bool passwordChanged = false;
        int codesSent = 0;
        // The last step done (SmsCode, ChangePassword, AcceptTerms) and its request's
        // Idempotency-Key; empty when that request had none.
        QString stepDone;
        QString stepKey;

        QString next() const { return remainingSteps.isEmpty() ? Done : remainingSteps.first(); }
    };
    struct Started
    {
        Attempt attempt;
        QString token; // "si_…"
    };
    // An attempt whose step `stepDone` was done by a request with the key `stepKey`.
    struct Repeat
    {
        Attempt attempt;
        bool completed = false;
        QString sessionTokenHash; // what its final step issued; empty while running
        QString issuedDeviceId;
    };

    SignInAttempts(Database &database, const Clock &clock);

    // `startKey`: the start request's Idempotency-Key, empty when it had none.
    std::optional<Started> start(const QString &personId, const QHostAddress &address, bool kiosk,
                                 const QStringList &steps, bool temporaryPassword,
                                 const QString &trustedDeviceId, const QString &startKey);
    // The running attempt this person started with `startKey`, under a new token (the first
    // one's answer was lost, and tokens are only stored hashed); nullopt when there is none.
    std::optional<Started> resume(const QString &personId, const QString &startKey);
    // The attempt while it is running: nullopt when unknown, expired or completed.
    std::optional<Attempt> find(const QString &token) const;
    // True when this person started an attempt with their temporary password at or after
    // `since` (when that password was set): a temporary password works once.
    bool temporaryPasswordUsedSince(const QString &personId, const QDateTime &since) const;

    // The attempt of `token`, running or completed but not expired, whose last step was `step`
    // done with `key`: that step's request has come again. nullopt when there is none.
    std::optional<Repeat> findRepeat(const QString &token, const QString &step,
                                     const QString &key) const;

    // Stores the changed fields of a running attempt (steps, device name, flags, codes sent,
    // the last step and its key).
    bool save(const Attempt &attempt);
    bool complete(const QString &attemptId);
    // After complete(): the last step, its key, the device name asked for and what was issued
    // (a session, maybe a device).
    bool saveIssued(const Attempt &attempt, const QString &sessionTokenHash,
                    const QString &deviceId);

private:
    Database &m_database;
    const Clock &m_clock;
};

} // namespace Portiek::Server
