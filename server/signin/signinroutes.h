#pragma once

namespace Portiek::Server {

class Router;
struct ServerContext;

// Everything of signing in that has no session yet: /api/v1/sign-in…, /api/v1/password-reset…
// and GET /api/v1/organization/terms; plus, through their own modules, the session and
// /api/v1/me routes. The one call apiroutes.cpp makes for this part of the API.
void registerSignInRoutes(Router &router, const ServerContext &context);

} // namespace Portiek::Server
