#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>

// One value of a measurement type: "value" for a single-valued type, "systolic" and "diastolic"
// for blood pressure (docs/openapi.yaml, MeasurementComponent).
struct MeasurementComponent
{
    static constexpr int MaxDecimals = 4;

    QString code;
    QString name; // "Bovendruk"
    double min = 0; // inclusive
    double max = 0; // inclusive
    int decimals = 0; // most digits after the decimal separator
};

// A kind of measurement the organisation configured (meetsoort; docs/openapi.yaml,
// MeasurementType), with the rules a value must follow.
struct MeasurementType
{
    Q_DECLARE_TR_FUNCTIONS(MeasurementType)

public:
    // The portal's own limit for the configured types; more is not what was asked.
    static constexpr int MaxComponents = 8;

    QString code; // "bloodPressure"
    QString name; // "Bloeddruk"
    QString unit; // "mmHg"; empty for a score
    QList<MeasurementComponent> components;

    bool isValid() const { return !code.isEmpty(); }
    // The component with this code, or nullptr.
    const MeasurementComponent *component(const QString &componentCode) const;

    // "72,5 kg" in the person's own way of writing numbers, with the component's decimals.
    QString formatValue(double value, const MeasurementComponent &component) const;
    // "between 30 and 250 kg": what a field accepts.
    QString rangeText(const MeasurementComponent &component) const;
    // A number in the person's own way of writing ("72,5"), without thousands separators (they
    // would read as a decimal separator here); `decimals` < 0: as few digits as it needs.
    static QString number(double value, int decimals);
    // "Gewicht (kg)", or just the name for a type without a unit.
    QString title() const;

    static bool fromJson(const QJsonObject &json, MeasurementType *type, QString *error);
    // One page of GET …/measurement-types: its items and the next cursor (empty on the last).
    static bool pageFromJson(const QJsonObject &json, QList<MeasurementType> *types,
                             QString *nextCursor, QString *error);
};

Q_DECLARE_METATYPE(MeasurementType)
