// Automatic retries after passing faults, on the fake network: what is sent again, after how
// long, what is never sent twice, and what PortalApi tells the part that shows it.
#include "core/portalapi.h"
#include "core/retrypolicy.h"
#include "fakeportal.h"

#include <QJsonArray>
#include <QPointer>
#include <QSignalSpy>
#include <QTest>

#include <memory>

namespace {

using Kind = ApiError::Kind;
const QString Reports = QStringLiteral("/api/v1/clients/100482/reports");
const QString SignIn = QStringLiteral("/api/v1/sign-in");

struct Outcome
{
    bool done = false;
    bool ok = false;
    int status = 0;
    ApiError error;
    QJsonObject json;
    int finishedCount = 0;
};

// Waits for `reply` and keeps what it said (it deletes itself afterwards).
std::shared_ptr<Outcome> watch(ApiReply *reply)
{
    auto outcome = std::make_shared<Outcome>();
    QObject::connect(reply, &ApiReply::finished, [outcome, reply] {
        ++outcome->finishedCount;
        outcome->done = true;
        outcome->ok = reply->isOk();
        outcome->status = reply->httpStatus();
        outcome->error = reply->error();
        outcome->json = reply->json();
    });
    return outcome;
}

Outcome await(ApiReply *reply)
{
    const std::shared_ptr<Outcome> outcome = watch(reply);
    if (!QTest::qWaitFor([&] { return outcome->done; }, 5000))
        qWarning("no answer within 5 s");
    QTest::qWait(5); // a second finished() would come now
    return *outcome;
}

const QJsonObject Page { { "items", QJsonArray() } };

} // namespace

class TestPortalApiRetry : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void backoff_doublesIsCappedAndJittered();
    void transientFault_isRetriedAndRecovers_data();
    void transientFault_isRetriedAndRecovers();
    void persistentFault_givesUpAfterThreeRetries();
    void retryAfter_isHonoured_data();
    void retryAfter_isHonoured();
    void retryAfterBeyondCap_isReportedNotRetried();
    void rateLimitWithoutRetryAfter_isNotRetried();
    void tooManyAttempts_isThePersonsToWaitFor();
    void malformedJson_isOneFailureNotALoop();
    void unsafeRequests_areNeverSentTwice_data();
    void unsafeRequests_areNeverSentTwice();
    void createWithIdempotencyKey_isRetriedWithTheSameKey();
    void changeWithIfMatch_isRetried();
    void abort_stopsAPendingRetry();
    void endedSession_stopsAPendingRetry();
    void retriesEnded_waitsForEveryRetriedRequest();
    void noPolicy_meansNoRetry();

private:
    std::unique_ptr<FakePortal> m_portal;
    std::unique_ptr<PortalApi> m_api;
    QList<int> m_planned; // every wait the replies planned, in ms
};

void TestPortalApiRetry::init()
{
    m_planned.clear();
    m_portal = std::make_unique<FakePortal>();
    m_api = std::make_unique<PortalApi>(m_portal.get());
    m_api->setBaseUrl(QUrl(QStringLiteral("https://portaal.example.nl")));
    m_api->setSessionToken(QStringLiteral("st_token"));
    RetryPolicy policy;
    policy.random = [] { return 0.5; }; // no jitter
    policy.wait = [this](int planned) {
        m_planned.append(planned);
        return 0; // nothing sleeps
    };
    m_api->setRetryPolicy(policy);
    m_api->setClock([] { return QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC); });
}

void TestPortalApiRetry::backoff_doublesIsCappedAndJittered()
{
    RetryPolicy policy;
    policy.random = [] { return 0.5; };
    QCOMPARE(policy.backoffMs(1), 1000);
    QCOMPARE(policy.backoffMs(2), 2000);
    QCOMPARE(policy.backoffMs(3), 4000);
    QCOMPARE(policy.backoffMs(4), 8000);
    QCOMPARE(policy.backoffMs(9), 8000); // capped
    policy.random = [] { return 0.0; };
    QCOMPARE(policy.backoffMs(2), 1600); // −20 %
    policy.random = [] { return 0.999999; };
    QCOMPARE(policy.backoffMs(2), 2400); // +20 %
    policy.random = {};
    for (int i = 0; i < 50; ++i) {
        const int wait = policy.backoffMs(3);
        QVERIFY2(wait >= 3200 && wait <= 4800, qPrintable(QString::number(wait)));
    }
}

void TestPortalApiRetry::transientFault_isRetriedAndRecovers_data()
{
    QTest::addColumn<QString>("fault");
    QTest::newRow("connection refused") << "refused";
    QTest::newRow("connection reset") << "reset";
    QTest::newRow("network timeout") << "timeout";
    QTest::newRow("answer never comes") << "hang";
    QTest::newRow("answer cut off") << "cutoff";
    QTest::newRow("502") << "502";
    QTest::newRow("503 without Retry-After") << "503";
    QTest::newRow("504") << "504";
    QTest::newRow("408") << "408";
}

void TestPortalApiRetry::transientFault_isRetriedAndRecovers()
{
    QFETCH(QString, fault);
    m_api->setTransferTimeout(30); // the hanging answer gives up quickly
    if (fault == QLatin1String("refused"))
        m_portal->networkError("GET", Reports, QNetworkReply::ConnectionRefusedError);
    else if (fault == QLatin1String("reset"))
        m_portal->networkError("GET", Reports, QNetworkReply::RemoteHostClosedError);
    else if (fault == QLatin1String("timeout"))
        m_portal->networkError("GET", Reports, QNetworkReply::TimeoutError);
    else if (fault == QLatin1String("hang"))
        m_portal->hang("GET", Reports);
    else if (fault == QLatin1String("cutoff"))
        m_portal->cutOff("GET", Reports, Page, 5);
    else
        m_portal->problem("GET", Reports, fault.toInt(), QStringLiteral("unavailable"));
    m_portal->answer("GET", Reports, 200, Page);
    QSignalSpy scheduled(m_api.get(), &PortalApi::retryScheduled);
    QSignalSpy started(m_api.get(), &PortalApi::retryStarted);
    QSignalSpy ended(m_api.get(), &PortalApi::retriesEnded);

    const Outcome outcome = await(m_api->get(Reports));
    QVERIFY2(outcome.ok, qPrintable(outcome.error.detail()));
    QCOMPARE(outcome.finishedCount, 1);
    QVERIFY(outcome.json.contains("items"));
    QCOMPARE(m_portal->callsTo("GET", Reports).size(), 2);
    QCOMPARE(m_planned, QList<int>({ 1000 }));
    QCOMPARE(scheduled.size(), 1);
    QCOMPARE(scheduled.at(0).at(0).toInt(), 1);
    QCOMPARE(started.size(), 1);
    QCOMPARE(ended.size(), 1);
    QCOMPARE(ended.at(0).at(0).toBool(), true);
    QVERIFY(!m_api->isRetrying());
}

void TestPortalApiRetry::persistentFault_givesUpAfterThreeRetries()
{
    m_portal->networkError("GET", Reports, QNetworkReply::ConnectionRefusedError);
    QSignalSpy scheduled(m_api.get(), &PortalApi::retryScheduled);
    QSignalSpy ended(m_api.get(), &PortalApi::retriesEnded);
    const Outcome outcome = await(m_api->get(Reports));
    QVERIFY(!outcome.ok);
    QCOMPARE(outcome.finishedCount, 1);
    QCOMPARE(outcome.error.kind(), Kind::Unreachable);
    QCOMPARE(m_portal->callsTo("GET", Reports).size(), 4);
    QCOMPARE(m_planned, QList<int>({ 1000, 2000, 4000 }));
    QCOMPARE(scheduled.size(), 3);
    QCOMPARE(scheduled.at(2).at(0).toInt(), 4);
    QCOMPARE(ended.size(), 1);
    QCOMPARE(ended.at(0).at(0).toBool(), false);
}

void TestPortalApiRetry::retryAfter_isHonoured_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("retryAfter");
    QTest::addColumn<int>("plannedMs");
    QTest::newRow("503, seconds") << 503 << QByteArray("7") << 7000;
    QTest::newRow("429, seconds") << 429 << QByteArray("3") << 3000;
    // The clock says 09:00:00 UTC.
    QTest::newRow("503, HTTP date") << 503 << QByteArray("Mon, 02 Mar 2026 09:00:12 GMT") << 12000;
    QTest::newRow("503, date in the past")
        << 503 << QByteArray("Mon, 02 Mar 2026 08:00:00 GMT") << 1000;
    QTest::newRow("503, unreadable") << 503 << QByteArray("soon") << 1000;
}

void TestPortalApiRetry::retryAfter_isHonoured()
{
    QFETCH(int, status);
    QFETCH(QByteArray, retryAfter);
    QFETCH(int, plannedMs);
    m_portal->problemRetryAfter("GET", Reports, status, QStringLiteral("busy"), retryAfter);
    m_portal->answer("GET", Reports, 200, Page);
    QSignalSpy scheduled(m_api.get(), &PortalApi::retryScheduled);
    const Outcome outcome = await(m_api->get(Reports));
    QVERIFY(outcome.ok);
    QCOMPARE(m_planned, QList<int>({ plannedMs }));
    QCOMPARE(scheduled.at(0).at(0).toInt(), plannedMs / 1000);
}

void TestPortalApiRetry::retryAfterBeyondCap_isReportedNotRetried()
{
    // Maintenance for ten minutes: nobody should stare at a waiting screen that long.
    m_portal->problem("GET", Reports, 503, QStringLiteral("maintenance"), {}, 600);
    m_portal->answer("GET", Reports, 200, Page);
    QSignalSpy scheduled(m_api.get(), &PortalApi::retryScheduled);
    const Outcome outcome = await(m_api->get(Reports));
    QVERIFY(!outcome.ok);
    QCOMPARE(outcome.error.kind(), Kind::ServerUnavailable);
    QCOMPARE(outcome.error.retryAfterSeconds(), 600);
    QVERIFY2(outcome.error.userMessage().contains(QLatin1String("10 minute")),
             qPrintable(outcome.error.userMessage()));
    QCOMPARE(m_portal->callsTo("GET", Reports).size(), 1);
    QCOMPARE(scheduled.size(), 0);
}

void TestPortalApiRetry::rateLimitWithoutRetryAfter_isNotRetried()
{
    m_portal->problem("GET", Reports, 429, QStringLiteral("rate_limited"));
    m_portal->answer("GET", Reports, 200, Page);
    const Outcome outcome = await(m_api->get(Reports));
    QVERIFY(!outcome.ok);
    QCOMPARE(outcome.error.problemCode(), QStringLiteral("rate_limited"));
    QCOMPARE(m_portal->callsTo("GET", Reports).size(), 1);
}

void TestPortalApiRetry::tooManyAttempts_isThePersonsToWaitFor()
{
    // A sign-in with its key may be sent again after a passing fault; after a lock it is not:
    // the person is told how long to wait, and a repeat by itself would count as an attempt.
    m_portal->problemRetryAfter("POST", SignIn, 429, QStringLiteral("too_many_attempts"), "5");
    m_portal->answer("POST", SignIn, 200, Page);
    QSignalSpy scheduled(m_api.get(), &PortalApi::retryScheduled);
    const Outcome outcome = await(m_api->post(
        SignIn, { { "username", "mvandijk" }, { "password", "geheim" } }, "sign-in-press-0001"));
    QVERIFY(!outcome.ok);
    QCOMPARE(outcome.error.problemCode(), QStringLiteral("too_many_attempts"));
    QCOMPARE(outcome.error.retryAfterSeconds(), 5);
    QCOMPARE(m_portal->callsTo("POST", SignIn).size(), 1);
    QCOMPARE(scheduled.size(), 0);
}

void TestPortalApiRetry::malformedJson_isOneFailureNotALoop()
{
    // A 200 with broken JSON is the portal's bug; the same request gets the same answer.
    m_portal->raw("GET", Reports, 200, "application/json", "{\"items\": [");
    const Outcome outcome = await(m_api->get(Reports));
    QVERIFY(!outcome.ok);
    QCOMPARE(outcome.error.kind(), Kind::NotAPortal);
    QCOMPARE(m_portal->callsTo("GET", Reports).size(), 1);
    QVERIFY(m_planned.isEmpty());
}

void TestPortalApiRetry::unsafeRequests_areNeverSentTwice_data()
{
    QTest::addColumn<QByteArray>("verb");
    QTest::addColumn<QString>("fault");
    QTest::newRow("sign-in POST, refused") << QByteArray("POST") << "refused";
    QTest::newRow("sign-in POST, reset") << QByteArray("POST") << "reset";
    QTest::newRow("sign-in POST, 503") << QByteArray("POST") << "503";
    QTest::newRow("PUT without If-Match, reset") << QByteArray("PUT") << "reset";
    QTest::newRow("DELETE without If-Match, 502") << QByteArray("DELETE") << "502";
    QTest::newRow("GET, 404") << QByteArray("GET") << "404";
    QTest::newRow("GET, 500") << QByteArray("GET") << "500";
    QTest::newRow("GET, 403") << QByteArray("GET") << "403";
    QTest::newRow("GET, no such host") << QByteArray("GET") << "host";
    QTest::newRow("GET, TLS failure") << QByteArray("GET") << "tls";
}

void TestPortalApiRetry::unsafeRequests_areNeverSentTwice()
{
    QFETCH(QByteArray, verb);
    QFETCH(QString, fault);
    const QString path = verb == "GET" ? Reports : SignIn;
    if (fault == QLatin1String("refused"))
        m_portal->networkError(verb, path, QNetworkReply::ConnectionRefusedError);
    else if (fault == QLatin1String("reset"))
        m_portal->networkError(verb, path, QNetworkReply::RemoteHostClosedError);
    else if (fault == QLatin1String("host"))
        m_portal->networkError(verb, path, QNetworkReply::HostNotFoundError);
    else if (fault == QLatin1String("tls"))
        m_portal->networkError(verb, path, QNetworkReply::SslHandshakeFailedError);
    else
        m_portal->problem(verb, path, fault.toInt(), QStringLiteral("some_code"));
    m_portal->answer(verb, path, 200, Page);
    ApiReply *reply = nullptr;
    const QJsonObject body { { "username", "mvandijk" }, { "password", "geheim" } };
    if (verb == "POST")
        reply = m_api->post(path, body);
    else if (verb == "PUT")
        reply = m_api->put(path, body);
    else if (verb == "DELETE")
        reply = m_api->del(path);
    else
        reply = m_api->get(path);
    const Outcome outcome = await(reply);
    QVERIFY(!outcome.ok);
    QCOMPARE(outcome.finishedCount, 1);
    QCOMPARE(m_portal->callsTo(verb, path).size(), 1);
    QVERIFY(m_planned.isEmpty());
    QVERIFY(!m_api->isRetrying());
}

void TestPortalApiRetry::createWithIdempotencyKey_isRetriedWithTheSameKey()
{
    m_portal->networkError("POST", Reports, QNetworkReply::RemoteHostClosedError);
    m_portal->problem("POST", Reports, 503, QStringLiteral("unavailable"), {}, 2);
    m_portal->answer("POST", Reports, 201, { { "id", "r1" } });
    const Outcome outcome
        = await(m_api->post(Reports, { { "text", "Goed geslapen." } }, "key-report-1"));
    QVERIFY(outcome.ok);
    QCOMPARE(outcome.status, 201);
    const QList<FakePortal::Call> calls = m_portal->callsTo("POST", Reports);
    QCOMPARE(calls.size(), 3);
    for (const FakePortal::Call &call : calls) {
        QCOMPARE(call.idempotencyKey, QByteArray("key-report-1"));
        QCOMPARE(call.body.value("text").toString(), QStringLiteral("Goed geslapen."));
        QCOMPARE(call.authorization, QByteArray("Bearer st_token"));
        QCOMPARE(call.contentType, QByteArray("application/json; charset=utf-8"));
    }
    QCOMPARE(m_planned, QList<int>({ 1000, 2000 }));
}

void TestPortalApiRetry::changeWithIfMatch_isRetried()
{
    const QString path = QStringLiteral("/api/v1/clients/100482/appointments/a1");
    m_portal->networkError("PUT", path, QNetworkReply::ConnectionRefusedError);
    m_portal->answer("PUT", path, 200, { { "id", "a1" } });
    const Outcome outcome = await(m_api->put(path, { { "title", "Kapper" } }, "\"v3\""));
    QVERIFY(outcome.ok);
    // Every try of one change carries the same key of its own, so the portal can answer a
    // repeat of an applied change with its first answer rather than 412.
    const QList<FakePortal::Call> puts = m_portal->callsTo("PUT", path);
    QCOMPARE(puts.size(), 2);
    QVERIFY(puts.at(0).idempotencyKey.size() >= 16);
    QCOMPARE(puts.at(1).idempotencyKey, puts.at(0).idempotencyKey);

    m_portal->answer("PUT", path, 200, { { "id", "a1" } });
    QVERIFY(await(m_api->put(path, { { "title", "Kapper" } }, "\"v4\"")).ok);
    QVERIFY(m_portal->callsTo("PUT", path).at(2).idempotencyKey != puts.at(0).idempotencyKey);

    m_portal->networkError("DELETE", path, QNetworkReply::RemoteHostClosedError);
    m_portal->answer("DELETE", path, 204);
    QVERIFY(await(m_api->del(path, {}, "\"v5\"")).ok);
    const QList<FakePortal::Call> deletes = m_portal->callsTo("DELETE", path);
    QCOMPARE(deletes.size(), 2);
    QVERIFY(!deletes.at(0).idempotencyKey.isEmpty());
    QCOMPARE(deletes.at(1).idempotencyKey, deletes.at(0).idempotencyKey);

    // Without If-Match a change is not sent again, and so needs no key.
    m_portal->answer("PUT", path, 200, { { "id", "a1" } });
    QVERIFY(await(m_api->put(path, { { "title", "Kapper" } })).ok);
    QVERIFY(m_portal->callsTo("PUT", path).at(3).idempotencyKey.isEmpty());
}

void TestPortalApiRetry::abort_stopsAPendingRetry()
{
    m_portal->networkError("GET", Reports, QNetworkReply::ConnectionRefusedError);
    m_portal->answer("GET", Reports, 200, Page);
    RetryPolicy slow = m_api->retryPolicy();
    slow.wait = [](int) { return 60000; }; // a retry that would come much later
    m_api->setRetryPolicy(slow);
    QSignalSpy ended(m_api.get(), &PortalApi::retriesEnded);
    ApiReply *reply = m_api->get(Reports);
    QPointer<ApiReply> alive = reply;
    const std::shared_ptr<Outcome> outcome = watch(reply);
    QSignalSpy scheduled(reply, &ApiReply::retryScheduled);
    QVERIFY(scheduled.wait(2000));
    QVERIFY(reply->isWaitingToRetry());
    QVERIFY(m_api->isRetrying());
    reply->abort();
    QVERIFY(outcome->done);
    QCOMPARE(outcome->finishedCount, 1);
    QVERIFY(!outcome->ok);
    QTRY_VERIFY(alive.isNull()); // deleteLater, as always
    QCOMPARE(m_portal->callsTo("GET", Reports).size(), 1);
    QCOMPARE(ended.size(), 1);
    QCOMPARE(ended.at(0).at(0).toBool(), false);
    QVERIFY(!m_api->isRetrying());
}

void TestPortalApiRetry::endedSession_stopsAPendingRetry()
{
    m_portal->networkError("GET", Reports, QNetworkReply::ConnectionRefusedError);
    m_portal->answer("GET", Reports, 200, Page);
    ApiReply *reply = m_api->get(Reports);
    const std::shared_ptr<Outcome> outcome = watch(reply);
    connect(reply, &ApiReply::retryScheduled, this, [this] { m_api->clearSession(); });
    QTRY_VERIFY(outcome->done);
    QVERIFY(!outcome->ok);
    QCOMPARE(outcome->error.kind(), Kind::Unreachable);
    // Signed out meanwhile: the dossier is not asked for again, with or without the old token.
    QCOMPARE(m_portal->callsTo("GET", Reports).size(), 1);
}

void TestPortalApiRetry::retriesEnded_waitsForEveryRetriedRequest()
{
    const QString other = QStringLiteral("/api/v1/clients/100482/plans");
    m_portal->networkError("GET", Reports, QNetworkReply::ConnectionRefusedError);
    m_portal->answer("GET", Reports, 200, Page);
    m_portal->networkError("GET", other, QNetworkReply::ConnectionRefusedError);
    m_portal->networkError("GET", other, QNetworkReply::ConnectionRefusedError);
    m_portal->answer("GET", other, 200, Page);
    QSignalSpy ended(m_api.get(), &PortalApi::retriesEnded);
    const std::shared_ptr<Outcome> first = watch(m_api->get(Reports));
    const std::shared_ptr<Outcome> second = watch(m_api->get(other));
    QTRY_VERIFY(first->done && second->done);
    QVERIFY(first->ok && second->ok);
    QCOMPARE(ended.size(), 1); // once, when the last one got through
    QCOMPARE(ended.at(0).at(0).toBool(), true);
}

void TestPortalApiRetry::noPolicy_meansNoRetry()
{
    m_api->setRetryPolicy(RetryPolicy::never());
    m_portal->networkError("GET", Reports, QNetworkReply::ConnectionRefusedError);
    m_portal->answer("GET", Reports, 200, Page);
    const Outcome outcome = await(m_api->get(Reports));
    QVERIFY(!outcome.ok);
    QCOMPARE(m_portal->callsTo("GET", Reports).size(), 1);
}

QTEST_MAIN(TestPortalApiRetry)
#include "tst_portalapi_retry.moc"
