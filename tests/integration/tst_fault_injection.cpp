// The client core against the real portiek-server behind a fault-injecting proxy (real TLS, real
// sockets): the server killed and restarted, connections reset or dropped mid-request, answers
// that never come. Safe requests recover by themselves; a report being sent is never lost and
// exists once; a hanging portal ends in a clear error while the event loop keeps running.
#include "core/apireply.h"
#include "core/draftstore.h"
#include "core/loginflow.h"
#include "core/memorytrusteddevicestore.h"
#include "core/portalapi.h"
#include "core/reportsender.h"
#include "support/faultproxy.h"
#include "support/signinclient.h"
#include "support/testserver.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSslSocket>
#include <QTest>
#include <QTimer>
#include <QUuid>

#include <memory>

namespace {

const QString ClientId = QStringLiteral("100482");
const QString ReportsPath = QStringLiteral("/api/v1/clients/100482/reports");
constexpr int Timeout = 30000;

struct Answer
{
    bool done = false;
    bool ok = false;
    int status = 0;
    ApiError error;
    QJsonObject json;
    int retries = 0;
};

Answer await(ApiReply *reply, int timeoutMs = Timeout)
{
    auto answer = std::make_shared<Answer>();
    QObject::connect(reply, &ApiReply::finished, reply, [answer, reply] {
        answer->ok = reply->isOk();
        answer->status = reply->httpStatus();
        answer->error = reply->error();
        answer->json = reply->json();
        answer->retries = reply->retries();
        answer->done = true;
    });
    if (!QTest::qWaitFor([&] { return answer->done; }, timeoutMs))
        answer->status = -1;
    return *answer;
}

} // namespace

class TestFaultInjection : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void get_recoversAfterTheServerIsKilledAndRestarted();
    void resetConnection_isRetried();
    void reportDraft_survivesAKilledServer_andExistsOnce();
    void droppedRequest_withIdempotencyKey_createsOnce();
    void droppedChange_withIfMatch_isNotRefusedAsSomeoneElses();
    void droppedSignIn_sendsOneSmsCode();
    void droppedSmsCodeAnswer_stillSignsIn();
    void droppedResetAnswer_newPasswordIsSet();
    void hangingAnswer_timesOutRetriesAndEndsClearly();

private:
    // The server is gone: kill it and reset what went through the proxy.
    void killServer();
    int smsCount(const QString &mobile);
    // Through the proxy, with retries that wait at most 150 ms.
    void throughProxy(PortalApi &api);
    // The open connections end; the next request's answer is lost (the request reaches the
    // server), until `api` schedules a retry.
    void dropNextAnswer(PortalApi &api);
    bool restartServer();
    int countReports(const QString &text);

    TestServer m_server;
    MemoryTrustedDeviceStore m_devices;
    FaultProxy m_proxy;
    std::unique_ptr<SignInClient> m_client;
    // A second client straight to the server, with the same session: what the portal has.
    std::unique_ptr<QNetworkAccessManager> m_directNetwork;
    std::unique_ptr<PortalApi> m_direct;
};

void TestFaultInjection::initTestCase()
{
    QVERIFY(QSslSocket::supportsSsl());
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    QVERIFY2(m_server.addDemoAccounts(), qPrintable(m_server.errorString()));
    QVERIFY(m_proxy.listen());
}

void TestFaultInjection::init()
{
    m_proxy.setFault(FaultProxy::Fault::None);
    m_proxy.setUpstreamPort(quint16(m_server.url().port()));
    m_client = std::make_unique<SignInClient>(m_server, &m_devices);
    // Sign in straight to the server; everything after goes through the proxy.
    QVERIFY2(m_client->signInAsRepresentative(m_server, ClientId),
             qPrintable(m_client->describe()));

    throughProxy(m_client->api());

    m_directNetwork = std::make_unique<QNetworkAccessManager>();
    m_direct = std::make_unique<PortalApi>(m_directNetwork.get());
    m_direct->setBaseUrl(m_server.url());
    m_direct->setExtraCaCertificates(m_server.caCertificates());
    m_direct->setSessionToken(m_client->flow().session().token);
}

void TestFaultInjection::cleanup()
{
    m_direct.reset();
    m_directNetwork.reset();
    m_client.reset();
    m_proxy.setFault(FaultProxy::Fault::None);
    m_proxy.resetAll();
}

void TestFaultInjection::killServer()
{
    m_server.kill();
    m_proxy.resetAll();
}

bool TestFaultInjection::restartServer()
{
    if (!m_server.restart()) {
        qWarning("restart: %s", qPrintable(m_server.errorString()));
        return false;
    }
    m_proxy.setUpstreamPort(quint16(m_server.url().port()));
    m_direct->setBaseUrl(m_server.url());
    return true;
}

int TestFaultInjection::countReports(const QString &text)
{
    const Answer answer = await(m_direct->get(ReportsPath + QStringLiteral("?limit=100")));
    if (!answer.ok)
        return -1;
    int count = 0;
    const QJsonArray items = answer.json.value(QStringLiteral("items")).toArray();
    for (const QJsonValue &item : items)
        count += item.toObject().value(QStringLiteral("text")).toString() == text;
    return count;
}

void TestFaultInjection::get_recoversAfterTheServerIsKilledAndRestarted()
{
    PortalApi &api = m_client->api();
    QVERIFY(await(api.get(ReportsPath + QStringLiteral("?limit=5"))).ok);
    killServer();
    // The portal comes back while the client waits for its next try.
    bool restarted = false;
    connect(&api, &PortalApi::retryScheduled, this, [&] {
        if (!restarted)
            restarted = restartServer();
    });
    QSignalSpy ended(&api, &PortalApi::retriesEnded);
    const Answer answer = await(api.get(ReportsPath + QStringLiteral("?limit=5")));
    QVERIFY(restarted);
    QVERIFY2(answer.ok, qPrintable(answer.error.detail()));
    QVERIFY(answer.retries >= 1);
    QVERIFY(answer.json.contains(QStringLiteral("items")));
    QCOMPARE(ended.size(), 1);
    QCOMPARE(ended.at(0).at(0).toBool(), true);
}

void TestFaultInjection::resetConnection_isRetried()
{
    PortalApi &api = m_client->api();
    m_proxy.setFault(FaultProxy::Fault::Reset);
    // Only the first connection is reset.
    connect(&api, &PortalApi::retryScheduled, this,
            [this] { m_proxy.setFault(FaultProxy::Fault::None); });
    const int before = m_proxy.connectionCount();
    const Answer answer = await(api.get(ReportsPath + QStringLiteral("?limit=5")));
    QVERIFY2(answer.ok, qPrintable(answer.error.detail()));
    QCOMPARE(answer.retries, 1);
    QVERIFY(m_proxy.connectionCount() >= before + 2);
}

void TestFaultInjection::reportDraft_survivesAKilledServer_andExistsOnce()
{
    PortalApi &api = m_client->api();
    DraftStore drafts(QString(), QStringLiteral("faults"));
    ReportSender sender(&api, &drafts);
    Draft draft = drafts.create(QString::fromLatin1(ReportSender::DraftKind), ClientId);
    const QString text = QStringLiteral("Foutproef rapportage %1")
                             .arg(QUuid::createUuid().toString(QUuid::Id128).left(8));
    draft.setText(text);
    QVERIFY(drafts.save(draft));
    QSignalSpy sent(&sender, &ReportSender::sent);
    QSignalSpy failed(&sender, &ReportSender::failed);

    // The request reaches the server, which stores the report; its answer never leaves.
    m_proxy.setFault(FaultProxy::Fault::HoldAnswer);
    const int requests = m_proxy.requestCount();
    QVERIFY(sender.send(draft.id));
    QVERIFY(QTest::qWaitFor([&] { return m_proxy.requestCount() > requests; }, Timeout));
    QVERIFY(QTest::qWaitFor([&] { return countReports(text) == 1; }, Timeout));
    // Then the server is killed in the middle of that request.
    m_proxy.setFault(FaultProxy::Fault::None);
    bool restarted = false;
    int keptWhileWaiting = -1;
    connect(&api, &PortalApi::retryScheduled, this, [&] {
        keptWhileWaiting = drafts.find(draft.id).isValid() ? 1 : 0;
        if (!restarted)
            restarted = restartServer();
    });
    killServer();
    QVERIFY(drafts.find(draft.id).isValid()); // nothing typed is lost
    QVERIFY(QTest::qWaitFor([&] { return !sent.isEmpty() || !failed.isEmpty(); }, Timeout));
    QVERIFY(restarted);
    QCOMPARE(keptWhileWaiting, 1);
    QVERIFY2(failed.isEmpty(), qPrintable(failed.value(0).value(1).value<ApiError>().detail()));
    QCOMPARE(sent.size(), 1);
    QVERIFY(!drafts.find(draft.id).isValid()); // the server has it: the draft is done
    // The retry carried the same Idempotency-Key: one report, not two.
    QCOMPARE(countReports(text), 1);
}

void TestFaultInjection::droppedRequest_withIdempotencyKey_createsOnce()
{
    // The connection breaks after the request was sent: maybe it was stored, maybe not.
    PortalApi &api = m_client->api();
    m_proxy.setFault(FaultProxy::Fault::DropRequest);
    connect(&api, &PortalApi::retryScheduled, this,
            [this] { m_proxy.setFault(FaultProxy::Fault::None); });
    const QString text = QStringLiteral("Verbroken verbinding %1")
                             .arg(QUuid::createUuid().toString(QUuid::Id128).left(8));
    const Answer answer = await(api.post(ReportsPath, { { QStringLiteral("text"), text } },
                                         PortalApi::newIdempotencyKey()));
    QVERIFY2(answer.ok, qPrintable(answer.error.detail()));
    QCOMPARE(answer.retries, 1);
    QCOMPARE(countReports(text), 1);

    // A sign-in step has no key: it is not sent again by itself. (A new connection, so the
    // fault applies.)
    m_proxy.setFault(FaultProxy::Fault::DropRequest);
    m_client->network().clearConnectionCache();
    QSignalSpy scheduled(&api, &PortalApi::retryScheduled);
    const int requests = m_proxy.requestCount();
    const Answer signIn = await(api.post(
        QStringLiteral("/api/v1/sign-in"),
        { { QStringLiteral("username"), QStringLiteral("mvandijk") },
          { QStringLiteral("password"), QStringLiteral("lente in het park bij de vijver") } }));
    QVERIFY(!signIn.ok);
    QCOMPARE(signIn.retries, 0);
    QCOMPARE(scheduled.size(), 0);
    // Qt's own HTTP layer sends a request again by itself when its connection closes before
    // any answer (a few times, POST included); Portiek cannot switch that off. Logged, so a
    // change in Qt shows here.
    qInfo("sign-in requests that reached the server: %d", m_proxy.requestCount() - requests);
}

void TestFaultInjection::droppedChange_withIfMatch_isNotRefusedAsSomeoneElses()
{
    // An appointment, made straight at the portal.
    const QString list = QStringLiteral("/api/v1/clients/100482/appointments");
    const QJsonObject input { { "title", "Kapper" },
                              { "start", "2026-12-10T14:00:00+01:00" },
                              { "end", "2026-12-10T14:45:00+01:00" },
                              { "location", "Kapsalon Knip" },
                              { "note", "" } };
    ApiReply *create = m_direct->post(list, input, PortalApi::newIdempotencyKey());
    QByteArray etag;
    connect(create, &ApiReply::finished, create, [&etag, create] { etag = create->etag(); });
    const Answer created = await(create);
    QVERIFY2(created.ok, qPrintable(created.error.detail()));
    QVERIFY(!etag.isEmpty());
    const QString path = list + QLatin1Char('/') + created.json.value("id").toString();

    // Moving it an hour: the portal applies the change, and the answer is lost on the way. The
    // change is sent again with the same If-Match, which the portal's own change made stale;
    // it must hear that its change was made, not that someone else changed the appointment.
    PortalApi &api = m_client->api();
    m_proxy.setFault(FaultProxy::Fault::DropRequest);
    connect(&api, &PortalApi::retryScheduled, this,
            [this] { m_proxy.setFault(FaultProxy::Fault::None); });
    const int requests = m_proxy.requestCount();
    QJsonObject later = input;
    later.insert(QStringLiteral("start"), QStringLiteral("2026-12-10T15:00:00+01:00"));
    later.insert(QStringLiteral("end"), QStringLiteral("2026-12-10T15:45:00+01:00"));
    const Answer changed = await(api.put(path, later, etag));
    QVERIFY2(changed.ok, qPrintable(changed.error.detail()));
    QCOMPARE(changed.status, 200);
    QVERIFY(m_proxy.requestCount() - requests >= 2); // the portal saw it more than once
    const Answer now = await(m_direct->get(path));
    QVERIFY(now.ok);
    QCOMPARE(now.json.value("start").toString(), QStringLiteral("2026-12-10T15:00:00+01:00"));
}

int TestFaultInjection::smsCount(const QString &mobile)
{
    int count = 0;
    const QJsonArray messages = m_server.outbox();
    for (const QJsonValue &message : messages) {
        count += message.toObject().value(QStringLiteral("channel")).toString() == "sms"
            && message.toObject().value(QStringLiteral("to")).toString() == mobile;
    }
    return count;
}

void TestFaultInjection::throughProxy(PortalApi &api)
{
    api.setBaseUrl(m_proxy.url());
    RetryPolicy policy;
    policy.wait = [](int planned) { return qMin(planned, 150); }; // real, but short
    api.setRetryPolicy(policy);
}

void TestFaultInjection::dropNextAnswer(PortalApi &api)
{
    m_proxy.setFault(FaultProxy::Fault::DropRequest);
    m_proxy.resetAll();
    connect(&api, &PortalApi::retryScheduled, this,
            [this] { m_proxy.setFault(FaultProxy::Fault::None); });
}

void TestFaultInjection::droppedSignIn_sendsOneSmsCode()
{
    // "Sign in" pressed, the portal sends the SMS code, and the answer is lost on the way. Qt
    // sends the request again by itself and Portiek's retry once more: each repeat started a new
    // attempt with a new code, and the code that arrived first was then wrong.
    const QString mobile = QStringLiteral("+31612340517");
    const int before = smsCount(mobile);
    MemoryTrustedDeviceStore devices;
    SignInClient client(m_server, &devices);
    throughProxy(client.api());
    dropNextAnswer(client.api());
    const int requests = m_proxy.requestCount();
    client.flow().signIn(QStringLiteral("mvandijk"),
                         QStringLiteral("lente in het park bij de vijver"));
    QVERIFY2(client.waitForStep(LoginFlow::Step::SmsCode), qPrintable(client.describe()));
    QVERIFY(m_proxy.requestCount() - requests >= 2); // the portal saw it more than once
    QCOMPARE(smsCount(mobile), before + 1);
    // The one code sent is the right one for the attempt the person is in.
    client.flow().submitSmsCode(m_server.latestSmsCode(mobile));
    QVERIFY2(client.waitForStep(LoginFlow::Step::ChooseClient), qPrintable(client.describe()));
}

void TestFaultInjection::droppedSmsCodeAnswer_stillSignsIn()
{
    // The right SMS code typed, the portal signs the person in, and the answer is lost on the
    // way. The repeat was told "this sign-in has expired": back to the password, a new code.
    const QString mobile = QStringLiteral("+31612340517");
    MemoryTrustedDeviceStore devices;
    SignInClient client(m_server, &devices);
    throughProxy(client.api());
    QSignalSpy steps(&client.flow(), &LoginFlow::stepChanged);
    client.flow().signIn(QStringLiteral("mvandijk"),
                         QStringLiteral("lente in het park bij de vijver"));
    QVERIFY2(client.waitForStep(LoginFlow::Step::SmsCode), qPrintable(client.describe()));
    const int sent = smsCount(mobile);

    dropNextAnswer(client.api());
    const int requests = m_proxy.requestCount();
    steps.clear();
    client.flow().submitSmsCode(m_server.latestSmsCode(mobile));
    QVERIFY2(client.waitForStep(LoginFlow::Step::ChooseClient), qPrintable(client.describe()));
    QVERIFY(m_proxy.requestCount() - requests >= 2); // the portal saw the code more than once
    for (const QList<QVariant> &step : std::as_const(steps))
        QVERIFY(step.constFirst().value<LoginFlow::Step>() != LoginFlow::Step::Credentials);
    QCOMPARE(smsCount(mobile), sent);
    // The session Portiek holds is the one that works.
    client.flow().chooseClient(ClientId);
    QVERIFY2(client.waitForStep(LoginFlow::Step::SignedIn), qPrintable(client.describe()));
}

void TestFaultInjection::droppedResetAnswer_newPasswordIsSet()
{
    // A forgotten password: the new one is set and the answer is lost on the way. The repeat
    // was told "wrong code" (the first had used it), and the person believed nothing changed.
    const QString newPassword = QStringLiteral("de kachel brandt in de winter");
    MemoryTrustedDeviceStore devices;
    SignInClient client(m_server, &devices);
    throughProxy(client.api());
    LoginFlow &flow = client.flow();
    flow.forgotPassword();
    flow.requestResetCode(QStringLiteral("aboer"));
    QVERIFY2(client.waitForStep(LoginFlow::Step::ResetPassword), qPrintable(client.describe()));
    static const QRegularExpression codeLine(QStringLiteral("Herstelcode: ([A-Z0-9]+)"));
    const QString code
        = codeLine.match(m_server.latestEmail(QStringLiteral("anna.boer@example.nl"))).captured(1);
    QVERIFY(!code.isEmpty());

    dropNextAnswer(client.api());
    const int requests = m_proxy.requestCount();
    flow.confirmReset(code, newPassword);
    QVERIFY2(client.waitForStep(LoginFlow::Step::Credentials), qPrintable(client.describe()));
    QVERIFY(m_proxy.requestCount() - requests >= 2); // the portal saw it more than once
    QVERIFY2(flow.errorMessage().isEmpty(), qPrintable(flow.errorMessage()));
    QVERIFY(!flow.notice().isEmpty()); // "Your new password is set."
    flow.signIn(QStringLiteral("aboer"), newPassword);
    QVERIFY2(client.waitForStep(LoginFlow::Step::SmsCode), qPrintable(client.describe()));
}

void TestFaultInjection::hangingAnswer_timesOutRetriesAndEndsClearly()
{
    PortalApi &api = m_client->api();
    api.setTransferTimeout(400);
    m_proxy.setFault(FaultProxy::Fault::HoldAnswer);
    // The event loop keeps running the whole time: a window would stay responsive.
    int ticks = 0;
    QTimer ticker;
    connect(&ticker, &QTimer::timeout, this, [&] { ++ticks; });
    ticker.start(20);
    QSignalSpy scheduled(&api, &PortalApi::retryScheduled);
    QSignalSpy ended(&api, &PortalApi::retriesEnded);
    QElapsedTimer clock;
    clock.start();
    const Answer answer = await(api.get(ReportsPath + QStringLiteral("?limit=5")));
    const qint64 elapsed = clock.elapsed();
    QVERIFY(answer.done);
    QVERIFY(!answer.ok);
    QCOMPARE(answer.error.kind(), ApiError::Kind::Timeout);
    QCOMPARE(answer.error.userMessage(),
             QStringLiteral("The portal did not answer in time. Try again in a few minutes."));
    QCOMPARE(answer.retries, 3);
    QCOMPARE(scheduled.size(), 3);
    QCOMPARE(ended.size(), 1);
    QCOMPARE(ended.at(0).at(0).toBool(), false);
    // Four tries of 0.4 s and three short waits; far less than the 20 s a frozen wait would be.
    QVERIFY2(elapsed >= 1600 && elapsed < 10000, qPrintable(QString::number(elapsed)));
    QVERIFY2(ticks >= elapsed / 20 / 2, qPrintable(QString::number(ticks)));
}

QTEST_MAIN(TestFaultInjection)
#include "tst_fault_injection.moc"
