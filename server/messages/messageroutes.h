#pragma once

namespace Portiek::Server {

class Router;
struct ServerContext;

// Contacts and messages (docs/openapi.yaml, tag Messages): the people of a client's portal and
// conversations among them. Messages never go to the care team.
void registerMessageRoutes(Router &router, const ServerContext &context);

} // namespace Portiek::Server
