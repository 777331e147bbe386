#pragma once

#include "server/measurements/personref.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace Portiek::Server {

class Clock;
class Database;

// A row of `appointments` (`Appointment` in docs/openapi.yaml). Care-team appointments come
// from the dossier; own appointments are made in the portal and share the table.
struct AppointmentRecord
{
    enum class Kind { CareTeam, Own };

    QString id; // "apt_…"
    QString clientId;
    Kind kind = Kind::CareTeam;
    QString externalId; // the dossier's; empty for own appointments
    QString title;
    QDateTime start; // UTC
    QDateTime end;
    QString location; // empty: none
    QString note; // own appointments only
    QString caregiver; // care-team appointments only
    std::optional<PersonRef> createdBy; // own appointments only
    QDateTime updatedAt;
};

// What the dossier sends for one care-team appointment.
struct CareTeamAppointment
{
    QString title;
    QDateTime start;
    QDateTime end;
    QString location;
    QString caregiver;
};

// What a person writes for an own appointment (`AppointmentInput`).
struct OwnAppointment
{
    QString title;
    QDateTime start;
    QDateTime end;
    QString location;
    QString note;
};

// A time the client is busy with own appointments, for the care team (`BusyTime`).
struct BusyBlock
{
    QDateTime start;
    QDateTime end;

    bool operator==(const BusyBlock &other) const
    {
        return start == other.start && end == other.end;
    }
};

// Writes expect the caller's transaction (the import stamps the client in the same one).
class AppointmentStore
{
public:
    enum class Outcome { Created, Updated, NotFound, Failed };
    struct Written
    {
        Outcome outcome = Outcome::Failed;
        QString id;
    };

    AppointmentStore(Database &database, const Clock &clock);

    Written upsertCareTeam(const QString &clientId, const QString &externalId,
                           const CareTeamAppointment &appointment);
    Written cancelCareTeam(const QString &clientId, const QString &externalId);

    // nullopt when the database failed.
    std::optional<AppointmentRecord>
    createOwn(const QString &clientId, const OwnAppointment &appointment, const PersonRef &creator);
    // Replaces the content of an own appointment; false when the database failed.
    bool updateOwn(const QString &appointmentId, const OwnAppointment &appointment);
    bool remove(const QString &appointmentId);

    // nullopt when this client has no such appointment; `*failed` tells a database failure.
    std::optional<AppointmentRecord> find(const QString &clientId, const QString &appointmentId,
                                          bool *failed) const;
    // Appointments that overlap [from, to), by start, then end. False when the database fails.
    bool overlapping(const QString &clientId, const QDateTime &from, const QDateTime &to,
                     QList<AppointmentRecord> *appointments) const;
    // The client's own appointments that overlap [from, to), as merged busy blocks by start:
    // only their times are read, never their content. False when the database fails.
    bool busyBlocks(const QString &clientId, const QDateTime &from, const QDateTime &to,
                    QList<BusyBlock> *blocks) const;

    // Merges blocks sorted by start that overlap or touch (one ends when the next begins).
    static QList<BusyBlock> merge(const QList<BusyBlock> &sortedByStart);

private:
    Database &m_database;
    const Clock &m_clock;
};

} // namespace Portiek::Server
