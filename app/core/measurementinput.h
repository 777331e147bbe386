#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QString>

#include <optional>

class ApiError;
struct MeasurementComponent;
struct MeasurementType;

// Checks what a person typed for a measurement before it goes to the portal, with the same
// rules as the server (docs/openapi.yaml, createMeasurement): every component a number within
// its range and decimals, a time that is not in the future nor more than a year ago. Each
// problem comes as a sentence for the field it is about, so the person knows what to change.
class MeasurementInput
{
    Q_DECLARE_TR_FUNCTIONS(MeasurementInput)

public:
    // Field keys besides the component codes.
    static constexpr const char *TimeField = "measuredAt";
    static constexpr const char *NoteField = "note";
    static constexpr const char *TypeField = "type";
    // A few minutes of difference between this computer's clock and the portal's, as the server.
    static constexpr qint64 FutureToleranceSeconds = 5 * 60;

    struct Result
    {
        QJsonObject values; // component code -> number; complete only when valid
        QHash<QString, QString> errors; // field key -> sentence
        bool isValid() const { return errors.isEmpty(); }
    };

    // A number as people write it here: "72,5" and "72.5" alike, spaces around allowed, no
    // thousands separators (in "1.500" the dot is the decimal one). nullopt for anything else.
    static std::optional<double> parseNumber(const QString &text);
    // The sentence for what was typed for one component, empty when it is fine (`*value` then
    // holds the number).
    static QString checkValue(const MeasurementType &type, const MeasurementComponent &component,
                              const QString &text, double *value = nullptr);
    // Everything at once, against `now` (UTC).
    static Result validate(const MeasurementType &type, const QHash<QString, QString> &texts,
                           const QDateTime &measuredAt, const QString &note, const QDateTime &now);

    // The portal's field errors of a validation_failed answer ("values.systolic" with
    // "above_maximum") as sentences per field key. Empty for other errors.
    static QHash<QString, QString> fieldSentences(const ApiError &error,
                                                  const MeasurementType &type);
    // The sentence for one field error code of the portal; `component` null for other fields.
    static QString sentenceFor(const QString &code, const MeasurementType &type,
                               const MeasurementComponent *component);

private:
    static QString enterNumber(const MeasurementType &type, const MeasurementComponent &component);
    static QString tooManyDecimals(const MeasurementType &type,
                                   const MeasurementComponent &component);
};
