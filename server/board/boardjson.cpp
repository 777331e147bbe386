#include "server/board/boardjson.h"

#include "server/messages/personrefs.h"
#include "server/signin/apijson.h"

#include <QJsonArray>

namespace Portiek::Server::BoardJson {

QString postPath(const QString &clientId, const QString &postId)
{
    return QStringLiteral("/api/v1/clients/%1/board/posts/%2").arg(clientId, postId);
}

QString photoPath(const QString &clientId, const QString &photoId)
{
    return QStringLiteral("/api/v1/clients/%1/board/photos/%2").arg(clientId, photoId);
}

QJsonObject photo(const QString &clientId, const StoredBoardPhoto &photo)
{
    const QString full = photoPath(clientId, photo.id);
    return { { QStringLiteral("id"), photo.id },
             { QStringLiteral("thumbnailUrl"), full + QStringLiteral("/thumbnail") },
             { QStringLiteral("fullUrl"), full },
             { QStringLiteral("width"), photo.width },
             { QStringLiteral("height"), photo.height } };
}

QJsonObject reaction(const StoredReaction &reaction, PersonRefs &refs, const QString &viewerId,
                     bool isAdministrator)
{
    return { { QStringLiteral("id"), reaction.id },
             { QStringLiteral("postId"), reaction.postId },
             { QStringLiteral("author"),
               refs.ref(reaction.author.id, reaction.author.name, reaction.author.role) },
             { QStringLiteral("createdAt"), ApiJson::time(reaction.createdAt) },
             { QStringLiteral("text"), reaction.text },
             { QStringLiteral("canDelete"), isAdministrator || reaction.author.id == viewerId } };
}

QJsonObject post(const StoredPost &post, PersonRefs &refs, const QString &viewerId,
                 bool isAdministrator)
{
    QJsonArray photos;
    for (const StoredBoardPhoto &one : post.photos)
        photos.append(photo(post.clientId, one));
    QJsonArray latest;
    for (const StoredReaction &one : post.latestReactions)
        latest.append(reaction(one, refs, viewerId, isAdministrator));
    return { { QStringLiteral("id"), post.id },
             { QStringLiteral("author"),
               refs.ref(post.author.id, post.author.name, post.author.role) },
             { QStringLiteral("createdAt"), ApiJson::time(post.createdAt) },
             { QStringLiteral("text"), post.text },
             { QStringLiteral("photos"), photos },
             { QStringLiteral("reactionCount"), post.reactionCount },
             { QStringLiteral("latestReactions"), latest },
             { QStringLiteral("canDelete"), isAdministrator || post.author.id == viewerId } };
}

} // namespace Portiek::Server::BoardJson
