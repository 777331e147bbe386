#include "server/signin/signinattempts.h"

#include "server/core/clock.h"
#include "server/core/secrets.h"
#include "server/signin/signinrules.h"
#include "server/storage/database.h"

namespace Portiek::Server {

const QString SignInAttempts::SmsCode = QStringLiteral("smsCode");
const QString SignInAttempts::ChangePassword = QStringLiteral("changePassword");
const QString SignInAttempts::AcceptTerms = QStringLiteral("acceptTerms");
const QString SignInAttempts::Done = QStringLiteral("done");

namespace {

// NOT NULL text columns: a null QString would be bound as NULL.
QVariant notNull(const QString &text)
{
    return text.isEmpty() ? QVariant(QStringLiteral("")) : QVariant(text);
}

const QString AttemptColumns = QStringLiteral(
    "id, person_id, kiosk, created_at, expires_at, remaining_steps, temporary_password, "
    "trusted_device_id, remember_device_name, password_changed, codes_sent, step_done, step_key");

// A row of AttemptColumns.
SignInAttempts::Attempt attemptFrom(const QSqlQuery &query)
{
    SignInAttempts::Attempt attempt;
    attempt.id = query.value(0).toString();
    attempt.personId = query.value(1).toString();
    attempt.kiosk = query.value(2).toInt() != 0;
    attempt.createdAt = fromDbTime(query.value(3));
    attempt.expiresAt = fromDbTime(query.value(4));
    attempt.remainingSteps = query.value(5).toString().split(u' ', Qt::SkipEmptyParts);
    attempt.temporaryPassword = query.value(6).toInt() != 0;
    attempt.trustedDeviceId = query.value(7).toString();
    attempt.rememberDeviceName = query.value(8).toString();
    attempt.passwordChanged = query.value(9).toInt() != 0;
    attempt.codesSent = query.value(10).toInt();
    attempt.stepDone = query.value(11).toString();
    attempt.stepKey = query.value(12).toString();
    return attempt;
}

} // namespace

SignInAttempts::SignInAttempts(Database &database, const Clock &clock)
    : m_database(database)
    , m_clock(clock)
{ }

std::optional<SignInAttempts::Started>
SignInAttempts::start(const QString &personId, const QHostAddress &address, bool kiosk,
                      const QStringList &steps, bool temporaryPassword,
                      const QString &trustedDeviceId, const QString &startKey)
{
    const QDateTime now = m_clock.now();
    Started started;
    started.token = Secrets::randomToken("si_");
    Attempt &attempt = started.attempt;
    attempt.id = Secrets::randomToken("sia_", 12);
    attempt.personId = personId;
    attempt.kiosk = kiosk;
    attempt.createdAt = now;
    attempt.expiresAt = now.addSecs(SignInRules::AttemptValidSeconds);
    attempt.remainingSteps = steps;
    attempt.temporaryPassword = temporaryPassword;
    attempt.trustedDeviceId = trustedDeviceId;
    QSqlQuery query;
    // Old attempts and their codes are of no use a day after they expired. Those started with a
    // temporary password stay: they are what makes that password work only once.
    m_database.exec(query,
                    QStringLiteral("DELETE FROM sign_in_attempts WHERE expires_at < ? "
                                   "AND temporary_password = 0"),
                    { toDbTime(now.addDays(-1)) });
    if (!m_database.exec(
            query,
            QStringLiteral(
                "INSERT INTO sign_in_attempts (id, token_hash, person_id, address, "
                "kiosk, created_at, expires_at, remaining_steps, temporary_password, "
                "trusted_device_id, start_key) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            { attempt.id, QString::fromLatin1(Secrets::tokenHash(started.token)), personId,
              notNull(address.isNull() ? QString() : address.toString()), kiosk ? 1 : 0,
              toDbTime(now), toDbTime(attempt.expiresAt), notNull(steps.join(u' ')),
              temporaryPassword ? 1 : 0, nullIfEmpty(trustedDeviceId), nullIfEmpty(startKey) })) {
        return std::nullopt;
    }
    return started;
}

std::optional<SignInAttempts::Started> SignInAttempts::resume(const QString &personId,
                                                              const QString &startKey)
{
    QSqlQuery query;
    if (startKey.isEmpty()
        || !m_database.exec(query,
                            QStringLiteral("SELECT ") + AttemptColumns
                                + QStringLiteral(" FROM sign_in_attempts WHERE person_id = ? "
                                                 "AND start_key = ? AND completed_at IS NULL "
                                                 "AND expires_at > ?"),
                            { personId, startKey, toDbTime(m_clock.now()) })
        || !query.next()) {
        return std::nullopt;
    }
    Started resumed { attemptFrom(query), Secrets::randomToken("si_") };
    if (!m_database.exec(
            query, QStringLiteral("UPDATE sign_in_attempts SET token_hash = ? WHERE id = ?"),
            { QString::fromLatin1(Secrets::tokenHash(resumed.token)), resumed.attempt.id })) {
        return std::nullopt;
    }
    return resumed;
}

std::optional<SignInAttempts::Attempt> SignInAttempts::find(const QString &token) const
{
    QSqlQuery query;
    if (token.isEmpty()
        || !m_database.exec(query,
                            QStringLiteral("SELECT ") + AttemptColumns
                                + QStringLiteral(" FROM sign_in_attempts WHERE token_hash = ? "
                                                 "AND completed_at IS NULL"),
                            { QString::fromLatin1(Secrets::tokenHash(token)) })
        || !query.next()) {
        return std::nullopt;
    }
    const Attempt attempt = attemptFrom(query);
    if (m_clock.now() >= attempt.expiresAt)
        return std::nullopt;
    return attempt;
}

std::optional<SignInAttempts::Repeat>
SignInAttempts::findRepeat(const QString &token, const QString &step, const QString &key) const
{
    QSqlQuery query;
    if (token.isEmpty() || key.isEmpty()
        || !m_database.exec(
            query,
            QStringLiteral("SELECT ") + AttemptColumns
                + QStringLiteral(", completed_at, session_token_hash, "
                                 "issued_device_id FROM sign_in_attempts "
                                 "WHERE token_hash = ? AND step_done = ? "
                                 "AND step_key = ? AND expires_at > ?"),
            { QString::fromLatin1(Secrets::tokenHash(token)), step, key, toDbTime(m_clock.now()) })
        || !query.next()) {
        return std::nullopt;
    }
    Repeat repeat;
    repeat.attempt = attemptFrom(query);
    repeat.completed = !query.value(13).isNull();
    repeat.sessionTokenHash = query.value(14).toString();
    repeat.issuedDeviceId = query.value(15).toString();
    return repeat;
}

bool SignInAttempts::temporaryPasswordUsedSince(const QString &personId,
                                                const QDateTime &since) const
{
    QSqlQuery query;
    return m_database.exec(query,
                           QStringLiteral("SELECT 1 FROM sign_in_attempts WHERE person_id = ? "
                                          "AND temporary_password = 1 AND created_at >= ?"),
                           { personId, toDbTime(since) })
        && query.next();
}

bool SignInAttempts::save(const Attempt &attempt)
{
    QSqlQuery query;
    return m_database.exec(
        query,
        QStringLiteral("UPDATE sign_in_attempts SET remaining_steps = ?, "
                       "remember_device_name = ?, password_changed = ?, "
                       "codes_sent = ?, step_done = ?, step_key = ? "
                       "WHERE id = ?"),
        { notNull(attempt.remainingSteps.join(u' ')), nullIfEmpty(attempt.rememberDeviceName),
          attempt.passwordChanged ? 1 : 0, attempt.codesSent, nullIfEmpty(attempt.stepDone),
          nullIfEmpty(attempt.stepKey), attempt.id });
}

bool SignInAttempts::complete(const QString &attemptId)
{
    QSqlQuery query;
    return m_database.exec(query,
                           QStringLiteral("UPDATE sign_in_attempts SET completed_at = ? "
                                          "WHERE id = ? AND completed_at IS NULL"),
                           { toDbTime(m_clock.now()), attemptId })
        && query.numRowsAffected() == 1;
}

bool SignInAttempts::saveIssued(const Attempt &attempt, const QString &sessionTokenHash,
                                const QString &deviceId)
{
    QSqlQuery query;
    return m_database.exec(query,
                           QStringLiteral("UPDATE sign_in_attempts SET step_done = ?, "
                                          "step_key = ?, remember_device_name = ?, "
                                          "session_token_hash = ?, issued_device_id = ? "
                                          "WHERE id = ?"),
                           { nullIfEmpty(attempt.stepDone), nullIfEmpty(attempt.stepKey),
                             nullIfEmpty(attempt.rememberDeviceName), nullIfEmpty(sessionTokenHash),
                             nullIfEmpty(deviceId), attempt.id });
}

} // namespace Portiek::Server
