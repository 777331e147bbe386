#include "server/appointments/appointmentstore.h"

#include "server/core/clock.h"
#include "server/core/secrets.h"
#include "server/storage/database.h"

namespace Portiek::Server {

namespace {

QVariant nullableText(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
}

} // namespace

AppointmentStore::AppointmentStore(Database &database, const Clock &clock)
    : m_database(database)
    , m_clock(clock)
{ }

AppointmentStore::Written AppointmentStore::upsertCareTeam(const QString &clientId,
                                                           const QString &externalId,
                                                           const CareTeamAppointment &appointment)
{
    QSqlQuery query;
    if (!m_database.exec(query,
                         QStringLiteral("SELECT id FROM appointments WHERE client_id = ? AND "
                                        "external_id = ? AND kind = 'careTeam'"),
                         { clientId, externalId }))
        return {};
    const QVariant now = toDbTime(m_clock.now());
    if (query.next()) {
        const QString id = query.value(0).toString();
        const bool stored = m_database.exec(
            query,
            QStringLiteral("UPDATE appointments SET title = ?, start_at = ?, end_at = ?, "
                           "location = ?, caregiver = ?, updated_at = ? WHERE id = ?"),
            { appointment.title, toDbTime(appointment.start), toDbTime(appointment.end),
              nullableText(appointment.location), nullableText(appointment.caregiver), now, id });
        return { stored ? Outcome::Updated : Outcome::Failed, id };
    }
    const QString id = Secrets::randomToken("apt_", 12);
    const bool stored = m_database.exec(
        query,
        QStringLiteral("INSERT INTO appointments (id, client_id, kind, external_id, title, "
                       "start_at, end_at, location, caregiver, created_at, updated_at) "
                       "VALUES (?, ?, 'careTeam', ?, ?, ?, ?, ?, ?, ?, ?)"),
        { id, clientId, externalId, appointment.title, toDbTime(appointment.start),
          toDbTime(appointment.end), nullableText(appointment.location),
          nullableText(appointment.caregiver), now, now });
    return { stored ? Outcome::Created : Outcome::Failed, id };
}

AppointmentStore::Written AppointmentStore::cancelCareTeam(const QString &clientId,
                                                           const QString &externalId)
{
    QSqlQuery query;
    if (!m_database.exec(query,
                         QStringLiteral("SELECT id FROM appointments WHERE client_id = ? AND "
                                        "external_id = ? AND kind = 'careTeam'"),
                         { clientId, externalId }))
        return {};
    if (!query.next())
        return { Outcome::NotFound, {} };
    const QString id = query.value(0).toString();
    const bool removed
        = m_database.exec(query, QStringLiteral("DELETE FROM appointments WHERE id = ?"), { id });
    return { removed ? Outcome::Updated : Outcome::Failed, id };
}

bool AppointmentStore::overlapping(const QString &clientId, const QDateTime &from,
                                   const QDateTime &to,
                                   QList<AppointmentRecord> *appointments) const
{
    appointments->clear();
    QSqlQuery query;
    if (!m_database.exec(query,
                         QStringLiteral("SELECT id, client_id, kind, external_id, title, "
                                        "start_at, end_at, location, note, caregiver, "
                                        "created_by_person_id FROM appointments "
                                        "WHERE client_id = ? AND start_at < ? AND end_at > ? "
                                        "ORDER BY start_at, end_at, id"),
                         { clientId, toDbTime(to), toDbTime(from) }))
        return false;
    while (query.next()) {
        AppointmentRecord record;
        record.id = query.value(0).toString();
        record.clientId = query.value(1).toString();
        record.kind = query.value(2).toString() == QLatin1String("own")
            ? AppointmentRecord::Kind::Own
            : AppointmentRecord::Kind::CareTeam;
        record.externalId = query.value(3).toString();
        record.title = query.value(4).toString();
        record.start = fromDbTime(query.value(5));
        record.end = fromDbTime(query.value(6));
        record.location = query.value(7).toString();
        record.note = query.value(8).toString();
        record.caregiver = query.value(9).toString();
        record.createdByPersonId = query.value(10).toString();
        appointments->append(record);
    }
    return true;
}

} // namespace Portiek::Server
