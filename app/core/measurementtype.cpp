#include "core/measurementtype.h"

#include "core/jsonpage.h"
#include "core/jsonreader.h"

#include <QLocale>
#include <QRegularExpression>

#include <cmath>

namespace {

bool isCode(const QString &code)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z][A-Za-z0-9]{0,39}$"));
    return pattern.match(code).hasMatch();
}

// A finite number, or a failure recorded on `reader`.
double number(JsonReader &reader, const QJsonObject &json, QLatin1String key)
{
    const QJsonValue value = json.value(key);
    if (reader.ok() && (!value.isDouble() || !std::isfinite(value.toDouble())))
        reader.fail(QStringLiteral("component.%1 is not a number").arg(key));
    return value.toDouble();
}

bool readComponent(const QJsonObject &json, MeasurementComponent *component, QString *error)
{
    JsonReader reader(json, QStringLiteral("component"));
    MeasurementComponent result;
    result.code = reader.string(QLatin1String("code"), JsonReader::Required, 40);
    if (reader.ok() && !isCode(result.code))
        reader.fail(QStringLiteral("component.code is not a code"));
    result.name = reader.string(QLatin1String("name"), JsonReader::Required, 200).trimmed();
    result.min = number(reader, json, QLatin1String("min"));
    result.max = number(reader, json, QLatin1String("max"));
    result.decimals
        = reader.integer(QLatin1String("decimals"), 0, MeasurementComponent::MaxDecimals);
    if (reader.ok() && result.min > result.max)
        reader.fail(QStringLiteral("component.min is above its max"));
    if (!reader.ok()) {
        *error = reader.error();
        return false;
    }
    *component = result;
    return true;
}

} // namespace

const MeasurementComponent *MeasurementType::component(const QString &componentCode) const
{
    for (const MeasurementComponent &each : components) {
        if (each.code == componentCode)
            return &each;
    }
    return nullptr;
}

QString MeasurementType::number(double value, int decimals)
{
    QLocale locale;
    locale.setNumberOptions(locale.numberOptions() | QLocale::OmitGroupSeparator);
    return decimals < 0 ? locale.toString(value, 'g', 12) : locale.toString(value, 'f', decimals);
}

QString MeasurementType::formatValue(double value, const MeasurementComponent &component) const
{
    const QString text = number(value, component.decimals);
    return unit.isEmpty() ? text : tr("%1 %2").arg(text, unit);
}

QString MeasurementType::rangeText(const MeasurementComponent &component) const
{
    // Limits as configured ("30", "34,5"), not padded with the decimals a value may have.
    const QString low = number(component.min, -1);
    const QString high = number(component.max, -1);
    return unit.isEmpty() ? tr("between %1 and %2").arg(low, high)
                          : tr("between %1 and %2 %3").arg(low, high, unit);
}

QString MeasurementType::title() const
{
    return unit.isEmpty() ? name : tr("%1 (%2)").arg(name, unit);
}

bool MeasurementType::fromJson(const QJsonObject &json, MeasurementType *type, QString *error)
{
    JsonReader reader(json, QStringLiteral("measurementType"));
    MeasurementType result;
    result.code = reader.string(QLatin1String("code"), JsonReader::Required, 40);
    if (reader.ok() && !isCode(result.code))
        reader.fail(QStringLiteral("measurementType.code is not a code"));
    result.name = reader.string(QLatin1String("name"), JsonReader::Required, 200).trimmed();
    // Required, but empty for a score.
    if (reader.ok() && !json.value(QLatin1String("unit")).isString())
        reader.fail(QStringLiteral("measurementType.unit is not a string"));
    result.unit = reader.string(QLatin1String("unit"), JsonReader::Optional, 20).trimmed();
    const QJsonArray list = reader.array(QLatin1String("components"));
    if (reader.ok() && (list.isEmpty() || list.size() > MaxComponents))
        reader.fail(QStringLiteral("measurementType.components has no or too many items"));
    for (const QJsonValue &value : list) {
        if (!reader.ok())
            break;
        MeasurementComponent component;
        QString problem;
        if (!value.isObject())
            reader.fail(QStringLiteral("measurementType.components holds a non-object"));
        else if (!readComponent(value.toObject(), &component, &problem))
            reader.fail(QStringLiteral("measurementType.") + problem);
        else if (result.component(component.code))
            reader.fail(QStringLiteral("measurementType.components repeats a code"));
        else
            result.components.append(component);
    }
    if (!reader.ok()) {
        if (error)
            *error = reader.error();
        return false;
    }
    *type = result;
    return true;
}

bool MeasurementType::pageFromJson(const QJsonObject &json, QList<MeasurementType> *types,
                                   QString *nextCursor, QString *error)
{
    return JsonPage::read(json, types, nextCursor, error, &MeasurementType::fromJson);
}
