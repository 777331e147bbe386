#pragma once

#include "server/config/serverconfig.h"

#include <QDateTime>
#include <QJsonObject>
#include <QTimeZone>

namespace Portiek::Server::SyncSchedule {

// When the organisation's dossier is expected to send its next import: every
// `intervalMinutes` from `windowStart`, up to and including `windowEnd`, each day, in wall-clock
// time of `zone` (07:00, 11:00, 15:00, 19:00, 23:00 by default). After the day's last one comes
// the next day's first. A wall-clock time that does not exist on a day (inside the spring DST
// gap) is skipped; one that occurs twice (autumn) counts once, at its first occurrence.
// Returns the first one strictly after `now` (UTC in, UTC out).
QDateTime nextExpectedUpdate(const QDateTime &now, const ImportConfig &schedule,
                             const QTimeZone &zone);

// The organisation's zone: Europe/Amsterdam (the contract answers all times in it).
QTimeZone organisationZone();

// `SyncSchedule` of docs/openapi.yaml.
QJsonObject scheduleJson(const ImportConfig &schedule, const QTimeZone &zone);

} // namespace Portiek::Server::SyncSchedule
