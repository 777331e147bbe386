#include "server/measurements/personref.h"

#include "server/photos/photostore.h"

namespace Portiek::Server {

QJsonObject PersonRef::toJson(const PhotoStore &photos, const QString &clientId) const
{
    const QString photoUrl = photos.personUrl(clientId, id);
    return { { QStringLiteral("id"), id },
             { QStringLiteral("name"), name },
             { QStringLiteral("role"), roleName(role) },
             { QStringLiteral("photoUrl"),
               photoUrl.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(photoUrl) } };
}

} // namespace Portiek::Server
