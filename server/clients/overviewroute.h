#pragma once

namespace Portiek::Server {

class Router;
struct ServerContext;

// GET /api/v1/clients/{clientId}/overview?from=…&to=…: what the home screen shows, in one
// answer instead of five. Each member is exactly what its own route answers for this person
// (sync-status; reports?limit=3; appointments between from and to; plans waiting for approval;
// unread-counts), asked through the router with the caller's own credentials, so rights, the
// access log and validation are those routes' own. A part the person has no right to is left
// out; a part that failed on the server's side is in `problems` under its name, and the other
// parts still come. A request the parts refuse as wrong (400, 422) is answered with that refusal.
void registerOverviewRoute(Router &router, const ServerContext &context);

} // namespace Portiek::Server
