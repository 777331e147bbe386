#pragma once

namespace Portiek::Server {

class Router;
struct ServerContext;

// The agenda (docs/openapi.yaml, tag Agenda): listAppointments, createAppointment,
// getAppointment, updateAppointment and deleteAppointment for people, and for the dossier
// importAppointment, deleteImportedAppointment and exportBusyTimes
// (appointmentimportroutes.cpp).
void registerAppointmentRoutes(Router &router, ServerContext &context);

// The import half; registerAppointmentRoutes calls it.
void registerAppointmentImportRoutes(Router &router, ServerContext &context);

} // namespace Portiek::Server
