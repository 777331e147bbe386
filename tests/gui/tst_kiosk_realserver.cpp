// Kiosk mode as the application wires it (Application), against the real portiek-server: the
// representative signs in, opens every part, types a draft, signs out, and nothing of him is left
// on disk; the idle countdown keeps or ends the session; the start wipes what a crash left.
//
// Every folder the app may write to (HOME, XDG_*, TMPDIR) points into one sandbox, set in main()
// before QApplication exists, so the test can walk everything the app wrote.
#include "application.h"
#include "core/draftstore.h"
#include "core/loginflow.h"
#include "core/planlistmodel.h"
#include "core/sessionguard.h"
#include "support/testserver.h"
#include "ui/appwindow.h"
#include "ui/home/homepage.h"
#include "ui/login/credentialspage.h"
#include "ui/login/loginwizard.h"
#include "ui/plans/planstab.h"
#include "ui/plans/planviewer.h"
#include "ui/reports/newreportdialog.h"
#include "ui/reports/reportstab.h"
#include "ui/theme.h"
#include "ui/widgets/idlecountdown.h"
#include "workspace.h"

#include <QApplication>
#include <QClipboard>
#include <QDirIterator>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSslSocket>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace {
constexpr int Timeout = 15000;
const QString ClientId = QStringLiteral("100482");
const QString Username = QStringLiteral("mvandijk");
const QString Password = QStringLiteral("lente in het park bij de vijver");
const QString Mobile = QStringLiteral("+31612340517");

QString screenshotDir()
{
    const QString dir = qEnvironmentVariable("PORTIEK_SCREENSHOTS");
    return dir.isEmpty() ? QString() : dir;
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}
} // namespace

class TestKioskRealServer : public QObject
{
    Q_OBJECT

public:
    TestKioskRealServer(std::unique_ptr<TestServer> server, QString sandbox)
        : m_server(std::move(server))
        , m_sandbox(std::move(sandbox))
    { }

private slots:
    void initTestCase();
    void cleanupTestCase();
    void start_wipesWhatAPreviousSessionLeft();
    void signOut_leavesNothingOfThePersonOnDisk();
    void countdown_stillHereKeepsTheSession();
    void countdown_runningOutSignsOutAndEmptiesTheSignInPage();

private:
    void startApp();
    void signIn();
    void advance(int seconds)
    {
        m_now = m_now.addSecs(seconds);
        m_guard->check();
    }
    // Files under the sandbox that contain one of the person's details, with what they contain.
    QStringList filesMentioningThePerson() const;

    std::unique_ptr<TestServer> m_server;
    QString m_sandbox;
    QString m_draftText;
    QDateTime m_now;
    std::unique_ptr<Application> m_app;
    AppWindow *m_window = nullptr;
    LoginFlow *m_flow = nullptr;
    SessionGuard *m_guard = nullptr;
    Workspace *m_workspace = nullptr;
};

void TestKioskRealServer::initTestCase()
{
    QVERIFY(QSslSocket::supportsSsl());
    QVERIFY(QDir::tempPath().startsWith(m_sandbox));
    QVERIFY(
        QStandardPaths::writableLocation(QStandardPaths::AppDataLocation).startsWith(m_sandbox));
    QVERIFY(!m_server->directory().startsWith(m_sandbox));
    QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
    QVERIFY2(m_server->addDemoAccounts(), qPrintable(m_server->errorString()));
    QVERIFY2(m_server->runCommand({ QStringLiteral("seed"), QStringLiteral("--demo") }),
             qPrintable(m_server->errorString()));
    Theme::apply(*qApp);
    m_draftText
        = QStringLiteral("Kioskconcept over vader %1").arg(QDateTime::currentMSecsSinceEpoch());
}

void TestKioskRealServer::cleanupTestCase()
{
    m_app.reset();
}

void TestKioskRealServer::start_wipesWhatAPreviousSessionLeft()
{
    // What a session that crashed (or lost power) may have left.
    const QString data = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    const QString cache = QStandardPaths::writableLocation(QStandardPaths::CacheLocation);
    const QString config = QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation);
    const QString settings = QStandardPaths::writableLocation(QStandardPaths::ConfigLocation)
        + QStringLiteral("/Portiek/Portiek.conf");
    const QString temp = QDir::tempPath() + QStringLiteral("/Portiek-a1B2c3/plan.pdf");
    const QString kioskTemp
        = QDir::tempPath() + QStringLiteral("/portiek-kiosk-x9Y8z7/portiek.ini");
    const QStringList left = { data + QStringLiteral("/drafts/report.json"),
                               cache + QStringLiteral("/photo.png"),
                               config + QStringLiteral("/state.ini"),
                               settings,
                               temp,
                               kioskTemp };
    for (const QString &path : left)
        QVERIFY2(writeFile(path, "Mark van Dijk"), qPrintable(path));
    // Someone else's temporary file stays.
    const QString other = QDir::tempPath() + QStringLiteral("/other-app.txt");
    QVERIFY(writeFile(other, "x"));

    CommandLine options;
    options.kiosk = true;
    {
        Application app(options);
        for (const QString &path : left)
            QVERIFY2(!QFileInfo::exists(path), qPrintable(path));
        QVERIFY(!QFileInfo::exists(data));
        QVERIFY(!QFileInfo::exists(cache));
        QVERIFY(QFileInfo::exists(other));
    }
    QVERIFY(QFile::remove(other));

    // Without kiosk mode nothing is wiped.
    QVERIFY(writeFile(left.first(), "draft"));
    {
        Application app(CommandLine {});
        QVERIFY(QFileInfo::exists(left.first()));
    }
    QVERIFY(QDir(data).removeRecursively());
    QFile::remove(settings);
}

void TestKioskRealServer::startApp()
{
    CommandLine options;
    options.kiosk = true;
    options.server = m_server->url().toString();
    options.caFile = m_server->caFile();
    m_app = std::make_unique<Application>(options);
    m_flow = m_app->findChild<LoginFlow *>();
    m_guard = m_app->findChild<SessionGuard *>();
    m_workspace = m_app->findChild<Workspace *>();
    QVERIFY(m_flow && m_guard && m_workspace);
    m_now = QDateTime::currentDateTimeUtc();
    m_guard->setClock([this] { return m_now; });
    m_app->start();
    for (QWidget *widget : QApplication::topLevelWidgets()) {
        if (auto *window = qobject_cast<AppWindow *>(widget))
            m_window = window;
    }
    QVERIFY(m_window);
    QVERIFY(m_window->isFullScreen());
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
    QApplication::setActiveWindow(m_window);
    QVERIFY(QTest::qWaitForWindowActive(m_window));
}

void TestKioskRealServer::signIn()
{
    CredentialsPage *page = m_window->loginWizard()->credentialsPage();
    QVERIFY(QTest::qWaitFor([&] { return m_window->currentPage() == page; }, Timeout));
    auto *username = page->findChild<QLineEdit *>(QStringLiteral("usernameEdit"));
    auto *password = page->findChild<QLineEdit *>(QStringLiteral("passwordEdit"));
    QVERIFY(username && password);
    QCOMPARE(username->text(), QString());
    QCOMPARE(password->text(), QString());
    QTest::keyClicks(username, Username);
    QTest::keyClicks(password, Password);
    page->findChild<QPushButton *>(QStringLiteral("signInButton"))->click();
    QVERIFY(QTest::qWaitFor(
        [&] { return !m_flow->isBusy() && m_flow->step() == LoginFlow::Step::SmsCode; }, Timeout));
    // Nobody may be remembered on a shared computer.
    auto *remember = m_window->findChild<QWidget *>(QStringLiteral("rememberDeviceCheck"));
    QVERIFY(remember && !remember->isVisible());
    m_flow->submitSmsCode(m_server->latestSmsCode(Mobile));
    QVERIFY(QTest::qWaitFor(
        [&] { return !m_flow->isBusy() && m_flow->step() == LoginFlow::Step::ChooseClient; },
        Timeout));
    m_flow->chooseClient(ClientId);
    QVERIFY(QTest::qWaitFor(
        [&] { return !m_flow->isBusy() && m_flow->step() == LoginFlow::Step::SignedIn; }, Timeout));
    QVERIFY(m_guard->isRunning());
}

void TestKioskRealServer::signOut_leavesNothingOfThePersonOnDisk()
{
    startApp();
    if (QTest::currentTestFailed())
        return;
    signIn();
    if (QTest::currentTestFailed())
        return;
    HomePage *home = m_window->homePage();
    QVERIFY(m_workspace->drafts() && !m_workspace->drafts()->isPersistent());

    // Every part the representative has, each shown (and so loaded from the portal).
    QTabWidget *tabs = home->tabs();
    QCOMPARE(tabs->count(), 9);
    for (int i = 0; i < tabs->count(); ++i) {
        tabs->setCurrentIndex(i);
        QTest::qWait(400);
    }
    QTest::qWait(1500);

    // A plan: saving is off by the default policy, printing on.
    PlansTab *plans = m_workspace->plansTab();
    QVERIFY(plans);
    QVERIFY(QTest::qWaitFor([&] { return plans->model()->rowCount() > 0; }, Timeout));
    plans->openPlan(0);
    PlanViewer *viewer = plans->viewer();
    QVERIFY(viewer);
    QVERIFY(QTest::qWaitFor([&] { return viewer->hasDocument(); }, Timeout));
    QVERIFY(!viewer->findChild<QPushButton *>(QStringLiteral("savePlanButton"))->isVisible());
    QVERIFY(viewer->findChild<QPushButton *>(QStringLiteral("printPlanButton"))->isVisible());
    viewer->close();

    // A draft report, typed and not sent.
    ReportsTab *reports = m_workspace->reportsTab();
    QVERIFY(home->showTab(QStringLiteral("reportsTab")));
    reports->findChild<QPushButton *>(QStringLiteral("newReportButton"))->click();
    NewReportDialog *dialog = reports->newReportDialog();
    QVERIFY(dialog);
    QTest::keyClicks(dialog->findChild<QPlainTextEdit *>(QStringLiteral("reportTextEdit")),
                     m_draftText);
    QTest::qWait(300);

    // The file dialog (board and profile photo pickers) keeps a history in QtProject.conf.
    {
        QFileDialog files(m_window, QStringLiteral("Foto"), m_sandbox);
        files.setObjectName(QStringLiteral("kioskFileDialog"));
        files.show();
        QTest::qWait(100);
        files.reject();
    }
    QGuiApplication::clipboard()->setText(QStringLiteral("Gerard van Dijk, ") + m_draftText);

    home->findChild<QPushButton *>(QStringLiteral("signOutButton"))->click();
    CredentialsPage *page = m_window->loginWizard()->credentialsPage();
    QVERIFY(QTest::qWaitFor([&] { return m_window->currentPage() == page; }, 1000));
    QCOMPARE(page->findChild<QLineEdit *>(QStringLiteral("usernameEdit"))->text(), QString());
    QCOMPARE(page->findChild<QLineEdit *>(QStringLiteral("passwordEdit"))->text(), QString());
    QCOMPARE(QGuiApplication::clipboard()->text(), QString());
    QVERIFY(!m_workspace->drafts());
    QVERIFY(QTest::qWaitFor([&] { return tabs->count() == 1; }, 1000));
    QVERIFY(!m_guard->isRunning());
    QTest::qWait(200);

    const QStringList found = filesMentioningThePerson();
    QVERIFY2(found.isEmpty(), qPrintable(found.join(QLatin1Char('\n'))));
    // Nor the app's own folders, nor Qt's file-dialog history.
    for (const auto location : { QStandardPaths::AppDataLocation, QStandardPaths::CacheLocation,
                                 QStandardPaths::AppConfigLocation }) {
        const QString folder = QStandardPaths::writableLocation(location);
        QDirIterator it(folder, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        QVERIFY2(!it.hasNext(), qPrintable(folder));
    }
    QDirIterator all(m_sandbox, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    bool sawKioskSettings = false; // the walk reaches the temporary folder, where they live
    while (all.hasNext()) {
        const QString path = all.next();
        sawKioskSettings = sawKioskSettings || path.contains(QLatin1String("/portiek-kiosk-"));
        QVERIFY2(!path.endsWith(QLatin1String("QtProject.conf")), qPrintable(path));
        QVERIFY2(!path.contains(QLatin1String("/drafts/")), qPrintable(path));
    }
    QVERIFY(sawKioskSettings);
}

QStringList TestKioskRealServer::filesMentioningThePerson() const
{
    const QList<QByteArray> needles
        = { Username.toUtf8(), QByteArrayLiteral("Mark van Dijk"),
            QByteArrayLiteral("Gerard van Dijk"), m_draftText.toUtf8(),
            // The draft as JSON or UTF-16 would escape nothing here; its start is enough.
            m_draftText.left(20).toUtf8() };
    QStringList found;
    QDirIterator it(m_sandbox, QDir::Files | QDir::Hidden | QDir::System,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            found.append(path + QStringLiteral(" (unreadable)"));
            continue;
        }
        const QByteArray bytes = file.readAll();
        for (const QByteArray &needle : needles) {
            if (bytes.contains(needle) || bytes.toLower().contains(needle.toLower()))
                found.append(path + QStringLiteral(": ") + QString::fromUtf8(needle));
        }
    }
    return found;
}

void TestKioskRealServer::countdown_stillHereKeepsTheSession()
{
    QVERIFY(m_app);
    signIn();
    if (QTest::currentTestFailed())
        return;
    auto *countdown = m_window->findChild<IdleCountdown *>(QStringLiteral("idleCountdown"));
    QVERIFY(countdown && !countdown->isVisible());

    // 90 seconds of nobody: the last 30 of the 2 minutes count down over the whole screen.
    advance(89);
    QVERIFY(!countdown->isVisible());
    advance(1);
    QVERIFY(countdown->isVisible());
    QCOMPARE(countdown->geometry(), m_window->rect());
    QCOMPARE(countdown->secondsLeft(), 30);
    auto *number = countdown->findChild<QLabel *>(QStringLiteral("idleCountdownNumber"));
    QCOMPARE(number->text(), QStringLiteral("30"));
    QVERIFY(!countdown->accessibleName().isEmpty());
    auto *button = countdown->findChild<QPushButton *>(QStringLiteral("countdownStillHereButton"));
    QVERIFY(button);
    QTRY_VERIFY_WITH_TIMEOUT(button->hasFocus(), 2000);
    QVERIFY(!button->accessibleName().isEmpty());
    // Tab stays on the countdown's button: nothing of the screen underneath is reachable.
    QTest::keyClick(button, Qt::Key_Tab);
    QVERIFY(button->hasFocus());
    if (const QString dir = screenshotDir(); !dir.isEmpty()) {
        QDir().mkpath(dir);
        m_window->grab().save(dir + QStringLiteral("/kiosk-countdown.png"));
    }

    advance(10);
    QVERIFY(countdown->isVisible());
    QTest::keyClick(button, Qt::Key_Return);
    QVERIFY(QTest::qWaitFor([&] { return !countdown->isVisible(); }, Timeout));
    QCOMPARE(m_flow->step(), LoginFlow::Step::SignedIn);
    QVERIFY(m_guard->isRunning());
    QCOMPARE(m_guard->secondsLeft(), 120);
}

void TestKioskRealServer::countdown_runningOutSignsOutAndEmptiesTheSignInPage()
{
    QVERIFY(m_app && m_flow->step() == LoginFlow::Step::SignedIn);
    auto *countdown = m_window->findChild<IdleCountdown *>(QStringLiteral("idleCountdown"));
    advance(90);
    QVERIFY(countdown->isVisible());
    // Space answers it too, but not now: the person has gone.
    advance(30);
    CredentialsPage *page = m_window->loginWizard()->credentialsPage();
    QVERIFY(QTest::qWaitFor([&] { return m_window->currentPage() == page; }, 1000));
    QVERIFY(!countdown->isVisible());
    QCOMPARE(page->findChild<QLineEdit *>(QStringLiteral("usernameEdit"))->text(), QString());
    QCOMPARE(page->findChild<QLineEdit *>(QStringLiteral("passwordEdit"))->text(), QString());
    QVERIFY(QTest::qWaitFor([&] { return m_window->homePage()->tabs()->count() == 1; }, 1000));
    QVERIFY(!m_workspace->drafts());
    const QStringList found = filesMentioningThePerson();
    QVERIFY2(found.isEmpty(), qPrintable(found.join(QLatin1Char('\n'))));
}

int main(int argc, char *argv[])
{
    // The server's own files (its database names the person) live outside the sandbox.
    auto server = std::make_unique<TestServer>();
    QTemporaryDir sandbox;
    if (!sandbox.isValid())
        return 1;
    const QString root = QFileInfo(sandbox.path()).canonicalFilePath();
    const QList<QPair<const char *, QString>> folders = {
        { "HOME", QStringLiteral("/home") },
        { "XDG_CONFIG_HOME", QStringLiteral("/home/.config") },
        { "XDG_DATA_HOME", QStringLiteral("/home/.local/share") },
        { "XDG_CACHE_HOME", QStringLiteral("/home/.cache") },
        { "XDG_STATE_HOME", QStringLiteral("/home/.local/state") },
        { "XDG_RUNTIME_DIR", QStringLiteral("/runtime") },
        { "TMPDIR", QStringLiteral("/tmp") },
    };
    for (const auto &[name, folder] : folders) {
        QDir().mkpath(root + folder);
        qputenv(name, QFile::encodeName(root + folder));
    }
    QFile::setPermissions(root + QStringLiteral("/runtime"),
                          QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);

    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Portiek"));
    QApplication::setOrganizationDomain(QStringLiteral("portiek.nl"));
    QApplication::setApplicationName(QStringLiteral("Portiek"));
    int status = 0;
    {
        TestKioskRealServer test(std::move(server), root);
        QTEST_SET_MAIN_SOURCE_PATH
        status = QTest::qExec(&test, argc, argv);
    }
    return status;
}

#include "tst_kiosk_realserver.moc"
