#pragma once

namespace Portiek::Server {

class Router;
struct ServerContext;

// Access management of docs/openapi.yaml, for the portal administrator (manageAccess):
// listContactAccess, inviteContact, getContactAccess, endContactAccess, setContactRights and
// resendContactInvitation; and the access log (accesslogroutes.h). Invitations, rights changes
// and ended access are written to the client's access log (`contactAccess`).
void registerAccessRoutes(Router &router, const ServerContext &context);

} // namespace Portiek::Server
