#include "server/appointments/appointmentinput.h"

#include "server/http/problem.h"
#include "server/signin/signinproblems.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QUrlQuery>

namespace Portiek::Server::AppointmentInput {

namespace {

using SignInProblems::FieldError;

constexpr int TitleMaxLength = 100;
constexpr int LocationMaxLength = 200;
constexpr int CaregiverMaxLength = 200;
constexpr int NoteMaxLength = 2000;

// Characters as people count them: an emoji is one.
qsizetype length(const QString &text)
{
    return text.toUcs4().size();
}

// An optional text of at most `maxLength`; adds a field error otherwise.
QString optionalText(const QJsonObject &object, const QString &name, int maxLength,
                     QList<FieldError> *errors)
{
    const QJsonValue value = object.value(name);
    if (value.isUndefined() || value.isNull())
        return {};
    if (!value.isString())
        errors->append({ name, QStringLiteral("invalid_format") });
    else if (length(value.toString().trimmed()) > maxLength)
        errors->append({ name, QStringLiteral("too_long") });
    return value.toString().trimmed();
}

QString requiredTitle(const QJsonObject &object, QList<FieldError> *errors)
{
    const QString name = QStringLiteral("title");
    const QJsonValue title = object.value(name);
    if (title.isUndefined() || title.isNull())
        errors->append({ name, QStringLiteral("required") });
    else if (!title.isString())
        errors->append({ name, QStringLiteral("invalid_format") });
    else if (title.toString().trimmed().isEmpty())
        errors->append({ name, QStringLiteral("too_short") });
    else if (length(title.toString().trimmed()) > TitleMaxLength)
        errors->append({ name, QStringLiteral("too_long") });
    return title.toString().trimmed();
}

QDateTime requiredTime(const QJsonObject &object, const QString &name, QList<FieldError> *errors)
{
    const QJsonValue value = object.value(name);
    if (value.isUndefined() || value.isNull()) {
        errors->append({ name, QStringLiteral("required") });
        return {};
    }
    const QDateTime time = parseTime(value.toString());
    if (!time.isValid())
        errors->append({ name, QStringLiteral("invalid_format") });
    return time;
}

void checkOrder(const QDateTime &start, const QDateTime &end, QList<FieldError> *errors)
{
    if (start.isValid() && end.isValid() && end <= start)
        errors->append({ QStringLiteral("end"), QStringLiteral("end_before_start") });
}

std::optional<QJsonObject> readObject(const Request &request, Response *problem)
{
    const QByteArray contentType = request.header("Content-Type");
    if (!contentType.isEmpty() && !contentType.trimmed().toLower().startsWith("application/json")) {
        *problem = Problem::make(415, QStringLiteral("unsupported_media_type"),
                                 QStringLiteral("Send application/json."));
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(request.body(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        *problem = Problem::badRequest(QStringLiteral("The body must be a JSON object."));
        return std::nullopt;
    }
    return document.object();
}

} // namespace

QDateTime parseTime(const QString &text)
{
    const QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!time.isValid() || time.timeSpec() == Qt::LocalTime)
        return {};
    return time.toUTC();
}

bool readPeriod(const Request &request, QDateTime *from, QDateTime *to, Response *problem)
{
    const QUrlQuery query = request.query();
    *from = parseTime(query.queryItemValue(QStringLiteral("from"), QUrl::FullyDecoded));
    *to = parseTime(query.queryItemValue(QStringLiteral("to"), QUrl::FullyDecoded));
    if (!from->isValid() || !to->isValid()) {
        *problem = Problem::make(400, QStringLiteral("parameter_invalid"),
                                 QStringLiteral("from and to must be date-times with an offset."));
        return false;
    }
    if (*to <= *from) {
        *problem = SignInProblems::validationFailed(
            { { QStringLiteral("to"), QStringLiteral("end_before_start") } });
        return false;
    }
    if (from->secsTo(*to) > MaxPeriodSeconds) {
        *problem = SignInProblems::validationFailed(
            { { QStringLiteral("to"), QStringLiteral("range_too_long") } });
        return false;
    }
    return true;
}

std::optional<CareTeamAppointment> readImport(const Request &request, Response *problem)
{
    const std::optional<QJsonObject> object = readObject(request, problem);
    if (!object)
        return std::nullopt;
    QList<FieldError> errors;
    CareTeamAppointment appointment;
    appointment.title = requiredTitle(*object, &errors);
    appointment.start = requiredTime(*object, QStringLiteral("start"), &errors);
    appointment.end = requiredTime(*object, QStringLiteral("end"), &errors);
    checkOrder(appointment.start, appointment.end, &errors);
    appointment.location
        = optionalText(*object, QStringLiteral("location"), LocationMaxLength, &errors);
    appointment.caregiver
        = optionalText(*object, QStringLiteral("caregiver"), CaregiverMaxLength, &errors);
    if (!errors.isEmpty()) {
        *problem = SignInProblems::validationFailed(errors);
        return std::nullopt;
    }
    return appointment;
}

std::optional<OwnAppointment> readOwn(const Request &request, Response *problem)
{
    const std::optional<QJsonObject> object = readObject(request, problem);
    if (!object)
        return std::nullopt;
    QList<FieldError> errors;
    OwnAppointment appointment;
    appointment.title = requiredTitle(*object, &errors);
    appointment.start = requiredTime(*object, QStringLiteral("start"), &errors);
    appointment.end = requiredTime(*object, QStringLiteral("end"), &errors);
    checkOrder(appointment.start, appointment.end, &errors);
    if (appointment.start.isValid() && appointment.end.isValid()
        && appointment.start.secsTo(appointment.end) > MaxOwnLengthSeconds)
        errors.append({ QStringLiteral("end"), QStringLiteral("range_too_long") });
    appointment.location
        = optionalText(*object, QStringLiteral("location"), LocationMaxLength, &errors);
    appointment.note = optionalText(*object, QStringLiteral("note"), NoteMaxLength, &errors);
    if (!errors.isEmpty()) {
        *problem = SignInProblems::validationFailed(errors);
        return std::nullopt;
    }
    return appointment;
}

} // namespace Portiek::Server::AppointmentInput
