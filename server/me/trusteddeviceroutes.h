#pragma once

#include <memory>

namespace Portiek::Server {

class Router;
struct SignInServices;

// GET/DELETE /api/v1/me/trusted-devices and DELETE /api/v1/me/trusted-devices/{deviceId}.
void registerTrustedDeviceRoutes(Router &router, const std::shared_ptr<SignInServices> &services);

} // namespace Portiek::Server
