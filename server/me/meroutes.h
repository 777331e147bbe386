#pragma once

#include "server/accounts/person.h"

#include <QJsonObject>

#include <memory>

namespace Portiek::Server {

class Router;
struct SignInServices;

// /api/v1/me, /api/v1/me/clients, PUT /api/v1/me/password and the trusted-device list.
void registerMeRoutes(Router &router, const std::shared_ptr<SignInServices> &services);

// `Me` and `ClientSummary` of docs/openapi.yaml.
QJsonObject meJson(const Person &person);
QJsonObject clientSummaryJson(const ClientLink &link);

} // namespace Portiek::Server
