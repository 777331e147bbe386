// Opening Portiek from the link in an invitation e-mail (core/invitationlink.h,
// app/applicationlink.cpp), against the real portiek-server.
#include "application.h"
#include "commandline.h"
#include "core/appsettings.h"
#include "core/portalconnection.h"
#include "support/testserver.h"
#include "ui/appwindow.h"
#include "ui/login/connectpage.h"
#include "ui/login/credentialspage.h"
#include "ui/login/loginwizard.h"
#include "ui/theme.h"
#include "ui/widgets/statusmessage.h"

#include <QApplication>
#include <QFileOpenEvent>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QSslSocket>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace {
constexpr int Timeout = 15000;
} // namespace

class TestInvitationLinkRealServer : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void link_fillsInPortalAndUsername();
    void linkToAnotherPortal_waitsForThePerson();
    void unreadableLink_saysSo();
    void linkWhileRunning_opensThatPortal();

private:
    AppWindow *start(CommandLine options);
    QString link(const QString &server, const QString &user) const
    {
        return QStringLiteral("portiek://open?server=%1&user=%2").arg(server, user);
    }

    TestServer m_server;
    QTemporaryDir m_settingsDir;
    std::unique_ptr<Application> m_app;
};

void TestInvitationLinkRealServer::initTestCase()
{
    QVERIFY(QSslSocket::supportsSsl());
    QVERIFY(m_settingsDir.isValid());
    QCoreApplication::setOrganizationName(QStringLiteral("Portiek"));
    QCoreApplication::setApplicationName(QStringLiteral("Portiek"));
    // Portiek's remembered portal lives here, not in the person's own settings.
    for (const auto format : { QSettings::NativeFormat, QSettings::IniFormat })
        QSettings::setPath(format, QSettings::UserScope, m_settingsDir.path());
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    Theme::apply(*qApp);
}

void TestInvitationLinkRealServer::cleanup()
{
    m_app.reset();
    QSettings().clear();
}

AppWindow *TestInvitationLinkRealServer::start(CommandLine options)
{
    options.caFile = m_server.caFile();
    m_app = std::make_unique<Application>(options);
    m_app->start();
    for (QWidget *widget : QApplication::topLevelWidgets()) {
        if (auto *window = qobject_cast<AppWindow *>(widget))
            return window;
    }
    return nullptr;
}

void TestInvitationLinkRealServer::link_fillsInPortalAndUsername()
{
    CommandLine options;
    options.applyLink(link(m_server.url().toString(), QStringLiteral("mvandijk")));
    QVERIFY(options.linkProblem.isEmpty());
    AppWindow *window = start(options);
    QVERIFY(window);
    // Straight to the sign-in page of that portal, the username typed, the password next.
    CredentialsPage *page = window->loginWizard()->credentialsPage();
    QVERIFY(QTest::qWaitFor([&] { return window->currentPage() == page; }, Timeout));
    QCOMPARE(page->username(), QStringLiteral("mvandijk"));
    QVERIFY(QTest::qWaitFor(
        [&] {
            QWidget *focus = QApplication::focusWidget();
            return focus && focus->objectName() == QLatin1String("passwordEdit");
        },
        Timeout));
    // And the portal is remembered as the person's own from now on.
    QCOMPARE(QSettings().value(QStringLiteral("portal/url")).toUrl().host(), m_server.url().host());
}

void TestInvitationLinkRealServer::linkToAnotherPortal_waitsForThePerson()
{
    // Portiek was used with another portal before; the link could come from anyone.
    {
        QSettings settings;
        AppSettings(&settings).setPortalUrl(QUrl(QStringLiteral("https://portaal.elders.example")));
    }
    CommandLine options;
    options.applyLink(link(m_server.url().toString(), QStringLiteral("mvandijk")));
    AppWindow *window = start(options);
    QVERIFY(window);
    ConnectPage *page = window->connectPage();
    QCOMPARE(window->currentPage(), page);
    QCOMPARE(page->address(), m_server.url().toString());
    auto *notice = page->findChild<StatusMessage *>(QStringLiteral("connectMessage"));
    QVERIFY(notice);
    QVERIFY(notice->isVisible());
    QVERIFY2(notice->text().contains(m_server.url().host()), qPrintable(notice->text()));
    // Nothing happens until the person presses Connect.
    QTest::qWait(300);
    QCOMPARE(window->currentPage(), page);
    QVERIFY(m_app->findChild<PortalConnection *>()->state() != PortalConnection::State::Connecting);
    QCOMPARE(window->loginWizard()->credentialsPage()->username(), QStringLiteral("mvandijk"));
}

void TestInvitationLinkRealServer::unreadableLink_saysSo()
{
    CommandLine options;
    options.applyLink(QStringLiteral("portiek://open?server=http://portaal.example"));
    QVERIFY(!options.linkProblem.isEmpty());
    AppWindow *window = start(options);
    QVERIFY(window);
    QCOMPARE(window->currentPage(), window->connectPage());
    auto *notice
        = window->connectPage()->findChild<StatusMessage *>(QStringLiteral("connectMessage"));
    QVERIFY(notice && notice->isVisible());
    QVERIFY(!notice->text().isEmpty());
    QVERIFY(window->connectPage()->address().isEmpty());
}

void TestInvitationLinkRealServer::linkWhileRunning_opensThatPortal()
{
    AppWindow *window = start(CommandLine());
    QVERIFY(window);
    QCOMPARE(window->currentPage(), window->connectPage()); // a first start: no portal yet
    // How macOS hands over a clicked link to the running program.
    QFileOpenEvent opened(QUrl(link(m_server.url().toString(), QStringLiteral("aboer"))));
    QCoreApplication::sendEvent(qApp, &opened);
    CredentialsPage *page = window->loginWizard()->credentialsPage();
    QVERIFY(QTest::qWaitFor([&] { return window->currentPage() == page; }, Timeout));
    QCOMPARE(page->username(), QStringLiteral("aboer"));
}

QTEST_MAIN(TestInvitationLinkRealServer)
#include "tst_invitationlink_realserver.moc"
