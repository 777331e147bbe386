#pragma once

#include "server/config/serverconfig.h"

namespace Portiek::Server {

class AccountStore;
class Clock;
class Database;
class Outbox;
class PasswordHasher;

// What the route modules receive: the configuration and the shared services. PortalServer owns
// them all and outlives the routes, so handlers may capture the references.
struct ServerContext
{
    const LoadedServerConfig &config;
    Database &database;
    const Clock &clock;
    PasswordHasher &passwordHasher;
    AccountStore &accounts;
    Outbox &outbox;
};

} // namespace Portiek::Server
