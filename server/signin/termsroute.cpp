#include "server/signin/termsroute.h"

#include "server/http/etag.h"
#include "server/http/problem.h"
#include "server/http/router.h"
#include "server/signin/apijson.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

namespace Portiek::Server {

QByteArray termsDocument(const LoadedServerConfig &config, const QDateTime &publishedAt)
{
    const OrganizationConfig &organization = config.config.organization;
    if (config.termsText.isEmpty())
        return {};
    const QString title = organization.terms.title.isEmpty()
        ? QStringLiteral("Voorwaarden cliëntportaal %1").arg(organization.name)
        : organization.terms.title;
    const QJsonObject terms {
        { QStringLiteral("version"), organization.termsVersion },
        { QStringLiteral("title"), title },
        { QStringLiteral("text"), config.termsText },
        { QStringLiteral("publishedAt"), ApiJson::time(publishedAt) },
    };
    return QJsonDocument(terms).toJson(QJsonDocument::Compact);
}

void registerTermsRoute(Router &router, const LoadedServerConfig &config)
{
    const QString path = config.config.organization.terms.textPath;
    const QDateTime publishedAt
        = path.isEmpty() ? QDateTime() : QFileInfo(path).lastModified().toUTC();
    const QByteArray document = termsDocument(config, publishedAt);

    // Fixed for the life of the process, like the organisation itself (organizationroutes.cpp).
    Response response(200, document, QByteArrayLiteral("application/json"));
    response.setHeader(QByteArrayLiteral("Cache-Control"),
                       QByteArrayLiteral("public, max-age=300"));
    response.setHeader(QByteArrayLiteral("ETag"), strongETag(document));
    router.get(QStringLiteral("/api/v1/organization/terms"),
               [document, response](const Request &request) {
                   if (document.isEmpty())
                       return Problem::notFound(QStringLiteral("This portal has no terms."));
                   return conditionalGet(request, response);
               });
}

} // namespace Portiek::Server
