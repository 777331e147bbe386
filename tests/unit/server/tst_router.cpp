#include "server/http/etag.h"
#include "server/http/problem.h"
#include "server/http/requestpipeline.h"
#include "server/http/router.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

#include <stdexcept>

using namespace Portiek::Server;

namespace {

struct LogRecord
{
    QtMsgType type;
    QString category;
    QString message;
};

QList<LogRecord> g_logRecords;

void captureMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    g_logRecords.append({ type, QString::fromLatin1(context.category), message });
}

// Captures every log message while it lives.
class LogCapture
{
public:
    LogCapture()
    {
        g_logRecords.clear();
        m_previous = qInstallMessageHandler(captureMessage);
    }
    ~LogCapture() { qInstallMessageHandler(m_previous); }

    QList<LogRecord> records(const QString &category) const
    {
        QList<LogRecord> matching;
        for (const LogRecord &record : std::as_const(g_logRecords)) {
            if (record.category == category)
                matching.append(record);
        }
        return matching;
    }

private:
    QtMessageHandler m_previous = nullptr;
};

Request makeRequest(const char *method, const char *target)
{
    return Request(QByteArray(method), QUrl(QString::fromUtf8(target)));
}

Response textResponse(const QString &text)
{
    return Response(200, text.toUtf8(), QByteArrayLiteral("text/plain"));
}

QJsonObject jsonBody(const Response &response)
{
    return QJsonDocument::fromJson(response.body()).object();
}

} // namespace

class TestRouter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Path templates.
    void template_invalid_isRejected_data();
    void template_invalid_isRejected();
    void template_parameters_matchOneDecodedSegment();
    void template_otherShapes_doNotMatch_data();
    void template_otherShapes_doNotMatch();

    // Dispatch.
    void dispatch_passesPathParametersToHandler();
    void dispatch_literalSegmentBeatsParameter();
    void dispatch_unknownPath_is404ProblemJson();
    void dispatch_knownPathOtherMethod_is405WithAllow();
    void dispatch_head_answeredByGetHandler();
    void dispatch_handlerThrows_is500WithoutInternals();
    void dispatch_insaneResponse_is500_data();
    void dispatch_insaneResponse_is500();
    void routes_listsEveryRouteSorted();

    // What every request goes through.
    void pipeline_declaredBodyOverLimit_is413();
    void pipeline_actualBodyOverLimit_is413();
    void pipeline_bodyAtLimit_reachesHandler();
    void pipeline_everyResponse_hasSecurityHeaders();
    void pipeline_handlerCacheControl_isKept();
    void pipeline_personalJson_mayBeKeptOnlyPrivately();
    void pipeline_logsOneLineWithoutQueryString();

    // Conditional GET.
    void etag_matchingIfNoneMatch_gives304_data();
    void etag_matchingIfNoneMatch_gives304();
    void etag_otherTag_givesFullResponse();
};

void TestRouter::template_invalid_isRejected_data()
{
    QTest::addColumn<QString>("pattern");
    QTest::newRow("empty") << QString();
    QTest::newRow("root only") << QStringLiteral("/");
    QTest::newRow("relative") << QStringLiteral("api/v1");
    QTest::newRow("empty segment") << QStringLiteral("/api//v1");
    QTest::newRow("trailing slash") << QStringLiteral("/api/v1/");
    QTest::newRow("unclosed parameter") << QStringLiteral("/clients/{clientId");
    QTest::newRow("parameter inside a segment") << QStringLiteral("/clients/id-{clientId}");
    QTest::newRow("parameter not an identifier") << QStringLiteral("/clients/{client-id}");
    QTest::newRow("parameter twice") << QStringLiteral("/a/{id}/b/{id}");
}

void TestRouter::template_invalid_isRejected()
{
    QFETCH(QString, pattern);
    QString error;
    QVERIFY(!RouteTemplate::parse(pattern, &error).has_value());
    QVERIFY(error.startsWith(QStringLiteral("route template \"%1\": ").arg(pattern)));
}

void TestRouter::template_parameters_matchOneDecodedSegment()
{
    const auto pathTemplate
        = RouteTemplate::parse(QStringLiteral("/api/v1/clients/{clientId}/reports/{reportId}"));
    QVERIFY(pathTemplate);
    QCOMPARE(pathTemplate->parameterNames(),
             QStringList({ QStringLiteral("clientId"), QStringLiteral("reportId") }));

    const auto parameters
        = pathTemplate->match(QStringLiteral("/api/v1/clients/c%2F1%20x/reports/%C3%A9"));
    QVERIFY(parameters);
    QCOMPARE(parameters->value(QStringLiteral("clientId")), QStringLiteral("c/1 x"));
    QCOMPARE(parameters->value(QStringLiteral("reportId")), QStringLiteral("\u00e9"));
}

void TestRouter::template_otherShapes_doNotMatch_data()
{
    QTest::addColumn<QString>("path");
    QTest::newRow("fewer segments") << QStringLiteral("/api/v1/clients/7");
    QTest::newRow("more segments") << QStringLiteral("/api/v1/clients/7/reports/extra");
    QTest::newRow("trailing slash") << QStringLiteral("/api/v1/clients/7/reports/");
    QTest::newRow("empty parameter") << QStringLiteral("/api/v1/clients//reports");
    QTest::newRow("other literal") << QStringLiteral("/api/v2/clients/7/reports");
    QTest::newRow("literal differs in case") << QStringLiteral("/API/v1/clients/7/reports");
    QTest::newRow("no leading slash") << QStringLiteral("api/v1/clients/7/reports");
}

void TestRouter::template_otherShapes_doNotMatch()
{
    QFETCH(QString, path);
    const auto pathTemplate
        = RouteTemplate::parse(QStringLiteral("/api/v1/clients/{clientId}/reports"));
    QVERIFY(pathTemplate);
    QVERIFY(!pathTemplate->match(path).has_value());
}

void TestRouter::dispatch_passesPathParametersToHandler()
{
    Router router;
    router.get(QStringLiteral("/api/v1/clients/{clientId}/reports"), [](const Request &request) {
        return textResponse(QStringLiteral("reports of ")
                            + request.pathParameter(QStringLiteral("clientId")));
    });
    const Response response = router.dispatch(makeRequest("GET", "/api/v1/clients/c-42/reports"));
    QCOMPARE(response.status(), 200);
    QCOMPARE(response.body(), QByteArray("reports of c-42"));
}

void TestRouter::dispatch_literalSegmentBeatsParameter()
{
    Router router;
    // Registered parameter-first on purpose: the order of registration must not matter.
    router.get(QStringLiteral("/api/v1/clients/{clientId}"),
               [](const Request &) { return textResponse(QStringLiteral("one client")); });
    router.get(QStringLiteral("/api/v1/clients/mine"),
               [](const Request &) { return textResponse(QStringLiteral("my clients")); });
    QCOMPARE(router.dispatch(makeRequest("GET", "/api/v1/clients/mine")).body(),
             QByteArray("my clients"));
    QCOMPARE(router.dispatch(makeRequest("GET", "/api/v1/clients/c-7")).body(),
             QByteArray("one client"));
}

void TestRouter::dispatch_unknownPath_is404ProblemJson()
{
    Router router;
    router.get(QStringLiteral("/api/v1/organization"),
               [](const Request &) { return textResponse(QStringLiteral("org")); });
    const Response response = router.dispatch(makeRequest("GET", "/api/v1/nothing-here"));
    QCOMPARE(response.status(), 404);
    QCOMPARE(response.header("Content-Type"), QByteArray("application/problem+json"));
    const QJsonObject problem = jsonBody(response);
    QCOMPARE(problem.value(QStringLiteral("type")).toString(),
             QStringLiteral("urn:portiek:problem:not_found"));
    QCOMPARE(problem.value(QStringLiteral("title")).toString(), QStringLiteral("Not Found"));
    QCOMPARE(problem.value(QStringLiteral("status")).toInt(), 404);
    QCOMPARE(problem.value(QStringLiteral("code")).toString(), QStringLiteral("not_found"));
    QVERIFY(!problem.value(QStringLiteral("detail")).toString().isEmpty());
    QCOMPARE(problem.keys().size(), 5);
}

void TestRouter::dispatch_knownPathOtherMethod_is405WithAllow()
{
    Router router;
    router.get(QStringLiteral("/api/v1/clients/{clientId}/reports"),
               [](const Request &) { return textResponse(QStringLiteral("list")); });
    router.post(QStringLiteral("/api/v1/clients/{clientId}/reports"),
                [](const Request &) { return Response(201); });
    const Response response = router.dispatch(makeRequest("DELETE", "/api/v1/clients/c-1/reports"));
    QCOMPARE(response.status(), 405);
    QCOMPARE(response.header("Allow"), QByteArray("GET, HEAD, POST"));
    QCOMPARE(response.header("Content-Type"), QByteArray("application/problem+json"));
    const QJsonObject problem = jsonBody(response);
    QCOMPARE(problem.value(QStringLiteral("code")).toString(),
             QStringLiteral("method_not_allowed"));
    QCOMPARE(problem.value(QStringLiteral("status")).toInt(), 405);
    QCOMPARE(problem.value(QStringLiteral("title")).toString(),
             QStringLiteral("Method Not Allowed"));
}

void TestRouter::dispatch_head_answeredByGetHandler()
{
    Router router;
    router.get(QStringLiteral("/api/v1/organization"),
               [](const Request &) { return textResponse(QStringLiteral("org")); });
    const Response response = router.dispatch(makeRequest("HEAD", "/api/v1/organization"));
    QCOMPARE(response.status(), 200);
    // The body stays here, so its length can be announced; the socket writer leaves it out.
    QCOMPARE(response.body(), QByteArray("org"));
}

void TestRouter::dispatch_handlerThrows_is500WithoutInternals()
{
    Router router;
    router.get(QStringLiteral("/api/v1/boom"), [](const Request &) -> Response {
        throw std::runtime_error("SELECT secret FROM patients failed");
    });
    LogCapture capture;
    const Response response = router.dispatch(makeRequest("GET", "/api/v1/boom"));
    QCOMPARE(response.status(), 500);
    QCOMPARE(response.header("Content-Type"), QByteArray("application/problem+json"));
    QCOMPARE(jsonBody(response).value(QStringLiteral("code")).toString(),
             QStringLiteral("internal_error"));
    QVERIFY(!response.body().contains("secret"));
    QVERIFY(!response.body().contains("SELECT"));
    // The operator still learns what happened, from the log.
    const QList<LogRecord> warnings = capture.records(QStringLiteral("portiek.server.http"));
    QCOMPARE(warnings.size(), 1);
    QCOMPARE(warnings.first().type, QtWarningMsg);
    QVERIFY(warnings.first().message.contains(QStringLiteral("/api/v1/boom")));
}

void TestRouter::dispatch_insaneResponse_is500_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("headerValue");

    QTest::newRow("default-constructed") << 0 << QByteArray() << QByteArray("x");
    QTest::newRow("informational status") << 101 << QByteArray() << QByteArray("x");
    QTest::newRow("unknown status") << 299 << QByteArray() << QByteArray("x");
    QTest::newRow("out of range status") << 1000 << QByteArray() << QByteArray("x");
    QTest::newRow("204 with a body") << 204 << QByteArray("body") << QByteArray("x");
    QTest::newRow("304 with a body") << 304 << QByteArray("body") << QByteArray("x");
    QTest::newRow("header injection")
        << 200 << QByteArray("ok") << QByteArray("x\r\nSet-Cookie: evil=1");
}

void TestRouter::dispatch_insaneResponse_is500()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, headerValue);
    Router router;
    router.get(QStringLiteral("/api/v1/odd"), [=](const Request &) {
        Response response;
        response.setStatus(status);
        response.setBody(body);
        response.setHeader(QByteArrayLiteral("X-Test"), headerValue);
        return response;
    });
    LogCapture capture; // the warning is expected; keep the test output clean
    const Response response = router.dispatch(makeRequest("GET", "/api/v1/odd"));
    QCOMPARE(response.status(), 500);
    QCOMPARE(jsonBody(response).value(QStringLiteral("code")).toString(),
             QStringLiteral("internal_error"));
    QVERIFY(!response.hasHeader("X-Test"));
}

void TestRouter::routes_listsEveryRouteSorted()
{
    Router router;
    const Router::Handler handler = [](const Request &) { return Response(204); };
    router.post(QStringLiteral("/api/v1/sessions"), handler);
    router.get(QStringLiteral("/api/v1/organization"), handler);
    router.addRoute("DELETE", QStringLiteral("/api/v1/sessions"), handler);
    router.get(QStringLiteral("/api/v1/clients/{clientId}/reports"), handler);

    QStringList lines;
    const QList<Router::RouteInfo> routes = router.routes();
    for (const Router::RouteInfo &route : routes)
        lines.append(QString::fromLatin1(route.method) + QLatin1Char(' ') + route.pathTemplate);
    QCOMPARE(lines,
             QStringList({ QStringLiteral("GET /api/v1/clients/{clientId}/reports"),
                           QStringLiteral("GET /api/v1/organization"),
                           QStringLiteral("DELETE /api/v1/sessions"),
                           QStringLiteral("POST /api/v1/sessions") }));
}

void TestRouter::pipeline_declaredBodyOverLimit_is413()
{
    Router router;
    bool handlerRan = false;
    router.post(QStringLiteral("/api/v1/messages"), [&](const Request &) {
        handlerRan = true;
        return Response(201);
    });
    const RequestPipeline pipeline(router, 1000);
    Request request = makeRequest("POST", "/api/v1/messages");
    request.addHeader("content-length", "1001");
    LogCapture capture;
    const Response response = pipeline.process(request);
    QCOMPARE(response.status(), 413);
    QVERIFY(!handlerRan);
    QCOMPARE(response.header("Content-Type"), QByteArray("application/problem+json"));
    QCOMPARE(jsonBody(response).value(QStringLiteral("code")).toString(),
             QStringLiteral("payload_too_large"));
}

void TestRouter::pipeline_actualBodyOverLimit_is413()
{
    // A chunked body declares no length up front; its size still counts.
    Router router;
    router.post(QStringLiteral("/api/v1/messages"), [](const Request &) { return Response(201); });
    const RequestPipeline pipeline(router, 1000);
    Request request = makeRequest("POST", "/api/v1/messages");
    request.setBody(QByteArray(1001, 'x'));
    LogCapture capture;
    QCOMPARE(pipeline.process(request).status(), 413);
}

void TestRouter::pipeline_bodyAtLimit_reachesHandler()
{
    Router router;
    router.post(QStringLiteral("/api/v1/messages"), [](const Request &request) {
        return Response(201, QByteArray::number(request.body().size()));
    });
    const RequestPipeline pipeline(router, 1000);
    Request request = makeRequest("POST", "/api/v1/messages");
    request.addHeader("Content-Length", "1000");
    request.setBody(QByteArray(1000, 'x'));
    LogCapture capture;
    const Response response = pipeline.process(request);
    QCOMPARE(response.status(), 201);
    QCOMPARE(response.body(), QByteArray("1000"));
}

void TestRouter::pipeline_everyResponse_hasSecurityHeaders()
{
    Router router;
    router.get(QStringLiteral("/api/v1/ok"),
               [](const Request &) { return textResponse(QStringLiteral("ok")); });
    router.get(QStringLiteral("/api/v1/boom"),
               [](const Request &) -> Response { throw std::runtime_error("boom"); });
    const RequestPipeline pipeline(router);
    LogCapture capture;
    const QList<Request> requests
        = { makeRequest("GET", "/api/v1/ok"), makeRequest("GET", "/nowhere"),
            makeRequest("PUT", "/api/v1/ok"), makeRequest("GET", "/api/v1/boom") };
    for (const Request &request : requests) {
        const Response response = pipeline.process(request);
        QCOMPARE(response.header("X-Content-Type-Options"), QByteArray("nosniff"));
        QCOMPARE(response.header("Strict-Transport-Security"), QByteArray("max-age=31536000"));
        QCOMPARE(response.header("Cache-Control"), QByteArray("no-store"));
    }
}

void TestRouter::pipeline_handlerCacheControl_isKept()
{
    Router router;
    router.get(QStringLiteral("/api/v1/public"), [](const Request &) {
        Response response = textResponse(QStringLiteral("cache me"));
        response.setHeader(QByteArrayLiteral("Cache-Control"),
                           QByteArrayLiteral("public, max-age=60"));
        return response;
    });
    const RequestPipeline pipeline(router);
    LogCapture capture;
    const Response response = pipeline.process(makeRequest("GET", "/api/v1/public"));
    QCOMPARE(response.header("Cache-Control"), QByteArray("public, max-age=60"));
    QCOMPARE(response.header("X-Content-Type-Options"), QByteArray("nosniff"));
}

void TestRouter::pipeline_personalJson_mayBeKeptOnlyPrivately()
{
    Router router;
    router.post(QStringLiteral("/api/v1/clients/{clientId}/reports"), [](const Request &) {
        return Response::personalJson({ { QStringLiteral("id"), QStringLiteral("r-1") } }, 201);
    });
    const RequestPipeline pipeline(router);
    LogCapture capture;
    const Response response
        = pipeline.process(makeRequest("POST", "/api/v1/clients/c-1/reports"));
    QCOMPARE(response.status(), 201);
    QCOMPARE(response.body(), QByteArray(R"({"id":"r-1"})"));
    QCOMPARE(response.header("Content-Type"), QByteArray("application/json"));
    QCOMPARE(response.header("Cache-Control"), QByteArray("private, no-cache"));

    // Marking an answer of another kind replaces what it said about caching.
    Response photo(200, QByteArrayLiteral("\xff\xd8"), QByteArrayLiteral("image/jpeg"));
    photo.setHeader(QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("public"));
    photo.markPersonal();
    QCOMPARE(photo.header("Cache-Control"), QByteArray("private, no-cache"));
    QCOMPARE(photo.headers().size(), 2); // Content-Type and one Cache-Control
}

void TestRouter::pipeline_logsOneLineWithoutQueryString()
{
    Router router;
    router.post(QStringLiteral("/api/v1/sessions/{sessionId}/code"),
                [](const Request &) { return Response(204); });
    const RequestPipeline pipeline(router);
    Request request = makeRequest("POST", "/api/v1/sessions/s-1/code?code=123456&token=hunter2");
    request.addHeader("Authorization", "Bearer sekrit-token");
    request.setBody(R"({"password":"correct horse"})");

    LogCapture capture;
    QCOMPARE(pipeline.process(request).status(), 204);
    const QList<LogRecord> lines = capture.records(QStringLiteral("portiek.server.http"));
    QCOMPARE(lines.size(), 1);
    QCOMPARE(lines.first().type, QtInfoMsg);
    static const QRegularExpression expected(
        QStringLiteral(R"(^POST /api/v1/sessions/s-1/code 204 \d+\.\d ms$)"));
    QVERIFY2(expected.match(lines.first().message).hasMatch(), qPrintable(lines.first().message));
    for (const char *secret : { "123456", "hunter2", "sekrit", "correct horse", "?" })
        QVERIFY(!lines.first().message.contains(QLatin1String(secret)));
}

void TestRouter::etag_matchingIfNoneMatch_gives304_data()
{
    QTest::addColumn<QByteArray>("ifNoneMatch"); // %ETAG% stands for the resource's tag
    QTest::newRow("exact") << QByteArray("%ETAG%");
    QTest::newRow("weak form") << QByteArray("W/%ETAG%");
    QTest::newRow("in a list") << QByteArray("\"other\", %ETAG%");
    QTest::newRow("any") << QByteArray("*");
}

void TestRouter::etag_matchingIfNoneMatch_gives304()
{
    QFETCH(QByteArray, ifNoneMatch);
    Response full(200, "{\"name\":\"De Linde\"}", "application/json");
    full.setHeader("Cache-Control", "public, max-age=300");
    const QByteArray etag = strongETag(full.body());
    QVERIFY(etag.startsWith('"') && etag.endsWith('"') && etag.size() > 10);

    Request request = makeRequest("GET", "/api/v1/organization");
    request.addHeader("If-None-Match", ifNoneMatch.replace("%ETAG%", etag));
    const Response response = conditionalGet(request, full);
    QCOMPARE(response.status(), 304);
    QVERIFY(response.body().isEmpty());
    QVERIFY(!response.hasHeader("Content-Type"));
    QCOMPARE(response.header("ETag"), etag);
    QCOMPARE(response.header("Cache-Control"), QByteArray("public, max-age=300"));
    QVERIFY(Router::isSane(response));
}

void TestRouter::etag_otherTag_givesFullResponse()
{
    const Response full(200, "{\"name\":\"De Linde\"}", "application/json");
    Request request = makeRequest("GET", "/api/v1/organization");
    request.addHeader("If-None-Match", "\"an-older-version\"");
    const Response response = conditionalGet(request, full);
    QCOMPARE(response.status(), 200);
    QCOMPARE(response.body(), full.body());
    QCOMPARE(response.header("ETag"), strongETag(full.body()));
    // And without the header at all.
    QCOMPARE(conditionalGet(makeRequest("GET", "/api/v1/organization"), full).status(), 200);
}

QTEST_GUILESS_MAIN(TestRouter)
#include "tst_router.moc"
