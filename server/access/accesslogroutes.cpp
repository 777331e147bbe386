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

Response parameterInvalid(const QString &detail)
{
    return Problem::make(400, QStringLiteral("parameter_invalid"), detail);
}

std::optional<AccessLogPage::Query> readQuery(const Request &request, Response *problem)
{
    const QUrlQuery url = request.query();
    const auto value = [&url](const char *name) {
        return url.queryItemValue(QLatin1String(name), QUrl::FullyDecoded);
    };
    AccessLogPage::Query query;
    query.limit = PageRequest::DefaultLimit;
    if (url.hasQueryItem(QStringLiteral("limit"))) {
        bool isNumber = false;
        query.limit = value("limit").toInt(&isNumber);
        if (!isNumber || query.limit < 1 || query.limit > PageRequest::MaxLimit) {
            *problem = parameterInvalid(
                QStringLiteral("limit must be a number from 1 to %1.").arg(PageRequest::MaxLimit));
            return std::nullopt;
        }
    }
    if (url.hasQueryItem(QStringLiteral("cursor"))) {
        query.beforeSequence = AccessLogPage::decodeCursor(value("cursor"));
        if (query.beforeSequence == 0) {
            *problem = Problem::make(400, QStringLiteral("cursor_invalid"),
                                     QStringLiteral("The cursor is not valid; start again from "
                                                    "the first page."));
            return std::nullopt;
        }
    }
    for (const char *name : { "from", "to" }) {
        if (!url.hasQueryItem(QLatin1String(name)))
            continue;
        const QDateTime time = ReportImport::parseTime(value(name));
        if (!time.isValid()) {
            *problem
                = parameterInvalid(QStringLiteral("%1 must be a date-time with an offset, such as "
                                                  "2026-03-01T00:00:00+01:00.")
                                       .arg(QLatin1String(name)));
            return std::nullopt;
        }
        (qstrcmp(name, "from") == 0 ? query.from : query.to) = time;
    }
    query.actorPersonId = value("actor");
    if (query.actorPersonId.size() > IdMaxLength) {
        *problem = parameterInvalid(QStringLiteral("actor is not a person id."));
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
    response.setHeader(QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("private, no-cache"));
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
