#include "server/signin/smscodes.h"

#include "server/core/clock.h"
#include "server/core/secrets.h"
#include "server/signin/signinrules.h"
#include "server/storage/database.h"

namespace Portiek::Server {

SmsCodes::SmsCodes(Database &database, const Clock &clock)
    : m_database(database)
    , m_clock(clock)
{ }

QByteArray SmsCodes::codeHash(const QString &attemptId, const QString &digits)
{
    // Bound to the attempt: the same digits are no use in another attempt. A six-digit code
    // cannot be protected by its hash against someone who reads the database; what protects
    // it is that it lives 5 minutes and allows 5 tries.
    return Secrets::tokenHash(attemptId + u':' + digits);
}

std::optional<SmsCodes::Issued> SmsCodes::issue(const QString &attemptId, int number,
                                                const QString &requestKey)
{
    const QDateTime now = m_clock.now();
    Issued issued;
    issued.digits = Secrets::randomDigits(SignInRules::SmsCodeLength);
    issued.code.number = number;
    issued.code.sentAt = now;
    issued.code.expiresAt = now.addSecs(SignInRules::SmsCodeValidSeconds);
    issued.code.triesLeft = SignInRules::SmsCodeTriesPerCode;
    issued.code.requestKey = requestKey;
    QSqlQuery query;
    if (!m_database.exec(query,
                         QStringLiteral("INSERT INTO sms_codes (attempt_id, number, code_hash, "
                                        "sent_at, expires_at, tries_left, request_key) "
                                        "VALUES (?, ?, ?, ?, ?, ?, ?)"),
                         { attemptId, number,
                           QString::fromLatin1(codeHash(attemptId, issued.digits)), toDbTime(now),
                           toDbTime(issued.code.expiresAt), issued.code.triesLeft,
                           nullIfEmpty(requestKey) })) {
        return std::nullopt;
    }
    return issued;
}

std::optional<SmsCodes::Code> SmsCodes::current(const QString &attemptId) const
{
    QSqlQuery query;
    if (!m_database.exec(query,
                         QStringLiteral("SELECT number, sent_at, expires_at, tries_left, used_at, "
                                        "request_key FROM sms_codes WHERE attempt_id = ? "
                                        "ORDER BY number DESC LIMIT 1"),
                         { attemptId })
        || !query.next()) {
        return std::nullopt;
    }
    return Code { query.value(0).toInt(), fromDbTime(query.value(1)), fromDbTime(query.value(2)),
                  query.value(3).toInt(), !query.value(4).isNull(),   query.value(5).toString() };
}

SmsCodes::Check SmsCodes::check(const QString &attemptId, const QString &digits, int *triesLeft)
{
    const std::optional<Code> code = current(attemptId);
    *triesLeft = code ? code->triesLeft : 0;
    if (!code || code->used || m_clock.now() >= code->expiresAt)
        return Check::Expired;
    if (code->triesLeft <= 0)
        return Check::Exhausted;

    QSqlQuery query;
    if (!m_database.exec(query,
                         QStringLiteral("SELECT code_hash FROM sms_codes WHERE attempt_id = ? "
                                        "AND number = ?"),
                         { attemptId, code->number })
        || !query.next()) {
        return Check::Expired;
    }
    const QByteArray stored = query.value(0).toString().toLatin1();
    const bool right = digits.size() == SignInRules::SmsCodeLength
        && Secrets::constantTimeEquals(stored, codeHash(attemptId, digits));
    QSqlQuery update;
    if (right) {
        m_database.exec(update,
                        QStringLiteral("UPDATE sms_codes SET used_at = ? WHERE attempt_id = ? "
                                       "AND number = ?"),
                        { toDbTime(m_clock.now()), attemptId, code->number });
        return Check::Right;
    }
    // A code from an earlier SMS of this attempt: the person typed the wrong message, which is
    // "replaced", not a guess (docs/openapi.yaml: sms_code_expired).
    QSqlQuery older;
    if (digits.size() == SignInRules::SmsCodeLength
        && m_database.exec(
            older,
            QStringLiteral("SELECT 1 FROM sms_codes WHERE attempt_id = ? "
                           "AND number < ? AND code_hash = ?"),
            { attemptId, code->number, QString::fromLatin1(codeHash(attemptId, digits)) })
        && older.next()) {
        return Check::Expired;
    }
    *triesLeft = code->triesLeft - 1;
    m_database.exec(update,
                    QStringLiteral("UPDATE sms_codes SET tries_left = ? WHERE attempt_id = ? "
                                   "AND number = ?"),
                    { *triesLeft, attemptId, code->number });
    return Check::Wrong;
}

} // namespace Portiek::Server
