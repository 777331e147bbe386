// The whole window, driven by keyboard, through the first sign-in of a newly invited account
// against the real portiek-server over TLS: address, credentials, the code from the outbox, a
// new password, the terms, and home.
#include "core/loginflow.h"
#include "core/memorytrusteddevicestore.h"
#include "core/portalapi.h"
#include "core/portalconnection.h"
#include "support/signinclient.h"
#include "support/testserver.h"
#include "ui/appwindow.h"
#include "ui/theme.h"

#include <QApplication>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSslSocket>
#include <QTest>
#include <QTextBrowser>

#include <memory>

class TestSignInRealServer : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void firstSignIn_byKeyboard_reachesHomeWithTheClientsName();

private:
    QWidget *current() const { return m_window->currentPage(); }
    // Pages share field names ("newPasswordEdit"): look on the page shown.
    template<typename T> T *find(const char *name) const
    {
        return current()->findChild<T *>(QLatin1String(name));
    }
    QString where() const
    {
        return current()->objectName() + QStringLiteral(": ") + m_flow->errorMessage();
    }

    TestServer m_server;
    InvitedAccount m_account;
    QNetworkAccessManager m_network;
    std::unique_ptr<PortalApi> m_api;
    std::unique_ptr<PortalConnection> m_connection;
    MemoryTrustedDeviceStore m_devices;
    std::unique_ptr<LoginFlow> m_flow;
    std::unique_ptr<AppWindow> m_window;
};

void TestSignInRealServer::initTestCase()
{
    QVERIFY(QSslSocket::supportsSsl());
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    QString error;
    QVERIFY2(InvitedAccount::create(m_server, QStringLiteral("jdevries"), QStringLiteral("200731"),
                                    QStringLiteral("+31612342007"), &m_account, &error),
             qPrintable(error));

    Theme::apply(*qApp);
    m_api = std::make_unique<PortalApi>(&m_network);
    m_api->setExtraCaCertificates(m_server.caCertificates());
    m_connection = std::make_unique<PortalConnection>(m_api.get());
    m_flow = std::make_unique<LoginFlow>(m_api.get(), &m_devices);
    m_window = std::make_unique<AppWindow>(m_connection.get(), m_flow.get());
    m_window->showConnectPage();
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestSignInRealServer::firstSignIn_byKeyboard_reachesHomeWithTheClientsName()
{
    constexpr int Timeout = SignInClient::TimeoutMs;

    // The portal's address, as the invitation gives it.
    QCOMPARE(current()->objectName(), QStringLiteral("connectPage"));
    auto *address = find<QLineEdit>("portalAddressEdit");
    address->setFocus();
    QTRY_VERIFY(address->hasFocus());
    address->clear();
    QTest::keyClicks(address, m_server.url().toString());
    QTest::keyClick(address, Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(current()->objectName(), QStringLiteral("signInPage"), Timeout);
    QVERIFY(m_window->windowTitle().contains(QLatin1String("Zorggroep Testlanden")));

    // Credentials from the invitation e-mail: type, Tab, type, Enter.
    auto *username = find<QLineEdit>("usernameEdit");
    QTRY_VERIFY(username->hasFocus());
    QTest::keyClicks(username, m_account.username);
    QTest::keyClick(username, Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), find<QLineEdit>("passwordEdit"));
    QTest::keyClicks(QApplication::focusWidget(), m_account.temporaryPassword);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);

    // The code, as read from the phone (the server's outbox).
    QTRY_COMPARE_WITH_TIMEOUT(current()->objectName(), QStringLiteral("smsCodePage"), Timeout);
    auto *code = find<QLineEdit>("smsCodeEdit");
    QTRY_VERIFY(code->hasFocus());
    const QString sent = m_server.latestSmsCode(m_account.mobile);
    QCOMPARE(sent.size(), 6);
    QTest::keyClicks(code, sent);
    auto *remember = find<QCheckBox>("rememberDeviceCheck");
    QVERIFY(remember->isVisible());
    QTest::keyClick(remember, Qt::Key_Space);
    QVERIFY(remember->isChecked());
    QTest::keyClick(code, Qt::Key_Return);

    // A password of one's own; the temporary one is filled in already.
    QTRY_COMPARE_WITH_TIMEOUT(current()->objectName(), QStringLiteral("changePasswordPage"),
                              Timeout);
    QCOMPARE(find<QLineEdit>("currentPasswordEdit")->text(), m_account.temporaryPassword);
    auto *newPassword = find<QLineEdit>("newPasswordEdit");
    QTRY_VERIFY(newPassword->hasFocus());
    const QString chosen = QStringLiteral("thee met speculaas op het balkon");
    QTest::keyClicks(newPassword, chosen);
    QTest::keyClick(newPassword, Qt::Key_Tab);
    QTest::keyClicks(QApplication::focusWidget(), chosen);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);

    // The organisation's terms, accepted with the keyboard.
    QTRY_COMPARE_WITH_TIMEOUT(current()->objectName(), QStringLiteral("termsPage"), Timeout);
    auto *accept = find<QPushButton>("acceptTermsButton");
    QTRY_VERIFY_WITH_TIMEOUT(accept->isVisible() && accept->isEnabled(), Timeout);
    QTRY_VERIFY(
        find<QTextBrowser>("termsText")->toPlainText().contains(QLatin1String("Testlanden")));
    accept->setFocus();
    QTest::keyClick(accept, Qt::Key_Return);

    // Home, with the client's name at the top.
    QTRY_VERIFY2_WITH_TIMEOUT(current()->objectName() == QLatin1String("homePage"),
                              qPrintable(where()), Timeout);
    QCOMPARE(find<QLabel>("homeClientName")->text(), QStringLiteral("Joke de Vries"));
    QVERIFY(!find<QPushButton>("switchClientButton")->isVisible());
    QCOMPARE(m_flow->step(), LoginFlow::Step::SignedIn);
    QTRY_COMPARE(m_devices.count(), 1); // this computer is remembered
}

QTEST_MAIN(TestSignInRealServer)
#include "tst_signin_realserver.moc"
