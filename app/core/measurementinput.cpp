#include "core/measurementinput.h"

#include "core/apierror.h"
#include "core/measurement.h"
#include "core/measurementtype.h"

#include <QLocale>
#include <QRegularExpression>

namespace {

// Digits after the separator that are not trailing zeros: "72,50" has one.
int decimalsIn(const QString &text)
{
    const qsizetype separator = text.indexOf(QRegularExpression(QStringLiteral("[.,]")));
    if (separator < 0)
        return 0;
    QString digits = text.mid(separator + 1);
    while (digits.endsWith(QLatin1Char('0')))
        digits.chop(1);
    return int(digits.size());
}

} // namespace

std::optional<double> MeasurementInput::parseNumber(const QString &text)
{
    // At most 9 digits before and 4 after: more is no measurement, and stays exact in a double.
    static const QRegularExpression pattern(
        QStringLiteral("^[-\u2212]?(\\d{1,9}([.,]\\d{0,4})?|[.,]\\d{1,4})$"));
    QString plain = text.trimmed();
    if (!pattern.match(plain).hasMatch())
        return std::nullopt;
    plain.replace(QChar(0x2212), QLatin1Char('-')).replace(QLatin1Char(','), QLatin1Char('.'));
    bool ok = false;
    const double value = plain.toDouble(&ok);
    return ok ? std::optional<double>(value) : std::nullopt;
}

QString MeasurementInput::enterNumber(const MeasurementType &type,
                                      const MeasurementComponent &component)
{
    return tr("Enter a number %1.").arg(type.rangeText(component));
}

QString MeasurementInput::tooManyDecimals(const MeasurementType &type,
                                          const MeasurementComponent &component)
{
    if (component.decimals == 0)
        return tr("Enter a whole number, without a comma, %1.").arg(type.rangeText(component));
    const double example = (component.min + component.max) / 2 + 0.5;
    return tr("Use at most %n digit(s) after the comma, for example %1.", nullptr,
              component.decimals)
        .arg(MeasurementType::number(example, component.decimals));
}

QString MeasurementInput::checkValue(const MeasurementType &type,
                                     const MeasurementComponent &component, const QString &text,
                                     double *value)
{
    if (text.trimmed().isEmpty())
        return enterNumber(type, component);
    const std::optional<double> number = parseNumber(text);
    if (!number)
        return tr("That is not a number.") + QLatin1Char(' ') + enterNumber(type, component);
    if (*number < component.min || *number > component.max)
        return enterNumber(type, component);
    if (decimalsIn(text.trimmed()) > component.decimals)
        return tooManyDecimals(type, component);
    if (value)
        *value = *number;
    return {};
}

MeasurementInput::Result MeasurementInput::validate(const MeasurementType &type,
                                                    const QHash<QString, QString> &texts,
                                                    const QDateTime &measuredAt,
                                                    const QString &note, const QDateTime &now)
{
    Result result;
    if (!type.isValid())
        result.errors.insert(QLatin1String(TypeField), tr("Choose what you measured."));
    for (const MeasurementComponent &component : type.components) {
        double value = 0;
        const QString problem = checkValue(type, component, texts.value(component.code), &value);
        if (problem.isEmpty())
            result.values.insert(component.code, value);
        else
            result.errors.insert(component.code, problem);
    }
    if (!measuredAt.isValid())
        result.errors.insert(QLatin1String(TimeField), tr("Enter the date and time."));
    else if (measuredAt > now.addSecs(FutureToleranceSeconds))
        result.errors.insert(QLatin1String(TimeField),
                             sentenceFor(QStringLiteral("in_future"), type, nullptr));
    else if (measuredAt < now.addYears(-1))
        result.errors.insert(QLatin1String(TimeField),
                             sentenceFor(QStringLiteral("too_old"), type, nullptr));
    if (note.trimmed().toUcs4().size() > Measurement::MaxNoteLength)
        result.errors.insert(QLatin1String(NoteField),
                             sentenceFor(QStringLiteral("too_long"), type, nullptr));
    if (!result.isValid())
        result.values = QJsonObject();
    return result;
}

QString MeasurementInput::sentenceFor(const QString &code, const MeasurementType &type,
                                      const MeasurementComponent *component)
{
    if (component) {
        if (code == QLatin1String("too_many_decimals"))
            return tooManyDecimals(type, *component);
        if (code == QLatin1String("not_a_number"))
            return tr("That is not a number.") + QLatin1Char(' ') + enterNumber(type, *component);
        return enterNumber(type, *component); // required, below_minimum, above_maximum
    }
    if (code == QLatin1String("in_future"))
        return tr("This time is still to come. Enter when you measured.");
    if (code == QLatin1String("too_old"))
        return tr("This time is more than a year ago. Enter a time within the last year.");
    if (code == QLatin1String("too_long"))
        return tr("The note can be at most %L1 characters long.").arg(Measurement::MaxNoteLength);
    if (code == QLatin1String("unknown_type") || code == QLatin1String("unknown_component"))
        return tr("The portal no longer knows this kind of measurement. Close this window and "
                  "choose again.");
    return tr("The portal did not accept this. Check what you entered.");
}

QHash<QString, QString> MeasurementInput::fieldSentences(const ApiError &error,
                                                         const MeasurementType &type)
{
    QHash<QString, QString> sentences;
    if (error.problemCode() != QLatin1String("validation_failed"))
        return sentences;
    const QString valuesPrefix = QStringLiteral("values.");
    for (const ApiError::FieldError &field : error.fieldErrors()) {
        QString key = field.field;
        const MeasurementComponent *component = nullptr;
        if (key.startsWith(valuesPrefix)) {
            key = key.mid(valuesPrefix.size());
            component = type.component(key);
            // A component this window does not show: say it where the type is chosen.
            if (!component)
                key = QLatin1String(TypeField);
        } else if (key == QLatin1String("values")) {
            key = QLatin1String(TypeField);
        }
        if (!sentences.contains(key))
            sentences.insert(key, sentenceFor(field.code, type, component));
    }
    return sentences;
}
