#pragma once

#include "server/accounts/passwordhasher.h"
#include "server/app/servercontext.h"
#include "server/config/serverconfig.h"
#include "server/core/clock.h"

#include <QString>

#include <memory>
#include <optional>

namespace Portiek::Server {

class AccountStore;
class Database;
class Outbox;

// How ServerServices::open() deviates from production (tests, `portiek-server routes`).
struct ServerServicesOptions
{
    std::unique_ptr<Clock> clock; // default: SystemClock
    // Default: Argon2Cost::interactive(); in development builds the minimum when the
    // environment has PORTIEK_SERVER_ARGON2_COST=minimum (for tests that run the executable).
    std::optional<Argon2Cost> passwordCost;
    bool inMemoryDatabase = false; // ignore config.database; a private SQLite in memory
};

// Owns what a ServerContext refers to: the opened and migrated database, the clock, the password
// hasher and the stores. The serve command, the other subcommands and tests each make one.
class ServerServices
{
public:
    using Options = ServerServicesOptions;

    // Initialises libsodium, opens and migrates the database. On failure returns nothing and sets
    // `*error` to one line.
    static std::unique_ptr<ServerServices> open(const LoadedServerConfig &config, QString *error,
                                                Options options = {});
    ~ServerServices();
    ServerServices(const ServerServices &) = delete;
    ServerServices &operator=(const ServerServices &) = delete;

    ServerContext &context() { return *m_context; }
    const LoadedServerConfig &config() const { return m_config; }

private:
    ServerServices() = default;

    LoadedServerConfig m_config;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<Clock> m_clock;
    std::unique_ptr<PasswordHasher> m_passwordHasher;
    std::unique_ptr<AccountStore> m_accounts;
    std::unique_ptr<Outbox> m_outbox;
    std::unique_ptr<ServerContext> m_context;
};

} // namespace Portiek::Server
