#include "server/clients/overviewroute.h"

#include "server/dossier/clientroutes.h"
#include "server/http/etag.h"
#include "server/http/problem.h"

#include <QJsonDocument>
#include <QUrlQuery>

namespace Portiek::Server {

namespace {

struct OverviewPart
{
    const char *member;
    const char *path; // after /api/v1/clients/{clientId}
    bool withPeriod; // takes the overview's from and to
};

const OverviewPart OverviewParts[] = {
    { "syncStatus", "/sync-status", false },
    { "latestReports", "/reports?limit=3", false },
    { "appointments", "/appointments?limit=100", true },
    { "plansAwaitingApproval", "/plans?approvalPending=true&limit=20", false },
    { "unreadCounts", "/unread-counts", false },
};

// The part's own request, as the person would send it: their headers, without the conditions
// that belong to the overview's answer.
Request partRequest(const Request &overview, const QString &clientPath, const OverviewPart &part)
{
    QUrl url(clientPath + QString::fromLatin1(part.path));
    if (part.withPeriod) {
        QUrlQuery query(url);
        const QUrlQuery given = overview.query();
        for (const char *name : { "from", "to" }) {
            const QString key = QString::fromLatin1(name);
            if (given.hasQueryItem(key))
                query.addQueryItem(key, given.queryItemValue(key, QUrl::FullyEncoded));
        }
        url.setQuery(query);
    }
    Request request(QByteArrayLiteral("GET"), url);
    for (const Request::Header &header : overview.headers()) {
        const QByteArray name = header.first.toLower();
        if (name != "if-none-match" && name != "if-modified-since")
            request.addHeader(header.first, header.second);
    }
    request.setRemoteAddress(overview.remoteAddress());
    return request;
}

} // namespace

void registerOverviewRoute(Router &router, const ServerContext &context)
{
    ClientRoutes routes(router, context);
    routes.get(QStringLiteral("/api/v1/clients/{clientId}/overview"), {},
               [&router](const Request &request, const ClientCall &call) {
                   const QString clientPath = QStringLiteral("/api/v1/clients/")
                       + QString::fromLatin1(QUrl::toPercentEncoding(call.clientId()));
                   QJsonObject overview;
                   QJsonObject problems;
                   for (const OverviewPart &part : OverviewParts) {
                       const Response answer
                           = router.dispatch(partRequest(request, clientPath, part));
                       const QString member = QString::fromLatin1(part.member);
                       const QJsonObject body = QJsonDocument::fromJson(answer.body()).object();
                       if (answer.status() == 200)
                           overview.insert(member, body);
                       else if (answer.status() >= 500)
                           problems.insert(member, body);
                       else if (answer.status() != 403)
                           return answer; // the request itself is wrong (a bad period, …)
                   }
                   if (!problems.isEmpty())
                       overview.insert(QStringLiteral("problems"), problems);
                   return Response::personalJson(overview);
               });
}

} // namespace Portiek::Server
