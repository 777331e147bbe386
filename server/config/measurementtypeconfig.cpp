#include "server/config/measurementtypeconfig.h"

#include "server/config/jsonsection.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>

#include <cmath>

namespace Portiek::Server {

namespace {

using Presence = JsonSection::Presence;

constexpr int MaxNameLength = 100;
constexpr int MaxUnitLength = 20;
constexpr int MaxDecimals = 4;
constexpr int MaxTypes = 50;
constexpr int MaxComponents = 10;
constexpr double MaxMagnitude = 1e9;

MeasurementType singleValued(const QString &code, const QString &name, const QString &unit,
                             double min, double max, int decimals, const QString &valueName = {})
{
    return { code,
             name,
             unit,
             { { QStringLiteral("value"), valueName.isEmpty() ? name : valueName, min, max,
                 decimals } } };
}

// The contract's MeasurementTypeCode (and component code): a letter, then letters and digits.
bool isCode(const QString &code)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z][A-Za-z0-9]{0,39}$"));
    return pattern.match(code).hasMatch();
}

std::optional<QString> readCode(const JsonSection &section)
{
    const auto code = section.string(QStringLiteral("code"), Presence::Required);
    if (code && !isCode(*code)) {
        section.fail(QStringLiteral("code"),
                     QStringLiteral("must start with a lower-case letter and hold only letters "
                                    "and digits (at most 40)"));
        return std::nullopt;
    }
    return code;
}

std::optional<QString> readName(const JsonSection &section)
{
    const auto name = section.string(QStringLiteral("name"), Presence::Required);
    if (name && name->toUcs4().size() > MaxNameLength) {
        section.fail(QStringLiteral("name"),
                     QStringLiteral("must be at most %1 characters").arg(MaxNameLength));
        return std::nullopt;
    }
    return name;
}

std::optional<double> readLimit(const JsonSection &section, const QJsonObject &object,
                                const QString &key)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined()) {
        section.fail(key, QStringLiteral("is missing"));
        return std::nullopt;
    }
    if (!value.isDouble() || std::abs(value.toDouble()) > MaxMagnitude) {
        section.fail(key, QStringLiteral("must be a number"));
        return std::nullopt;
    }
    return value.toDouble();
}

std::optional<MeasurementComponent> readComponent(const QJsonValue &value, const QString &path,
                                                  QString *error)
{
    const JsonSection section(value.toObject(), path,
                              { QStringLiteral("code"), QStringLiteral("name"),
                                QStringLiteral("min"), QStringLiteral("max"),
                                QStringLiteral("decimals") },
                              error);
    if (!value.isObject()) {
        if (error->isEmpty())
            *error = path + QStringLiteral(" must be an object");
        return std::nullopt;
    }
    MeasurementComponent component;
    component.code = readCode(section).value_or(QString());
    component.name = readName(section).value_or(QString());
    component.min = readLimit(section, value.toObject(), QStringLiteral("min")).value_or(0);
    component.max = readLimit(section, value.toObject(), QStringLiteral("max")).value_or(0);
    if (!section.contains(QStringLiteral("decimals")))
        section.fail(QStringLiteral("decimals"), QStringLiteral("is missing"));
    component.decimals
        = int(section.wholeNumber(QStringLiteral("decimals"), 0, MaxDecimals).value_or(0));
    if (!section.failed() && component.max <= component.min)
        section.fail(QStringLiteral("max"), QStringLiteral("must be above min"));
    if (section.failed())
        return std::nullopt;
    return component;
}

std::optional<MeasurementType> readType(const QJsonValue &value, const QString &path,
                                        QString *error)
{
    const JsonSection section(value.toObject(), path,
                              { QStringLiteral("code"), QStringLiteral("name"),
                                QStringLiteral("unit"), QStringLiteral("components") },
                              error);
    if (!value.isObject()) {
        if (error->isEmpty())
            *error = path + QStringLiteral(" must be an object");
        return std::nullopt;
    }
    MeasurementType type;
    type.code = readCode(section).value_or(QString());
    type.name = readName(section).value_or(QString());
    // May be empty: a score has no unit.
    const QJsonValue unit = value.toObject().value(QStringLiteral("unit"));
    if (!unit.isString() || unit.toString().trimmed().size() > MaxUnitLength) {
        section.fail(QStringLiteral("unit"),
                     QStringLiteral("must be a text of at most %1 characters (\"\" for none)")
                         .arg(MaxUnitLength));
    }
    type.unit = unit.toString().trimmed();
    const QJsonValue components = value.toObject().value(QStringLiteral("components"));
    const QJsonArray list = components.toArray();
    if (!components.isArray() || list.isEmpty() || list.size() > MaxComponents) {
        section.fail(QStringLiteral("components"),
                     QStringLiteral("must be a list of 1 to %1 components").arg(MaxComponents));
    }
    QSet<QString> codes;
    for (qsizetype i = 0; i < list.size() && !section.failed(); ++i) {
        const QString where = section.keyPath(QStringLiteral("components[%1]").arg(i));
        const auto component = readComponent(list.at(i), where, error);
        if (!component)
            break;
        if (codes.contains(component->code)) {
            *error = where + QStringLiteral(".code repeats \"%1\"").arg(component->code);
            break;
        }
        codes.insert(component->code);
        type.components.append(*component);
    }
    if (section.failed())
        return std::nullopt;
    return type;
}

} // namespace

QList<MeasurementType> defaultMeasurementTypes()
{
    return {
        singleValued(QStringLiteral("weight"), QStringLiteral("Gewicht"), QStringLiteral("kg"), 20,
                     300, 1),
        { QStringLiteral("bloodPressure"),
          QStringLiteral("Bloeddruk"),
          QStringLiteral("mmHg"),
          { { QStringLiteral("systolic"), QStringLiteral("Bovendruk"), 50, 260, 0 },
            { QStringLiteral("diastolic"), QStringLiteral("Onderdruk"), 30, 160, 0 } } },
        singleValued(QStringLiteral("heartRate"), QStringLiteral("Hartslag"),
                     QStringLiteral("/min"), 20, 250, 0),
        singleValued(QStringLiteral("temperature"), QStringLiteral("Temperatuur"),
                     QStringLiteral("°C"), 34, 43, 1),
        singleValued(QStringLiteral("bloodGlucose"), QStringLiteral("Bloedsuiker"),
                     QStringLiteral("mmol/L"), 1, 35, 1),
        singleValued(QStringLiteral("oxygenSaturation"), QStringLiteral("Zuurstofsaturatie"),
                     QStringLiteral("%"), 50, 100, 0),
        singleValued(QStringLiteral("painScore"), QStringLiteral("Pijnscore"), QString(), 0, 10, 0,
                     QStringLiteral("Pijnscore (0 = geen pijn, 10 = ergst denkbare pijn)")),
        singleValued(QStringLiteral("fluidIntake"), QStringLiteral("Vochtinname"),
                     QStringLiteral("ml"), 0, 5000, 0),
    };
}

void readMeasurementTypes(const QJsonObject &root, QString *error, QList<MeasurementType> *types)
{
    const QString key = QStringLiteral("measurementTypes");
    if (!error->isEmpty() || !root.contains(key))
        return;
    const QJsonValue value = root.value(key);
    const QJsonArray list = value.toArray();
    if (!value.isArray() || list.size() > MaxTypes) {
        *error = key + QStringLiteral(" must be a list of at most %1 types").arg(MaxTypes);
        return;
    }
    QList<MeasurementType> read;
    QSet<QString> codes;
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QString where = key + QStringLiteral("[%1]").arg(i);
        const auto type = readType(list.at(i), where, error);
        if (!type)
            return;
        if (codes.contains(type->code)) {
            *error = where + QStringLiteral(".code repeats \"%1\"").arg(type->code);
            return;
        }
        codes.insert(type->code);
        read.append(*type);
    }
    *types = read;
}

} // namespace Portiek::Server
