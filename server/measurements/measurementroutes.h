#pragma once

namespace Portiek::Server {

class Router;
struct ServerContext;

// Measurements (docs/openapi.yaml, tag Measurements): listMeasurementTypes (the configured
// `measurementTypes`), listMeasurements, createMeasurement, getMeasurement, deleteMeasurement.
void registerMeasurementRoutes(Router &router, ServerContext &context);

} // namespace Portiek::Server
