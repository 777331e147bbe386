#pragma once

#include <memory>

namespace Portiek::Server {

class Router;
struct SignInServices;

// POST /api/v1/password-reset and /api/v1/password-reset/confirm: a forgotten password, by
// username or e-mail address, with the same answer and the same work whether or not an
// account was found.
void registerPasswordResetRoutes(Router &router, const std::shared_ptr<SignInServices> &services);

} // namespace Portiek::Server
