#pragma once

namespace Portiek::Server {

class Router;
struct ServerContext;

// GET /api/v1/clients/{clientId} (the ClientSummary with the person's current rights) and
// GET /api/v1/clients/{clientId}/sync-status (last import, next expected one, the schedule).
// Both are open to everyone linked to the client.
void registerClientInfoRoutes(Router &router, const ServerContext &context);

} // namespace Portiek::Server
