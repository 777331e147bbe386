#pragma once

#include "server/config/serverconfig.h"

#include <QJsonObject>
#include <QString>

namespace Portiek::Server {

// Reads the optional top-level `measurementTypes` of the configuration file into `*types`; left
// alone when the key is absent (the defaults stay). The first problem goes to `*error`, worded
// like JsonSection's ("measurementTypes[1].components[0].max must be above min"), unless an
// error was recorded before.
//
//     "measurementTypes": [
//         { "code": "weight", "name": "Gewicht", "unit": "kg",
//           "components": [ { "code": "value", "name": "Gewicht",
//                             "min": 20, "max": 300, "decimals": 1 } ] }
//     ]
void readMeasurementTypes(const QJsonObject &root, QString *error, QList<MeasurementType> *types);

} // namespace Portiek::Server
