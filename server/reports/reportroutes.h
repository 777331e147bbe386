#pragma once

namespace Portiek::Server {

class Router;
struct ServerContext;

// The reports of docs/openapi.yaml: listReports, createReport, getReport and listReportAuthors
// for people (with their rights, in the access log), importReport and deleteImportedReport for
// the dossier (reportimportroutes.h).
void registerReportRoutes(Router &router, const ServerContext &context);

} // namespace Portiek::Server
