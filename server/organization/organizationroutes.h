#pragma once

#include "server/config/serverconfig.h"

namespace Portiek::Server {

class Router;

// GET /api/v1/organization and /api/v1/organization/logo: what the client shows before anyone
// signs in (name, logo, helpdesk, password rules). Public and cacheable, with ETags.
// Both routes are always registered; without a logo the logo route answers 404.
void registerOrganizationRoutes(Router &router, const OrganizationConfig &organization,
                                const Logo &logo);

// The JSON document of GET /api/v1/organization (exposed for tests).
QByteArray organizationDocument(const OrganizationConfig &organization, bool hasLogo);

} // namespace Portiek::Server
