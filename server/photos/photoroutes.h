#pragma once

namespace Portiek::Server {

class Router;
struct ServerContext;

// Photos: GET/PUT/DELETE /api/v1/me/photo, GET/PUT/DELETE /api/v1/clients/{clientId}/photo
// (setting and removing need `manageAccess`) and GET
// /api/v1/clients/{clientId}/people/{personId}/photo for the people of that client's portal.
// Served as the stored JPEG with a strong ETag and `Cache-Control: private, no-cache`.
void registerPhotoRoutes(Router &router, const ServerContext &context);

} // namespace Portiek::Server
