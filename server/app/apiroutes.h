#pragma once

#include "server/config/serverconfig.h"

namespace Portiek::Server {

class Router;

// The one place where every module registers its routes. A new module (accounts, sign-in,
// reports, …) adds one call here; `portiek-server routes` and the contract test then see its
// routes without further wiring.
void registerApiRoutes(Router &router, const LoadedServerConfig &config);

} // namespace Portiek::Server
