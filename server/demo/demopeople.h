#pragma once

#include "server/accounts/person.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace Portiek::Server {

struct ServerContext;

// Someone of the demo portal with their link to the client.
struct DemoPerson
{
    Person person;
    ClientLink link;
};

// The people around demo client 100482 whom the rest of the demo lets speak. A person whose
// account does not exist (a test database, a removed account) is left out, and so is what they
// would have written.
struct DemoPeople
{
    enum Who { Gerard, Mark, Ellen, Anna };

    std::optional<DemoPerson> client; // gvandijk, Gerard
    std::optional<DemoPerson> representative; // mvandijk, Mark (zoon)
    std::optional<DemoPerson> neighbour; // aboer, Anna (buurvrouw)
    std::optional<DemoPerson> daughter; // evandijk, Ellen (dochter)

    const std::optional<DemoPerson> &operator[](Who who) const
    {
        switch (who) {
        case Gerard:
            return client;
        case Mark:
            return representative;
        case Ellen:
            return daughter;
        case Anna:
            break;
        }
        return neighbour;
    }
};

// Gerard's contact persons as the manual advises ("geef niet iedereen automatisch alle
// rechten"): Anna, the neighbour Gerard invited, sees his agenda, sends messages and uses the
// board, but reads no dossier; Ellen, his daughter whom Mark invited, also reads reports and
// plans. Ellen's account is made here without a password: she has been invited and has not
// signed in yet (a new temporary password is one "send again" away). Both get a portrait.
// `*newPeople` counts the accounts made; nullopt (with `*what`) when the database failed.
std::optional<DemoPeople> seedDemoPeople(ServerContext &context, const QString &clientId,
                                         const QDateTime &now, int *newPeople, QString *what);

} // namespace Portiek::Server
