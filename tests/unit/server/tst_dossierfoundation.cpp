#include "dossierfixture.h"
#include "server/app/servercontext.h"
#include "server/dossier/accesslog.h"
#include "server/dossier/clientroutes.h"
#include "server/dossier/idempotency.h"
#include "server/import/importroutes.h"
#include "server/import/syncstamps.h"
#include "server/storage/database.h"

#include <QJsonDocument>
#include <QSqlQuery>
#include <QTest>

using namespace Portiek::Server;

// Routes of a made-up module, registered through the shared helpers on a router of their own.
class TestRoutes
{
public:
    explicit TestRoutes(DossierFixture &fixture)
        : m_fixture(fixture)
    {
        ClientRoutes routes(m_router, fixture.context());
        routes.get(QStringLiteral("/api/v1/clients/{clientId}/things"), { &Rights::reportsRead },
                   [](const Request &, const ClientCall &call) {
                       if (!call.log(AccessLog::Action::Read, QStringLiteral("reports")))
                           return Response(500);
                       return Response::json(
                           QJsonObject { { QStringLiteral("client"), call.clientId() } });
                   });
        routes.post(
            QStringLiteral("/api/v1/clients/{clientId}/things"),
            { &Rights::reportsRead, &Rights::reportsWrite },
            [this, &fixture](const Request &request, const ClientCall &call) {
                return Idempotency(fixture.context().database, fixture.context().clock)
                    .run(request, call.who.person.id, [this] {
                        ++created;
                        Response response
                            = Response::json(QJsonObject { { QStringLiteral("n"), created } }, 201);
                        response.setHeader("Location", "/things/" + QByteArray::number(created));
                        return response;
                    });
            });
        routes.get(QStringLiteral("/api/v1/clients/{clientId}/open"), {},
                   [](const Request &, const ClientCall &) { return Response::noContent(); });
        ImportRoutes imports(m_router, fixture.context());
        imports.put(QStringLiteral("/api/v1/import/clients/{clientId}"),
                    [](const Request &request, const ImportCall &call) {
                        const QString clientId = request.pathParameter(QStringLiteral("clientId"));
                        if (!call.stamps.touch(clientId))
                            return Response(404);
                        call.accessLog.recordCareOrganisation(clientId, call.systemName,
                                                              AccessLog::Action::Update,
                                                              QStringLiteral("profile"));
                        return Response::noContent();
                    });
    }

    Response call(const QByteArray &method, const QString &path, const QString &token,
                  const QByteArray &body = {}, const QByteArray &key = {},
                  const QByteArray &apiKey = {})
    {
        Request request(method, QUrl(path));
        request.setBody(body);
        if (!token.isEmpty())
            request.addHeader("Authorization", "Bearer " + token.toLatin1());
        if (!key.isEmpty())
            request.addHeader("Idempotency-Key", key);
        if (!apiKey.isEmpty())
            request.addHeader("X-API-Key", apiKey);
        return m_router.dispatch(request);
    }

    const Router &router() const { return m_router; }
    int created = 0;

private:
    DossierFixture &m_fixture;
    Router m_router;
};

static QString code(const Response &response)
{
    return SignInFixture::problemCode(response);
}

class TestDossierFoundation : public QObject
{
    Q_OBJECT

private slots:
    void clientRoute_refusesWithoutSessionLinkOrRight();
    void clientRoute_recordsItsRightsForTheRouteList();
    void clientRoute_readIsWrittenToTheAccessLog();
    void idempotency_replaysTheFirstAnswerAndRefusesAnotherBody();
    void idempotency_forgetsKeysAfterADay();
    void importRoute_needsTheOrganisationKeyAndStampsTheClient();
};

void TestDossierFoundation::clientRoute_refusesWithoutSessionLinkOrRight()
{
    DossierFixture fixture;
    QVERIFY(fixture.isValid());
    TestRoutes routes(fixture);
    const QString path = QStringLiteral("/api/v1/clients/100482/things");

    QCOMPARE(routes.call("GET", path, QString()).status(), 401);
    // Someone else's client and a client that does not exist answer the same.
    QCOMPARE(code(routes.call("GET", path, fixture.strangerToken)),
             QStringLiteral("client_not_accessible"));
    QCOMPARE(code(routes.call("GET", QStringLiteral("/api/v1/clients/nobody/things"),
                              fixture.clientToken)),
             QStringLiteral("client_not_accessible"));
    QCOMPARE(code(routes.call("GET", path, fixture.contactToken)), QStringLiteral("right_missing"));
    QCOMPARE(routes.call("GET", QStringLiteral("/api/v1/clients/100482/open"), fixture.contactToken)
                 .status(),
             204);

    Rights read;
    read.reportsRead = true;
    fixture.setContactRights(read);
    const Response allowed = routes.call("GET", path, fixture.contactToken);
    QCOMPARE(allowed.status(), 200);
    QCOMPARE(SignInFixture::json(allowed).value(QStringLiteral("client")).toString(),
             QStringLiteral("100482"));
    // Reading is not writing.
    QCOMPARE(code(routes.call("POST", path, fixture.contactToken, "{}", "k1")),
             QStringLiteral("right_missing"));
    QCOMPARE(routes.created, 0);
}

void TestDossierFoundation::clientRoute_recordsItsRightsForTheRouteList()
{
    DossierFixture fixture;
    TestRoutes routes(fixture);
    QStringList seen;
    for (const Router::RouteInfo &route : routes.router().routes())
        seen.append(route.method + ' ' + route.pathTemplate + ' ' + route.access);
    QVERIFY2(seen.contains(QStringLiteral("POST /api/v1/clients/{clientId}/things "
                                          "rights=reportsRead,reportsWrite")),
             qPrintable(seen.join(QLatin1Char('\n'))));
    QVERIFY(seen.contains(QStringLiteral("GET /api/v1/clients/{clientId}/open rights=")));
    QVERIFY(seen.contains(QStringLiteral("PUT /api/v1/import/clients/{clientId} import")));
}

void TestDossierFoundation::clientRoute_readIsWrittenToTheAccessLog()
{
    DossierFixture fixture;
    TestRoutes routes(fixture);
    QCOMPARE(routes
                 .call("GET", QStringLiteral("/api/v1/clients/100482/things"),
                       fixture.representativeToken)
                 .status(),
             200);
    // A refused call leaves no entry: nothing was read.
    QCOMPARE(
        routes.call("GET", QStringLiteral("/api/v1/clients/100482/things"), fixture.contactToken)
            .status(),
        403);

    const AccessLog log(fixture.context().database, fixture.context().clock);
    const QList<AccessLog::Entry> entries = log.list(DossierFixture::ClientId, 10);
    QCOMPARE(entries.size(), 1);
    const AccessLog::Entry &entry = entries.first();
    QCOMPARE(entry.personId, fixture.representative.id);
    QCOMPARE(entry.actorRole, std::optional<Role>(Role::Representative));
    QCOMPARE(entry.actorKind, AccessLog::ActorKind::Person);
    QCOMPARE(entry.action, AccessLog::Action::Read);
    QCOMPARE(entry.resourceType, QStringLiteral("reports"));
    QVERIFY(entry.resourceId.isEmpty());
    QCOMPARE(entry.at, fixture.clock().now());
    QVERIFY(log.list(DossierFixture::OtherClientId, 10).isEmpty());
}

void TestDossierFoundation::idempotency_replaysTheFirstAnswerAndRefusesAnotherBody()
{
    DossierFixture fixture;
    TestRoutes routes(fixture);
    const QString path = QStringLiteral("/api/v1/clients/100482/things");

    QCOMPARE(code(routes.call("POST", path, fixture.clientToken, "{\"a\":1}")),
             QStringLiteral("idempotency_key_missing"));
    QCOMPARE(routes.call("POST", path, fixture.clientToken, "{\"a\":1}", "bad key").status(), 400);
    QCOMPARE(routes.created, 0);

    const Response first = routes.call("POST", path, fixture.clientToken, "{\"a\":1}", "k-1");
    QCOMPARE(first.status(), 201);
    QVERIFY(!first.hasHeader("Idempotent-Replayed"));
    const Response again = routes.call("POST", path, fixture.clientToken, "{\"a\":1}", "k-1");
    QCOMPARE(again.status(), 201);
    QCOMPARE(again.body(), first.body());
    QCOMPARE(again.header("Location"), first.header("Location"));
    QCOMPARE(again.header("Idempotent-Replayed"), QByteArray("true"));
    QCOMPARE(routes.created, 1);

    QCOMPARE(code(routes.call("POST", path, fixture.clientToken, "{\"a\":2}", "k-1")),
             QStringLiteral("idempotency_key_reused"));
    // Keys belong to a person: the same key from someone else is a new request.
    QCOMPARE(routes.call("POST", path, fixture.representativeToken, "{\"a\":1}", "k-1").status(),
             201);
    QCOMPARE(routes.created, 2);
}

void TestDossierFoundation::idempotency_forgetsKeysAfterADay()
{
    DossierFixture fixture;
    TestRoutes routes(fixture);
    const QString path = QStringLiteral("/api/v1/clients/100482/things");
    QCOMPARE(routes.call("POST", path, fixture.clientToken, "{}", "k-2").status(), 201);
    fixture.clock().advance(25 * 60 * 60);
    // That session has ended by now; a new one sends the same key with another body.
    const QString token = fixture.sessionFor(fixture.client);
    QCOMPARE(routes.call("POST", path, token, "{\"b\":1}", "k-2").status(), 201);
    QCOMPARE(routes.created, 2);
    // The stored answers hold what people wrote: those of a day ago are gone, not kept, also
    // those of someone who does not come back.
    QCOMPARE(routes.call("POST", path, token, "{}", "k-3").status(), 201);
    QCOMPARE(
        routes.call("POST", path, fixture.sessionFor(fixture.representative), "{}", "r-1").status(),
        201);
    fixture.clock().advance(25 * 60 * 60);
    const QString later = fixture.sessionFor(fixture.client);
    QCOMPARE(routes.call("POST", path, later, "{\"c\":1}", "k-4").status(), 201);
    QSqlQuery stored(fixture.context().database.connection());
    QVERIFY(stored.exec(QStringLiteral("SELECT idempotency_key FROM idempotency_keys")));
    QStringList keys;
    while (stored.next())
        keys.append(stored.value(0).toString());
    QCOMPARE(keys, QStringList { QStringLiteral("k-4") });
}

void TestDossierFoundation::importRoute_needsTheOrganisationKeyAndStampsTheClient()
{
    DossierFixture fixture;
    TestRoutes routes(fixture);
    const QString path = QStringLiteral("/api/v1/import/clients/100482");
    const SyncStamps stamps(fixture.context().database, fixture.context().clock);
    QVERIFY(stamps.lastUpdatedAt(DossierFixture::ClientId).isNull());

    QCOMPARE(code(routes.call("PUT", path, QString())), QStringLiteral("api_key_invalid"));
    QCOMPARE(code(routes.call("PUT", path, QString(), {}, {}, "wrong-key")),
             QStringLiteral("api_key_invalid"));
    // A person's session is no key.
    QCOMPARE(routes.call("PUT", path, fixture.representativeToken).status(), 401);
    QVERIFY(stamps.lastUpdatedAt(DossierFixture::ClientId).isNull());

    QCOMPARE(routes.call("PUT", path, QString(), {}, {}, SignInFixture::ImportKey).status(), 204);
    QCOMPARE(stamps.lastUpdatedAt(DossierFixture::ClientId), fixture.clock().now());
    const AccessLog log(fixture.context().database, fixture.context().clock);
    const QList<AccessLog::Entry> entries = log.list(DossierFixture::ClientId, 10);
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.first().actorKind, AccessLog::ActorKind::CareOrganisation);
    QCOMPARE(entries.first().actorName, QStringLiteral("ECD-koppeling Zorggroep De Linde"));
    QVERIFY(!entries.first().actorRole);
}

QTEST_GUILESS_MAIN(TestDossierFoundation)
#include "tst_dossierfoundation.moc"
