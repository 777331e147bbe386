#pragma once

#include "server/config/serverconfig.h"

#include <QByteArray>
#include <QDateTime>

namespace Portiek::Server {

class Router;

// GET /api/v1/organization/terms: public, so the sign-in's acceptTerms step can show the text
// before a session exists. `publishedAt` is when the terms file was last changed: the
// configuration has no date of its own, and the file's time is when this text took effect.
void registerTermsRoute(Router &router, const LoadedServerConfig &config);

// The `Terms` document; empty when the portal has no terms text.
QByteArray termsDocument(const LoadedServerConfig &config, const QDateTime &publishedAt);

} // namespace Portiek::Server
