#pragma once

#include "server/measurements/measurement.h"
#include "server/reports/reportcursor.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace Portiek::Server {

class Clock;
class Database;

// The measurements people enter for a client (table `measurements`, migration 6). The history
// of one type is paged newest first with a keyset cursor over (measuredAt, id): ReportCursor's
// encoding, since a measurement taken earlier can be entered later and must neither shift the
// pages nor show twice.
class MeasurementStore
{
public:
    // What a history page asks; invalid times do not bound it.
    struct Query
    {
        QString typeCode;
        QDateTime from; // inclusive
        QDateTime to; // exclusive
        int limit = 25;
        std::optional<ReportCursor> after; // createdAt holds measuredAt here
    };

    struct Page
    {
        QList<MeasurementRecord> items;
        std::optional<ReportCursor> next; // none on the last page
    };

    MeasurementStore(Database &database, const Clock &clock);

    // nullopt when the database failed. Expects a caller's transaction for its access log.
    std::optional<MeasurementRecord>
    create(const QString &clientId, const NewMeasurement &measurement, const PersonRef &enteredBy);
    bool remove(const QString &measurementId);

    // nullopt when this client has no such measurement; `*failed` tells a database failure.
    std::optional<MeasurementRecord> find(const QString &clientId, const QString &measurementId,
                                          bool *failed) const;
    // Newest first (measuredAt, then id, both descending). nullopt when the database failed.
    std::optional<Page> list(const QString &clientId, const Query &query) const;

private:
    Database &m_database;
    const Clock &m_clock;
};

} // namespace Portiek::Server
