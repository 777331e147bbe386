#pragma once

#include <QDateTime>
#include <QString>

namespace Portiek::Server {

// A row of `outbox_messages`: one SMS or e-mail on its way to a person.
struct OutboxMessage
{
    enum class Channel { Sms, Email };
    // stored: waiting (no gateway configured, or not tried yet); retrying: the gateway failed at
    // least once and it will be tried again at nextAttemptAt; sent: the gateway accepted it.
    enum class Status { Stored, Retrying, Sent };

    QString id; // "msg_…"
    qint64 sequence = 0; // order of creation
    QDateTime createdAt;
    Channel channel = Channel::Sms;
    QString personId; // empty when not sent to a known person
    QString recipient; // E.164 number or e-mail address
    QString subject; // empty for SMS
    QString body;
    Status status = Status::Stored;
    int attempts = 0;
    QString lastError;
    QDateTime nextAttemptAt;
    QDateTime sentAt;

    static QString channelName(Channel channel); // "sms", "email"
    static QString statusName(Status status); // "stored", "retrying", "sent"
};

} // namespace Portiek::Server
