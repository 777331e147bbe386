#include "server/app/apiroutes.h"
#include "server/cli/command.h"
#include "server/http/router.h"

namespace Portiek::Server {

int runRoutesCommand(const CommandContext &context)
{
    if (!context.arguments.isEmpty()) {
        return context.fail(ExitBadConfiguration,
                            QStringLiteral("\"routes\" takes no arguments (see --help)"));
    }
    // Routes do not depend on the configuration's content, so an empty one lists them all.
    Router router;
    registerApiRoutes(router, LoadedServerConfig());
    const QList<Router::RouteInfo> routes = router.routes();
    for (const Router::RouteInfo &route : routes)
        context.out << route.method << ' ' << route.pathTemplate << '\n';
    context.out.flush();
    return ExitOk;
}

} // namespace Portiek::Server
