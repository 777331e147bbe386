#pragma once

#include "server/outbox/outboxmessage.h"

#include <QList>
#include <QString>

#include <functional>

namespace Portiek::Server {

class Clock;
class Database;

// Every SMS and e-mail the server sends goes into outbox_messages first, so nothing is lost when
// the gateway is down, and the demo and tests can read them (`portiek-server outbox`).
// OutboxDelivery hands them to the gateway.
class Outbox
{
public:
    Outbox(Database &database, const Clock &clock);

    // Store a message; returns its id, empty when the database failed (logged).
    QString enqueueSms(const QString &personId, const QString &mobile, const QString &text);
    QString enqueueEmail(const QString &personId, const QString &address, const QString &subject,
                         const QString &body);

    // Called after each stored message (OutboxDelivery uses it to deliver at once).
    void setEnqueuedCallback(std::function<void()> callback) { m_enqueued = std::move(callback); }

    // Every message, oldest first.
    QList<OutboxMessage> all() const;
    // Not yet sent and due (nextAttemptAt null or not after now), oldest first.
    QList<OutboxMessage> due(int limit) const;
    // The earliest nextAttemptAt of the messages waiting to be retried; null when none.
    QDateTime nextRetryAt() const;

    bool markSent(const QString &messageId);
    bool markFailed(const QString &messageId, const QString &error, const QDateTime &retryAt);

private:
    QString enqueue(OutboxMessage::Channel channel, const QString &personId,
                    const QString &recipient, const QString &subject, const QString &body);
    QList<OutboxMessage> select(const QString &where, const QVariantList &values) const;

    Database &m_database;
    const Clock &m_clock;
    std::function<void()> m_enqueued;
};

} // namespace Portiek::Server
