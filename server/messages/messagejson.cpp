#include "server/messages/messagejson.h"

#include "server/messages/personrefs.h"
#include "server/signin/apijson.h"

#include <QJsonArray>

namespace Portiek::Server::MessageJson {

namespace {

QJsonValue orNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

} // namespace

QJsonObject contact(const PortalPerson &person, PersonRefs &refs)
{
    const QString role = roleName(person.role);
    return { { QStringLiteral("id"), person.id },
             { QStringLiteral("name"), person.name },
             { QStringLiteral("role"), role },
             { QStringLiteral("relation"),
               person.role == Role::Client ? QJsonValue(QJsonValue::Null)
                                           : orNull(person.relation) },
             { QStringLiteral("photoUrl"), orNull(refs.photoUrl(person.id, role)) },
             { QStringLiteral("canReceiveMessages"), person.canReceiveMessages } };
}

QJsonObject message(const StoredMessage &message, PersonRefs &refs)
{
    return { { QStringLiteral("id"), message.id },
             { QStringLiteral("conversationId"), message.conversationId },
             { QStringLiteral("sender"),
               refs.ref(message.senderId, message.senderName, message.senderRole) },
             { QStringLiteral("sentAt"), ApiJson::time(message.sentAt) },
             { QStringLiteral("text"), message.text } };
}

QJsonObject conversation(const StoredConversation &conversation, PersonRefs &refs)
{
    QJsonArray participants;
    for (const StoredParticipant &participant : conversation.participants)
        participants.append(refs.ref(participant.personId, participant.name, participant.role));
    return { { QStringLiteral("id"), conversation.id },
             { QStringLiteral("subject"), orNull(conversation.subject) },
             { QStringLiteral("participants"), participants },
             { QStringLiteral("lastMessage"),
               conversation.lastMessage ? QJsonValue(message(*conversation.lastMessage, refs))
                                        : QJsonValue(QJsonValue::Null) },
             { QStringLiteral("unreadCount"), conversation.unreadCount },
             { QStringLiteral("updatedAt"), ApiJson::time(conversation.updatedAt) } };
}

QString conversationPath(const QString &clientId, const QString &conversationId)
{
    return QStringLiteral("/api/v1/clients/%1/conversations/%2").arg(clientId, conversationId);
}

} // namespace Portiek::Server::MessageJson
