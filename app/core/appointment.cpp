#include "core/appointment.h"

#include "core/jsonpage.h"
#include "core/jsonreader.h"

#include <QJsonArray>

namespace {

QString rfc3339(const QDateTime &time)
{
    const QDateTime local = time.toLocalTime();
    return local.toOffsetFromUtc(local.offsetFromUtc()).toString(Qt::ISODate);
}

QJsonValue textOrNull(const QString &text)
{
    const QString trimmed = text.trimmed();
    return trimmed.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(trimmed);
}

} // namespace

bool Appointment::fromJson(const QJsonObject &json, Appointment *appointment, QString *error)
{
    JsonReader reader(json, QStringLiteral("appointment"));
    Appointment result;
    result.id = reader.id(QLatin1String("id"));
    const QString kind = reader.string(QLatin1String("kind"), JsonReader::Required, 32);
    if (kind == QLatin1String("careTeam"))
        result.kind = Kind::CareTeam;
    else if (kind == QLatin1String("own"))
        result.kind = Kind::Own;
    else if (reader.ok())
        reader.fail(QStringLiteral("appointment.kind is unknown"));
    result.title = reader.string(QLatin1String("title"), JsonReader::Required, 400).trimmed();
    result.start = reader.dateTime(QLatin1String("start"));
    result.end = reader.dateTime(QLatin1String("end"));
    if (reader.ok() && result.end < result.start)
        reader.fail(QStringLiteral("appointment.end is before its start"));
    result.location = reader.string(QLatin1String("location"), JsonReader::Optional, 800).trimmed();
    result.note = reader.string(QLatin1String("note"), JsonReader::Optional, 8000);
    result.caregiver
        = reader.string(QLatin1String("caregiver"), JsonReader::Optional, 800).trimmed();
    result.indicativeTime = reader.boolean(QLatin1String("indicativeTime"));
    if (reader.ok() && !json.contains(QLatin1String("createdBy")))
        reader.fail(QStringLiteral("appointment.createdBy is missing"));
    const QJsonObject createdBy = reader.object(QLatin1String("createdBy"), JsonReader::Optional);
    if (reader.ok() && !createdBy.isEmpty()) {
        JsonReader person(createdBy, QStringLiteral("appointment.createdBy"));
        result.createdByName
            = person.string(QLatin1String("name"), JsonReader::Required, 200).trimmed();
        if (!person.ok())
            reader.fail(person.error());
    }
    result.canEdit = reader.boolean(QLatin1String("canEdit"));
    // The care team's appointments are read-only, whatever a confused answer says.
    if (result.kind == Kind::CareTeam)
        result.canEdit = false;
    if (!reader.ok()) {
        if (error)
            *error = reader.error();
        return false;
    }
    *appointment = result;
    return true;
}

bool Appointment::pageFromJson(const QJsonObject &json, QList<Appointment> *appointments,
                               QString *nextCursor, QString *error)
{
    return JsonPage::read(json, appointments, nextCursor, error, &Appointment::fromJson);
}

QJsonObject AppointmentInput::toJson() const
{
    return QJsonObject {
        { QStringLiteral("title"), title.trimmed() },
        { QStringLiteral("start"), start.isValid() ? QJsonValue(rfc3339(start)) : QJsonValue() },
        { QStringLiteral("end"), end.isValid() ? QJsonValue(rfc3339(end)) : QJsonValue() },
        { QStringLiteral("location"), textOrNull(location) },
        { QStringLiteral("note"), textOrNull(note) },
    };
}

AppointmentInput AppointmentInput::fromJson(const QJsonObject &json)
{
    AppointmentInput input;
    input.title = json.value(QLatin1String("title")).toString();
    input.start = QDateTime::fromString(json.value(QLatin1String("start")).toString(), Qt::ISODate);
    input.end = QDateTime::fromString(json.value(QLatin1String("end")).toString(), Qt::ISODate);
    input.location = json.value(QLatin1String("location")).toString();
    input.note = json.value(QLatin1String("note")).toString();
    return input;
}

AppointmentInput AppointmentInput::from(const Appointment &appointment)
{
    return { appointment.title, appointment.start, appointment.end, appointment.location,
             appointment.note };
}
