#pragma once

#include "server/accounts/person.h"

#include <QJsonObject>

#include <memory>

namespace Portiek::Server {

class Router;
struct SignInServices;

// /api/v1/me, /api/v1/me/clients, PUT /api/v1/me/password and the trusted-device list.
void registerMeRoutes(Router &router, const std::shared_ptr<SignInServices> &services);

// `Me` and `ClientSummary` of docs/openapi.yaml. `photoUrl`: PhotoStore::meUrl() /
// clientUrl(), empty (null in JSON) when there is no photo.
QJsonObject meJson(const Person &person, const QString &photoUrl = {});
QJsonObject clientSummaryJson(const ClientLink &link, const QString &photoUrl = {});

} // namespace Portiek::Server
