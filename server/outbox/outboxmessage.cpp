#include "server/outbox/outboxmessage.h"

namespace Portiek::Server {

QString OutboxMessage::channelName(Channel channel)
{
    return channel == Channel::Sms ? QStringLiteral("sms") : QStringLiteral("email");
}

QString OutboxMessage::statusName(Status status)
{
    switch (status) {
    case Status::Stored:
        return QStringLiteral("stored");
    case Status::Retrying:
        return QStringLiteral("retrying");
    case Status::Sent:
        return QStringLiteral("sent");
    }
    return {};
}

} // namespace Portiek::Server
