#include "server/session/sessions.h"

#include "server/core/clock.h"
#include "server/core/secrets.h"
#include "server/signin/signinrules.h"
#include "server/storage/database.h"

namespace Portiek::Server {

namespace {

QDateTime idleExpiry(const QDateTime &lastSeen, int idleSeconds, const QDateTime &expiresAt)
{
    return qMin(lastSeen.addSecs(idleSeconds), expiresAt);
}

} // namespace

Sessions::Sessions(Database &database, const Clock &clock)
    : m_database(database)
    , m_clock(clock)
{ }

std::optional<Sessions::Issued> Sessions::create(const QString &personId, bool kiosk,
                                                 const QString &trustedDeviceId)
{
    using namespace SignInRules;
    const QDateTime now = m_clock.now();
    Issued issued;
    issued.token = Secrets::randomToken("st_");
    Session &session = issued.session;
    session.tokenHash = QString::fromLatin1(Secrets::tokenHash(issued.token));
    session.personId = personId;
    session.signedInAt = now;
    session.kiosk = kiosk;
    session.idleTimeoutSeconds = kiosk ? KioskSessionIdleSeconds : SessionIdleSeconds;
    session.expiresAt = now.addSecs(kiosk ? KioskSessionAbsoluteSeconds : SessionAbsoluteSeconds);
    session.idleExpiresAt = idleExpiry(now, session.idleTimeoutSeconds, session.expiresAt);
    session.lastSeenAt = now;
    session.trustedDeviceId = trustedDeviceId;
    QSqlQuery query;
    // Sessions that cannot come back (a day past their absolute limit) are only clutter.
    m_database.exec(query, QStringLiteral("DELETE FROM sessions WHERE expires_at < ?"),
                    { toDbTime(now.addDays(-1)) });
    if (!m_database.exec(
            query,
            QStringLiteral("INSERT INTO sessions (token_hash, person_id, created_at, last_seen_at, "
                           "idle_timeout_seconds, expires_at, kiosk, trusted_device_id) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
            { session.tokenHash, personId, toDbTime(now), toDbTime(now), session.idleTimeoutSeconds,
              toDbTime(session.expiresAt), kiosk ? 1 : 0,
              trustedDeviceId.isEmpty() ? QVariant() : QVariant(trustedDeviceId) })) {
        return std::nullopt;
    }
    return issued;
}

Sessions::Lookup Sessions::find(const QString &token, Session *session) const
{
    if (token.isEmpty())
        return Lookup::Unknown;
    const QString tokenHash = QString::fromLatin1(Secrets::tokenHash(token));
    Statement statement = m_database.statement(
        QStringLiteral("SELECT person_id, created_at, last_seen_at, idle_timeout_seconds, "
                       "expires_at, kiosk, trusted_device_id, ended_at FROM sessions "
                       "WHERE token_hash = ?"));
    if (!statement.exec({ tokenHash }) || !statement->next())
        return Lookup::Unknown;
    const QSqlQuery &query = *statement;
    Session found;
    found.tokenHash = tokenHash;
    found.personId = query.value(0).toString();
    found.signedInAt = fromDbTime(query.value(1));
    found.idleTimeoutSeconds = query.value(3).toInt();
    found.expiresAt = fromDbTime(query.value(4));
    found.lastSeenAt = fromDbTime(query.value(2));
    found.idleExpiresAt = idleExpiry(found.lastSeenAt, found.idleTimeoutSeconds, found.expiresAt);
    found.kiosk = query.value(5).toInt() != 0;
    found.trustedDeviceId = query.value(6).toString();
    const bool ended = !query.value(7).isNull();
    const QDateTime now = m_clock.now();
    if (ended || now >= found.idleExpiresAt || now >= found.expiresAt)
        return Lookup::Ended;
    *session = found;
    return Lookup::Valid;
}

void Sessions::touch(Session &session)
{
    const QDateTime now = m_clock.now();
    // Every authenticated request counts as activity. Writing each one would cost a commit (an
    // fsync on SQLite) per request, which limited a busy server to ~160 requests/s; within the
    // granularity the stored time stands, so the idle limit can only end a little early.
    if (session.lastSeenAt.isValid()
        && session.lastSeenAt.secsTo(now) < SignInRules::SessionTouchGranularitySeconds) {
        return;
    }
    session.lastSeenAt = now;
    session.idleExpiresAt = idleExpiry(now, session.idleTimeoutSeconds, session.expiresAt);
    QSqlQuery query;
    m_database.exec(query,
                    QStringLiteral("UPDATE sessions SET last_seen_at = ? WHERE token_hash = ?"),
                    { toDbTime(now), session.tokenHash });
}

void Sessions::end(const QString &tokenHash)
{
    QSqlQuery query;
    m_database.exec(query,
                    QStringLiteral("UPDATE sessions SET ended_at = ? WHERE token_hash = ? "
                                   "AND ended_at IS NULL"),
                    { toDbTime(m_clock.now()), tokenHash });
}

void Sessions::endAllFor(const QString &personId, const QString &keepTokenHash)
{
    // An empty `keepTokenHash` would be bound as NULL, and "<> NULL" matches nothing.
    QSqlQuery query;
    m_database.exec(query,
                    QStringLiteral("UPDATE sessions SET ended_at = ? WHERE person_id = ? "
                                   "AND ended_at IS NULL AND token_hash <> ?"),
                    { toDbTime(m_clock.now()), personId,
                      keepTokenHash.isEmpty() ? QStringLiteral("-") : keepTokenHash });
}

} // namespace Portiek::Server
