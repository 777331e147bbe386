#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

namespace Portiek::Server {

class Clock;
class Database;

// SMS login codes: 6 digits, valid 5 minutes, single use, bound to one sign-in attempt, 5 tries
// each. A new code replaces the previous one of the attempt.
class SmsCodes
{
public:
    struct Code
    {
        int number = 0; // 1 for the attempt's first code
        QDateTime sentAt;
        QDateTime expiresAt;
        int triesLeft = 0;
        bool used = false;
        QString requestKey; // the Idempotency-Key of the request that asked for it
    };
    struct Issued
    {
        Code code;
        QString digits; // goes into the SMS, never stored
    };
    enum class Check { Right, Wrong, Expired, Exhausted };

    SmsCodes(Database &database, const Clock &clock);

    // `number` is the attempt's count of codes including this one.
    // `requestKey`: the Idempotency-Key of the request for it, empty when none.
    std::optional<Issued> issue(const QString &attemptId, int number,
                                const QString &requestKey = {});
    // The attempt's newest code (the only one that can still be right).
    std::optional<Code> current(const QString &attemptId) const;
    // Checks `digits` against the attempt's newest code, counting a wrong try and using up a
    // right code; the code of an earlier SMS of the attempt is Expired (replaced) and costs no
    // try. `*triesLeft` is what the code has left afterwards.
    Check check(const QString &attemptId, const QString &digits, int *triesLeft);

private:
    static QByteArray codeHash(const QString &attemptId, const QString &digits);

    Database &m_database;
    const Clock &m_clock;
};

} // namespace Portiek::Server
