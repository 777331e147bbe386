#include "server/accounts/accountstore.h"
#include "server/app/servercontext.h"
#include "server/appointments/appointmentinput.h"
#include "server/appointments/appointmentroutes.h"
#include "server/appointments/appointmentstore.h"
#include "server/http/etag.h"
#include "server/http/problem.h"
#include "server/import/importroutes.h"
#include "server/me/pagecursor.h"
#include "server/plans/importanswer.h"
#include "server/signin/apijson.h"
#include "server/storage/transaction.h"

#include <QJsonArray>
#include <QJsonObject>

#include <memory>

namespace Portiek::Server {

namespace {

const QString ImportPath
    = QStringLiteral("/api/v1/import/clients/{clientId}/appointments/{externalId}");
const QString BusyTimesPath = QStringLiteral("/api/v1/import/clients/{clientId}/busy-times");

// The dossier's side of the agenda: care-team appointments in, the client's own appointments
// out as busy time only.
class AppointmentImportHandlers
{
public:
    explicit AppointmentImportHandlers(ServerContext &context)
        : m_context(context)
        , m_store(context.database, context.clock)
    { }

    Response put(const Request &request, const ImportCall &call)
    {
        const QString clientId = request.pathParameter(QStringLiteral("clientId"));
        const QString externalId = request.pathParameter(QStringLiteral("externalId"));
        if (!ImportAnswer::isValidId(externalId))
            return ImportAnswer::badId(QStringLiteral("externalId"));
        Response problem;
        const std::optional<CareTeamAppointment> appointment
            = AppointmentInput::readImport(request, &problem);
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

    // exportBusyTimes: start and end of merged blocks, nothing else, ever.
    Response busyTimes(const Request &request, const ImportCall &call) const
    {
        Response problem;
        const std::optional<PageRequest> page = PageRequest::read(request, &problem);
        if (!page)
            return problem;
        QDateTime from;
        QDateTime to;
        if (!AppointmentInput::readPeriod(request, &from, &to, &problem))
            return problem;
        const QString clientId = request.pathParameter(QStringLiteral("clientId"));
        if (!m_context.accounts.findClient(clientId))
            return Problem::notFound(QStringLiteral("There is no client with this id."));
        QList<BusyBlock> blocks;
        if (!m_store.busyBlocks(clientId, from, to, &blocks)
            || !call.accessLog.recordCareOrganisation(
                clientId, call.systemName, AccessLog::Action::Export, QStringLiteral("busyTimes")))
            return Problem::internalError();
        QJsonArray items;
        for (const BusyBlock &block : std::as_const(blocks)) {
            items.append(QJsonObject { { QStringLiteral("start"), ApiJson::time(block.start) },
                                       { QStringLiteral("end"), ApiJson::time(block.end) } });
        }
        return conditionalGet(request, Response::personalJson(page->page(items)));
    }

private:
    ServerContext &m_context;
    AppointmentStore m_store;
};

} // namespace

void registerAppointmentImportRoutes(Router &router, ServerContext &context)
{
    const auto handlers = std::make_shared<AppointmentImportHandlers>(context);
    ImportRoutes imports(router, context);
    imports.put(ImportPath, [handlers](const Request &request, const ImportCall &call) {
        return handlers->put(request, call);
    });
    imports.del(ImportPath, [handlers](const Request &request, const ImportCall &call) {
        return handlers->del(request, call);
    });
    imports.get(BusyTimesPath, [handlers](const Request &request, const ImportCall &call) {
        return handlers->busyTimes(request, call);
    });
}

} // namespace Portiek::Server
