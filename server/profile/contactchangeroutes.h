#pragma once

namespace Portiek::Server {

class Router;
struct ServerContext;

// Changing one's own mobile number or e-mail address: POST /api/v1/me/mobile-change,
// /api/v1/me/mobile-change/confirm, /api/v1/me/email-change and /api/v1/me/email-change/confirm.
// The start asks the current password (with the sign-in's growing waits) and sends a code to
// the new number or address; the confirmation stores the new value, tells the old one, and
// answers the updated `Me`.
void registerContactChangeRoutes(Router &router, const ServerContext &context);

} // namespace Portiek::Server
