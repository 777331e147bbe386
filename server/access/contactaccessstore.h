#pragma once

#include "server/access/contactaccess.h"

#include <QList>
#include <QString>

#include <optional>

namespace Portiek::Server {

class Clock;
class Database;

// The contact persons of a client (client_links with my_role 'contact'), with who invited them
// (contact_invitations, migration 8) and when they last signed in (sessions). The links
// themselves are AccountStore's; this store only reads them, changes a contact's rights and
// ends a contact's link. Database failures are logged by Database and reported as such.
class ContactAccessStore
{
public:
    ContactAccessStore(Database &database, const Clock &clock);

    // Alphabetically by family name, then given name; nullopt when the database failed.
    std::optional<QList<ContactAccess>> list(const QString &clientId) const;
    // nullopt when the person is not a contact of this client (`*failed` tells a database
    // failure apart).
    std::optional<ContactAccess> find(const QString &clientId, const QString &personId,
                                      bool *failed) const;

    // Replaces the contact's rights; manageAccess is never stored for a contact.
    bool setRights(const QString &clientId, const QString &personId, const Rights &rights);
    // Records (or renews) who invited the person and when; the invitation was sent now.
    bool recordInvitation(const QString &clientId, const QString &personId, const Person &inviter,
                          Role inviterRole);
    // The invitation was sent again now.
    bool recordResent(const QString &clientId, const QString &personId);
    // Removes the contact's link and invitation; what they wrote stays.
    bool end(const QString &clientId, const QString &personId);
    // How many clients the person is still linked to; -1 when the database failed.
    int linkCount(const QString &personId) const;

private:
    std::optional<QList<ContactAccess>> select(const QString &clientId,
                                               const QString &personId) const;

    Database &m_database;
    const Clock &m_clock;
};

} // namespace Portiek::Server
