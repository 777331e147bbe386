#pragma once

#include "server/appointments/appointmentstore.h"
#include "server/http/request.h"
#include "server/http/response.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace Portiek::Server::AppointmentInput {

constexpr qint64 MaxPeriodSeconds = 62 * 24 * 60 * 60; // a list or export
constexpr qint64 MaxOwnLengthSeconds = 14 * 24 * 60 * 60; // one own appointment

// RFC 3339 with an offset ("Z" or "+01:00"), as UTC; invalid otherwise. A time without an
// offset would be read in the server's zone, which is a guess.
QDateTime parseTime(const QString &text);

// The `from`/`to` of listAppointments and exportBusyTimes: 400 `parameter_invalid` when either
// is missing or not a date-time with an offset, 422 `end_before_start` or `range_too_long`
// (more than 62 days). False with `*problem` set.
bool readPeriod(const Request &request, QDateTime *from, QDateTime *to, Response *problem);

// Bodies, every field checked before anything is written; nullopt with `*problem` set (400 for
// a body that is not a JSON object, 415 for another media type, 422 `validation_failed` with
// one error per field).
std::optional<CareTeamAppointment> readImport(const Request &request, Response *problem);
// `AppointmentInput`: also `end` at most 14 days after `start` (`range_too_long`).
std::optional<OwnAppointment> readOwn(const Request &request, Response *problem);

} // namespace Portiek::Server::AppointmentInput
