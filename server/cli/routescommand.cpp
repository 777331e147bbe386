#include "server/app/apiroutes.h"
#include "server/app/serverservices.h"
#include "server/cli/command.h"
#include "server/http/router.h"

namespace Portiek::Server {

int runRoutesCommand(const CommandContext &context)
{
    if (!context.arguments.isEmpty()) {
        return context.fail(ExitBadConfiguration,
                            QStringLiteral("\"routes\" takes no arguments (see --help)"));
    }
    // Routes do not depend on the configuration's content, so an empty one (and a private
    // database in memory) lists them all.
    QString error;
    ServerServices::Options options;
    options.inMemoryDatabase = true;
    options.passwordCost = Argon2Cost::minimum();
    const std::unique_ptr<ServerServices> services
        = ServerServices::open(LoadedServerConfig(), &error, std::move(options));
    if (!services)
        return context.fail(ExitCannotServe, error);
    Router router;
    registerApiRoutes(router, services->context());
    const QList<Router::RouteInfo> routes = router.routes();
    for (const Router::RouteInfo &route : routes) {
        context.out << route.method << ' ' << route.pathTemplate;
        if (!route.access.isEmpty())
            context.out << ' ' << route.access;
        context.out << '\n';
    }
    context.out.flush();
    return ExitOk;
}

} // namespace Portiek::Server
