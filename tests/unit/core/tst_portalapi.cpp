#include "core/portalapi.h"
#include "fakeportal.h"
#include "support/fakenetwork.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

#include <memory>

namespace {

using Kind = ApiError::Kind;

struct Outcome
{
    bool ok = false;
    ApiError error;
    QJsonObject json;
    QByteArray body;
};

// Sends one GET and waits for its answer.
Outcome fetch(PortalApi &api, const QString &path, ApiReply::Expect expect = ApiReply::Expect::Json)
{
    Outcome outcome;
    bool done = false;
    ApiReply *reply = api.get(path, expect);
    QObject::connect(reply, &ApiReply::finished, [&] {
        outcome.ok = reply->isOk();
        outcome.error = reply->error();
        outcome.json = reply->json();
        outcome.body = reply->body();
        done = true;
    });
    if (!QTest::qWaitFor([&] { return done; }, 10000))
        qWarning("no answer within 10 s");
    return outcome;
}

} // namespace

class TestPortalApi : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void jsonAnswer_isParsed();
    void request_carriesAcceptAndUserAgent();
    void basePath_isKeptInFront();
    void faultyAnswer_isClassified_data();
    void faultyAnswer_isClassified();
    void problemAnswer_keepsCodeAndRetryAfter();
    void oversizedAnswer_isAborted();
    void plainHttp_isRefusedWithoutTouchingTheNetwork();
    void hangingServer_timesOut();
    void jsonBodies_goWithTheirMethod();
    void sessionToken_isSentOnlyWhileSet();
    void endedSession_isAnnouncedOnce_data();
    void endedSession_isAnnouncedOnce();
    void problemDetails_areParsed();
    void noContent_isSuccess();

private:
    std::unique_ptr<FakeNetworkAccessManager> m_network;
    std::unique_ptr<PortalApi> m_api;
};

void TestPortalApi::init()
{
    m_network = std::make_unique<FakeNetworkAccessManager>();
    m_api = std::make_unique<PortalApi>(m_network.get());
    m_api->setBaseUrl(QUrl(QStringLiteral("https://portaal.example.nl")));
}

void TestPortalApi::jsonAnswer_isParsed()
{
    m_network->setHandler([](const QNetworkRequest &request, QObject *parent) {
        return new FakeReply(request, 200, "application/json; charset=utf-8", R"({"name":"X"})",
                             parent);
    });
    const Outcome outcome = fetch(*m_api, QStringLiteral("/api/v1/organization"));
    QVERIFY(outcome.ok);
    QCOMPARE(outcome.json.value(QStringLiteral("name")).toString(), QStringLiteral("X"));
}

void TestPortalApi::request_carriesAcceptAndUserAgent()
{
    m_network->setHandler([](const QNetworkRequest &request, QObject *parent) {
        return new FakeReply(request, 200, "application/json", "{}", parent);
    });
    fetch(*m_api, QStringLiteral("/api/v1/organization"));
    QCOMPARE(m_network->requests().size(), 1);
    const QNetworkRequest request = m_network->requests().first();
    QCOMPARE(request.url(), QUrl(QStringLiteral("https://portaal.example.nl/api/v1/organization")));
    QVERIFY(request.rawHeader("Accept").contains("application/json"));
    QVERIFY(request.header(QNetworkRequest::UserAgentHeader)
                .toString()
                .startsWith(QLatin1String("Portiek/")));
    QCOMPARE(request.sslConfiguration().protocol(), QSsl::TlsV1_2OrLater);
}

void TestPortalApi::basePath_isKeptInFront()
{
    m_api->setBaseUrl(QUrl(QStringLiteral("https://zorggroep.nl/portiek")));
    QCOMPARE(m_api->urlFor(QStringLiteral("/api/v1/organization")),
             QUrl(QStringLiteral("https://zorggroep.nl/portiek/api/v1/organization")));
    QCOMPARE(m_api->urlFor(QStringLiteral("/api/v1/x?limit=5")).query(), QStringLiteral("limit=5"));
}

void TestPortalApi::faultyAnswer_isClassified_data()
{
    QTest::addColumn<int>("status"); // 0: a network error instead
    QTest::addColumn<int>("networkError");
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("kind");

    const QByteArray json = "application/json";
    QTest::newRow("html instead of json") << 200 << 0 << QByteArray("text/html")
                                          << QByteArray("<html></html>") << int(Kind::NotAPortal);
    QTest::newRow("truncated json")
        << 200 << 0 << json << QByteArray(R"({"name":"X)") << int(Kind::NotAPortal);
    QTest::newRow("json array") << 200 << 0 << json << QByteArray("[1,2]") << int(Kind::NotAPortal);
    QTest::newRow("empty body") << 200 << 0 << json << QByteArray() << int(Kind::NotAPortal);
    QTest::newRow("bare 404") << 404 << 0 << QByteArray("text/html") << QByteArray("Not Found")
                              << int(Kind::NotAPortal);
    QTest::newRow("bare 502") << 502 << 0 << QByteArray("text/html") << QByteArray("Bad Gateway")
                              << int(Kind::ServerUnavailable);
    QTest::newRow("refused") << 0 << int(QNetworkReply::ConnectionRefusedError) << QByteArray()
                             << QByteArray() << int(Kind::Unreachable);
    QTest::newRow("reset") << 0 << int(QNetworkReply::RemoteHostClosedError) << QByteArray()
                           << QByteArray() << int(Kind::Unreachable);
    QTest::newRow("unknown host") << 0 << int(QNetworkReply::HostNotFoundError) << QByteArray()
                                  << QByteArray() << int(Kind::HostNotFound);
    QTest::newRow("tls handshake")
        << 0 << int(QNetworkReply::SslHandshakeFailedError) << QByteArray() << QByteArray()
        << int(Kind::SecureConnectionFailed);
    QTest::newRow("timeout") << 0 << int(QNetworkReply::OperationCanceledError) << QByteArray()
                             << QByteArray() << int(Kind::Timeout);
}

void TestPortalApi::faultyAnswer_isClassified()
{
    QFETCH(int, status);
    QFETCH(int, networkError);
    QFETCH(QByteArray, contentType);
    QFETCH(QByteArray, body);
    QFETCH(int, kind);
    m_network->setHandler([=](const QNetworkRequest &request, QObject *parent) -> QNetworkReply * {
        if (status == 0)
            return new FakeErrorReply(request, QNetworkReply::NetworkError(networkError),
                                      QStringLiteral("fake"), parent);
        return new FakeReply(request, status, contentType, body, parent);
    });
    const Outcome outcome = fetch(*m_api, QStringLiteral("/api/v1/organization"));
    QVERIFY(!outcome.ok);
    QCOMPARE(int(outcome.error.kind()), kind);
    QVERIFY(!outcome.error.userMessage().isEmpty());
}

void TestPortalApi::problemAnswer_keepsCodeAndRetryAfter()
{
    m_network->setHandler([](const QNetworkRequest &request, QObject *parent) {
        auto *reply = new FakeReply(request, 503, "application/problem+json",
                                    R"({"type":"about:blank","title":"Busy","status":503,)"
                                    R"("code":"maintenance","detail":"Back at 14:00"})",
                                    parent);
        reply->setRawHeaderForTest("Retry-After", "120");
        return reply;
    });
    const Outcome outcome = fetch(*m_api, QStringLiteral("/api/v1/organization"));
    QCOMPARE(outcome.error.kind(), Kind::ServerUnavailable);
    QCOMPARE(outcome.error.httpStatus(), 503);
    QCOMPARE(outcome.error.problemCode(), QStringLiteral("maintenance"));
    QCOMPARE(outcome.error.retryAfterSeconds(), 120);
    QCOMPARE(outcome.error.detail(), QStringLiteral("Back at 14:00"));

    m_network->setHandler([](const QNetworkRequest &request, QObject *parent) {
        return new FakeReply(request, 403, "application/problem+json",
                             R"({"status":403,"code":"forbidden"})", parent);
    });
    const Outcome refused = fetch(*m_api, QStringLiteral("/api/v1/me"));
    QCOMPARE(refused.error.kind(), Kind::Problem);
    QCOMPARE(refused.error.problemCode(), QStringLiteral("forbidden"));
}

void TestPortalApi::oversizedAnswer_isAborted()
{
    m_network->setHandler([](const QNetworkRequest &request, QObject *parent) {
        return new FakeReply(request, 200, "image/png",
                             QByteArray(PortalApi::MaxImageBytes + 1, 'x'), parent);
    });
    const Outcome outcome = fetch(*m_api, QStringLiteral("/logo"), ApiReply::Expect::Bytes);
    QVERIFY(!outcome.ok);
    QCOMPARE(outcome.error.kind(), Kind::NotAPortal);
    QVERIFY(outcome.body.isEmpty());
}

void TestPortalApi::plainHttp_isRefusedWithoutTouchingTheNetwork()
{
    m_api->setBaseUrl(QUrl(QStringLiteral("http://portaal.example.nl")));
    const Outcome outcome = fetch(*m_api, QStringLiteral("/api/v1/organization"));
    QCOMPARE(outcome.error.kind(), Kind::InsecureAddress);
    QVERIFY(m_network->requests().isEmpty());

    // Development builds may talk plain HTTP to this computer, and only to this computer.
    m_api->setAllowPlainHttpToLoopback(true);
    QCOMPARE(fetch(*m_api, QStringLiteral("/api/v1/organization")).error.kind(),
             Kind::InsecureAddress);
    QVERIFY(m_network->requests().isEmpty());
}

void TestPortalApi::hangingServer_timesOut()
{
    // A real socket that accepts and never answers: the transfer timeout must end the wait.
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost));
    QNetworkAccessManager network;
    PortalApi api(&network);
    api.setAllowPlainHttpToLoopback(true);
    api.setTransferTimeout(300);
    api.setBaseUrl(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(server.serverPort())));
    const Outcome outcome = fetch(api, QStringLiteral("/api/v1/organization"));
    QVERIFY(!outcome.ok);
    QCOMPARE(outcome.error.kind(), Kind::Timeout);
}

namespace {

// Waits for one reply and returns it still readable (it deletes itself later).
bool waitFor(ApiReply *reply)
{
    bool done = false;
    QObject::connect(reply, &ApiReply::finished, [&] { done = true; });
    return QTest::qWaitFor([&] { return done; }, 10000);
}

} // namespace

void TestPortalApi::jsonBodies_goWithTheirMethod()
{
    FakePortal portal;
    PortalApi api(&portal);
    api.setBaseUrl(QUrl(QStringLiteral("https://portaal.example.nl")));
    portal.answer("POST", "/api/v1/sign-in", 200, { { "next", "done" } });
    portal.answer("PUT", "/api/v1/me/password", 204);
    portal.answer("DELETE", "/api/v1/session", 204);
    portal.answer("DELETE", "/api/v1/things", 204);
    QVERIFY(waitFor(api.post("/api/v1/sign-in", { { "username", "mvandijk" } }, "key-1")));
    QVERIFY(waitFor(api.put("/api/v1/me/password", { { "newPassword", "x" } })));
    QVERIFY(waitFor(api.del("/api/v1/session")));
    QVERIFY(waitFor(api.del("/api/v1/things", { { "ids", "a" } })));
    const QList<FakePortal::Call> calls = portal.calls();
    QCOMPARE(calls.size(), 4);
    QCOMPARE(calls[0].verb, QByteArray("POST"));
    QCOMPARE(calls[0].body.value("username").toString(), QStringLiteral("mvandijk"));
    QCOMPARE(calls[0].idempotencyKey, QByteArray("key-1"));
    QCOMPARE(calls[0].contentType, QByteArray("application/json; charset=utf-8"));
    QCOMPARE(calls[1].verb, QByteArray("PUT"));
    QCOMPARE(calls[1].body.value("newPassword").toString(), QStringLiteral("x"));
    QCOMPARE(calls[2].verb, QByteArray("DELETE"));
    QCOMPARE(calls[3].verb, QByteArray("DELETE"));
    QCOMPARE(calls[3].body.value("ids").toString(), QStringLiteral("a"));
}

void TestPortalApi::sessionToken_isSentOnlyWhileSet()
{
    FakePortal portal;
    PortalApi api(&portal);
    api.setBaseUrl(QUrl(QStringLiteral("https://portaal.example.nl")));
    portal.answer("GET", "/api/v1/me", 200, {});
    QVERIFY(waitFor(api.get("/api/v1/me")));
    api.setSessionToken("st_secret");
    QVERIFY(api.hasSession());
    QVERIFY(waitFor(api.get("/api/v1/me")));
    api.clearSession();
    QVERIFY(waitFor(api.get("/api/v1/me")));
    const QList<FakePortal::Call> calls = portal.calls();
    QVERIFY(calls[0].authorization.isEmpty());
    QCOMPARE(calls[1].authorization, QByteArray("Bearer st_secret"));
    QVERIFY(calls[2].authorization.isEmpty());
}

void TestPortalApi::endedSession_isAnnouncedOnce_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    QTest::addColumn<bool>("withToken");
    QTest::addColumn<bool>("ends");
    QTest::newRow("session_expired") << 401 << "session_expired" << true << true;
    QTest::newRow("unauthenticated") << 401 << "unauthenticated" << true << true;
    QTest::newRow("wrong password is no session end")
        << 401 << "invalid_credentials" << true << false;
    QTest::newRow("forbidden") << 403 << "right_missing" << true << false;
    QTest::newRow("no token sent") << 401 << "unauthenticated" << false << false;
}

void TestPortalApi::endedSession_isAnnouncedOnce()
{
    QFETCH(int, status);
    QFETCH(QString, code);
    QFETCH(bool, withToken);
    QFETCH(bool, ends);
    FakePortal portal;
    PortalApi api(&portal);
    api.setBaseUrl(QUrl(QStringLiteral("https://portaal.example.nl")));
    if (withToken)
        api.setSessionToken("st_secret");
    portal.problem("GET", "/api/v1/me", status, code);
    QSignalSpy ended(&api, &PortalApi::sessionEnded);
    int finished = 0;
    for (int i = 0; i < 2; ++i)
        QObject::connect(api.get("/api/v1/me"), &ApiReply::finished, [&] { ++finished; });
    QVERIFY(QTest::qWaitFor([&] { return finished == 2; }, 10000));
    QCOMPARE(ended.size(), ends ? 1 : 0);
    QCOMPARE(api.hasSession(), withToken && !ends);
    if (ends)
        QCOMPARE(ended.first().first().value<ApiError>().problemCode(), code);
}

void TestPortalApi::problemDetails_areParsed()
{
    FakePortal portal;
    PortalApi api(&portal);
    api.setBaseUrl(QUrl(QStringLiteral("https://portaal.example.nl")));
    portal.problem("POST", "/api/v1/sign-in/sms-code/verify", 422, "sms_code_invalid",
                   { { "attemptsLeft", 3 } });
    portal.problem("POST", "/api/v1/sign-in", 429, "too_many_attempts",
                   { { "retryAfterSeconds", 90 } });
    QJsonArray fieldErrors;
    fieldErrors.append(QJsonObject { { "field", "newPassword" }, { "code", "too_short" } });
    fieldErrors.append(QJsonObject { { "field", 5 }, { "code", "x" } });
    portal.problem("POST", "/api/v1/sign-in/password", 422, "validation_failed",
                   { { "errors", fieldErrors } });
    ApiError error;
    ApiReply *reply = api.post("/api/v1/sign-in/sms-code/verify", {});
    QObject::connect(reply, &ApiReply::finished, [&] { error = reply->error(); });
    QVERIFY(waitFor(reply));
    QCOMPARE(error.attemptsLeft(), 3);
    QCOMPARE(error.retryAfterSeconds(), -1);

    reply = api.post("/api/v1/sign-in", {});
    QObject::connect(reply, &ApiReply::finished, [&] { error = reply->error(); });
    QVERIFY(waitFor(reply));
    QCOMPARE(error.httpStatus(), 429);
    QCOMPARE(error.retryAfterSeconds(), 90); // from the body when the header is missing
    QCOMPARE(error.attemptsLeft(), -1);

    reply = api.post("/api/v1/sign-in/password", {});
    QObject::connect(reply, &ApiReply::finished, [&] { error = reply->error(); });
    QVERIFY(waitFor(reply));
    QCOMPARE(error.fieldErrors().size(), 1); // the malformed entry is left out
    QCOMPARE(error.fieldErrors().first().field, QStringLiteral("newPassword"));
    QCOMPARE(error.fieldErrors().first().code, QStringLiteral("too_short"));
}

void TestPortalApi::noContent_isSuccess()
{
    FakePortal portal;
    PortalApi api(&portal);
    api.setBaseUrl(QUrl(QStringLiteral("https://portaal.example.nl")));
    portal.answer("DELETE", "/api/v1/session", 204);
    bool ok = false;
    ApiReply *reply = api.del("/api/v1/session");
    QObject::connect(reply, &ApiReply::finished, [&] { ok = reply->isOk(); });
    QVERIFY(waitFor(reply));
    QVERIFY(ok);
}

QTEST_GUILESS_MAIN(TestPortalApi)
#include "tst_portalapi.moc"
