#pragma once

#include "server/demo/demopeople.h"

#include <QDateTime>
#include <QString>

namespace Portiek::Server {

struct ServerContext;

// Eight weeks of measurements up to now, as a family keeps them: weight every Monday morning,
// blood pressure on Tuesday and Thursday (Gerard) and Saturday (Mark, on his visit), a pain
// score now and then with a word about it. The values come from a fixed random sequence per
// calendar day and pass MeasurementInput as an entered measurement would; a type this portal
// does not configure is left out, and a value outside its configured range is brought within.
// A measurement whose type and time are there already is not added again.
// `*created` counts the new ones; false when the database failed.
bool seedDemoMeasurements(ServerContext &context, const QString &clientId, quint32 seed,
                          const DemoPeople &people, const QDateTime &now, int *created);

} // namespace Portiek::Server
