#include "server/demo/demopeople.h"

#include "server/access/contactaccessstore.h"
#include "server/accounts/accountstore.h"
#include "server/app/servercontext.h"
#include "server/core/clock.h"
#include "server/demo/demoimages.h"
#include "server/photos/photostore.h"

namespace Portiek::Server {

namespace {

std::optional<DemoPerson> find(ServerContext &context, const QString &username,
                               const QString &clientId)
{
    const std::optional<Person> person = context.accounts.findByUsername(username);
    if (!person)
        return std::nullopt;
    const std::optional<ClientLink> link = context.accounts.linkFor(person->id, clientId);
    if (!link)
        return std::nullopt;
    return DemoPerson { *person, *link };
}

Rights neighbourRights()
{
    Rights rights;
    rights.agendaView = true;
    rights.messages = true;
    rights.board = true;
    return rights;
}

Rights daughterRights()
{
    Rights rights;
    rights.reportsRead = true;
    rights.plans = true;
    rights.agendaView = true;
    rights.messages = true;
    rights.board = true;
    return rights;
}

// Records who invited the contact, once: a later run keeps the first date.
bool recordInvitationOnce(ServerContext &context, const QString &clientId, const Person &contact,
                          const DemoPerson &inviter, const QDateTime &when)
{
    bool failed = false;
    const std::optional<ContactAccess> access
        = ContactAccessStore(context.database, context.clock).find(clientId, contact.id, &failed);
    if (failed)
        return false;
    if (!access || !access->invitedById.isEmpty())
        return true;
    ManualClock then(when);
    return ContactAccessStore(context.database, then)
        .recordInvitation(clientId, contact.id, inviter.person, inviter.link.myRole);
}

} // namespace

std::optional<DemoPeople> seedDemoPeople(ServerContext &context, const QString &clientId,
                                         const QDateTime &now, int *newPeople, QString *what)
{
    *newPeople = 0;
    DemoPeople people;
    people.client = find(context, QStringLiteral("gvandijk"), clientId);
    people.representative = find(context, QStringLiteral("mvandijk"), clientId);
    ContactAccessStore access(context.database, context.clock);
    PhotoStore photos(context);

    if (const std::optional<Person> anna
        = context.accounts.findByUsername(QStringLiteral("aboer"))) {
        *what = QStringLiteral("Anna Boer's access");
        if (context.accounts.linkFor(anna->id, clientId)
            && (!access.setRights(clientId, anna->id, neighbourRights())
                || (people.client
                    && !recordInvitationOnce(context, clientId, *anna, *people.client,
                                             now.addDays(-150)))
                || !photos.setPersonPhoto(anna->id, DemoImages::portrait(3), "image/png").ok()))
            return std::nullopt;
        people.neighbour = find(context, QStringLiteral("aboer"), clientId);
    }

    *what = QStringLiteral("Ellen van Dijk's account");
    std::optional<Person> ellen = context.accounts.findByUsername(QStringLiteral("evandijk"));
    if (!ellen) {
        Person fresh;
        fresh.username = QStringLiteral("evandijk");
        fresh.givenName = QStringLiteral("Ellen");
        fresh.familyNamePrefix = QStringLiteral("van");
        fresh.familyName = QStringLiteral("Dijk");
        fresh.email = QStringLiteral("ellen.vandijk@example.nl");
        fresh.mobile = QStringLiteral("+31612340612");
        fresh.role = Role::Contact;
        ellen = context.accounts.create(fresh);
        if (!ellen)
            return std::nullopt;
        ++*newPeople;
    }
    // Only a new link gets its rights; a portal administrator's later changes stay.
    if (!context.accounts.linkFor(ellen->id, clientId)
        && !context.accounts.linkClient(ellen->id, clientId, Role::Contact,
                                        QStringLiteral("dochter"), daughterRights()))
        return std::nullopt;
    if ((people.representative
         && !recordInvitationOnce(context, clientId, *ellen, *people.representative,
                                  now.addDays(-10)))
        || !photos.setPersonPhoto(ellen->id, DemoImages::portrait(5), "image/png").ok())
        return std::nullopt;
    people.daughter = find(context, QStringLiteral("evandijk"), clientId);
    return people;
}

} // namespace Portiek::Server
