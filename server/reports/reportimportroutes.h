#pragma once

namespace Portiek::Server {

class Router;
struct ServerContext;

// PUT and DELETE /api/v1/import/clients/{clientId}/reports/{externalId}: the dossier upserts
// and withdraws reports. Each write is one transaction with the client's "last updated" stamp
// and an access-log entry for the organisation's system.
void registerReportImportRoutes(Router &router, const ServerContext &context);

} // namespace Portiek::Server
