#include "server/app/apiroutes.h"

#include "server/organization/organizationroutes.h"

namespace Portiek::Server {

void registerApiRoutes(Router &router, const LoadedServerConfig &config)
{
    registerOrganizationRoutes(router, config.config.organization, config.logo);
}

} // namespace Portiek::Server
