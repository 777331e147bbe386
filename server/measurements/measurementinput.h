#pragma once

#include "server/config/serverconfig.h"
#include "server/http/response.h"
#include "server/measurements/measurement.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>

#include <optional>

namespace Portiek::Server::MeasurementInput {

constexpr int NoteMaxLength = 500;
// A few minutes of difference between the person's clock and the server's.
constexpr qint64 FutureToleranceSeconds = 5 * 60;

// The type configured under this code, or nullptr.
const MeasurementType *findType(const QList<MeasurementType> &types, const QString &code);

// A `MeasurementCreate` body against the configured types at `now`. nullopt with `*problem`:
// 400 for a body that is not one JSON object, else 422 `validation_failed` with one error per
// field that is wrong (`type`, `measuredAt`, `values.<component>`, `note`), each with an
// English `detail` ("At most 260 mmHg.").
std::optional<NewMeasurement> read(const QByteArray &body, const QList<MeasurementType> &types,
                                   const QDateTime &now, Response *problem);

} // namespace Portiek::Server::MeasurementInput
