#include "server/demo/demomeasurements.h"

#include "server/app/servercontext.h"
#include "server/core/clock.h"
#include "server/dossier/accesslog.h"
#include "server/measurements/measurementinput.h"
#include "server/measurements/measurementstore.h"
#include "server/signin/apijson.h"

#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSet>
#include <QTimeZone>

#include <cmath>

namespace Portiek::Server {

namespace {

constexpr int Days = 8 * 7;

struct Planned
{
    QString typeCode;
    QTime at;
    bool byClient;
    QList<double> values; // in the order of the type's components
    QString note;
};

// What was measured on `day` (fixed for each client and day).
QList<Planned> plannedFor(const QDate &day, quint32 seed)
{
    QRandomGenerator random(seed * 2654435761u ^ quint32(day.toJulianDay()));
    const auto between
        = [&](double low, double high) { return low + (high - low) * random.generateDouble(); };
    QList<Planned> planned;
    const int weekday = day.dayOfWeek();
    if (weekday == Qt::Monday) {
        // A slow drift of a few hundred grams over the weeks, and the scale's own wobble.
        const double weight = 78.2 + 0.6 * std::sin(day.toJulianDay() / 23.0) + between(-0.3, 0.3);
        planned.append({ QStringLiteral("weight"), QTime(7, 45), true, { weight }, {} });
    }
    if (weekday == Qt::Tuesday || weekday == Qt::Thursday || weekday == Qt::Saturday) {
        const bool visit = weekday == Qt::Saturday;
        const double systolic = std::round(between(126, 148));
        const double diastolic = std::round(between(74, 88));
        planned.append({ QStringLiteral("bloodPressure"),
                         visit ? QTime(14, 40) : QTime(10, 15),
                         !visit,
                         { systolic, diastolic },
                         systolic > 145 ? QStringLiteral("Na de trap, even later nog eens meten.")
                                        : QString() });
    }
    static const char *const PainNotes[]
        = { "Knie, na de fysiotherapie.", "Rugpijn na het wandelen.", "", "Slecht geslapen.", "" };
    if ((weekday == Qt::Wednesday || weekday == Qt::Sunday) && random.bounded(100) < 45) {
        const bool visit = weekday == Qt::Sunday;
        planned.append({ QStringLiteral("painScore"),
                         visit ? QTime(15, 10) : QTime(16, 30),
                         !visit,
                         { double(random.bounded(1, 6)) },
                         QString::fromUtf8(PainNotes[random.bounded(5)]) });
    }
    return planned;
}

// The body an entry form would send, with values kept within the configured ranges.
QByteArray bodyFor(const Planned &planned, const MeasurementType &type, const QDateTime &at)
{
    QJsonObject values;
    for (qsizetype i = 0; i < type.components.size() && i < planned.values.size(); ++i) {
        const MeasurementComponent &component = type.components.at(i);
        const double scale = std::pow(10.0, component.decimals);
        const double value = std::round(planned.values.at(i) * scale) / scale;
        values.insert(component.code, qBound(component.min, value, component.max));
    }
    QJsonObject body { { QStringLiteral("type"), type.code },
                       { QStringLiteral("measuredAt"), ApiJson::time(at) },
                       { QStringLiteral("values"), values } };
    if (!planned.note.isEmpty())
        body.insert(QStringLiteral("note"), planned.note);
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

// The times at which this client already has a measurement of the type since `from`.
bool presentTimes(const MeasurementStore &store, const QString &clientId, const QString &type,
                  const QDateTime &from, QSet<qint64> *times)
{
    MeasurementStore::Query query;
    query.typeCode = type;
    query.from = from;
    query.limit = 200;
    for (;;) {
        const std::optional<MeasurementStore::Page> page = store.list(clientId, query);
        if (!page)
            return false;
        for (const MeasurementRecord &record : page->items)
            times->insert(record.measuredAt.toSecsSinceEpoch());
        if (!page->next)
            return true;
        query.after = page->next;
    }
}

} // namespace

bool seedDemoMeasurements(ServerContext &context, const QString &clientId, quint32 seed,
                          const DemoPeople &people, const QDateTime &now, int *created)
{
    static const QTimeZone zone(QByteArrayLiteral("Europe/Amsterdam"));
    *created = 0;
    const QList<MeasurementType> &types = context.config.config.measurementTypes;
    const QDate today = now.toTimeZone(zone).date();
    const QDateTime from = QDateTime(today.addDays(-Days), QTime(0, 0), zone).toUTC();
    const MeasurementStore existing(context.database, context.clock);
    QHash<QString, QSet<qint64>> present;
    ManualClock then(now);
    MeasurementStore measurements(context.database, then);
    AccessLog log(context.database, then);

    for (QDate day = today.addDays(-Days); day <= today; day = day.addDays(1)) {
        for (const Planned &planned : plannedFor(day, seed)) {
            const MeasurementType *type = MeasurementInput::findType(types, planned.typeCode);
            const std::optional<DemoPerson> &by
                = planned.byClient ? people.client : people.representative;
            const QDateTime at = QDateTime(day, planned.at, zone).toUTC();
            if (!type || !by || at > now)
                continue;
            if (!present.contains(type->code)
                && !presentTimes(existing, clientId, type->code, from, &present[type->code]))
                return false;
            if (present.value(type->code).contains(at.toSecsSinceEpoch()))
                continue;
            Response problem;
            const std::optional<NewMeasurement> input
                = MeasurementInput::read(bodyFor(planned, *type, at), types, now, &problem);
            if (!input)
                continue; // this portal's rules refuse it (a type with other components)
            // Entered a few minutes after it was measured.
            then.set(qMin(now, at.addSecs(4 * 60)));
            const std::optional<MeasurementRecord> record
                = measurements.create(clientId, *input, PersonRef::of(by->person, by->link.myRole));
            if (!record
                || !log.recordPerson(by->person, by->link, AccessLog::Action::Create,
                                     QStringLiteral("measurement"), record->id))
                return false;
            present[type->code].insert(at.toSecsSinceEpoch());
            ++*created;
        }
    }
    return true;
}

} // namespace Portiek::Server
