#pragma once

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>

struct MeasurementType;

// One measurement (meting) entered in the portal (docs/openapi.yaml, Measurement).
struct Measurement
{
    static constexpr int MaxNoteLength = 500;

    QString id;
    QString typeCode;
    QDateTime measuredAt;
    QHash<QString, double> values; // one per component code
    QString note; // empty: none
    QString enteredById;
    QString enteredByName;
    QString enteredByRole; // "client", "representative", "contact"
    QDateTime createdAt;
    bool canDelete = false;

    bool isValid() const { return !id.isEmpty(); }
    // "138/84 mmHg", "72,5 kg": the values in the type's component order, with the unit.
    QString valueText(const MeasurementType &type) const;

    static bool fromJson(const QJsonObject &json, Measurement *measurement, QString *error);
    // One page of GET …/measurements: its items and the next cursor (empty on the last).
    static bool pageFromJson(const QJsonObject &json, QList<Measurement> *measurements,
                             QString *nextCursor, QString *error);
};

Q_DECLARE_METATYPE(Measurement)
