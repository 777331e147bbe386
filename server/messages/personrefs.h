#pragma once

#include "server/accounts/person.h"

#include <QHash>
#include <QJsonObject>
#include <QString>

namespace Portiek::Server {

class PhotoStore;

// `PersonRef` in docs/openapi.yaml, for the authors of messages, posts and reactions. The name
// and role are the ones stored with what they wrote; the photo is looked up once per person
// per request (a page of 25 messages has two or three senders).
class PersonRefs
{
public:
    PersonRefs(const PhotoStore &photos, QString clientId);

    // `role` as stored: "client", "representative" or "contact".
    QJsonObject ref(const QString &personId, const QString &name, const QString &role);
    // The `photoUrl`: the client's photo for the client, else the person's; empty: none.
    QString photoUrl(const QString &personId, const QString &role);

private:
    const PhotoStore &m_photos;
    QString m_clientId;
    QHash<QString, QString> m_photoUrls;
};

} // namespace Portiek::Server
