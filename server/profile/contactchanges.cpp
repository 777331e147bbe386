#include "server/profile/contactchanges.h"

#include "server/core/clock.h"
#include "server/core/secrets.h"
#include "server/signin/passwordresets.h"
#include "server/storage/database.h"

namespace Portiek::Server {

ContactChanges::ContactChanges(Database &database, const Clock &clock)
    : m_database(database)
    , m_clock(clock)
{ }

QString ContactChanges::channelName(Channel channel)
{
    return channel == Channel::Sms ? QStringLiteral("sms") : QStringLiteral("email");
}

QByteArray ContactChanges::codeHash(const QString &personId, Channel channel, const QString &code)
{
    // Bound to the person and channel: a code never fits someone else's pending change.
    return Secrets::tokenHash(personId + u':' + channelName(channel) + u':' + code);
}

std::optional<ContactChanges::Pending> ContactChanges::pending(const QString &personId,
                                                               Channel channel) const
{
    QSqlQuery query;
    if (!m_database.exec(query,
                         QStringLiteral("SELECT new_value, codes_sent, sent_at, expires_at, "
                                        "tries_left, used_at, request_key FROM contact_changes "
                                        "WHERE person_id = ? AND channel = ?"),
                         { personId, channelName(channel) })
        || !query.next())
        return std::nullopt;
    return Pending { query.value(0).toString(),  query.value(1).toInt(), fromDbTime(query.value(2)),
                     fromDbTime(query.value(3)), query.value(4).toInt(), !query.value(5).isNull(),
                     query.value(6).toString() };
}

std::optional<ContactChanges::Issued> ContactChanges::issue(const QString &personId,
                                                            Channel channel,
                                                            const QString &newValue,
                                                            const QString &requestKey)
{
    const QDateTime now = m_clock.now();
    const std::optional<Pending> previous = pending(personId, channel);
    // Codes asked in a row count on, so the resend wait cannot be reset by asking again.
    const int codesSent
        = previous && !previous->used && now < previous->expiresAt ? previous->codesSent + 1 : 1;
    const QString code = channel == Channel::Sms ? Secrets::randomDigits(codeLength(channel))
                                                 : Secrets::randomReadableCode(codeLength(channel));
    const Pending issued { newValue, codesSent, now,       now.addSecs(validSeconds(channel)),
                           Tries,    false,     requestKey };
    QSqlQuery query;
    if (!m_database.exec(query,
                         QStringLiteral("DELETE FROM contact_changes WHERE person_id = ? "
                                        "AND channel = ?"),
                         { personId, channelName(channel) })
        || !m_database.exec(query,
                            QStringLiteral("INSERT INTO contact_changes (person_id, channel, "
                                           "new_value, code_hash, codes_sent, sent_at, "
                                           "expires_at, tries_left, request_key) "
                                           "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                            { personId, channelName(channel), newValue,
                              QString::fromLatin1(codeHash(personId, channel, code)), codesSent,
                              toDbTime(issued.sentAt), toDbTime(issued.expiresAt), Tries,
                              nullIfEmpty(requestKey) })) {
        return std::nullopt;
    }
    return Issued { issued, code };
}

ContactChanges::Check ContactChanges::check(const QString &personId, Channel channel,
                                            const QString &code, QString *newValue,
                                            const QString &confirmKey)
{
    QSqlQuery query;
    if (!m_database.exec(query,
                         QStringLiteral("SELECT code_hash, new_value, expires_at, tries_left, "
                                        "used_at FROM contact_changes "
                                        "WHERE person_id = ? AND channel = ?"),
                         { personId, channelName(channel) })
        || !query.next())
        return Check::NoPendingChange;
    const QByteArray stored = query.value(0).toString().toLatin1();
    const QDateTime expiresAt = fromDbTime(query.value(2));
    const int triesLeft = query.value(3).toInt();
    if (!query.value(4).isNull() || triesLeft <= 0)
        return Check::Wrong;
    const QDateTime now = m_clock.now();
    if (now >= expiresAt)
        return Check::Expired;
    QSqlQuery update;
    if (Secrets::constantTimeEquals(
            stored, codeHash(personId, channel, PasswordResets::normalizeCode(code)))) {
        *newValue = query.value(1).toString();
        return m_database.exec(
                   update,
                   QStringLiteral("UPDATE contact_changes SET used_at = ?, "
                                  "confirm_key = ? WHERE person_id = ? "
                                  "AND channel = ?"),
                   { toDbTime(now), nullIfEmpty(confirmKey), personId, channelName(channel) })
            ? Check::Right
            : Check::Failed;
    }
    m_database.exec(update,
                    QStringLiteral("UPDATE contact_changes SET tries_left = ? "
                                   "WHERE person_id = ? AND channel = ?"),
                    { triesLeft - 1, personId, channelName(channel) });
    return Check::Wrong;
}

bool ContactChanges::usedWith(const QString &personId, Channel channel, const QString &code,
                              const QString &confirmKey) const
{
    QSqlQuery query;
    if (confirmKey.isEmpty()
        || !m_database.exec(query,
                            QStringLiteral("SELECT code_hash FROM contact_changes "
                                           "WHERE person_id = ? AND channel = ? "
                                           "AND confirm_key = ? AND used_at IS NOT NULL "
                                           "AND expires_at > ?"),
                            { personId, channelName(channel), confirmKey, toDbTime(m_clock.now()) })
        || !query.next()) {
        return false;
    }
    return Secrets::constantTimeEquals(
        query.value(0).toString().toLatin1(),
        codeHash(personId, channel, PasswordResets::normalizeCode(code)));
}

} // namespace Portiek::Server
