#pragma once

namespace Portiek::Server {

class Router;
struct ServerContext;

// Plan printouts (docs/openapi.yaml, tag Plans): listPlans, getPlan, downloadPlanPdf and
// approvePlan for people, and importPlan / deleteImportedPlan for the dossier
// (planimportroutes.cpp).
void registerPlanRoutes(Router &router, ServerContext &context);
void registerPlanImportRoutes(Router &router, ServerContext &context);

} // namespace Portiek::Server
