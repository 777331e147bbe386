#include "server/measurements/measurementstore.h"

#include "server/core/clock.h"
#include "server/core/secrets.h"
#include "server/storage/database.h"

#include <QJsonDocument>

namespace Portiek::Server {

namespace {

const QString Columns = QStringLiteral("id, client_id, type_code, measured_at, value_json, note, "
                                       "entered_by_id, entered_by_name, entered_by_role, "
                                       "created_at");

MeasurementRecord fromRow(const QSqlQuery &query)
{
    MeasurementRecord record;
    record.id = query.value(0).toString();
    record.clientId = query.value(1).toString();
    record.typeCode = query.value(2).toString();
    record.measuredAt = fromDbTime(query.value(3));
    record.values = QJsonDocument::fromJson(query.value(4).toString().toUtf8()).object();
    record.note = query.value(5).toString();
    record.enteredBy = { query.value(6).toString(), query.value(7).toString(),
                         roleFromName(query.value(8).toString()).value_or(Role::Contact) };
    record.createdAt = fromDbTime(query.value(9));
    return record;
}

// Exclusive and inclusive bounds on whole seconds: 09:00:00.5 rounds up.
qint64 ceilSeconds(const QDateTime &time)
{
    const qint64 milliseconds = time.toMSecsSinceEpoch();
    return milliseconds / 1000 + (milliseconds % 1000 > 0 ? 1 : 0);
}

} // namespace

MeasurementStore::MeasurementStore(Database &database, const Clock &clock)
    : m_database(database)
    , m_clock(clock)
{ }

std::optional<MeasurementRecord> MeasurementStore::create(const QString &clientId,
                                                          const NewMeasurement &measurement,
                                                          const PersonRef &enteredBy)
{
    MeasurementRecord record;
    record.id = Secrets::randomToken("msr_", 12);
    record.clientId = clientId;
    record.typeCode = measurement.typeCode;
    record.measuredAt
        = QDateTime::fromSecsSinceEpoch(measurement.measuredAt.toSecsSinceEpoch(), Qt::UTC);
    record.values = measurement.values;
    record.note = measurement.note;
    record.enteredBy = enteredBy;
    record.createdAt = QDateTime::fromSecsSinceEpoch(m_clock.now().toSecsSinceEpoch(), Qt::UTC);
    QSqlQuery query;
    if (!m_database.exec(
            query,
            QStringLiteral("INSERT INTO measurements (%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .arg(Columns),
            { record.id, clientId, record.typeCode, toDbTime(record.measuredAt),
              QString::fromUtf8(QJsonDocument(record.values).toJson(QJsonDocument::Compact)),
              record.note.isEmpty() ? QVariant(QMetaType::fromType<QString>())
                                    : QVariant(record.note),
              enteredBy.id, enteredBy.name, roleName(enteredBy.role), toDbTime(record.createdAt) }))
        return std::nullopt;
    return record;
}

bool MeasurementStore::remove(const QString &measurementId)
{
    QSqlQuery query;
    return m_database.exec(query, QStringLiteral("DELETE FROM measurements WHERE id = ?"),
                           { measurementId });
}

std::optional<MeasurementRecord>
MeasurementStore::find(const QString &clientId, const QString &measurementId, bool *failed) const
{
    QSqlQuery query;
    *failed = !m_database.exec(
        query,
        QStringLiteral("SELECT %1 FROM measurements WHERE client_id = ? AND id = ?").arg(Columns),
        { clientId, measurementId });
    if (*failed || !query.next())
        return std::nullopt;
    return fromRow(query);
}

std::optional<MeasurementStore::Page> MeasurementStore::list(const QString &clientId,
                                                             const Query &query) const
{
    QString sql = QStringLiteral("SELECT %1 FROM measurements WHERE client_id = ? AND "
                                 "type_code = ?")
                      .arg(Columns);
    QVariantList values { clientId, query.typeCode };
    if (query.from.isValid()) {
        sql += QStringLiteral(" AND measured_at >= ?");
        values.append(ceilSeconds(query.from));
    }
    if (query.to.isValid()) {
        sql += QStringLiteral(" AND measured_at < ?");
        values.append(ceilSeconds(query.to));
    }
    if (query.after) {
        sql += QStringLiteral(" AND (measured_at < ? OR (measured_at = ? AND id < ?))");
        values << query.after->createdAt << query.after->createdAt << query.after->id;
    }
    // One more than asked tells whether another page follows.
    sql += QStringLiteral(" ORDER BY measured_at DESC, id DESC LIMIT ?");
    values.append(query.limit + 1);

    QSqlQuery result;
    if (!m_database.exec(result, sql, values))
        return std::nullopt;
    Page page;
    while (result.next())
        page.items.append(fromRow(result));
    if (page.items.size() > query.limit) {
        page.items.resize(query.limit);
        const MeasurementRecord &last = page.items.constLast();
        page.next = ReportCursor { last.measuredAt.toSecsSinceEpoch(), last.id };
    }
    return page;
}

} // namespace Portiek::Server
