#include "server/messages/personrefs.h"

#include "server/photos/photostore.h"

namespace Portiek::Server {

PersonRefs::PersonRefs(const PhotoStore &photos, QString clientId)
    : m_photos(photos)
    , m_clientId(std::move(clientId))
{ }

QString PersonRefs::photoUrl(const QString &personId, const QString &role)
{
    const auto known = m_photoUrls.constFind(personId);
    if (known != m_photoUrls.cend())
        return *known;
    const QString url = role == roleName(Role::Client) ? m_photos.clientUrl(m_clientId)
                                                       : m_photos.personUrl(m_clientId, personId);
    m_photoUrls.insert(personId, url);
    return url;
}

QJsonObject PersonRefs::ref(const QString &personId, const QString &name, const QString &role)
{
    const QString url = photoUrl(personId, role);
    return { { QStringLiteral("id"), personId },
             { QStringLiteral("name"), name },
             { QStringLiteral("role"), role },
             { QStringLiteral("photoUrl"), url.isEmpty() ? QJsonValue(QJsonValue::Null) : url } };
}

} // namespace Portiek::Server
