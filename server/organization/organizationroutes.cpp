#include "server/organization/organizationroutes.h"

#include "server/http/etag.h"
#include "server/http/problem.h"
#include "server/http/router.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace Portiek::Server {

namespace {

constexpr int ApiVersion = 1;
const QString OrganizationPath = QStringLiteral("/api/v1/organization");
const QString LogoPath = QStringLiteral("/api/v1/organization/logo");

// The organisation changes rarely, but a new logo or terms version should reach clients within
// minutes; the logo changes even more rarely and is the larger download.
const QByteArray OrganizationCacheControl = QByteArrayLiteral("public, max-age=300");
const QByteArray LogoCacheControl = QByteArrayLiteral("public, max-age=3600");

} // namespace

QByteArray organizationDocument(const OrganizationConfig &organization, bool hasLogo)
{
    QJsonObject helpdesk;
    if (!organization.helpdesk.phone.isEmpty())
        helpdesk.insert(QStringLiteral("phone"), organization.helpdesk.phone);
    if (!organization.helpdesk.email.isEmpty())
        helpdesk.insert(QStringLiteral("email"), organization.helpdesk.email);

    const PasswordPolicy &policy = organization.passwordPolicy;
    const QJsonObject passwordPolicy {
        { QStringLiteral("minLength"), policy.minLength },
        { QStringLiteral("maxLength"), policy.maxLength },
        { QStringLiteral("requireMixedCase"), policy.requireMixedCase },
        { QStringLiteral("requireNonLetter"), policy.requireNonLetter },
    };

    QJsonObject document {
        { QStringLiteral("name"), organization.name },
        { QStringLiteral("helpdesk"), helpdesk },
        { QStringLiteral("termsVersion"), organization.termsVersion },
        { QStringLiteral("passwordPolicy"), passwordPolicy },
        { QStringLiteral("apiVersion"), ApiVersion },
    };
    if (hasLogo)
        document.insert(QStringLiteral("logoUrl"), LogoPath);
    return QJsonDocument(document).toJson(QJsonDocument::Compact);
}

void registerOrganizationRoutes(Router &router, const OrganizationConfig &organization,
                                const Logo &logo)
{
    // The configuration is fixed for the life of the process: build the answers once.
    Response organizationResponse(200, organizationDocument(organization, !logo.isNull()),
                                  QByteArrayLiteral("application/json"));
    organizationResponse.setHeader(QByteArrayLiteral("Cache-Control"), OrganizationCacheControl);
    organizationResponse.setHeader(QByteArrayLiteral("ETag"),
                                   strongETag(organizationResponse.body()));
    router.get(OrganizationPath, [organizationResponse](const Request &request) {
        return conditionalGet(request, organizationResponse);
    });

    Response logoResponse(200, logo.bytes, logo.mediaType);
    logoResponse.setHeader(QByteArrayLiteral("Cache-Control"), LogoCacheControl);
    logoResponse.setHeader(QByteArrayLiteral("ETag"), strongETag(logo.bytes));
    const bool hasLogo = !logo.isNull();
    router.get(LogoPath, [hasLogo, logoResponse](const Request &request) {
        if (!hasLogo)
            return Problem::notFound(QStringLiteral("This organisation has no logo."));
        return conditionalGet(request, logoResponse);
    });
}

} // namespace Portiek::Server
