#include "server/outbox/outbox.h"

#include "server/core/clock.h"
#include "server/core/secrets.h"
#include "server/logging.h"
#include "server/storage/database.h"

#include <QSqlQuery>

namespace Portiek::Server {

namespace {

const QString MessageColumns = QStringLiteral(
    "id, sequence, created_at, channel, person_id, recipient, subject, body, status, attempts, "
    "last_error, next_attempt_at, sent_at");

OutboxMessage readMessage(const QSqlQuery &query)
{
    OutboxMessage message;
    message.id = query.value(0).toString();
    message.sequence = query.value(1).toLongLong();
    message.createdAt = fromDbTime(query.value(2));
    message.channel = query.value(3).toString() == QLatin1String("email")
        ? OutboxMessage::Channel::Email
        : OutboxMessage::Channel::Sms;
    message.personId = query.value(4).toString();
    message.recipient = query.value(5).toString();
    message.subject = query.value(6).toString();
    message.body = query.value(7).toString();
    const QString status = query.value(8).toString();
    message.status = status == QLatin1String("sent") ? OutboxMessage::Status::Sent
        : status == QLatin1String("retrying")        ? OutboxMessage::Status::Retrying
                                                     : OutboxMessage::Status::Stored;
    message.attempts = query.value(9).toInt();
    message.lastError = query.value(10).toString();
    message.nextAttemptAt = fromDbTime(query.value(11));
    message.sentAt = fromDbTime(query.value(12));
    return message;
}

} // namespace

Outbox::Outbox(Database &database, const Clock &clock)
    : m_database(database)
    , m_clock(clock)
{ }

QString Outbox::enqueueSms(const QString &personId, const QString &mobile, const QString &text)
{
    return enqueue(OutboxMessage::Channel::Sms, personId, mobile, QString(), text);
}

QString Outbox::enqueueEmail(const QString &personId, const QString &address,
                             const QString &subject, const QString &body)
{
    return enqueue(OutboxMessage::Channel::Email, personId, address, subject, body);
}

QString Outbox::enqueue(OutboxMessage::Channel channel, const QString &personId,
                        const QString &recipient, const QString &subject, const QString &body)
{
    const QString id = Secrets::randomToken("msg_", 12);
    QSqlQuery query;
    // The sequence is taken in the same statement. Two processes (serve and a CLI command)
    // writing in the same instant might take the same number; that only blurs their order.
    const bool stored = m_database.exec(
        query,
        QStringLiteral("INSERT INTO outbox_messages (id, sequence, created_at, channel, person_id, "
                       "recipient, subject, body, status, attempts) "
                       "SELECT ?, COALESCE(MAX(sequence), 0) + 1, ?, ?, ?, ?, ?, ?, 'stored', 0 "
                       "FROM outbox_messages"),
        { id, toDbTime(m_clock.now()), OutboxMessage::channelName(channel),
          personId.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(personId),
          recipient,
          subject.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(subject), body });
    if (!stored) {
        qCCritical(lcServerOutbox).noquote() << "could not store an outbox message for" << recipient
                                             << "(" << OutboxMessage::channelName(channel) << ")";
        return {};
    }
    if (m_enqueued)
        m_enqueued();
    return id;
}

QList<OutboxMessage> Outbox::select(const QString &where, const QVariantList &values) const
{
    QList<OutboxMessage> messages;
    QSqlQuery query;
    if (!m_database.exec(
            query, QStringLiteral("SELECT %1 FROM outbox_messages %2").arg(MessageColumns, where),
            values))
        return messages;
    while (query.next())
        messages.append(readMessage(query));
    return messages;
}

QList<OutboxMessage> Outbox::all() const
{
    return select(QStringLiteral("ORDER BY sequence, created_at, id"), {});
}

QList<OutboxMessage> Outbox::due(int limit) const
{
    return select(QStringLiteral("WHERE status <> 'sent' AND (next_attempt_at IS NULL OR "
                                 "next_attempt_at <= ?) ORDER BY sequence, created_at, id LIMIT ?"),
                  { toDbTime(m_clock.now()), limit });
}

QDateTime Outbox::nextRetryAt() const
{
    QSqlQuery query;
    if (!m_database.exec(query,
                         QStringLiteral("SELECT MIN(next_attempt_at) FROM outbox_messages "
                                        "WHERE status <> 'sent'"),
                         {})
        || !query.next())
        return {};
    return fromDbTime(query.value(0));
}

bool Outbox::markSent(const QString &messageId)
{
    QSqlQuery query;
    return m_database.exec(query,
                           QStringLiteral("UPDATE outbox_messages SET status = 'sent', "
                                          "attempts = attempts + 1, sent_at = ?, "
                                          "next_attempt_at = NULL WHERE id = ?"),
                           { toDbTime(m_clock.now()), messageId });
}

bool Outbox::markFailed(const QString &messageId, const QString &error, const QDateTime &retryAt)
{
    QSqlQuery query;
    return m_database.exec(query,
                           QStringLiteral("UPDATE outbox_messages SET status = 'retrying', "
                                          "attempts = attempts + 1, last_error = ?, "
                                          "next_attempt_at = ? WHERE id = ?"),
                           { error.left(500), toDbTime(retryAt), messageId });
}

} // namespace Portiek::Server
