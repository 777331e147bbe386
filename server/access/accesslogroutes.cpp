#include "server/access/accesslogroutes.h"

#include "server/access/accesslogpage.h"
#include "server/app/servercontext.h"
#include "server/dossier/clientroutes.h"
#include "server/http/etag.h"
#include "server/http/problem.h"
#include "server/me/pagecursor.h"
#include "server/reports/reportimport.h"

#include <QJsonObject>

namespace Portiek::Server {

namespace {

constexpr int IdMaxLength = 64;

std::optional<AccessLogPage::Query> readQuery(const Request &request, Response *problem)
{
    const QUrlQuery url = request.query();
    const auto value = [&url](const char *name) {
        return url.queryItemValue(QLatin1String(name), QUrl::FullyDecoded);
    };
    AccessLogPage::Query query;
    query.limit = PageRequest::DefaultLimit;
    if (!ListQuery::readLimit(request, &query.limit, problem))
        return std::nullopt;
    if (url.hasQueryItem(QStringLiteral("cursor"))) {
        query.beforeSequence = AccessLogPage::decodeCursor(value("cursor"));
        if (query.beforeSequence == 0) {
            *problem = ListQuery::cursorInvalid();
            return std::nullopt;
        }
    }
    if (!ListQuery::readPeriod(request, &query.from, &query.to, problem))
        return std::nullopt;
    query.actorPersonId = value("actor");
    if (query.actorPersonId.size() > IdMaxLength) {
        *problem = ListQuery::parameterInvalid(QStringLiteral("actor is not a person id."));
        return std::nullopt;
    }
    return query;
}

Response listAccessLog(const Database &database, const Request &request, const ClientCall &call)
{
    Response problem;
    const std::optional<AccessLogPage::Query> query = readQuery(request, &problem);
    if (!query)
        return problem;
    const std::optional<AccessLogPage> page
        = AccessLogPage::read(database, call.clientId(), *query);
    // The page shows the log as it was when asked; this read is the next page's newest entry.
    if (!page || !call.log(AccessLog::Action::Read, QStringLiteral("accessLog")))
        return Problem::internalError();
    Response response = Response::json(QJsonObject {
        { QStringLiteral("items"), page->items },
        { QStringLiteral("nextCursor"),
          page->nextBefore > 0 ? QJsonValue(AccessLogPage::encodeCursor(page->nextBefore))
                               : QJsonValue(QJsonValue::Null) },
    });
    response.markPersonal();
    return conditionalGet(request, response);
}

} // namespace

void registerAccessLogRoutes(Router &router, const ServerContext &context)
{
    ClientRoutes routes(router, context);
    routes.get(QStringLiteral("/api/v1/clients/{clientId}/access/log"), { &Rights::manageAccess },
               [&database = context.database](const Request &request, const ClientCall &call) {
                   return listAccessLog(database, request, call);
               });
}

} // namespace Portiek::Server
