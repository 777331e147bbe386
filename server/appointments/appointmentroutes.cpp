#include "server/appointments/appointmentroutes.h"

#include "server/accounts/accountstore.h"
#include "server/app/servercontext.h"
#include "server/appointments/appointmentstore.h"
#include "server/dossier/clientroutes.h"
#include "server/http/etag.h"
#include "server/http/problem.h"
#include "server/import/importroutes.h"
#include "server/me/pagecursor.h"
#include "server/plans/importanswer.h"
#include "server/signin/apijson.h"
#include "server/signin/signinproblems.h"
#include "server/storage/transaction.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <memory>

namespace Portiek::Server {

namespace {

const QString ListPath = QStringLiteral("/api/v1/clients/{clientId}/appointments");
const QString ImportPath
    = QStringLiteral("/api/v1/import/clients/{clientId}/appointments/{externalId}");
constexpr qint64 MaxPeriodSeconds = 62 * 24 * 60 * 60;

using SignInProblems::FieldError;

// RFC 3339 with an offset ("Z" or "+01:00"); invalid otherwise. A time without an offset would
// be read in the server's zone, which is a guess.
QDateTime parseTime(const QString &text)
{
    const QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!time.isValid() || time.timeSpec() == Qt::LocalTime)
        return {};
    return time.toUTC();
}

QJsonValue textOrNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

QJsonObject appointmentJson(const AppointmentRecord &appointment)
{
    const bool careTeam = appointment.kind == AppointmentRecord::Kind::CareTeam;
    return {
        { QStringLiteral("id"), appointment.id },
        { QStringLiteral("kind"), careTeam ? QStringLiteral("careTeam") : QStringLiteral("own") },
        { QStringLiteral("title"), appointment.title },
        { QStringLiteral("start"), ApiJson::time(appointment.start) },
        { QStringLiteral("end"), ApiJson::time(appointment.end) },
        { QStringLiteral("location"), textOrNull(appointment.location) },
        { QStringLiteral("note"),
          careTeam ? QJsonValue(QJsonValue::Null) : textOrNull(appointment.note) },
        { QStringLiteral("caregiver"),
          careTeam ? textOrNull(appointment.caregiver) : QJsonValue(QJsonValue::Null) },
        { QStringLiteral("indicativeTime"), careTeam },
        // Own appointments (their author and who may edit them) come with the agenda issue.
        { QStringLiteral("createdBy"), QJsonValue(QJsonValue::Null) },
        { QStringLiteral("canEdit"), false },
    };
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
    else if (value.toString().size() > maxLength)
        errors->append({ name, QStringLiteral("too_long") });
    return value.toString().trimmed();
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

// `ImportAppointment`, every field checked before anything is written.
std::optional<CareTeamAppointment> readImport(const Request &request, Response *problem)
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
    const QJsonObject object = document.object();
    QList<FieldError> errors;
    CareTeamAppointment appointment;
    const QJsonValue title = object.value(QStringLiteral("title"));
    if (title.isUndefined() || title.isNull())
        errors.append({ QStringLiteral("title"), QStringLiteral("required") });
    else if (!title.isString())
        errors.append({ QStringLiteral("title"), QStringLiteral("invalid_format") });
    else if (title.toString().trimmed().isEmpty())
        errors.append({ QStringLiteral("title"), QStringLiteral("too_short") });
    else if (title.toString().size() > 100)
        errors.append({ QStringLiteral("title"), QStringLiteral("too_long") });
    appointment.title = title.toString().trimmed();
    appointment.start = requiredTime(object, QStringLiteral("start"), &errors);
    appointment.end = requiredTime(object, QStringLiteral("end"), &errors);
    if (appointment.start.isValid() && appointment.end.isValid()
        && appointment.end <= appointment.start)
        errors.append({ QStringLiteral("end"), QStringLiteral("end_before_start") });
    appointment.location = optionalText(object, QStringLiteral("location"), 200, &errors);
    appointment.caregiver = optionalText(object, QStringLiteral("caregiver"), 200, &errors);
    if (!errors.isEmpty()) {
        *problem = SignInProblems::validationFailed(errors);
        return std::nullopt;
    }
    return appointment;
}

class AppointmentHandlers
{
public:
    explicit AppointmentHandlers(ServerContext &context)
        : m_context(context)
        , m_store(context.database, context.clock)
    { }

    Response list(const Request &request, const ClientCall &call) const
    {
        Response problem;
        const std::optional<PageRequest> page = PageRequest::read(request, &problem);
        if (!page)
            return problem;
        const QUrlQuery query = request.query();
        const QDateTime from
            = parseTime(query.queryItemValue(QStringLiteral("from"), QUrl::FullyDecoded));
        const QDateTime to
            = parseTime(query.queryItemValue(QStringLiteral("to"), QUrl::FullyDecoded));
        if (!from.isValid() || !to.isValid()) {
            return Problem::make(400, QStringLiteral("parameter_invalid"),
                                 QStringLiteral("from and to must be date-times with an offset."));
        }
        if (to <= from)
            return SignInProblems::validationFailed(
                { { QStringLiteral("to"), QStringLiteral("end_before_start") } });
        if (from.secsTo(to) > MaxPeriodSeconds)
            return SignInProblems::validationFailed(
                { { QStringLiteral("to"), QStringLiteral("range_too_long") } });

        QList<AppointmentRecord> appointments;
        if (!m_store.overlapping(call.clientId(), from, to, &appointments)
            || !call.log(AccessLog::Action::Read, QStringLiteral("appointments")))
            return Problem::internalError();
        QJsonArray items;
        for (const AppointmentRecord &appointment : std::as_const(appointments))
            items.append(appointmentJson(appointment));
        Response response = Response::json(page->page(items));
        response.setHeader(QByteArrayLiteral("Cache-Control"),
                           QByteArrayLiteral("private, no-cache"));
        return conditionalGet(request, response);
    }

    Response put(const Request &request, const ImportCall &call)
    {
        const QString clientId = request.pathParameter(QStringLiteral("clientId"));
        const QString externalId = request.pathParameter(QStringLiteral("externalId"));
        if (!ImportAnswer::isValidId(externalId))
            return ImportAnswer::badId(QStringLiteral("externalId"));
        Response problem;
        const std::optional<CareTeamAppointment> appointment = readImport(request, &problem);
        if (!appointment)
            return problem;
        if (!m_context.accounts.findClient(clientId))
            return Problem::notFound(QStringLiteral("There is no client with this id."));

        Transaction transaction(m_context.database);
        const AppointmentStore::Written written
            = m_store.upsertCareTeam(clientId, externalId, *appointment);
        const bool created = written.outcome == AppointmentStore::Outcome::Created;
        if ((!created && written.outcome != AppointmentStore::Outcome::Updated)
            || !call.recordWrite(clientId,
                                 created ? AccessLog::Action::Create : AccessLog::Action::Update,
                                 QStringLiteral("appointment"), written.id)
            || !transaction.commit())
            return Problem::internalError();
        // There is no single-appointment route for the care team's: the list is where it shows.
        return ImportAnswer::result(
            created, clientId, externalId, written.id,
            QStringLiteral("/api/v1/clients/%1/appointments/%2").arg(clientId, written.id),
            call.stamps);
    }

    Response del(const Request &request, const ImportCall &call)
    {
        const QString clientId = request.pathParameter(QStringLiteral("clientId"));
        if (!m_context.accounts.findClient(clientId))
            return Problem::notFound(QStringLiteral("There is no client with this id."));
        Transaction transaction(m_context.database);
        const AppointmentStore::Written written
            = m_store.cancelCareTeam(clientId, request.pathParameter(QStringLiteral("externalId")));
        if (written.outcome == AppointmentStore::Outcome::NotFound)
            return Problem::notFound(
                QStringLiteral("This client has no appointment with this id."));
        if (written.outcome != AppointmentStore::Outcome::Updated
            || !call.recordWrite(clientId, AccessLog::Action::Delete, QStringLiteral("appointment"),
                                 written.id)
            || !transaction.commit())
            return Problem::internalError();
        return Response::noContent();
    }

private:
    ServerContext &m_context;
    AppointmentStore m_store;
};

} // namespace

void registerAppointmentRoutes(Router &router, ServerContext &context)
{
    const auto handlers = std::make_shared<AppointmentHandlers>(context);
    ClientRoutes routes(router, context);
    routes.get(ListPath, { &Rights::agendaView },
               [handlers](const Request &request, const ClientCall &call) {
                   return handlers->list(request, call);
               });
    ImportRoutes imports(router, context);
    imports.put(ImportPath, [handlers](const Request &request, const ImportCall &call) {
        return handlers->put(request, call);
    });
    imports.del(ImportPath, [handlers](const Request &request, const ImportCall &call) {
        return handlers->del(request, call);
    });
}

} // namespace Portiek::Server
