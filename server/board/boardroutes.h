#pragma once

namespace Portiek::Server {

class Router;
struct ServerContext;

// The bulletin board (docs/openapi.yaml, tag Board): posts with text and photos, reactions
// under them, and the photos themselves.
void registerBoardRoutes(Router &router, const ServerContext &context);

} // namespace Portiek::Server
