#include "server/appointments/appointmentstore.h"

#include "server/core/clock.h"
#include "server/core/secrets.h"
#include "server/storage/database.h"

namespace Portiek::Server {

namespace {

const QString Columns
    = QStringLiteral("id, client_id, kind, external_id, title, start_at, end_at, location, note, "
                     "caregiver, created_by_person_id, created_by_name, created_by_role, "
                     "updated_at");

QVariant nullableText(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
}

AppointmentRecord readRecord(const QSqlQuery &query)
{
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
    const std::optional<Role> role = roleFromName(query.value(12).toString());
    if (record.kind == AppointmentRecord::Kind::Own && role) {
        record.createdBy
            = PersonRef { query.value(10).toString(), query.value(11).toString(), *role };
    }
    record.updatedAt = fromDbTime(query.value(13));
    return record;
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
    return { remove(id) ? Outcome::Updated : Outcome::Failed, id };
}

std::optional<AppointmentRecord> AppointmentStore::createOwn(const QString &clientId,
                                                             const OwnAppointment &appointment,
                                                             const PersonRef &creator)
{
    AppointmentRecord record;
    record.id = Secrets::randomToken("apt_", 12);
    record.clientId = clientId;
    record.kind = AppointmentRecord::Kind::Own;
    record.title = appointment.title;
    record.start = appointment.start;
    record.end = appointment.end;
    record.location = appointment.location;
    record.note = appointment.note;
    record.createdBy = creator;
    record.updatedAt = m_clock.now();
    const QVariant now = toDbTime(record.updatedAt);
    QSqlQuery query;
    if (!m_database.exec(
            query,
            QStringLiteral("INSERT INTO appointments (id, client_id, kind, title, start_at, "
                           "end_at, location, note, created_by_person_id, created_by_name, "
                           "created_by_role, created_at, updated_at) "
                           "VALUES (?, ?, 'own', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            { record.id, clientId, record.title, toDbTime(record.start), toDbTime(record.end),
              nullableText(record.location), nullableText(record.note), creator.id, creator.name,
              roleName(creator.role), now, now }))
        return std::nullopt;
    return record;
}

bool AppointmentStore::updateOwn(const QString &appointmentId, const OwnAppointment &appointment)
{
    QSqlQuery query;
    return m_database.exec(
        query,
        QStringLiteral("UPDATE appointments SET title = ?, start_at = ?, end_at = ?, "
                       "location = ?, note = ?, updated_at = ? WHERE id = ? AND kind = 'own'"),
        { appointment.title, toDbTime(appointment.start), toDbTime(appointment.end),
          nullableText(appointment.location), nullableText(appointment.note),
          toDbTime(m_clock.now()), appointmentId });
}

bool AppointmentStore::remove(const QString &appointmentId)
{
    QSqlQuery query;
    return m_database.exec(query, QStringLiteral("DELETE FROM appointments WHERE id = ?"),
                           { appointmentId });
}

std::optional<AppointmentRecord>
AppointmentStore::find(const QString &clientId, const QString &appointmentId, bool *failed) const
{
    QSqlQuery query;
    *failed = !m_database.exec(query,
                               QStringLiteral("SELECT %1 FROM appointments "
                                              "WHERE client_id = ? AND id = ?")
                                   .arg(Columns),
                               { clientId, appointmentId });
    if (*failed || !query.next())
        return std::nullopt;
    return readRecord(query);
}

bool AppointmentStore::overlapping(const QString &clientId, const QDateTime &from,
                                   const QDateTime &to,
                                   QList<AppointmentRecord> *appointments) const
{
    appointments->clear();
    QSqlQuery query;
    if (!m_database.exec(query,
                         QStringLiteral("SELECT %1 FROM appointments "
                                        "WHERE client_id = ? AND start_at < ? AND end_at > ? "
                                        "ORDER BY start_at, end_at, id")
                             .arg(Columns),
                         { clientId, toDbTime(to), toDbTime(from) }))
        return false;
    while (query.next())
        appointments->append(readRecord(query));
    return true;
}

bool AppointmentStore::busyBlocks(const QString &clientId, const QDateTime &from,
                                  const QDateTime &to, QList<BusyBlock> *blocks) const
{
    blocks->clear();
    QSqlQuery query;
    if (!m_database.exec(query,
                         QStringLiteral("SELECT start_at, end_at FROM appointments "
                                        "WHERE client_id = ? AND kind = 'own' AND start_at < ? "
                                        "AND end_at > ? ORDER BY start_at, end_at"),
                         { clientId, toDbTime(to), toDbTime(from) }))
        return false;
    QList<BusyBlock> times;
    while (query.next())
        times.append({ fromDbTime(query.value(0)), fromDbTime(query.value(1)) });
    *blocks = merge(times);
    return true;
}

QList<BusyBlock> AppointmentStore::merge(const QList<BusyBlock> &sortedByStart)
{
    QList<BusyBlock> merged;
    for (const BusyBlock &block : sortedByStart) {
        // Touching blocks merge too: "busy 14:00–15:00 and busy 15:00–16:00" says no more than
        // "busy 14:00–16:00", and says less about how the client's day is divided.
        if (!merged.isEmpty() && block.start <= merged.last().end)
            merged.last().end = std::max(merged.last().end, block.end);
        else
            merged.append(block);
    }
    return merged;
}

} // namespace Portiek::Server
