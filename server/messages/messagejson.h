#pragma once

#include "server/messages/messagestore.h"
#include "server/messages/portalpeople.h"

#include <QJsonObject>

namespace Portiek::Server {

class PersonRefs;

// The JSON of docs/openapi.yaml for what MessageStore and PortalPeople hold.
namespace MessageJson {

QJsonObject contact(const PortalPerson &person, PersonRefs &refs);
QJsonObject message(const StoredMessage &message, PersonRefs &refs);
QJsonObject conversation(const StoredConversation &conversation, PersonRefs &refs);
// /api/v1/clients/{clientId}/conversations/{conversationId}
QString conversationPath(const QString &clientId, const QString &conversationId);

} // namespace MessageJson

} // namespace Portiek::Server
