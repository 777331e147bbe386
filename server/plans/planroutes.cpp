#include "server/plans/planroutes.h"

#include "server/app/servercontext.h"
#include "server/dossier/clientroutes.h"
#include "server/dossier/idempotency.h"
#include "server/http/byterange.h"
#include "server/http/etag.h"
#include "server/http/problem.h"
#include "server/me/pagecursor.h"
#include "server/photos/photostore.h"
#include "server/plans/planjson.h"
#include "server/plans/planstore.h"

#include <QJsonArray>

#include <memory>

namespace Portiek::Server {

namespace {

const QString PlansPath = QStringLiteral("/api/v1/clients/{clientId}/plans");
const QString PlanPath = QStringLiteral("/api/v1/clients/{clientId}/plans/{planId}");

// "approvalPending=true|false"; nothing (with `*problem`) for another value.
std::optional<bool> approvalPendingFilter(const Request &request, Response *problem)
{
    const QUrlQuery query = request.query();
    if (!query.hasQueryItem(QStringLiteral("approvalPending")))
        return false;
    const QString value = query.queryItemValue(QStringLiteral("approvalPending"));
    if (value == QLatin1String("true") || value == QLatin1String("false"))
        return value == QLatin1String("true");
    *problem = Problem::make(400, QStringLiteral("parameter_invalid"),
                             QStringLiteral("approvalPending must be true or false."));
    return std::nullopt;
}

class PlanHandlers
{
public:
    explicit PlanHandlers(ServerContext &context)
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
        const std::optional<bool> pendingOnly = approvalPendingFilter(request, &problem);
        if (!pendingOnly)
            return problem;
        QList<PlanRecord> plans;
        if (!m_store.list(call.clientId(), *pendingOnly, &plans)
            || !call.log(AccessLog::Action::Read, QStringLiteral("plans")))
            return Problem::internalError();
        QJsonArray items;
        for (const PlanRecord &plan : std::as_const(plans))
            items.append(json(plan, call.link));
        return conditionalGet(request, Response::personalJson(page->page(items)));
    }

    Response get(const Request &request, const ClientCall &call) const
    {
        std::optional<PlanRecord> plan;
        if (!m_store.find(call.clientId(), request.pathParameter(QStringLiteral("planId")), &plan))
            return Problem::internalError();
        if (!plan)
            return Problem::notFound(QStringLiteral("This client has no such plan."));
        if (!call.log(AccessLog::Action::Read, QStringLiteral("plan"), plan->id))
            return Problem::internalError();
        return conditionalGet(request, Response::personalJson(json(*plan, call.link)));
    }

    Response pdf(const Request &request, const ClientCall &call) const
    {
        std::optional<PlanRecord> plan;
        if (!m_store.find(call.clientId(), request.pathParameter(QStringLiteral("planId")), &plan))
            return Problem::internalError();
        if (!plan)
            return Problem::notFound(QStringLiteral("This client has no such plan."));
        if (!call.log(AccessLog::Action::Download, QStringLiteral("planPdf"), plan->id))
            return Problem::internalError();
        // The client's copy is current: no need to read the document at all.
        const QByteArray ifNoneMatch = request.header("If-None-Match");
        if (!ifNoneMatch.isEmpty() && ifNoneMatchMatches(ifNoneMatch, plan->pdfETag)) {
            Response current(200);
            current.setHeader(QByteArrayLiteral("ETag"), plan->pdfETag);
            current.markPersonal();
            return conditionalGet(request, current);
        }
        const QByteArray document = m_store.pdf(plan->id);
        if (document.isEmpty())
            return Problem::internalError();
        Response response
            = rangedGet(request, document, plan->pdfETag, QByteArrayLiteral("application/pdf"));
        response.markPersonal();
        if (response.status() == 200 || response.status() == 206) {
            response.setHeader(QByteArrayLiteral("Content-Disposition"),
                               PlanJson::contentDisposition(plan->title, plan->date));
        }
        return response;
    }

    Response approve(const Request &request, const ClientCall &call)
    {
        const QString planId = request.pathParameter(QStringLiteral("planId"));
        return Idempotency(m_context.database, m_context.clock)
            .run(request, call.who.person.id, [&]() -> Response {
                std::optional<PlanRecord> plan;
                if (!m_store.find(call.clientId(), planId, &plan))
                    return Problem::internalError();
                if (!plan)
                    return Problem::notFound(QStringLiteral("This client has no such plan."));
                if (!plan->approvalRequested) {
                    return Problem::make(409, QStringLiteral("plan_approval_not_requested"),
                                         QStringLiteral("This plan asks no approval."));
                }
                if (plan->isApproved()) {
                    return Problem::make(409, QStringLiteral("plan_already_approved"),
                                         QStringLiteral("Approved on %1 by %2.")
                                             .arg(plan->approvedAt.date().toString(Qt::ISODate),
                                                  plan->approvedByName));
                }
                if (!m_store.approve(plan->id, call.who.person, call.link.myRole)
                    || !call.log(AccessLog::Action::Approve, QStringLiteral("plan"), plan->id)
                    || !m_store.find(call.clientId(), planId, &plan) || !plan)
                    return Problem::internalError();
                Response created = Response::personalJson(json(*plan, call.link), 201);
                created.setHeader(QByteArrayLiteral("Location"), PlanJson::path(*plan).toUtf8());
                return created;
            });
    }

private:
    QJsonObject json(const PlanRecord &plan, const ClientLink &link) const
    {
        return PlanJson::plan(plan, link,
                              plan.isApproved()
                                  ? m_photos.personUrl(plan.clientId, plan.approvedByPersonId)
                                  : QString());
    }

    ServerContext &m_context;
    PlanStore m_store;
    PhotoStore m_photos;
};

} // namespace

void registerPlanRoutes(Router &router, ServerContext &context)
{
    const auto handlers = std::make_shared<PlanHandlers>(context);
    ClientRoutes routes(router, context);
    routes.get(PlansPath, { &Rights::plans },
               [handlers](const Request &request, const ClientCall &call) {
                   return handlers->list(request, call);
               });
    routes.get(PlanPath, { &Rights::plans },
               [handlers](const Request &request, const ClientCall &call) {
                   return handlers->get(request, call);
               });
    routes.get(PlanPath + QStringLiteral("/pdf"), { &Rights::plans },
               [handlers](const Request &request, const ClientCall &call) {
                   return handlers->pdf(request, call);
               });
    routes.post(PlanPath + QStringLiteral("/approval"), { &Rights::plans, &Rights::manageAccess },
                [handlers](const Request &request, const ClientCall &call) {
                    return handlers->approve(request, call);
                });
    registerPlanImportRoutes(router, context);
}

} // namespace Portiek::Server
