#include "server/appointments/appointmentroutes.h"

#include "server/app/servercontext.h"
#include "server/appointments/appointmentinput.h"
#include "server/appointments/appointmentjson.h"
#include "server/appointments/appointmentstore.h"
#include "server/dossier/clientroutes.h"
#include "server/dossier/idempotency.h"
#include "server/http/etag.h"
#include "server/http/problem.h"
#include "server/me/pagecursor.h"
#include "server/photos/photostore.h"
#include "server/storage/transaction.h"

#include <QJsonArray>

#include <memory>

namespace Portiek::Server {

namespace {

const QString ListPath = QStringLiteral("/api/v1/clients/{clientId}/appointments");
const QString OnePath = ListPath + QStringLiteral("/{appointmentId}");

class AppointmentHandlers
{
public:
    explicit AppointmentHandlers(ServerContext &context)
        : m_context(context)
        , m_store(context.database, context.clock)
        , m_photos(context)
    { }

    Response list(const Request &request, const ClientCall &call) const
    {
        Response problem;
        const std::optional<PageRequest> page = PageRequest::read(request, &problem);
        if (!page)
            return problem;
        QDateTime from;
        QDateTime to;
        if (!AppointmentInput::readPeriod(request, &from, &to, &problem))
            return problem;
        QList<AppointmentRecord> appointments;
        if (!m_store.overlapping(call.clientId(), from, to, &appointments)
            || !call.log(AccessLog::Action::Read, QStringLiteral("appointments")))
            return Problem::internalError();
        QJsonArray items;
        for (const AppointmentRecord &appointment : std::as_const(appointments))
            items.append(json(appointment, call));
        return conditionalGet(request, Response::personalJson(page->page(items)));
    }

    Response get(const Request &request, const ClientCall &call) const
    {
        Response problem;
        const std::optional<AppointmentRecord> appointment = find(request, call, &problem);
        if (!appointment)
            return problem;
        if (!call.log(AccessLog::Action::Read, QStringLiteral("appointment"), appointment->id))
            return Problem::internalError();
        return conditionalGet(request, Response::personalJson(json(*appointment, call)));
    }

    Response create(const Request &request, const ClientCall &call)
    {
        return Idempotency(m_context.database, m_context.clock)
            .run(request, call.who.person.id, [&]() -> Response {
                Response problem;
                const std::optional<OwnAppointment> input
                    = AppointmentInput::readOwn(request, &problem);
                if (!input)
                    return problem;
                const std::optional<AppointmentRecord> created = m_store.createOwn(
                    call.clientId(), *input, PersonRef::of(call.who.person, call.link.myRole));
                // Inside Idempotency's transaction: without its log entry nothing is kept.
                if (!created
                    || !call.log(AccessLog::Action::Create, QStringLiteral("appointment"),
                                 created->id))
                    return Problem::internalError();
                Response response = Response::personalJson(json(*created, call), 201);
                response.setHeader(QByteArrayLiteral("Location"),
                                   AppointmentJson::path(*created).toUtf8());
                // The same tag a GET of the new appointment answers with.
                response.setHeader(QByteArrayLiteral("ETag"), strongETag(response.body()));
                return response;
            });
    }

    Response update(const Request &request, const ClientCall &call)
    {
        Response problem;
        const std::optional<AppointmentRecord> appointment = editable(request, call, &problem);
        if (!appointment)
            return problem;
        const std::optional<OwnAppointment> input = AppointmentInput::readOwn(request, &problem);
        if (!input)
            return problem;
        Transaction transaction(m_context.database);
        bool failed = false;
        if (!m_store.updateOwn(appointment->id, *input)
            || !call.log(AccessLog::Action::Update, QStringLiteral("appointment"), appointment->id))
            return Problem::internalError();
        const std::optional<AppointmentRecord> changed
            = m_store.find(call.clientId(), appointment->id, &failed);
        if (!changed || !transaction.commit())
            return Problem::internalError();
        Response response = Response::personalJson(json(*changed, call));
        response.setHeader(QByteArrayLiteral("ETag"), strongETag(response.body()));
        return response;
    }

    Response remove(const Request &request, const ClientCall &call)
    {
        Response problem;
        const std::optional<AppointmentRecord> appointment = editable(request, call, &problem);
        if (!appointment)
            return problem;
        Transaction transaction(m_context.database);
        if (!m_store.remove(appointment->id)
            || !call.log(AccessLog::Action::Delete, QStringLiteral("appointment"), appointment->id)
            || !transaction.commit())
            return Problem::internalError();
        return Response::noContent();
    }

private:
    QJsonObject json(const AppointmentRecord &appointment, const ClientCall &call) const
    {
        return AppointmentJson::appointment(appointment, call.who.person.id, call.link, m_photos);
    }

    std::optional<AppointmentRecord> find(const Request &request, const ClientCall &call,
                                          Response *problem) const
    {
        bool failed = false;
        std::optional<AppointmentRecord> appointment = m_store.find(
            call.clientId(), request.pathParameter(QStringLiteral("appointmentId")), &failed);
        if (failed)
            *problem = Problem::internalError();
        else if (!appointment)
            *problem = Problem::notFound(QStringLiteral("This client has no such appointment."));
        return appointment;
    }

    // The appointment when this person may change it now: 404, 403 `appointment_read_only`
    // (the care team's), 403 `not_author` (someone else's, for a contact) and 412 (`If-Match`
    // names another version than the one this person would read now) otherwise.
    std::optional<AppointmentRecord> editable(const Request &request, const ClientCall &call,
                                              Response *problem) const
    {
        std::optional<AppointmentRecord> appointment = find(request, call, problem);
        if (!appointment)
            return std::nullopt;
        if (appointment->kind != AppointmentRecord::Kind::Own) {
            *problem = Problem::make(403, QStringLiteral("appointment_read_only"),
                                     QStringLiteral("Care-team appointments cannot be changed "
                                                    "in the portal."));
            return std::nullopt;
        }
        if (!AppointmentJson::canEdit(*appointment, call.who.person.id, call.link)) {
            *problem = Problem::make(403, QStringLiteral("not_author"),
                                     QStringLiteral("Only the person who made this appointment, "
                                                    "the client or a representative may change "
                                                    "it."));
            return std::nullopt;
        }
        const QByteArray ifMatch = request.header("If-Match");
        // The If-None-Match comparison serves If-Match too: a list of tags or "*", and a W/
        // that a proxy added still matches.
        if (!ifMatch.isEmpty()
            && !ifNoneMatchMatches(
                ifMatch, strongETag(Response::personalJson(json(*appointment, call)).body()))) {
            *problem = Problem::make(412, QStringLiteral("precondition_failed"),
                                     QStringLiteral("The appointment was changed meanwhile; "
                                                    "reload it and try again."));
            return std::nullopt;
        }
        return appointment;
    }

    ServerContext &m_context;
    AppointmentStore m_store;
    PhotoStore m_photos;
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
    routes.post(ListPath, { &Rights::agendaEdit },
                [handlers](const Request &request, const ClientCall &call) {
                    return handlers->create(request, call);
                });
    routes.get(OnePath, { &Rights::agendaView },
               [handlers](const Request &request, const ClientCall &call) {
                   return handlers->get(request, call);
               });
    routes.put(OnePath, { &Rights::agendaEdit },
               [handlers](const Request &request, const ClientCall &call) {
                   return handlers->update(request, call);
               });
    routes.del(OnePath, { &Rights::agendaEdit },
               [handlers](const Request &request, const ClientCall &call) {
                   return handlers->remove(request, call);
               });
    registerAppointmentImportRoutes(router, context);
}

} // namespace Portiek::Server
