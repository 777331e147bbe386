#pragma once

#include <QString>

namespace Portiek::Server {

class Clock;
class Database;

// Forgotten-password codes: 8 readable characters, valid 30 minutes, single use, 5 tries. One
// code per subject (a person, or a decoy for a name that matched nobody, so that the server
// does the same work either way); a new request replaces the previous code.
class PasswordResets
{
public:
    enum class Check { Right, Wrong };

    PasswordResets(Database &database, const Clock &clock);

    // Upper case, spaces and dashes removed: "k7qm-4xpa" is "K7QM4XPA".
    static QString normalizeCode(const QString &code);
    // The subject for a name that matched no account.
    static QString decoySubject(const QString &usernameOrEmail);

    // A new code for the subject; empty when the database failed. `personId` empty for a decoy;
    // `requestKey`: the request's Idempotency-Key, empty when it had none.
    QString issue(const QString &subject, const QString &personId, const QString &requestKey = {});
    // True when the subject's code was issued for the request with this key and still works.
    bool issuedFor(const QString &subject, const QString &requestKey) const;
    // Wrong also for an unknown, used, expired or exhausted code; a wrong try is counted.
    Check check(const QString &subject, const QString &code);
    // `confirmKey`: the confirmation's Idempotency-Key, empty when it had none.
    void markUsed(const QString &subject, const QString &confirmKey = {});
    // True when the subject's code `code` was used by the confirmation with this key and would
    // still be valid: that confirmation has come again. Counts no try.
    bool usedWith(const QString &subject, const QString &code, const QString &confirmKey) const;

private:
    static QByteArray codeHash(const QString &subject, const QString &code);

    Database &m_database;
    const Clock &m_clock;
};

} // namespace Portiek::Server
