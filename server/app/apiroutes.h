#pragma once

namespace Portiek::Server {

class Router;
struct ServerContext;

// The one place where every module registers its routes. A new module (accounts, sign-in,
// reports, …) adds one call here; `portiek-server routes` and the contract test then see its
// routes without further wiring. `context` outlives the router, so handlers may keep references.
void registerApiRoutes(Router &router, ServerContext &context);

} // namespace Portiek::Server
