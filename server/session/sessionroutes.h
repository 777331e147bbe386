#pragma once

#include "server/session/sessions.h"

#include <QJsonObject>

namespace Portiek::Server {

class Router;
struct ServerContext;

// GET/DELETE /api/v1/session and POST /api/v1/session/keep-alive.
void registerSessionRoutes(Router &router, const ServerContext &context);

// `Session` of docs/openapi.yaml.
QJsonObject sessionJson(const Sessions::Session &session);

} // namespace Portiek::Server
