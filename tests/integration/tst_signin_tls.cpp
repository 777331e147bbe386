// The whole sign-in with the real LoginFlow and PortalApi against the real portiek-server over
// TLS: codes and invitations are read from the server's outbox, as a person reads their phone.
#include "core/apireply.h"
#include "core/clientlistmodel.h"
#include "core/loginflow.h"
#include "core/memorytrusteddevicestore.h"
#include "core/portalapi.h"
#include "support/signinclient.h"
#include "support/testserver.h"

#include <QSignalSpy>
#include <QSslSocket>
#include <QTest>

#include <memory>

using Step = LoginFlow::Step;

namespace {

const QString NewPassword = QStringLiteral("thee met speculaas op het balkon");
const QString RepresentativeMobile = QStringLiteral("+31612340517");
const QString ContactMobile = QStringLiteral("+31612340731");

} // namespace

class TestSignInTls : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void firstSignIn_ofInvitedAccount_walksEveryStep_andSpendsTheTemporaryPassword();
    void secondSignIn_onARememberedComputer_asksNoCode();
    void representative_choosesBetweenTwoClients_andSwitchesWithoutSigningInAgain();
    void signOut_endsTheSessionOnTheServer();

private:
    // Signs in up to the SMS code step and submits the newest code sent to `mobile`.
    bool signInWithCode(SignInClient &client, const QString &username, const QString &password,
                        const QString &mobile, Step expected);
    // Status of GET /api/v1/me with `token`; 0 when no answer came.
    int meStatus(const QString &token);

    std::unique_ptr<TestServer> m_server;
    InvitedAccount m_account;
    MemoryTrustedDeviceStore m_devices; // "this computer", shared by the first two tests
};

void TestSignInTls::initTestCase()
{
    QVERIFY(QSslSocket::supportsSsl());
    m_server = std::make_unique<TestServer>();
    QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
    QVERIFY2(m_server->addDemoAccounts(), qPrintable(m_server->errorString()));
    QString error;
    QVERIFY2(InvitedAccount::create(*m_server, QStringLiteral("jdevries"), QStringLiteral("200731"),
                                    QStringLiteral("+31612342007"), &m_account, &error),
             qPrintable(error));
}

bool TestSignInTls::signInWithCode(SignInClient &client, const QString &username,
                                   const QString &password, const QString &mobile, Step expected)
{
    client.flow().signIn(username, password);
    if (!client.waitForStep(Step::SmsCode)) {
        qWarning("no code step: %s", qPrintable(client.describe()));
        return false;
    }
    const QString code = m_server->latestSmsCode(mobile);
    if (code.size() != 6) {
        qWarning("no code in the outbox for %s", qPrintable(mobile));
        return false;
    }
    // As pasted from the phone: the flow keeps only the code.
    client.flow().submitSmsCode(QStringLiteral("Uw inlogcode is %1.").arg(code));
    if (!client.waitForStep(expected)) {
        qWarning("after the code: %s", qPrintable(client.describe()));
        return false;
    }
    return true;
}

int TestSignInTls::meStatus(const QString &token)
{
    QNetworkAccessManager network;
    PortalApi api(&network);
    api.setBaseUrl(m_server->url());
    api.setExtraCaCertificates(m_server->caCertificates());
    api.setSessionToken(token);
    int status = 0;
    ApiReply *reply = api.get(QStringLiteral("/api/v1/me"));
    connect(reply, &ApiReply::finished, this, [&] { status = reply->httpStatus(); });
    if (!QTest::qWaitFor([&] { return status != 0; }, SignInClient::TimeoutMs))
        return 0;
    return status;
}

void TestSignInTls::firstSignIn_ofInvitedAccount_walksEveryStep_andSpendsTheTemporaryPassword()
{
    QCOMPARE(m_account.username, QStringLiteral("jdevries"));

    SignInClient client(*m_server, &m_devices);
    LoginFlow &flow = client.flow();
    flow.signIn(m_account.username, m_account.temporaryPassword);
    QVERIFY2(client.waitForStep(Step::SmsCode), qPrintable(client.describe()));
    QVERIFY2(flow.smsCode().maskedMobile.endsWith(QLatin1String("07")),
             qPrintable(flow.smsCode().maskedMobile));
    QCOMPARE(flow.smsCode().codeLength, 6);
    QVERIFY(flow.canRememberDevice());
    const QString code = m_server->latestSmsCode(m_account.mobile);
    QCOMPARE(code.size(), 6);

    flow.setRememberDevice(true);
    flow.submitSmsCode(code);
    QVERIFY2(client.waitForStep(Step::ChangePassword), qPrintable(client.describe()));
    QCOMPARE(flow.changePasswordReason(), SignInState::ChangePassword::Reason::TemporaryPassword);
    QCOMPARE(flow.passwordPolicy().minLength, 12);

    flow.changePassword(m_account.temporaryPassword, NewPassword);
    QVERIFY2(client.waitForStep(Step::Terms), qPrintable(client.describe()));
    QTRY_VERIFY_WITH_TIMEOUT(flow.termsLoaded(), SignInClient::TimeoutMs);
    QCOMPARE(flow.terms().version, QStringLiteral("2026-01"));
    QVERIFY2(flow.terms().text.contains(QLatin1String("Testlanden")),
             qPrintable(flow.terms().text));

    QSignalSpy signedIn(&flow, &LoginFlow::signedIn);
    flow.acceptTerms();
    QVERIFY2(client.waitForStep(Step::SignedIn), qPrintable(client.describe()));
    QCOMPARE(signedIn.size(), 1);
    QCOMPARE(client.steps(),
             (QList<Step> { Step::SmsCode, Step::ChangePassword, Step::Terms, Step::SignedIn }));
    QCOMPARE(flow.clients()->rowCount(), 1);
    QCOMPARE(flow.currentClient().id, m_account.clientId);
    QCOMPARE(flow.currentClient().name, QStringLiteral("Joke de Vries"));
    QCOMPARE(flow.me().username, m_account.username);
    QCOMPARE(flow.me().termsVersionAccepted, QStringLiteral("2026-01"));
    QVERIFY(client.api().hasSession());
    QCOMPARE(meStatus(flow.session().token), 200);
    // "Remember this computer": the token is kept, under this portal and username.
    QTRY_COMPARE(m_devices.count(), 1);

    // The temporary password worked once: now it is refused, and nothing says more than that.
    MemoryTrustedDeviceStore otherComputer;
    SignInClient again(*m_server, &otherComputer);
    again.flow().signIn(m_account.username, m_account.temporaryPassword);
    QVERIFY2(again.waitForError(), qPrintable(again.describe()));
    QCOMPARE(again.flow().step(), Step::Credentials);
    QCOMPARE(again.flow().lastError().httpStatus(), 401);
    QCOMPARE(again.flow().lastError().problemCode(), QStringLiteral("invalid_credentials"));
}

void TestSignInTls::secondSignIn_onARememberedComputer_asksNoCode()
{
    QCOMPARE(m_devices.count(), 1); // left by the first sign-in
    const int textsBefore = smsCount(*m_server, m_account.mobile);
    QVERIFY(textsBefore >= 1);

    // A new start of the app on the same computer: new flow and connection, same store.
    SignInClient client(*m_server, &m_devices);
    client.flow().signIn(m_account.username, NewPassword);
    QVERIFY2(client.waitForStep(Step::SignedIn), qPrintable(client.describe()));
    QCOMPARE(client.steps(), QList<Step> { Step::SignedIn });
    QCOMPARE(client.flow().currentClient().id, m_account.clientId);
    QCOMPARE(smsCount(*m_server, m_account.mobile), textsBefore);
    QCOMPARE(m_devices.count(), 1);
}

void TestSignInTls::representative_choosesBetweenTwoClients_andSwitchesWithoutSigningInAgain()
{
    MemoryTrustedDeviceStore devices;
    SignInClient client(*m_server, &devices);
    LoginFlow &flow = client.flow();
    QVERIFY(signInWithCode(client, QStringLiteral("mvandijk"),
                           QStringLiteral("lente in het park bij de vijver"), RepresentativeMobile,
                           Step::ChooseClient));
    QCOMPARE(flow.me().role, QStringLiteral("representative"));
    QCOMPARE(flow.clients()->rowCount(), 2);
    const QList<ClientSummary> clients = flow.clients()->clients();
    QCOMPARE(clients.at(0).name, QStringLiteral("Gerard van Dijk"));
    QCOMPARE(clients.at(1).name, QStringLiteral("Truus van Dijk-Smit"));
    QCOMPARE(clients.at(1).myRelation, QStringLiteral("zoon"));

    flow.chooseClient(QStringLiteral("100517"));
    QCOMPARE(flow.step(), Step::SignedIn);
    QCOMPARE(flow.currentClient().name, QStringLiteral("Truus van Dijk-Smit"));
    const QString token = flow.session().token;
    const int texts = smsCount(*m_server, RepresentativeMobile);

    // Switching goes back to the picker with the same session: no new sign-in, no new code.
    flow.switchClient();
    QCOMPARE(flow.step(), Step::ChooseClient);
    QVERIFY(client.api().hasSession());
    flow.chooseClient(QStringLiteral("100482"));
    QCOMPARE(flow.step(), Step::SignedIn);
    QCOMPARE(flow.currentClient().name, QStringLiteral("Gerard van Dijk"));
    QCOMPARE(flow.session().token, token);
    QCOMPARE(meStatus(token), 200);
    QCOMPARE(smsCount(*m_server, RepresentativeMobile), texts);
    QVERIFY(!client.steps().contains(Step::Credentials));
}

void TestSignInTls::signOut_endsTheSessionOnTheServer()
{
    MemoryTrustedDeviceStore devices;
    SignInClient client(*m_server, &devices);
    LoginFlow &flow = client.flow();
    QVERIFY(signInWithCode(client, QStringLiteral("aboer"),
                           QStringLiteral("fietsen langs de Amstel 2026"), ContactMobile,
                           Step::SignedIn));
    QCOMPARE(flow.currentClient().id, QStringLiteral("100482"));
    const QString token = flow.session().token;
    QVERIFY(!token.isEmpty());
    QCOMPARE(meStatus(token), 200);

    QSignalSpy signedOut(&flow, &LoginFlow::signedOut);
    flow.signOut();
    QCOMPARE(signedOut.size(), 1);
    QCOMPARE(flow.step(), Step::Credentials);
    QVERIFY(!client.api().hasSession());
    // The flow does not wait for DELETE /session; the server ends the session when it arrives.
    QTRY_COMPARE_WITH_TIMEOUT(meStatus(token), 401, SignInClient::TimeoutMs);
}

QTEST_GUILESS_MAIN(TestSignInTls)
#include "tst_signin_tls.moc"
