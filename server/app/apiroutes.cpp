#include "server/app/apiroutes.h"

#include "server/app/servercontext.h"
#include "server/organization/organizationroutes.h"
#include "server/signin/signinroutes.h"

namespace Portiek::Server {

void registerApiRoutes(Router &router, ServerContext &context)
{
    registerOrganizationRoutes(router, context.config.config.organization, context.config.logo);
    registerSignInRoutes(router, context);
}

} // namespace Portiek::Server
