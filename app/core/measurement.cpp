#include "core/measurement.h"

#include "core/jsonpage.h"
#include "core/jsonreader.h"
#include "core/measurementtype.h"

#include <QLocale>
#include <QStringList>

#include <cmath>

QString Measurement::valueText(const MeasurementType &type) const
{
    QStringList parts;
    for (const MeasurementComponent &component : type.components) {
        const auto found = values.constFind(component.code);
        parts.append(found == values.constEnd()
                         ? QStringLiteral("–")
                         : MeasurementType::number(*found, component.decimals));
    }
    // "138/84 mmHg", as blood pressure is written everywhere.
    const QString joined = parts.join(QLatin1Char('/'));
    return type.unit.isEmpty() ? joined : joined + QLatin1Char(' ') + type.unit;
}

bool Measurement::fromJson(const QJsonObject &json, Measurement *measurement, QString *error)
{
    JsonReader reader(json, QStringLiteral("measurement"));
    Measurement result;
    result.id = reader.id(QLatin1String("id"));
    result.typeCode = reader.string(QLatin1String("type"), JsonReader::Required, 40);
    result.measuredAt = reader.dateTime(QLatin1String("measuredAt"));
    const QJsonObject values = reader.object(QLatin1String("values"));
    for (auto it = values.begin(); it != values.end() && reader.ok(); ++it) {
        if (!it.value().isDouble() || !std::isfinite(it.value().toDouble()))
            reader.fail(QStringLiteral("measurement.values.%1 is not a number").arg(it.key()));
        else
            result.values.insert(it.key(), it.value().toDouble());
    }
    if (reader.ok() && result.values.isEmpty())
        reader.fail(QStringLiteral("measurement.values is empty"));
    result.note = reader.string(QLatin1String("note"), JsonReader::Optional, MaxNoteLength * 4);
    const QJsonObject by = reader.object(QLatin1String("enteredBy"));
    if (reader.ok()) {
        JsonReader person(by, QStringLiteral("measurement.enteredBy"));
        result.enteredById = person.id(QLatin1String("id"));
        result.enteredByName = person.string(QLatin1String("name"), JsonReader::Required, 200);
        result.enteredByRole = person.string(QLatin1String("role"), JsonReader::Required, 32);
        if (!person.ok())
            reader.fail(person.error());
    }
    result.createdAt = reader.dateTime(QLatin1String("createdAt"));
    result.canDelete = reader.boolean(QLatin1String("canDelete"));
    if (!reader.ok()) {
        if (error)
            *error = reader.error();
        return false;
    }
    *measurement = result;
    return true;
}

bool Measurement::pageFromJson(const QJsonObject &json, QList<Measurement> *measurements,
                               QString *nextCursor, QString *error)
{
    return JsonPage::read(json, measurements, nextCursor, error, &Measurement::fromJson);
}
