#pragma once

namespace Portiek::Server {

class Router;
struct ServerContext;

// The care team's appointments (docs/openapi.yaml, tag Agenda): listAppointments for people,
// importAppointment / deleteImportedAppointment for the dossier. Own appointments (create,
// change, delete) and the busy-times export belong to a later issue.
void registerAppointmentRoutes(Router &router, ServerContext &context);

} // namespace Portiek::Server
