#pragma once

#include "server/accounts/person.h"

#include <QList>
#include <QString>

#include <optional>

namespace Portiek::Server {

class Database;

// The people of one client's portal: everyone linked to the client (the client, their
// representatives and the contact persons), with what messaging needs. The care team is never
// among them: messages never go to the care team.
struct PortalPerson
{
    QString id;
    QString name;
    QString givenName;
    QString familyName;
    Role role = Role::Contact;
    QString relation; // empty for the client themself
    bool canReceiveMessages = false;
};

namespace PortalPeople {

// Everyone linked to the client whose account is not disabled, alphabetically by family name,
// then given name (case ignored). nullopt when the database failed.
std::optional<QList<PortalPerson>> list(const Database &database, const QString &clientId);

// The client themself and representatives always can; a contact needs the messages right.
bool canReceiveMessages(Role role, const Rights &rights);

} // namespace PortalPeople

} // namespace Portiek::Server
