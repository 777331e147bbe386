#include "core/clientlistmodel.h"
#include "core/loginflow.h"
#include "core/memorytrusteddevicestore.h"
#include "core/portalapi.h"
#include "fakeportal.h"
#include "signinfixtures.h"

#include <QBuffer>
#include <QImage>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace Fixtures;
using Step = LoginFlow::Step;

namespace {

const QString SignIn = QStringLiteral("/api/v1/sign-in");
const QString Verify = QStringLiteral("/api/v1/sign-in/sms-code/verify");
const QString Resend = QStringLiteral("/api/v1/sign-in/sms-code");
const QString Password = QStringLiteral("/api/v1/sign-in/password");
const QString AcceptTerms = QStringLiteral("/api/v1/sign-in/terms");
const QString Terms = QStringLiteral("/api/v1/organization/terms");
const QString MePath = QStringLiteral("/api/v1/me");
const QString Clients = QStringLiteral("/api/v1/me/clients");
const QString Session = QStringLiteral("/api/v1/session");
const QString DeviceKey = QStringLiteral("portaal.example/mvandijk");

} // namespace

class TestLoginFlow : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void firstSignIn_goesThroughEveryStep();
    void trustedDevice_skipsTheCode();
    void rejectedDeviceToken_isForgotten();
    void rememberThisComputer_savesTheIssuedToken();
    void kiosk_neverSendsNorSavesADeviceToken();
    void unavailableKeychain_isToldOnceAndSignInCarriesOn();
    void severalClients_showThePicker();
    void noClients_isAClearError();
    void signOut_returnsToCredentialsKeepingTheUsername();
    void endedSession_returnsToCredentials();
    void invalidCredentials_staysOnCredentials();
    void tooManyAttempts_waitsRetryAfter();
    void wrongCode_tellsAttemptsLeft();
    void expiredCode_asksForANewOne();
    void newCode_isRequestedAndAnnounced();
    void networkFailure_keepsTheTypedInput();
    void expiredSignIn_startsAgain();
    void outdatedTerms_reloadsTheText();
    void weakPassword_isRefusedBeforeSending();
    void serverPasswordErrors_areExplained();
    void garbageAnswer_isAnErrorNotACrash();
    void forgottenPassword_setsANewOne();
    void extractCode_findsTheDigits_data();
    void extractCode_findsTheDigits();

private:
    void waitIdle();
    void signInTo(Step expected);
    void answerMeAndClients(const QJsonArray &clients);

    QDateTime m_now;
    std::unique_ptr<FakePortal> m_portal;
    std::unique_ptr<PortalApi> m_api;
    std::unique_ptr<MemoryTrustedDeviceStore> m_devices;
    std::unique_ptr<LoginFlow> m_flow;
};

void TestLoginFlow::init()
{
    m_now = QDateTime::fromString("2026-03-12T09:30:00+01:00", Qt::ISODate);
    m_portal = std::make_unique<FakePortal>();
    m_api = std::make_unique<PortalApi>(m_portal.get());
    m_api->setBaseUrl(QUrl(QStringLiteral("https://portaal.example")));
    m_devices = std::make_unique<MemoryTrustedDeviceStore>();
    m_flow = std::make_unique<LoginFlow>(m_api.get(), m_devices.get());
    m_flow->setClock([this] { return m_now; });
    m_flow->setDeviceName(QStringLiteral("Laptop van Mark (Linux)"));
    m_flow->setHelpdesk(
        { QStringLiteral("020 123 45 67"), QStringLiteral("help@delinde.example") });
}

void TestLoginFlow::waitIdle()
{
    QVERIFY(QTest::qWaitFor([this] { return !m_flow->isBusy(); }, 5000));
}

void TestLoginFlow::signInTo(Step expected)
{
    m_flow->signIn(QStringLiteral("mvandijk"), QStringLiteral("lente in het park"));
    QVERIFY(m_flow->isBusy());
    waitIdle();
    QCOMPARE(m_flow->step(), expected);
}

void TestLoginFlow::answerMeAndClients(const QJsonArray &clients)
{
    m_portal->answer("GET", MePath, 200, me());
    m_portal->answer("GET", Clients, 200, clientsPage(clients));
}

void TestLoginFlow::firstSignIn_goesThroughEveryStep()
{
    m_portal->answer("POST", SignIn, 200, smsCodeState());
    m_portal->answer("POST", Verify, 200, changePasswordState());
    m_portal->answer("POST", Password, 200, acceptTermsState());
    m_portal->answer("GET", Terms, 200, terms());
    m_portal->answer("POST", AcceptTerms, 200, doneState());
    answerMeAndClients({ client("100482", "Gerard van Dijk") });
    QSignalSpy steps(m_flow.get(), &LoginFlow::stepChanged);
    QSignalSpy signedIn(m_flow.get(), &LoginFlow::signedIn);

    signInTo(Step::SmsCode);
    const FakePortal::Call start = m_portal->lastCallTo("POST", SignIn);
    QCOMPARE(start.body.value("username").toString(), QStringLiteral("mvandijk"));
    QCOMPARE(start.body.value("password").toString(), QStringLiteral("lente in het park"));
    QVERIFY(!start.body.contains("deviceToken"));
    QVERIFY(start.authorization.isEmpty());
    QCOMPARE(m_flow->smsCode().maskedMobile, QStringLiteral("06-******78"));
    QCOMPARE(m_flow->attemptsLeft(), 5);
    // Countdowns run on this computer's clock: the server's durations, not its times.
    QCOMPARE(m_flow->resendAllowedAt(), m_now.addSecs(30));
    QCOMPARE(m_flow->codeExpiresAt(), m_now.addSecs(300));

    m_flow->submitSmsCode(QStringLiteral("482 915"));
    waitIdle();
    QCOMPARE(m_flow->step(), Step::ChangePassword);
    const FakePortal::Call verify = m_portal->lastCallTo("POST", Verify);
    QCOMPARE(verify.body.value("code").toString(), QStringLiteral("482915"));
    QCOMPARE(verify.body.value("signInToken").toString(), SignInToken);
    QVERIFY(!verify.body.contains("rememberDevice"));
    QCOMPARE(m_flow->passwordPolicy().minLength, 12);
    QVERIFY(!m_flow->checkNewPassword("Kx7-pRw2-Lm9q", "kort", "kort").isAcceptable());

    m_flow->changePassword(QStringLiteral("Kx7-pRw2-Lm9q"),
                           QStringLiteral("koffie met appeltaart op zondag"));
    waitIdle();
    QCOMPARE(m_flow->step(), Step::Terms);
    QVERIFY(m_flow->termsLoaded());
    QCOMPARE(m_flow->terms().version, QStringLiteral("2026-01"));
    const FakePortal::Call password = m_portal->lastCallTo("POST", Password);
    QCOMPARE(password.body.value("newPassword").toString(),
             QStringLiteral("koffie met appeltaart op zondag"));

    m_flow->acceptTerms();
    waitIdle();
    QCOMPARE(m_flow->step(), Step::SignedIn);
    QCOMPARE(m_portal->lastCallTo("POST", AcceptTerms).body.value("termsVersion").toString(),
             QStringLiteral("2026-01"));
    QCOMPARE(m_portal->lastCallTo("GET", MePath).authorization, "Bearer " + SessionToken.toUtf8());
    QVERIFY(m_portal->lastCallTo("GET", Clients).path.contains("limit=100"));
    QCOMPARE(m_flow->me().displayName, QStringLiteral("Mark van Dijk"));
    QCOMPARE(m_flow->currentClient().id, QStringLiteral("100482"));
    QCOMPARE(signedIn.size(), 1);
    QCOMPARE(m_flow->session().idleTimeoutSeconds, 900);
    QVERIFY(m_flow->errorMessage().isEmpty());
    QCOMPARE(steps.size(), 4);
    QCOMPARE(m_devices->count(), 0);
    // Every step with a key of its own: sent again after a lost answer, the portal answers
    // with where the sign-in stands instead of "this sign-in has expired".
    QSet<QByteArray> keys;
    for (const QString &path : { SignIn, Verify, Password, AcceptTerms })
        keys.insert(m_portal->lastCallTo("POST", path).idempotencyKey);
    QCOMPARE(keys.size(), 4);
    QVERIFY(!keys.contains(QByteArray()));
}

void TestLoginFlow::trustedDevice_skipsTheCode()
{
    m_devices->save(DeviceKey, DeviceToken);
    QJsonObject done = doneState();
    done.insert("deviceTokenAccepted", true);
    m_portal->answer("POST", SignIn, 200, done);
    answerMeAndClients({ client("100482", "Gerard van Dijk") });
    signInTo(Step::SignedIn);
    QCOMPARE(m_portal->lastCallTo("POST", SignIn).body.value("deviceToken").toString(),
             DeviceToken);
    QCOMPARE(m_portal->callsTo("POST", Verify).size(), 0);
    QCOMPARE(m_devices->tokenFor(DeviceKey), DeviceToken);
}

void TestLoginFlow::rejectedDeviceToken_isForgotten()
{
    m_devices->save(DeviceKey, QStringLiteral("dt_revoked_0123456789abc"));
    QJsonObject sms = smsCodeState();
    sms.insert("deviceTokenAccepted", false);
    m_portal->answer("POST", SignIn, 200, sms);
    // "MVanDijk" is the same account as "mvandijk": the same token is found.
    m_flow->signIn(QStringLiteral("MVanDijk"), QStringLiteral("pw"));
    waitIdle();
    QCOMPARE(m_flow->step(), Step::SmsCode);
    QVERIFY(QTest::qWaitFor([this] { return m_devices->count() == 0; }, 5000));
}

void TestLoginFlow::rememberThisComputer_savesTheIssuedToken()
{
    m_portal->answer("POST", SignIn, 200, smsCodeState());
    m_portal->answer("POST", Verify, 200, doneState(true));
    answerMeAndClients({ client("100482", "Gerard van Dijk") });
    signInTo(Step::SmsCode);
    QVERIFY(m_flow->canRememberDevice());
    m_flow->setRememberDevice(true);
    m_flow->submitSmsCode(QStringLiteral("482915"));
    waitIdle();
    QCOMPARE(m_flow->step(), Step::SignedIn);
    const FakePortal::Call verify = m_portal->lastCallTo("POST", Verify);
    QCOMPARE(verify.body.value("rememberDevice").toBool(), true);
    QCOMPARE(verify.body.value("deviceName").toString(), QStringLiteral("Laptop van Mark (Linux)"));
    QCOMPARE(m_devices->tokenFor(DeviceKey), DeviceToken);
}

void TestLoginFlow::kiosk_neverSendsNorSavesADeviceToken()
{
    m_flow->setKiosk(true);
    m_devices->save(DeviceKey, DeviceToken);
    m_portal->answer("POST", SignIn, 200, smsCodeState());
    m_portal->answer("POST", Verify, 200, doneState(true)); // a server that errs anyway
    answerMeAndClients({ client("100482", "Gerard van Dijk") });
    signInTo(Step::SmsCode);
    const FakePortal::Call start = m_portal->lastCallTo("POST", SignIn);
    QVERIFY(!start.body.contains("deviceToken"));
    QCOMPARE(start.body.value("kiosk").toBool(), true);
    QVERIFY(!m_flow->canRememberDevice());
    m_flow->setRememberDevice(true);
    QVERIFY(!m_flow->rememberDevice());
    m_flow->submitSmsCode(QStringLiteral("482915"));
    waitIdle();
    QCOMPARE(m_flow->step(), Step::SignedIn);
    QVERIFY(!m_portal->lastCallTo("POST", Verify).body.contains("rememberDevice"));
    QCOMPARE(m_devices->tokenFor(DeviceKey), DeviceToken); // untouched, nothing new saved
    QCOMPARE(m_devices->count(), 1);
}

void TestLoginFlow::unavailableKeychain_isToldOnceAndSignInCarriesOn()
{
    m_devices->setFailing(true);
    QSignalSpy told(m_flow.get(), &LoginFlow::deviceMemoryUnavailable);
    m_portal->answer("POST", SignIn, 200, smsCodeState());
    signInTo(Step::SmsCode);
    QCOMPARE(told.size(), 1);
    QVERIFY(!m_flow->canRememberDevice());
    m_flow->backToCredentials();
    signInTo(Step::SmsCode);
    QCOMPARE(told.size(), 1);
}

void TestLoginFlow::severalClients_showThePicker()
{
    QImage photo(64, 64, QImage::Format_RGB32);
    photo.fill(Qt::darkBlue);
    QByteArray png;
    QBuffer buffer(&png);
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    QVERIFY(photo.save(&buffer, "PNG"));
    m_portal->raw("GET", "/api/v1/clients/100482/photo", 200, "image/png", png);
    m_portal->answer("POST", SignIn, 200, doneState());
    m_portal->answer("GET", MePath, 200, me());
    // Two pages: the flow follows the cursor.
    m_portal->answer("GET", Clients, 200,
                     clientsPage({ client("100482", "Gerard van Dijk", true) }, "page2"));
    m_portal->answer("GET", Clients, 200, clientsPage({ client("100517", "Truus van Dijk") }));
    QSignalSpy signedIn(m_flow.get(), &LoginFlow::signedIn);
    signInTo(Step::ChooseClient);
    QVERIFY(m_portal->lastCallTo("GET", Clients).path.contains("cursor=page2"));
    QCOMPARE(m_flow->clients()->rowCount(), 2);
    QCOMPARE(signedIn.size(), 0);
    QVERIFY(QTest::qWaitFor(
        [this] { return m_flow->clients()->index(0).data(Qt::DecorationRole).isValid(); }, 5000));

    m_flow->chooseClient(QStringLiteral("nobody"));
    QCOMPARE(m_flow->step(), Step::ChooseClient);
    m_flow->chooseClient(QStringLiteral("100517"));
    QCOMPARE(m_flow->step(), Step::SignedIn);
    QCOMPARE(m_flow->currentClient().name, QStringLiteral("Truus van Dijk"));
    QCOMPARE(signedIn.size(), 1);

    // Switching asks nothing of the server and keeps the session.
    const int calls = m_portal->calls().size();
    m_flow->switchClient();
    QCOMPARE(m_flow->step(), Step::ChooseClient);
    m_flow->chooseClient(QStringLiteral("100482"));
    QCOMPARE(m_flow->currentClient().id, QStringLiteral("100482"));
    QCOMPARE(m_portal->calls().size(), calls);
    QVERIFY(m_api->hasSession());
}

void TestLoginFlow::noClients_isAClearError()
{
    m_portal->answer("POST", SignIn, 200, doneState());
    answerMeAndClients({});
    signInTo(Step::Credentials);
    QVERIFY(m_flow->errorMessage().contains("not linked to any client"));
    QVERIFY(m_flow->errorMessage().contains("020 123 45 67"));
    QVERIFY(!m_api->hasSession());
}

void TestLoginFlow::signOut_returnsToCredentialsKeepingTheUsername()
{
    m_portal->answer("POST", SignIn, 200, doneState());
    answerMeAndClients({ client("100482", "Gerard van Dijk") });
    m_portal->answer("DELETE", Session, 204);
    signInTo(Step::SignedIn);
    QSignalSpy signedOut(m_flow.get(), &LoginFlow::signedOut);
    m_flow->signOut();
    QCOMPARE(m_flow->step(), Step::Credentials);
    QCOMPARE(signedOut.size(), 1);
    QVERIFY(!m_api->hasSession());
    QCOMPARE(m_flow->username(), QStringLiteral("mvandijk"));
    QCOMPARE(m_flow->clients()->rowCount(), 0);
    QVERIFY(m_flow->currentClient().id.isEmpty());
    QVERIFY(!m_flow->notice().isEmpty());
    const FakePortal::Call call = m_portal->lastCallTo("DELETE", Session);
    QCOMPARE(call.authorization, "Bearer " + SessionToken.toUtf8());
}

void TestLoginFlow::endedSession_returnsToCredentials()
{
    m_portal->answer("POST", SignIn, 200, doneState());
    answerMeAndClients({ client("100482", "Gerard van Dijk") });
    signInTo(Step::SignedIn);
    QSignalSpy signedOut(m_flow.get(), &LoginFlow::signedOut);
    // Any authenticated call that finds the session over brings the flow back.
    m_portal->problem("GET", "/api/v1/clients/100482/reports", 401, "session_expired");
    m_api->get(QStringLiteral("/api/v1/clients/100482/reports"));
    QVERIFY(QTest::qWaitFor([&] { return signedOut.size() == 1; }, 5000));
    QCOMPARE(m_flow->step(), Step::Credentials);
    QVERIFY(!m_flow->errorMessage().isEmpty());
    QVERIFY(!m_api->hasSession());
}

void TestLoginFlow::invalidCredentials_staysOnCredentials()
{
    m_portal->problem("POST", SignIn, 401, "invalid_credentials");
    QSignalSpy errors(m_flow.get(), &LoginFlow::errorChanged);
    signInTo(Step::Credentials);
    QCOMPARE(errors.size(), 1);
    QVERIFY(m_flow->errorMessage().contains("username or password is not correct"));
    QCOMPARE(m_flow->lastError().problemCode(), QStringLiteral("invalid_credentials"));

    m_flow->signIn(QString(), QStringLiteral("x"));
    QVERIFY(!m_flow->isBusy());
    QCOMPARE(m_portal->callsTo("POST", SignIn).size(), 1);
}

void TestLoginFlow::tooManyAttempts_waitsRetryAfter()
{
    m_portal->problem("POST", SignIn, 429, "too_many_attempts", { { "retryAfterSeconds", 120 } },
                      120);
    signInTo(Step::Credentials);
    QCOMPARE(m_flow->retryAfterSeconds(), 120);
    QCOMPARE(m_flow->retryAllowedAt(), m_now.addSecs(120));
    QVERIFY(m_flow->errorMessage().contains("2 minute"));
    // Trying again during the wait does not reach the server.
    m_flow->signIn(QStringLiteral("mvandijk"), QStringLiteral("pw"));
    QVERIFY(!m_flow->isBusy());
    QCOMPARE(m_portal->callsTo("POST", SignIn).size(), 1);
    m_now = m_now.addSecs(120);
    QCOMPARE(m_flow->retryAfterSeconds(), 0);
    m_portal->answer("POST", SignIn, 200, smsCodeState());
    signInTo(Step::SmsCode);
}

void TestLoginFlow::wrongCode_tellsAttemptsLeft()
{
    m_portal->answer("POST", SignIn, 200, smsCodeState());
    m_portal->problem("POST", Verify, 422, "sms_code_invalid", { { "attemptsLeft", 3 } });
    signInTo(Step::SmsCode);
    QSignalSpy details(m_flow.get(), &LoginFlow::detailsChanged);
    m_flow->submitSmsCode(QStringLiteral("111111"));
    waitIdle();
    QCOMPARE(m_flow->step(), Step::SmsCode);
    QCOMPARE(m_flow->attemptsLeft(), 3);
    QVERIFY(details.size() >= 1);
    QVERIFY(m_flow->errorMessage().contains("3 more"));

    // A code of the wrong length is refused without asking the server.
    m_flow->submitSmsCode(QStringLiteral("12345"));
    QVERIFY(!m_flow->isBusy());
    QCOMPARE(m_portal->callsTo("POST", Verify).size(), 1);
    QVERIFY(m_flow->errorMessage().contains("6 digits"));
}

void TestLoginFlow::expiredCode_asksForANewOne()
{
    m_portal->answer("POST", SignIn, 200, smsCodeState());
    m_portal->problem("POST", Verify, 422, "sms_code_expired");
    signInTo(Step::SmsCode);
    m_flow->submitSmsCode(QStringLiteral("482915"));
    waitIdle();
    QCOMPARE(m_flow->step(), Step::SmsCode);
    QVERIFY(m_flow->errorMessage().contains("Ask for a new code"));
}

void TestLoginFlow::newCode_isRequestedAndAnnounced()
{
    m_portal->answer("POST", SignIn, 200, smsCodeState());
    m_portal->answer("POST", Resend, 200, smsCodeState());
    signInTo(Step::SmsCode);
    m_flow->requestNewSmsCode(); // too early: the countdown still runs
    QCOMPARE(m_portal->callsTo("POST", Resend).size(), 0);
    m_now = m_now.addSecs(30);
    m_flow->requestNewSmsCode();
    waitIdle();
    QCOMPARE(m_portal->lastCallTo("POST", Resend).body.value("signInToken").toString(),
             SignInToken);
    QVERIFY(m_flow->notice().contains("06-******78"));
    QCOMPARE(m_flow->resendAllowedAt(), m_now.addSecs(30));
}

void TestLoginFlow::networkFailure_keepsTheTypedInput()
{
    m_portal->networkError("POST", SignIn);
    signInTo(Step::Credentials);
    QCOMPARE(m_flow->username(), QStringLiteral("mvandijk"));
    QCOMPARE(m_flow->lastError().kind(), ApiError::Kind::Unreachable);
    QVERIFY(m_flow->errorMessage().contains("internet connection"));

    m_portal->answer("POST", SignIn, 200, smsCodeState());
    m_portal->networkError("POST", Verify, QNetworkReply::RemoteHostClosedError);
    signInTo(Step::SmsCode);
    m_flow->submitSmsCode(QStringLiteral("482915"));
    waitIdle();
    QCOMPARE(m_flow->step(), Step::SmsCode); // the code can be sent again as typed
    QVERIFY(!m_flow->errorMessage().isEmpty());
}

void TestLoginFlow::expiredSignIn_startsAgain()
{
    m_portal->answer("POST", SignIn, 200, smsCodeState());
    m_portal->problem("POST", Verify, 401, "sign_in_expired");
    signInTo(Step::SmsCode);
    m_flow->submitSmsCode(QStringLiteral("482915"));
    waitIdle();
    QCOMPARE(m_flow->step(), Step::Credentials);
    QVERIFY(m_flow->errorMessage().contains("start again"));
    QCOMPARE(m_flow->username(), QStringLiteral("mvandijk"));
}

void TestLoginFlow::outdatedTerms_reloadsTheText()
{
    m_portal->answer("POST", SignIn, 200, acceptTermsState());
    m_portal->answer("GET", Terms, 200, terms("2026-01"));
    m_portal->answer("GET", Terms, 200, terms("2026-02"));
    m_portal->problem("POST", AcceptTerms, 409, "terms_version_outdated");
    signInTo(Step::Terms);
    QSignalSpy termsChanged(m_flow.get(), &LoginFlow::termsChanged);
    m_flow->acceptTerms();
    waitIdle();
    QCOMPARE(m_flow->step(), Step::Terms);
    QVERIFY(m_flow->termsOutdated());
    QCOMPARE(m_flow->terms().version, QStringLiteral("2026-02"));
    QCOMPARE(termsChanged.size(), 1);
    QVERIFY(!m_flow->errorMessage().isEmpty());
}

void TestLoginFlow::weakPassword_isRefusedBeforeSending()
{
    m_portal->answer("POST", SignIn, 200, changePasswordState());
    signInTo(Step::ChangePassword);
    m_flow->changePassword(QStringLiteral("Kx7-pRw2-Lm9q"), QStringLiteral("kort"));
    QCOMPARE(m_portal->callsTo("POST", Password).size(), 0);
    QCOMPARE(m_flow->fieldErrors().size(), 1);
    QCOMPARE(m_flow->fieldErrors().first().code, QStringLiteral("too_short"));
    QVERIFY(m_flow->errorMessage().contains("too short"));
    m_flow->changePassword(QStringLiteral("Kx7-pRw2-Lm9q"), QStringLiteral("Kx7-pRw2-Lm9q"));
    QCOMPARE(m_flow->fieldErrors().first().code, QStringLiteral("same_as_current"));
    QCOMPARE(m_portal->callsTo("POST", Password).size(), 0);
}

void TestLoginFlow::serverPasswordErrors_areExplained()
{
    m_portal->answer("POST", SignIn, 200, changePasswordState());
    m_portal->problem(
        "POST", Password, 422, "validation_failed",
        { { "errors",
            QJsonArray {
                QJsonObject { { "field", "newPassword" }, { "code", "too_common" } },
                QJsonObject { { "field", "currentPassword" }, { "code", "incorrect" } } } } });
    signInTo(Step::ChangePassword);
    m_flow->changePassword(QStringLiteral("wrong"), QStringLiteral("welkom welkom 123"));
    waitIdle();
    QCOMPARE(m_flow->step(), Step::ChangePassword);
    QCOMPARE(m_flow->fieldErrors().size(), 2);
    QVERIFY(m_flow->errorMessage().contains("easy to guess"));
    QVERIFY(m_flow->errorMessage().contains("current password is not correct"));
}

void TestLoginFlow::garbageAnswer_isAnErrorNotACrash()
{
    m_portal->raw("POST", SignIn, 200, "application/json", R"({"next":"smsCode"})");
    signInTo(Step::Credentials);
    QVERIFY(!m_flow->errorMessage().isEmpty());
    m_portal->raw("POST", SignIn, 200, "application/json", "not json at all");
    signInTo(Step::Credentials);
    QVERIFY(!m_flow->errorMessage().isEmpty());
    m_portal->answer("POST", SignIn, 200, doneState());
    m_portal->raw("GET", MePath, 200, "application/json", R"({"id":5})");
    signInTo(Step::Credentials);
    QVERIFY(!m_api->hasSession());
}

void TestLoginFlow::forgottenPassword_setsANewOne()
{
    m_portal->answer("POST", "/api/v1/password-reset", 202,
                     { { "codeLength", 8 }, { "expiresInSeconds", 1800 } });
    m_portal->problem("POST", "/api/v1/password-reset/confirm", 422, "reset_code_invalid");
    m_portal->answer("POST", "/api/v1/password-reset/confirm", 204);
    m_flow->forgotPassword();
    QCOMPARE(m_flow->step(), Step::ForgotPassword);
    m_flow->requestResetCode(QStringLiteral("gvandijk"));
    waitIdle();
    QCOMPARE(m_flow->step(), Step::ResetPassword);
    QCOMPARE(m_flow->resetCodeLength(), 8);
    QVERIFY(m_flow->notice().contains("30 minute"));

    m_flow->confirmReset(QStringLiteral("K7QM-4XPA"), QStringLiteral("kort"));
    QVERIFY(m_flow->errorMessage().contains("too short"));
    m_flow->confirmReset(QStringLiteral("k7qm 4xpb"), QStringLiteral("wandelen door het park"));
    waitIdle();
    QCOMPARE(m_flow->step(), Step::ResetPassword);
    QVERIFY(m_flow->errorMessage().contains("not correct"));
    m_flow->confirmReset(QStringLiteral("k7qm-4xpa"), QStringLiteral("wandelen door het park"));
    waitIdle();
    QCOMPARE(m_flow->step(), Step::Credentials);
    const FakePortal::Call confirm = m_portal->lastCallTo("POST", "/api/v1/password-reset/confirm");
    // Each press its own key (the portal answers a repeat of the one that worked as before).
    const QList<FakePortal::Call> confirms
        = m_portal->callsTo("POST", QStringLiteral("/api/v1/password-reset/confirm"));
    QCOMPARE(confirms.size(), 2);
    QVERIFY(!confirms.at(0).idempotencyKey.isEmpty());
    QVERIFY(confirms.at(0).idempotencyKey != confirms.at(1).idempotencyKey);
    QCOMPARE(confirm.body.value("code").toString(), QStringLiteral("K7QM4XPA"));
    QCOMPARE(confirm.body.value("usernameOrEmail").toString(), QStringLiteral("gvandijk"));
    QCOMPARE(m_flow->username(), QStringLiteral("gvandijk"));
    QVERIFY(!m_flow->notice().isEmpty());
    QVERIFY(m_flow->errorMessage().isEmpty());
}

void TestLoginFlow::extractCode_findsTheDigits_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("code");
    QTest::newRow("plain") << "482915"
                           << "482915";
    QTest::newRow("spaced") << " 482 915 "
                            << "482915";
    QTest::newRow("dashed") << "482-915"
                            << "482915";
    QTest::newRow("sms text") << "Uw inlogcode voor De Linde is 482915. Geldig 5 minuten."
                              << "482915";
    QTest::newRow("too short") << "48291"
                               << "";
    QTest::newRow("too long") << "4829150"
                              << "";
    QTest::newRow("no code in text") << "Hallo, bel 020 1234567"
                                     << "";
}

void TestLoginFlow::extractCode_findsTheDigits()
{
    QFETCH(QString, typed);
    QFETCH(QString, code);
    QCOMPARE(LoginFlow::extractCode(typed, 6), code);
}

QTEST_MAIN(TestLoginFlow)
#include "tst_loginflow.moc"
