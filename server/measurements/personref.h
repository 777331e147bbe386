#pragma once

#include "server/accounts/person.h"

#include <QJsonObject>
#include <QString>

namespace Portiek::Server {

class PhotoStore;

// `PersonRef` of docs/openapi.yaml: who made or entered something, copied with it as they were
// then (name and role for this client), so it still reads right after their access ends. Used
// by own appointments and measurements.
struct PersonRef
{
    QString id;
    QString name;
    Role role = Role::Contact;

    static PersonRef of(const Person &person, Role roleForClient)
    {
        return { person.id, person.name(), roleForClient };
    }

    // {"id", "name", "role", "photoUrl"}; photoUrl is null when the person has no photo.
    QJsonObject toJson(const PhotoStore &photos, const QString &clientId) const;
};

} // namespace Portiek::Server
