#include "server/measurements/measurementinput.h"

#include "server/http/problem.h"
#include "server/reports/reportimport.h"
#include "server/signin/apijson.h"
#include "server/signin/signinproblems.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <cmath>

namespace Portiek::Server::MeasurementInput {

namespace {

// One problem per field, with a detail for logs and "more information".
class FieldErrors
{
public:
    void add(const QString &field, const QString &code, const QString &detail = {})
    {
        QJsonObject error { { QStringLiteral("field"), field }, { QStringLiteral("code"), code } };
        if (!detail.isEmpty())
            error.insert(QStringLiteral("detail"), detail);
        m_errors.append(error);
    }
    bool isEmpty() const { return m_errors.isEmpty(); }
    Response problem() const
    {
        return SignInProblems::withMembers(422, QStringLiteral("validation_failed"),
                                           QStringLiteral("Some fields are not valid."),
                                           { { QStringLiteral("errors"), m_errors } });
    }

private:
    QJsonArray m_errors;
};

// "72.5" rather than "72.500000": limits as the configuration wrote them.
QString number(double value)
{
    return QString::number(value, 'g', 12);
}

QString withUnit(double value, const MeasurementType &type)
{
    return type.unit.isEmpty() ? number(value) : number(value) + QLatin1Char(' ') + type.unit;
}

// Whether `value` has at most `decimals` digits after the point. Doubles cannot hold 0.1
// exactly, so the scaled value only has to be within rounding noise of a whole number.
bool fitsDecimals(double value, int decimals)
{
    const double scaled = value * std::pow(10.0, decimals);
    return std::abs(scaled - std::round(scaled)) <= 1e-6 * std::max(1.0, std::abs(scaled));
}

double rounded(double value, int decimals)
{
    const double factor = std::pow(10.0, decimals);
    return std::round(value * factor) / factor;
}

QString readType(const QJsonObject &object, const QList<MeasurementType> &types,
                 FieldErrors *errors, const MeasurementType **type)
{
    const QString field = QStringLiteral("type");
    const QJsonValue value = object.value(field);
    if (value.isUndefined() || value.isNull()) {
        errors->add(field, QStringLiteral("required"), QStringLiteral("Choose a type."));
    } else if (!value.isString()) {
        errors->add(field, QStringLiteral("invalid_format"));
    } else if (!(*type = findType(types, value.toString()))) {
        errors->add(field, QStringLiteral("unknown_type"),
                    QStringLiteral("This portal has no such measurement type."));
    }
    return value.toString();
}

QDateTime readMeasuredAt(const QJsonObject &object, const QDateTime &now, FieldErrors *errors)
{
    const QString field = QStringLiteral("measuredAt");
    const QJsonValue value = object.value(field);
    if (value.isUndefined() || value.isNull()) {
        errors->add(field, QStringLiteral("required"));
        return {};
    }
    QDateTime time = ApiJson::parseTime(value.toString());
    if (!time.isValid()) {
        errors->add(field, QStringLiteral("invalid_format"),
                    QStringLiteral("A date-time with an offset, such as "
                                   "2026-03-12T08:15:00+01:00."));
        return {};
    }
    time = QDateTime::fromSecsSinceEpoch(time.toSecsSinceEpoch(), Qt::UTC);
    if (time > now.addSecs(FutureToleranceSeconds))
        errors->add(field, QStringLiteral("in_future"), QStringLiteral("Not after now."));
    else if (time < now.addYears(-1))
        errors->add(field, QStringLiteral("too_old"), QStringLiteral("At most a year ago."));
    return time;
}

QJsonObject readValues(const QJsonObject &object, const MeasurementType *type, FieldErrors *errors)
{
    const QString field = QStringLiteral("values");
    const QJsonValue value = object.value(field);
    if (value.isUndefined() || value.isNull()) {
        errors->add(field, QStringLiteral("required"));
        return {};
    }
    if (!value.isObject()) {
        errors->add(field, QStringLiteral("invalid_format"),
                    QStringLiteral("An object with one number per component."));
        return {};
    }
    if (!type)
        return {}; // nothing to hold them against; `type` has its error already
    const QJsonObject given = value.toObject();
    QJsonObject values;
    for (const MeasurementComponent &component : type->components) {
        const QString name = field + QLatin1Char('.') + component.code;
        const QJsonValue number = given.value(component.code);
        if (number.isUndefined() || number.isNull()) {
            errors->add(name, QStringLiteral("required"));
        } else if (!number.isDouble()) {
            errors->add(name, QStringLiteral("not_a_number"));
        } else if (number.toDouble() < component.min) {
            errors->add(name, QStringLiteral("below_minimum"),
                        QStringLiteral("At least %1.").arg(withUnit(component.min, *type)));
        } else if (number.toDouble() > component.max) {
            errors->add(name, QStringLiteral("above_maximum"),
                        QStringLiteral("At most %1.").arg(withUnit(component.max, *type)));
        } else if (!fitsDecimals(number.toDouble(), component.decimals)) {
            errors->add(
                name, QStringLiteral("too_many_decimals"),
                QStringLiteral("At most %1 digits after the point.").arg(component.decimals));
        } else {
            values.insert(component.code, rounded(number.toDouble(), component.decimals));
        }
    }
    for (auto it = given.begin(); it != given.end(); ++it) {
        if (std::none_of(type->components.begin(), type->components.end(),
                         [&](const MeasurementComponent &c) { return c.code == it.key(); }))
            errors->add(field + QLatin1Char('.') + it.key(), QStringLiteral("unknown_component"));
    }
    return values;
}

QString readNote(const QJsonObject &object, FieldErrors *errors)
{
    const QString field = QStringLiteral("note");
    const QJsonValue value = object.value(field);
    if (value.isUndefined() || value.isNull())
        return {};
    if (!value.isString()) {
        errors->add(field, QStringLiteral("invalid_format"));
        return {};
    }
    const QString note = value.toString().trimmed();
    if (note.toUcs4().size() > NoteMaxLength) {
        errors->add(field, QStringLiteral("too_long"),
                    QStringLiteral("At most %1 characters.").arg(NoteMaxLength));
    }
    return note;
}

} // namespace

const MeasurementType *findType(const QList<MeasurementType> &types, const QString &code)
{
    for (const MeasurementType &type : types) {
        if (type.code == code)
            return &type;
    }
    return nullptr;
}

std::optional<NewMeasurement> read(const QByteArray &body, const QList<MeasurementType> &types,
                                   const QDateTime &now, Response *problem)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        *problem = Problem::badRequest(QStringLiteral("The body must be one JSON object."));
        return std::nullopt;
    }
    const QJsonObject object = document.object();
    FieldErrors errors;
    const MeasurementType *type = nullptr;
    NewMeasurement measurement;
    measurement.typeCode = readType(object, types, &errors, &type);
    measurement.measuredAt = readMeasuredAt(object, now, &errors);
    measurement.values = readValues(object, type, &errors);
    measurement.note = readNote(object, &errors);
    if (!errors.isEmpty()) {
        *problem = errors.problem();
        return std::nullopt;
    }
    return measurement;
}

} // namespace Portiek::Server::MeasurementInput
