// The sentence at the top of the window while Portiek tries again by itself: it appears with the
// wait, says when the portal is tried again, and goes away when the portal answers or Portiek
// gives up (then the page's own error stays, as before).
#include "core/language.h"
#include "core/loginflow.h"
#include "core/memorytrusteddevicestore.h"
#include "core/portalapi.h"
#include "core/portalconnection.h"
#include "fakeportal.h"
#include "ui/appwindow.h"
#include "ui/login/connectpage.h"
#include "ui/theme.h"
#include "ui/widgets/connectionnotice.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QTest>

#include <memory>

namespace {

const QString Organization = QStringLiteral("/api/v1/organization");
const QString Address = QStringLiteral("https://portaal.example.nl");

QJsonObject organizationJson()
{
    return { { "name", "Zorggroep De Linde" },
             { "helpdesk", QJsonObject { { "phone", "020 123 45 67" } } },
             { "termsVersion", "2026-01" },
             { "passwordPolicy",
               QJsonObject { { "minLength", 12 },
                             { "maxLength", 128 },
                             { "requireMixedCase", false },
                             { "requireNonLetter", false } } },
             { "apiVersion", 1 } };
}

} // namespace

class TestConnectionNotice : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void retry_showsTheWaitAndGoesAwayWhenThePortalAnswers();
    void givingUp_leavesThePagesOwnError();
    void notice_isReadableAtNormalAndLargeText();

private:
    void connectToPortal();
    ConnectionNotice *notice() const { return m_window->connectionNotice(); }
    QLabel *organizationName() const
    {
        return m_window->findChild<QLabel *>(QStringLiteral("organizationName"));
    }
    void setRealWait(int milliseconds);

    std::unique_ptr<FakePortal> m_portal;
    std::unique_ptr<PortalApi> m_api;
    std::unique_ptr<PortalConnection> m_connection;
    std::unique_ptr<MemoryTrustedDeviceStore> m_devices;
    std::unique_ptr<LoginFlow> m_flow;
    std::unique_ptr<AppWindow> m_window;
};

void TestConnectionNotice::initTestCase()
{
    Language::install(*qApp, QStringLiteral("nl"));
    Theme::apply(*qApp);
}

void TestConnectionNotice::init()
{
    m_portal = std::make_unique<FakePortal>();
    m_api = std::make_unique<PortalApi>(m_portal.get());
    setRealWait(0);
    m_connection = std::make_unique<PortalConnection>(m_api.get());
    m_devices = std::make_unique<MemoryTrustedDeviceStore>();
    m_flow = std::make_unique<LoginFlow>(m_api.get(), m_devices.get());
    m_window = std::make_unique<AppWindow>(m_connection.get(), m_flow.get());
    m_window->connectionNotice()->watch(m_api.get());
    m_window->showConnectPage();
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestConnectionNotice::cleanup()
{
    Theme::setTextScale(100);
    m_window.reset();
    m_flow.reset();
    m_devices.reset();
    m_connection.reset();
    m_api.reset();
    m_portal.reset();
}

void TestConnectionNotice::setRealWait(int milliseconds)
{
    RetryPolicy policy;
    policy.random = [] { return 0.5; };
    policy.wait = [milliseconds](int) { return milliseconds; };
    m_api->setRetryPolicy(policy);
}

void TestConnectionNotice::connectToPortal()
{
    auto *edit = m_window->findChild<QLineEdit *>(QStringLiteral("portalAddressEdit"));
    QVERIFY(edit);
    QTest::keyClicks(edit, Address);
    QTest::keyClick(edit, Qt::Key_Return);
}

void TestConnectionNotice::retry_showsTheWaitAndGoesAwayWhenThePortalAnswers()
{
    m_portal->networkError("GET", Organization, QNetworkReply::RemoteHostClosedError);
    m_portal->networkError("GET", Organization, QNetworkReply::ConnectionRefusedError);
    m_portal->answer("GET", Organization, 200, organizationJson());
    // What the notice said at each moment, read right after it changed.
    QStringList said;
    connect(m_api.get(), &PortalApi::retryScheduled, this, [&] { said.append(notice()->text()); });
    connect(m_api.get(), &PortalApi::retryStarted, this, [&] { said.append(notice()->text()); });
    connectToPortal();
    QTRY_VERIFY(organizationName() && organizationName()->isVisible());
    QCOMPARE(said,
             QStringList({ QStringLiteral("Het portaal is even niet bereikbaar. Portiek probeert "
                                          "het over 1 seconde opnieuw. U hoeft niets te doen."),
                           QStringLiteral("Het portaal is even niet bereikbaar. Portiek probeert "
                                          "het nu opnieuw. U hoeft niets te doen."),
                           QStringLiteral("Het portaal is even niet bereikbaar. Portiek probeert "
                                          "het over 2 seconden opnieuw. U hoeft niets te doen."),
                           QStringLiteral("Het portaal is even niet bereikbaar. Portiek probeert "
                                          "het nu opnieuw. U hoeft niets te doen.") }));
    // The portal answered: the sentence is gone, nothing was said in colour alone.
    QVERIFY(notice()->isHidden());
    QVERIFY(notice()->text().isEmpty());
    QCOMPARE(m_portal->callsTo("GET", Organization).size(), 3);
}

void TestConnectionNotice::givingUp_leavesThePagesOwnError()
{
    m_portal->networkError("GET", Organization, QNetworkReply::ConnectionRefusedError);
    connectToPortal();
    auto *message
        = m_window->connectPage()->findChild<QLabel *>(QStringLiteral("statusMessageText"));
    QVERIFY(message);
    QTRY_VERIFY(message->isVisible());
    QCOMPARE(m_portal->callsTo("GET", Organization).size(), 4);
    QVERIFY(notice()->isHidden());
    QCOMPARE(message->text(),
             QStringLiteral("Het portaal is nu niet bereikbaar. Controleer uw internetverbinding "
                            "en probeer het over een paar minuten opnieuw."));
}

void TestConnectionNotice::notice_isReadableAtNormalAndLargeText()
{
    setRealWait(60000); // the notice stays while the screenshots are taken
    m_portal->problem("GET", Organization, 503, QStringLiteral("unavailable"), {}, 4);
    m_portal->answer("GET", Organization, 200, organizationJson());
    connectToPortal();
    QTRY_VERIFY(!notice()->isHidden());
    const QString expected = QStringLiteral("Het portaal is even niet bereikbaar. Portiek probeert "
                                            "het over 4 seconden opnieuw. U hoeft niets te doen.");
    QCOMPARE(notice()->text(), expected);
    auto *text = notice()->findChild<QLabel *>(QStringLiteral("statusMessageText"));
    QVERIFY(text);
    QCOMPARE(text->accessibleName(), expected);
    QCOMPARE(
        notice()->findChild<QWidget *>(QStringLiteral("connectionNoticeMessage"))->accessibleName(),
        expected);
    // The icon names what it shows, so the meaning is not in colour alone.
    bool iconNamed = false;
    for (QLabel *label : notice()->findChildren<QLabel *>())
        iconNamed |= label->accessibleName() == QLatin1String("Informatie");
    QVERIFY(iconNamed);

    for (const int percent : { 100, 200 }) {
        Theme::setTextScale(percent);
        QTest::qWait(50);
        // The whole sentence fits: the label is as tall as its wrapped text needs.
        QTRY_VERIFY(text->height() >= text->heightForWidth(text->width()));
        QVERIFY(notice()->width() <= m_window->width());
        const QString file = QStringLiteral("/tmp/portiek-connectionnotice-%1.png").arg(percent);
        QVERIFY(m_window->grab().save(file));
    }

    // Leaving the page cancels the connection: the pending retry stops, the notice goes.
    m_connection->cancel();
    QTRY_VERIFY(notice()->isHidden());
    QCOMPARE(m_portal->callsTo("GET", Organization).size(), 1);
}

QTEST_MAIN(TestConnectionNotice)
#include "tst_connectionnotice.moc"
