#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

namespace Portiek::Server {

class Clock;
class Database;

// A row of `appointments` (`Appointment` in docs/openapi.yaml). Care-team appointments come
// from the dossier; own appointments (made in the portal) share the table and come later.
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
    QString createdByPersonId; // own appointments only
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

    // Appointments that overlap [from, to), by start, then end. False when the database fails.
    bool overlapping(const QString &clientId, const QDateTime &from, const QDateTime &to,
                     QList<AppointmentRecord> *appointments) const;

private:
    Database &m_database;
    const Clock &m_clock;
};

} // namespace Portiek::Server
