#include "core/loginflow.h"
#include "core/memorytrusteddevicestore.h"
#include "core/portalapi.h"
#include "core/portalconnection.h"
#include "support/fakenetwork.h"
#include "ui/appwindow.h"
#include "ui/home/homepage.h"
#include "ui/login/credentialspage.h"
#include "ui/login/loginwizard.h"
#include "ui/theme.h"
#include "ui/widgets/statusmessage.h"

#include <QCheckBox>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QTest>
#include <QTextBrowser>

#include <memory>

namespace {

// Also keeps what was sent, by path, so the test can check what the wizard asked the portal.
class RecordingNetwork : public FakeNetworkAccessManager
{
public:
    QHash<QString, QJsonObject> bodies;
    QStringList calls;

protected:
    QNetworkReply *createRequest(Operation op, const QNetworkRequest &request,
                                 QIODevice *outgoingData) override
    {
        const QString path = request.url().path();
        calls.append(path);
        if (outgoingData)
            bodies.insert(path, QJsonDocument::fromJson(outgoingData->readAll()).object());
        return FakeNetworkAccessManager::createRequest(op, request, outgoingData);
    }
};

QNetworkReply *json(const QNetworkRequest &request, QObject *parent, int status, const char *body)
{
    return new FakeReply(request, status,
                         status >= 400 ? "application/problem+json" : "application/json",
                         QByteArray(body), parent);
}

const char SmsStep[] = R"j({"next":"smsCode","signInToken":"si_8fJ2kLq0Zx7Vb3Nm5Rt9Yw1Pd6Hs4Gc2",
 "expiresAt":"2026-03-12T09:45:00+01:00","remainingSteps":["smsCode","changePassword","acceptTerms"],
 "smsCode":{"maskedMobile":"06-******78","codeLength":6,"sentAt":"2026-03-12T09:30:02+01:00",
 "codeExpiresAt":"2026-03-12T09:35:02+01:00","resendAvailableAt":"2026-03-12T09:30:32+01:00",
 "attemptsLeft":5}})j";
const char WrongCode[] = R"j({"type":"urn:portiek:problem:sms_code_invalid",
 "title":"The code is not correct","status":422,"code":"sms_code_invalid","attemptsLeft":4})j";
const char PasswordStep[] = R"j({"next":"changePassword",
 "signInToken":"si_8fJ2kLq0Zx7Vb3Nm5Rt9Yw1Pd6Hs4Gc2","expiresAt":"2026-03-12T09:45:00+01:00",
 "remainingSteps":["changePassword","acceptTerms"],"changePassword":{"reason":"temporaryPassword",
 "passwordPolicy":{"minLength":12,"maxLength":128,"requireMixedCase":false,
 "requireNonLetter":false}}})j";
const char TermsStep[]
    = R"j({"next":"acceptTerms","signInToken":"si_8fJ2kLq0Zx7Vb3Nm5Rt9Yw1Pd6Hs4Gc2",
 "expiresAt":"2026-03-12T09:45:00+01:00","remainingSteps":["acceptTerms"],
 "acceptTerms":{"termsVersion":"2026-01","acceptedVersion":null,
 "termsUrl":"/api/v1/organization/terms"}})j";
const char Terms[]
    = R"j({"version":"2026-01","title":"Voorwaarden cliëntportaal Zorggroep De Linde",
 "text":"Dit cliëntportaal is beveiligd.\n\nHeeft u vragen? Bel de helpdesk.",
 "publishedAt":"2026-01-05T09:00:00+01:00"})j";
const char Done[] = R"j({"next":"done","remainingSteps":[],"session":{
 "token":"st_W5n9Qe2Rk7Tz1Xc4Vb8Mp3Ls6Jd0Hf2Ga9Uy","tokenType":"Bearer","idleTimeoutSeconds":900,
 "idleExpiresAt":"2026-03-12T09:49:30+01:00","expiresAt":"2026-03-12T17:34:30+01:00",
 "kiosk":false},"trustedDevice":{"id":"dev_4Kp8Wz","token":"dt_q3Yp0mX9Lw2sVb7NcRt5Kz8HjFd4Ga1e",
 "name":"Laptop van Gerard (Windows)","expiresAt":"2026-06-10T09:34:30+02:00"}})j";
const char MeJson[] = R"j({"id":"per_7Hq2","username":"gvandijk","name":{"givenName":"Gerard",
 "familyNamePrefix":"van","familyName":"Dijk"},"displayName":"Gerard van Dijk","role":"client",
 "email":"g.vandijk@example.nl","mobile":"+31612345678","photoUrl":null,
 "termsVersionAccepted":"2026-01","passwordChangedAt":"2026-03-12T09:33:00+01:00"})j";
const char Clients[] = R"j({"items":[{"id":"100482","name":"Gerard van Dijk","photoUrl":null,
 "myRole":"client","myRelation":null,"rights":{"reportsRead":true,"reportsWrite":true,
 "plans":true,"agendaView":true,"agendaEdit":true,"measurements":true,"messages":true,
 "board":true,"profile":true,"manageAccess":true}}],"nextCursor":null})j";

const char DoneWithoutDevice[] = R"j({"next":"done","deviceTokenAccepted":true,
 "remainingSteps":[],"session":{"token":"st_W5n9Qe2Rk7Tz1Xc4Vb8Mp3Ls6Jd0Hf2Ga9Uy",
 "tokenType":"Bearer","idleTimeoutSeconds":900,"idleExpiresAt":"2026-03-12T09:45:02+01:00",
 "expiresAt":"2026-03-12T17:30:02+01:00","kiosk":false}})j";
const char Representative[] = R"j({"id":"per_9Rm4","username":"mvandijk","name":{
 "givenName":"Mark","familyNamePrefix":"van","familyName":"Dijk"},"displayName":"Mark van Dijk",
 "role":"representative","email":"m.vandijk@ziggo.example","mobile":"+31612345678",
 "photoUrl":null,"termsVersionAccepted":"2026-01","passwordChangedAt":"2026-01-14T20:12:09+01:00"})j";
const char TwoClients[] = R"j({"items":[{"id":"100482","name":"Gerard van Dijk","photoUrl":null,
 "myRole":"representative","myRelation":"zoon","rights":{"reportsRead":true,"reportsWrite":true,
 "plans":true,"agendaView":true,"agendaEdit":true,"measurements":true,"messages":true,
 "board":true,"profile":true,"manageAccess":true}},{"id":"100517","name":"Truus van Dijk-Smit",
 "photoUrl":null,"myRole":"representative","myRelation":"zoon","rights":{"reportsRead":true,
 "reportsWrite":true,"plans":true,"agendaView":true,"agendaEdit":true,"measurements":true,
 "messages":true,"board":true,"profile":true,"manageAccess":true}}],"nextCursor":null})j";

} // namespace

// The whole wizard, as a new user takes it the first time, against a fake portal: credentials,
// a wrong and then a right SMS code, a new password, the terms, and home; then signing out.
class TestLoginWizard : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void firstSignIn_walksEveryStep_toHome_andSignsOut();
    void keychainUnavailable_saysSoOnTheCodePage_andEscapeCancels();
    void representative_choosesAClientByKeyboard_andSwitchesLater();

private:
    QWidget *current() const { return m_window->currentPage(); }
    // Pages share field names ("newPasswordEdit"): look on the page shown.
    template<typename T> T *find(const char *name) const
    {
        return current()->findChild<T *>(QLatin1String(name));
    }
    QNetworkReply *answer(const QNetworkRequest &request, QObject *parent);

    RecordingNetwork m_network;
    std::unique_ptr<PortalApi> m_api;
    std::unique_ptr<PortalConnection> m_connection;
    std::unique_ptr<MemoryTrustedDeviceStore> m_devices;
    std::unique_ptr<LoginFlow> m_flow;
    std::unique_ptr<AppWindow> m_window;
    int m_codeTries = 0;
    bool m_representative = false;
    void signIn(const QString &username);
};

QNetworkReply *TestLoginWizard::answer(const QNetworkRequest &request, QObject *parent)
{
    const QString path = request.url().path();
    if (path == QLatin1String("/api/v1/sign-in"))
        return json(request, parent, 200, m_representative ? DoneWithoutDevice : SmsStep);
    if (path == QLatin1String("/api/v1/sign-in/sms-code/verify"))
        return ++m_codeTries == 1 ? json(request, parent, 422, WrongCode)
                                  : json(request, parent, 200, PasswordStep);
    if (path == QLatin1String("/api/v1/sign-in/password"))
        return json(request, parent, 200, TermsStep);
    if (path == QLatin1String("/api/v1/organization/terms"))
        return json(request, parent, 200, Terms);
    if (path == QLatin1String("/api/v1/sign-in/terms"))
        return json(request, parent, 200, Done);
    if (path == QLatin1String("/api/v1/me"))
        return json(request, parent, 200, m_representative ? Representative : MeJson);
    if (path == QLatin1String("/api/v1/me/clients"))
        return json(request, parent, 200, m_representative ? TwoClients : Clients);
    if (path == QLatin1String("/api/v1/session"))
        return new FakeReply(request, 204, {}, {}, parent);
    return json(request, parent, 404, R"j({"type":"urn:portiek:problem:not_found",
        "title":"Not found","status":404,"code":"not_found"})j");
}

void TestLoginWizard::initTestCase()
{
    Theme::apply(*qApp);
    m_network.setHandler([this](const QNetworkRequest &request, QObject *parent) {
        return answer(request, parent);
    });
    m_api = std::make_unique<PortalApi>(&m_network);
    m_api->setBaseUrl(QUrl(QStringLiteral("https://portaal.delinde.example")));
    m_connection = std::make_unique<PortalConnection>(m_api.get());
    m_devices = std::make_unique<MemoryTrustedDeviceStore>();
    m_flow = std::make_unique<LoginFlow>(m_api.get(), m_devices.get());
    m_window = std::make_unique<AppWindow>(m_connection.get(), m_flow.get());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->showSignInPage();
}

void TestLoginWizard::firstSignIn_walksEveryStep_toHome_andSignsOut()
{
    // Credentials: type, Tab, type, Enter.
    QCOMPARE(current()->objectName(), QStringLiteral("signInPage"));
    auto *username = find<QLineEdit>("usernameEdit");
    QTRY_VERIFY(username->hasFocus());
    QTest::keyClicks(username, QStringLiteral("gvandijk"));
    QTest::keyClick(username, Qt::Key_Tab);
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("Kx7-pRw2-Lm9q"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);

    // SMS code: a wrong code first; the message says so and the typed code stays.
    QTRY_COMPARE(current()->objectName(), QStringLiteral("smsCodePage"));
    QVERIFY(find<QLabel>("smsCodeIntro")->text().contains(QLatin1String("06-******78")));
    auto *code = find<QLineEdit>("smsCodeEdit");
    QTRY_VERIFY(code->hasFocus());
    QTest::keyClicks(code, QStringLiteral("Uw inlogcode is 111111."));
    QCOMPARE(code->text(), QStringLiteral("111111"));
    QTest::keyClick(code, Qt::Key_Return);
    auto *message = find<StatusMessage>("smsCodeMessage");
    QTRY_VERIFY(message->isVisible());
    QVERIFY2(message->text().contains(QLatin1String("4")), qPrintable(message->text()));
    QCOMPARE(code->text(), QStringLiteral("111111"));
    QCOMPARE(current()->objectName(), QStringLiteral("smsCodePage"));
    QVERIFY(find<QPushButton>("smsCodeSubmitButton")->isEnabled()); // not busy any more

    code->selectAll();
    QTest::keyClicks(code, QStringLiteral("482915"));
    auto *remember = find<QCheckBox>("rememberDeviceCheck");
    QVERIFY(remember->isVisible());
    remember->setChecked(true);
    QTest::keyClick(code, Qt::Key_Enter);
    QTRY_COMPARE(current()->objectName(), QStringLiteral("changePasswordPage"));
    const QJsonObject verify
        = m_network.bodies.value(QStringLiteral("/api/v1/sign-in/sms-code/verify"));
    QCOMPARE(verify.value(QLatin1String("code")).toString(), QStringLiteral("482915"));
    QCOMPARE(verify.value(QLatin1String("rememberDevice")).toBool(), true);

    // New password: the current one is filled in from the first page.
    QCOMPARE(find<QLineEdit>("currentPasswordEdit")->text(), QStringLiteral("Kx7-pRw2-Lm9q"));
    auto *newPassword = find<QLineEdit>("newPasswordEdit");
    QTRY_VERIFY(newPassword->hasFocus());
    QTest::keyClicks(newPassword, QStringLiteral("koffie met appeltaart"));
    QTest::keyClick(newPassword, Qt::Key_Tab);
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("koffie met appeltaart"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);

    // Terms: the organisation's text, one button.
    QTRY_COMPARE(current()->objectName(), QStringLiteral("termsPage"));
    const QJsonObject password = m_network.bodies.value(QStringLiteral("/api/v1/sign-in/password"));
    QCOMPARE(password.value(QLatin1String("currentPassword")).toString(),
             QStringLiteral("Kx7-pRw2-Lm9q"));
    QCOMPARE(password.value(QLatin1String("newPassword")).toString(),
             QStringLiteral("koffie met appeltaart"));
    auto *accept = find<QPushButton>("acceptTermsButton");
    QTRY_VERIFY(accept->isVisible() && accept->isEnabled());
    QVERIFY(find<QTextBrowser>("termsText")->toPlainText().contains(QLatin1String("beveiligd")));
    accept->setFocus();
    QTest::keyClick(accept, Qt::Key_Return);

    // Home: the client's name at the top; one client, so nothing to switch.
    QTRY_COMPARE(current()->objectName(), QStringLiteral("homePage"));
    QCOMPARE(find<QLabel>("homeClientName")->text(), QStringLiteral("Gerard van Dijk"));
    QVERIFY(!find<QPushButton>("switchClientButton")->isVisible());
    QCOMPARE(m_devices->count(), 1); // "remember this computer" kept the token
    QVERIFY(m_window->loginWizard()->credentialsPage()->password().isEmpty()); // none left behind

    // Sign out: back at the first page, the username still there.
    find<QPushButton>("signOutButton")->click();
    QTRY_COMPARE(current()->objectName(), QStringLiteral("signInPage"));
    QCOMPARE(find<QLineEdit>("usernameEdit")->text(), QStringLiteral("gvandijk"));
    QVERIFY(find<QLineEdit>("passwordEdit")->text().isEmpty());
    QVERIFY(find<StatusMessage>("signInMessage")->isVisible());
    QVERIFY(m_network.calls.contains(QStringLiteral("/api/v1/session")));
}

void TestLoginWizard::signIn(const QString &username)
{
    QTRY_COMPARE(current()->objectName(), QStringLiteral("signInPage"));
    auto *usernameEdit = find<QLineEdit>("usernameEdit");
    usernameEdit->setText(username);
    auto *password = find<QLineEdit>("passwordEdit");
    password->setText(QStringLiteral("lente in het park bij de vijver"));
    QTest::keyClick(password, Qt::Key_Return);
}

void TestLoginWizard::keychainUnavailable_saysSoOnTheCodePage_andEscapeCancels()
{
    m_devices->setFailing(true); // a keychain that refuses, as a locked one does
    signIn(QStringLiteral("gvandijk"));
    QTRY_COMPARE(current()->objectName(), QStringLiteral("smsCodePage"));
    auto *notice = find<StatusMessage>("keychainNotice");
    QTRY_VERIFY(notice->isVisible());
    QVERIFY(!find<QCheckBox>("rememberDeviceCheck")->isVisible());
    QTest::keyClick(find<QLineEdit>("smsCodeEdit"), Qt::Key_Escape);
    QTRY_COMPARE(current()->objectName(), QStringLiteral("signInPage"));
    QCOMPARE(m_flow->step(), LoginFlow::Step::Credentials);
}

void TestLoginWizard::representative_choosesAClientByKeyboard_andSwitchesLater()
{
    m_representative = true;
    signIn(QStringLiteral("mvandijk"));
    QTRY_COMPARE(current()->objectName(), QStringLiteral("clientPickerPage"));
    auto *list = find<QListView>("clientList");
    QTRY_VERIFY(list->hasFocus());
    QTest::keyClick(list, Qt::Key_Down);
    QTest::keyClick(list, Qt::Key_Return);
    QTRY_COMPARE(current()->objectName(), QStringLiteral("homePage"));
    QCOMPARE(find<QLabel>("homeClientName")->text(), QStringLiteral("Truus van Dijk-Smit"));
    QCOMPARE(find<QLabel>("homeSignedInAs")->text(), QStringLiteral("Signed in as Mark van Dijk"));

    // Switching asks no new sign-in; Escape keeps the client that was open.
    auto *switchClient = find<QPushButton>("switchClientButton");
    QVERIFY(switchClient->isVisible());
    switchClient->click();
    QTRY_COMPARE(current()->objectName(), QStringLiteral("clientPickerPage"));
    list = find<QListView>("clientList");
    QCOMPARE(list->currentIndex().row(), 1);
    QTest::keyClick(list, Qt::Key_Escape);
    QTRY_COMPARE(current()->objectName(), QStringLiteral("homePage"));
    QCOMPARE(find<QLabel>("homeClientName")->text(), QStringLiteral("Truus van Dijk-Smit"));
    QCOMPARE(m_network.calls.count(QStringLiteral("/api/v1/sign-in")), 3);
}

QTEST_MAIN(TestLoginWizard)
#include "tst_loginwizard.moc"
