#include "core/language.h"
#include "core/loginflow.h"
#include "core/memorytrusteddevicestore.h"
#include "core/portalapi.h"
#include "core/portalconnection.h"
#include "support/testserver.h"
#include "ui/appwindow.h"
#include "ui/home/homepage.h"
#include "ui/login/connectpage.h"
#include "ui/login/loginwizard.h"
#include "ui/theme.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QTcpServer>
#include <QTest>

#include <memory>

// The first screens, offscreen, against the real server: what a new user sees and does.
class TestFirstScreen : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void typingTheAddress_showsTheOrganizationsName();
    void unreachablePortal_explainsInDutch_andKeepsTheAddress();
    void changePortal_returnsToTheAddressPage();
    void everyControl_hasAnAccessibleName();
    void pages_areMadeWhenFirstNeeded();

private:
    QLineEdit *addressEdit() const
    {
        return m_window->findChild<QLineEdit *>(QStringLiteral("portalAddressEdit"));
    }

    TestServer m_server;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<PortalApi> m_api;
    std::unique_ptr<PortalConnection> m_connection;
    std::unique_ptr<MemoryTrustedDeviceStore> m_devices;
    std::unique_ptr<LoginFlow> m_flow;
    std::unique_ptr<AppWindow> m_window;
};

void TestFirstScreen::initTestCase()
{
    Language::install(*qApp, QStringLiteral("nl"));
    Theme::apply(*qApp);
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
}

void TestFirstScreen::init()
{
    m_network = std::make_unique<QNetworkAccessManager>();
    m_api = std::make_unique<PortalApi>(m_network.get());
    m_api->setExtraCaCertificates(m_server.caCertificates());
    m_connection = std::make_unique<PortalConnection>(m_api.get());
    m_devices = std::make_unique<MemoryTrustedDeviceStore>();
    m_flow = std::make_unique<LoginFlow>(m_api.get(), m_devices.get());
    m_window = std::make_unique<AppWindow>(m_connection.get(), m_flow.get());
    m_window->showConnectPage();
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestFirstScreen::cleanup()
{
    m_window.reset();
    m_flow.reset();
    m_devices.reset();
    m_connection.reset();
    m_api.reset();
    m_network.reset();
}

void TestFirstScreen::typingTheAddress_showsTheOrganizationsName()
{
    QLineEdit *edit = addressEdit();
    QVERIFY(edit);
    QTRY_VERIFY(edit->hasFocus()); // a new user can start typing at once
    QTest::keyClicks(edit, m_server.url().toString());
    QTest::keyClick(edit, Qt::Key_Return); // Enter connects

    // The sign-in page is made once the portal answers.
    QLabel *name = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT(
        (name = m_window->findChild<QLabel *>(QStringLiteral("organizationName")))
            && name->isVisible(),
        15000);
    QCOMPARE(name->text(), QStringLiteral("Zorggroep Testlanden"));
    auto *logo = m_window->findChild<QLabel *>(QStringLiteral("organizationLogo"));
    QVERIFY(logo && logo->isVisible());
    QCOMPARE(logo->accessibleName(), QStringLiteral("Logo van Zorggroep Testlanden"));
    QCOMPARE(m_window->windowTitle(), QStringLiteral("Zorggroep Testlanden — Portiek"));
    auto *helpdesk = m_window->findChild<QLabel *>(QStringLiteral("signInHelpdesk"));
    QVERIFY(helpdesk->text().contains(QLatin1String("020 123 45 67")));
    QVERIFY(!m_window->grab().isNull());
}

void TestFirstScreen::unreachablePortal_explainsInDutch_andKeepsTheAddress()
{
    // A port nobody listens on: take the server's, add one, and make sure it is closed.
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost));
    const QString address = QStringLiteral("https://127.0.0.1:%1").arg(probe.serverPort());
    probe.close();

    QTest::keyClicks(addressEdit(), address);
    QTest::mouseClick(m_window->findChild<QPushButton *>(QStringLiteral("connectButton")),
                      Qt::LeftButton);
    auto *message
        = m_window->connectPage()->findChild<QLabel *>(QStringLiteral("statusMessageText"));
    QVERIFY(message);
    QTRY_VERIFY_WITH_TIMEOUT(message->isVisible(), 15000);
    QCOMPARE(
        message->text(),
        QStringLiteral("Het portaal is nu niet bereikbaar. Controleer uw internetverbinding en "
                       "probeer het over een paar minuten opnieuw."));
    QCOMPARE(addressEdit()->text(), address); // nothing typed is lost
    QVERIFY(m_window->findChild<QPushButton *>(QStringLiteral("connectButton"))->isEnabled());
}

void TestFirstScreen::changePortal_returnsToTheAddressPage()
{
    QTest::keyClicks(addressEdit(), m_server.url().toString());
    QTest::keyClick(addressEdit(), Qt::Key_Return);
    QPushButton *change = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT(
        (change = m_window->findChild<QPushButton *>(QStringLiteral("changePortalButton")))
            && change->isVisible(),
        15000);
    QCOMPARE(change->text(), QStringLiteral("Ander portaal kiezen"));
    change->click();
    QTRY_VERIFY(addressEdit()->isVisible());
    QCOMPARE(addressEdit()->text(), m_server.url().toString());
}

void TestFirstScreen::everyControl_hasAnAccessibleName()
{
    QTest::keyClicks(addressEdit(), m_server.url().toString());
    QTest::keyClick(addressEdit(), Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(m_connection->state() == PortalConnection::State::Connected, 15000);
    m_window->showConnectPage();
    const QList<QWidget *> widgets = m_window->findChildren<QWidget *>();
    int checked = 0;
    for (QWidget *widget : widgets) {
        if (!qobject_cast<QPushButton *>(widget) && !qobject_cast<QLineEdit *>(widget))
            continue;
        ++checked;
        QVERIFY2(!widget->accessibleName().isEmpty(), qPrintable(widget->objectName()));
    }
    QVERIFY(checked >= 4);
}

void TestFirstScreen::pages_areMadeWhenFirstNeeded()
{
    // The first start shows the address page, and makes nothing else yet.
    QVERIFY(!m_window->findChild<LoginWizard *>());
    QVERIFY(!m_window->findChild<HomePage *>());
    QCOMPARE(m_window->currentPage(), m_window->connectPage());
    int homeMade = 0;
    connect(m_window.get(), &AppWindow::homePageCreated, this, [&homeMade] { ++homeMade; });

    QTest::keyClicks(addressEdit(), m_server.url().toString());
    QTest::keyClick(addressEdit(), Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(m_window->findChild<LoginWizard *>(), 15000);
    QTRY_COMPARE(m_window->currentPage(), m_window->loginWizard()->currentWidget());
    QCOMPARE(m_window->findChildren<LoginWizard *>().size(), 1);
    QVERIFY(!m_window->findChild<HomePage *>()); // made at the first sign-in

    HomePage *home = m_window->homePage();
    QVERIFY(home);
    QCOMPARE(homeMade, 1);
    QCOMPARE(m_window->homePage(), home); // made once
    QCOMPARE(homeMade, 1);
    QCOMPARE(home->parentWidget(), m_window->loginWizard()->parentWidget()); // in the page stack
}

QTEST_MAIN(TestFirstScreen)
#include "tst_firstscreen.moc"
