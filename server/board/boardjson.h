#pragma once

#include "server/board/boardstore.h"

#include <QJsonObject>

namespace Portiek::Server {

class PersonRefs;

// The JSON of docs/openapi.yaml for what BoardStore holds. `viewerId` and `isAdministrator`
// decide `canDelete`: the author and the portal administrator may delete.
namespace BoardJson {

QJsonObject photo(const QString &clientId, const StoredBoardPhoto &photo);
QJsonObject reaction(const StoredReaction &reaction, PersonRefs &refs, const QString &viewerId,
                     bool isAdministrator);
QJsonObject post(const StoredPost &post, PersonRefs &refs, const QString &viewerId,
                 bool isAdministrator);
// /api/v1/clients/{clientId}/board/posts/{postId}
QString postPath(const QString &clientId, const QString &postId);
// /api/v1/clients/{clientId}/board/photos/{photoId}
QString photoPath(const QString &clientId, const QString &photoId);

} // namespace BoardJson

} // namespace Portiek::Server
