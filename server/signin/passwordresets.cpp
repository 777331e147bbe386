#include "server/signin/passwordresets.h"

#include "server/core/clock.h"
#include "server/core/secrets.h"
#include "server/signin/signinrules.h"
#include "server/storage/database.h"

namespace Portiek::Server {

PasswordResets::PasswordResets(Database &database, const Clock &clock)
    : m_database(database)
    , m_clock(clock)
{ }

QString PasswordResets::normalizeCode(const QString &code)
{
    QString normalized;
    for (const QChar c : code) {
        if (c != u' ' && c != u'-')
            normalized.append(c.toUpper());
    }
    return normalized;
}

QString PasswordResets::decoySubject(const QString &usernameOrEmail)
{
    return QStringLiteral("decoy:")
        + QString::fromLatin1(Secrets::tokenHash(usernameOrEmail.trimmed().toCaseFolded()));
}

QByteArray PasswordResets::codeHash(const QString &subject, const QString &code)
{
    return Secrets::tokenHash(subject + u':' + code);
}

QString PasswordResets::issue(const QString &subject, const QString &personId,
                              const QString &requestKey)
{
    const QDateTime now = m_clock.now();
    const QString code = Secrets::randomReadableCode(SignInRules::ResetCodeLength);
    QSqlQuery query;
    // Delete, then insert: portable, and the old code is gone whatever happens next.
    if (!m_database.exec(query,
                         QStringLiteral("DELETE FROM password_reset_codes WHERE subject = ? "
                                        "OR expires_at < ?"),
                         { subject, toDbTime(now.addDays(-1)) })
        || !m_database.exec(query,
                            QStringLiteral("INSERT INTO password_reset_codes (subject, person_id, "
                                           "code_hash, created_at, expires_at, tries_left, "
                                           "request_key) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                            { subject, personId.isEmpty() ? QVariant() : QVariant(personId),
                              QString::fromLatin1(codeHash(subject, code)), toDbTime(now),
                              toDbTime(now.addSecs(SignInRules::ResetCodeValidSeconds)),
                              SignInRules::ResetCodeTries, nullIfEmpty(requestKey) })) {
        return {};
    }
    return code;
}

bool PasswordResets::issuedFor(const QString &subject, const QString &requestKey) const
{
    QSqlQuery query;
    return !requestKey.isEmpty()
        && m_database.exec(query,
                           QStringLiteral("SELECT 1 FROM password_reset_codes WHERE subject = ? "
                                          "AND request_key = ? AND used_at IS NULL "
                                          "AND tries_left > 0 AND expires_at > ?"),
                           { subject, requestKey, toDbTime(m_clock.now()) })
        && query.next();
}

PasswordResets::Check PasswordResets::check(const QString &subject, const QString &code)
{
    QSqlQuery query;
    if (!m_database.exec(query,
                         QStringLiteral("SELECT code_hash, expires_at, tries_left, used_at "
                                        "FROM password_reset_codes WHERE subject = ?"),
                         { subject })
        || !query.next()) {
        return Check::Wrong;
    }
    const QByteArray stored = query.value(0).toString().toLatin1();
    const QDateTime expiresAt = fromDbTime(query.value(1));
    const int triesLeft = query.value(2).toInt();
    const bool used = !query.value(3).isNull();
    if (used || triesLeft <= 0 || m_clock.now() >= expiresAt)
        return Check::Wrong;
    if (Secrets::constantTimeEquals(stored, codeHash(subject, normalizeCode(code))))
        return Check::Right;
    QSqlQuery update;
    m_database.exec(update,
                    QStringLiteral("UPDATE password_reset_codes SET tries_left = ? "
                                   "WHERE subject = ?"),
                    { triesLeft - 1, subject });
    return Check::Wrong;
}

void PasswordResets::markUsed(const QString &subject, const QString &confirmKey)
{
    QSqlQuery query;
    m_database.exec(query,
                    QStringLiteral("UPDATE password_reset_codes SET used_at = ?, confirm_key = ? "
                                   "WHERE subject = ?"),
                    { toDbTime(m_clock.now()), nullIfEmpty(confirmKey), subject });
}

bool PasswordResets::usedWith(const QString &subject, const QString &code,
                              const QString &confirmKey) const
{
    QSqlQuery query;
    if (confirmKey.isEmpty()
        || !m_database.exec(query,
                            QStringLiteral("SELECT code_hash FROM password_reset_codes "
                                           "WHERE subject = ? AND confirm_key = ? "
                                           "AND used_at IS NOT NULL AND expires_at > ?"),
                            { subject, confirmKey, toDbTime(m_clock.now()) })
        || !query.next()) {
        return false;
    }
    return Secrets::constantTimeEquals(query.value(0).toString().toLatin1(),
                                       codeHash(subject, normalizeCode(code)));
}

} // namespace Portiek::Server
