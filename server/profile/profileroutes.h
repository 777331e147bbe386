#pragma once

namespace Portiek::Server {

class Router;
struct ServerContext;

// GET /api/v1/clients/{clientId}/profile (right `profile`, access-logged) and the dossier's
// PUT /api/v1/import/clients/{clientId} (ProfileStore::importProfile).
void registerProfileRoutes(Router &router, const ServerContext &context);

} // namespace Portiek::Server
