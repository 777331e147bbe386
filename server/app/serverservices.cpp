#include "server/app/serverservices.h"

#include "server/accounts/accountstore.h"
#include "server/core/clock.h"
#include "server/core/secrets.h"
#include "server/outbox/outbox.h"
#include "server/storage/database.h"

namespace Portiek::Server {

namespace {

Argon2Cost defaultPasswordCost()
{
#ifdef PORTIEK_DEVELOPMENT_BUILD
    // Tests that run the built executable many times set this to stay fast. Release builds
    // ignore it, so a stray variable can never weaken a real portal's hashes.
    if (qEnvironmentVariable("PORTIEK_SERVER_ARGON2_COST") == QLatin1String("minimum"))
        return Argon2Cost::minimum();
#endif
    return Argon2Cost::interactive();
}

} // namespace

ServerServices::~ServerServices() = default;

std::unique_ptr<ServerServices> ServerServices::open(const LoadedServerConfig &config,
                                                     QString *error, Options options)
{
    if (!Secrets::initialize()) {
        *error = QStringLiteral("cannot initialise libsodium; no secrets can be made");
        return nullptr;
    }
    std::unique_ptr<ServerServices> services(new ServerServices);
    services->m_config = config;
    services->m_database = options.inMemoryDatabase
        ? Database::openInMemory(error)
        : Database::open(config.config.database, config.databasePassword, error);
    if (!services->m_database)
        return nullptr;
    if (!services->m_database->migrate(error)) {
        *error = QStringLiteral("cannot prepare the database: %1").arg(*error);
        return nullptr;
    }
    services->m_clock = options.clock ? std::move(options.clock) : std::make_unique<SystemClock>();
    services->m_passwordHasher
        = std::make_unique<PasswordHasher>(options.passwordCost.value_or(defaultPasswordCost()));
    services->m_accounts
        = std::make_unique<AccountStore>(*services->m_database, *services->m_clock);
    services->m_outbox = std::make_unique<Outbox>(*services->m_database, *services->m_clock);
    services->m_context.reset(new ServerContext { services->m_config, *services->m_database,
                                                  *services->m_clock, *services->m_passwordHasher,
                                                  *services->m_accounts, *services->m_outbox });
    return services;
}

} // namespace Portiek::Server
