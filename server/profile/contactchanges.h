#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

namespace Portiek::Server {

class Clock;
class Database;

// Pending changes of a person's own mobile number or e-mail address (docs/openapi.yaml,
// startMobileChange … confirmEmailChange): the new value waits with a code sent to it until the
// person types that code. One pending change per person and channel; a new start replaces it.
// Codes are stored only as hashes, are single use and have 5 tries.
class ContactChanges
{
public:
    enum class Channel { Sms, Email };

    // The contract's numbers: SMS 6 digits for 10 minutes, e-mail 8 readable characters for
    // 30 minutes; 5 tries each. A new code at the earliest a minute after the first, then 2, 4,
    // 8 and at most 10 minutes after each next one: no flood of messages to someone's number.
    static int codeLength(Channel channel) { return channel == Channel::Sms ? 6 : 8; }
    static int validSeconds(Channel channel) { return channel == Channel::Sms ? 10 * 60 : 30 * 60; }
    static constexpr int Tries = 5;
    static constexpr int FirstResendWaitSeconds = 60;
    static constexpr int MaxResendWaitSeconds = 10 * 60;

    struct Pending
    {
        QString newValue;
        int codesSent = 0;
        QDateTime sentAt;
        QDateTime expiresAt;
        int triesLeft = 0;
        bool used = false;
        QString requestKey; // the Idempotency-Key of the request that asked for it

        QDateTime resendAvailableAt() const
        {
            qint64 wait = FirstResendWaitSeconds;
            for (int i = 1; i < codesSent && wait < MaxResendWaitSeconds; ++i)
                wait *= 2;
            return sentAt.addSecs(qMin<qint64>(wait, MaxResendWaitSeconds));
        }
    };
    struct Issued
    {
        Pending pending;
        QString code; // goes to the new address, never stored
    };
    enum class Check { Right, Wrong, Expired, NoPendingChange, Failed };

    ContactChanges(Database &database, const Clock &clock);

    std::optional<Pending> pending(const QString &personId, Channel channel) const;
    // A new code for `newValue`, replacing any pending change of that channel; nothing when the
    // database failed. Run it in the caller's transaction with the outbox write.
    std::optional<Issued> issue(const QString &personId, Channel channel, const QString &newValue,
                                const QString &requestKey = {});
    // Checks the code of the pending change, counting a wrong try. Right marks it used (in the
    // caller's transaction with the change itself); `*newValue` is the value to store.
    // Used or exhausted codes are Wrong; a code after its expiry Expired (and costs no try).
    // Spaces, dashes and case do not matter (PasswordResets::normalizeCode). `confirmKey`: the
    // confirmation's Idempotency-Key, kept with the used code; empty when it had none.
    Check check(const QString &personId, Channel channel, const QString &code, QString *newValue,
                const QString &confirmKey = {});
    // True when `code` was used by the confirmation with this key and would still be valid:
    // that confirmation has come again. Counts no try.
    bool usedWith(const QString &personId, Channel channel, const QString &code,
                  const QString &confirmKey) const;

    static QString channelName(Channel channel); // "sms", "email"

private:
    static QByteArray codeHash(const QString &personId, Channel channel, const QString &code);

    Database &m_database;
    const Clock &m_clock;
};

} // namespace Portiek::Server
