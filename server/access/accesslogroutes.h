#pragma once

namespace Portiek::Server {

class Router;
struct ServerContext;

// listAccessLog of docs/openapi.yaml: the client's access log for the portal administrator,
// newest first, with from/to/actor filters; reading it is itself logged.
void registerAccessLogRoutes(Router &router, const ServerContext &context);

} // namespace Portiek::Server
