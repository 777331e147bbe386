#include "server/http/router.h"
#include "server/organization/organizationroutes.h"

#include <QBuffer>
#include <QImage>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Portiek::Server;

namespace {

OrganizationConfig deLinde()
{
    OrganizationConfig organization;
    organization.name = QStringLiteral("Zorggroep De Linde");
    organization.helpdesk.phone = QStringLiteral("020 123 45 67");
    organization.helpdesk.email = QStringLiteral("helpdesk@delinde.example");
    organization.termsVersion = QStringLiteral("2026-01");
    return organization;
}

Logo pngLogo()
{
    QImage image(32, 32, QImage::Format_ARGB32);
    image.fill(Qt::darkGreen);
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return Logo { buffer.data(), QByteArrayLiteral("image/png") };
}

Request get(const char *path, const QByteArray &ifNoneMatch = {})
{
    Request request(QByteArrayLiteral("GET"), QUrl(QString::fromLatin1(path)));
    if (!ifNoneMatch.isEmpty())
        request.addHeader("If-None-Match", ifNoneMatch);
    return request;
}

} // namespace

class TestOrganizationRoutes : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void organization_withLogo_describesEverything();
    void organization_minimal_omitsLogoUrlAndHelpdeskKeys();
    void organization_isCacheableWithETag();
    void organization_sameETag_gives304();
    void logo_servesBytesWithMediaType();
    void logo_sameETag_gives304();
    void logo_none_is404ProblemJson();
    void routes_bothRegisteredWithoutLogo();
};

void TestOrganizationRoutes::organization_withLogo_describesEverything()
{
    Router router;
    registerOrganizationRoutes(router, deLinde(), pngLogo());
    const Response response = router.dispatch(get("/api/v1/organization"));
    QCOMPARE(response.status(), 200);
    QCOMPARE(response.header("Content-Type"), QByteArray("application/json"));
    const QJsonObject expected = QJsonDocument::fromJson(R"({
        "name": "Zorggroep De Linde",
        "logoUrl": "/api/v1/organization/logo",
        "helpdesk": { "phone": "020 123 45 67", "email": "helpdesk@delinde.example" },
        "termsVersion": "2026-01",
        "passwordPolicy": { "minLength": 12, "maxLength": 128, "requireMixedCase": false,
                            "requireNonLetter": false },
        "apiVersion": 1 })")
                                     .object();
    QCOMPARE(QJsonDocument::fromJson(response.body()).object(), expected);
}

void TestOrganizationRoutes::organization_minimal_omitsLogoUrlAndHelpdeskKeys()
{
    OrganizationConfig organization = deLinde();
    organization.helpdesk = Helpdesk();
    organization.passwordPolicy.minLength = 10;
    organization.passwordPolicy.requireMixedCase = true;
    Router router;
    registerOrganizationRoutes(router, organization, Logo());
    const QJsonObject document
        = QJsonDocument::fromJson(router.dispatch(get("/api/v1/organization")).body()).object();
    QVERIFY(!document.contains(QStringLiteral("logoUrl")));
    QCOMPARE(document.value(QStringLiteral("helpdesk")).toObject(), QJsonObject());
    const QJsonObject policy = document.value(QStringLiteral("passwordPolicy")).toObject();
    QCOMPARE(policy.value(QStringLiteral("minLength")).toInt(), 10);
    QCOMPARE(policy.value(QStringLiteral("maxLength")).toInt(), 128);
    QCOMPARE(policy.value(QStringLiteral("requireMixedCase")).toBool(), true);
}

void TestOrganizationRoutes::organization_isCacheableWithETag()
{
    Router router;
    registerOrganizationRoutes(router, deLinde(), Logo());
    const Response response = router.dispatch(get("/api/v1/organization"));
    QCOMPARE(response.header("Cache-Control"), QByteArray("public, max-age=300"));
    const QByteArray etag = response.header("ETag");
    QVERIFY(etag.startsWith('"') && etag.endsWith('"'));

    OrganizationConfig renamed = deLinde();
    renamed.name = QStringLiteral("Zorggroep De Eik");
    Router otherRouter;
    registerOrganizationRoutes(otherRouter, renamed, Logo());
    QVERIFY(otherRouter.dispatch(get("/api/v1/organization")).header("ETag") != etag);
}

void TestOrganizationRoutes::organization_sameETag_gives304()
{
    Router router;
    registerOrganizationRoutes(router, deLinde(), Logo());
    const QByteArray etag = router.dispatch(get("/api/v1/organization")).header("ETag");
    const Response response = router.dispatch(get("/api/v1/organization", etag));
    QCOMPARE(response.status(), 304);
    QVERIFY(response.body().isEmpty());
    QCOMPARE(response.header("ETag"), etag);
    QCOMPARE(response.header("Cache-Control"), QByteArray("public, max-age=300"));
}

void TestOrganizationRoutes::logo_servesBytesWithMediaType()
{
    const Logo logo = pngLogo();
    Router router;
    registerOrganizationRoutes(router, deLinde(), logo);
    const Response response = router.dispatch(get("/api/v1/organization/logo"));
    QCOMPARE(response.status(), 200);
    QCOMPARE(response.body(), logo.bytes);
    QCOMPARE(response.header("Content-Type"), QByteArray("image/png"));
    QCOMPARE(response.header("Cache-Control"), QByteArray("public, max-age=3600"));
    QVERIFY(!response.header("ETag").isEmpty());
}

void TestOrganizationRoutes::logo_sameETag_gives304()
{
    Router router;
    registerOrganizationRoutes(router, deLinde(), pngLogo());
    const QByteArray etag = router.dispatch(get("/api/v1/organization/logo")).header("ETag");
    const Response response = router.dispatch(get("/api/v1/organization/logo", etag));
    QCOMPARE(response.status(), 304);
    QVERIFY(response.body().isEmpty());
}

void TestOrganizationRoutes::logo_none_is404ProblemJson()
{
    Router router;
    registerOrganizationRoutes(router, deLinde(), Logo());
    const Response response = router.dispatch(get("/api/v1/organization/logo"));
    QCOMPARE(response.status(), 404);
    QCOMPARE(response.header("Content-Type"), QByteArray("application/problem+json"));
    QCOMPARE(QJsonDocument::fromJson(response.body()).object().value(QStringLiteral("code")),
             QJsonValue(QStringLiteral("not_found")));
}

void TestOrganizationRoutes::routes_bothRegisteredWithoutLogo()
{
    Router router;
    registerOrganizationRoutes(router, OrganizationConfig(), Logo());
    const QList<Router::RouteInfo> routes = router.routes();
    QCOMPARE(routes.size(), 2);
    QCOMPARE(routes.at(0).pathTemplate, QStringLiteral("/api/v1/organization"));
    QCOMPARE(routes.at(1).pathTemplate, QStringLiteral("/api/v1/organization/logo"));
}

QTEST_GUILESS_MAIN(TestOrganizationRoutes)
#include "tst_organizationroutes.moc"
