// The signed-in frame as the application wires it (Workspace), against the real portiek-server
// over TLS with the demo dossier: read a report, write one, open and approve a plan, and change
// the e-mail address with the code from the outbox.
#include "core/contactchange.h"
#include "core/dossierwatcher.h"
#include "core/draftstore.h"
#include "core/homesummary.h"
#include "core/loginflow.h"
#include "core/memorytrusteddevicestore.h"
#include "core/planlistmodel.h"
#include "core/reportlistmodel.h"
#include "support/signinclient.h"
#include "support/testserver.h"
#include "ui/home/homepage.h"
#include "ui/plans/planstab.h"
#include "ui/plans/planviewer.h"
#include "ui/profile/contactchangedialog.h"
#include "ui/profile/profiletab.h"
#include "ui/reports/newreportdialog.h"
#include "ui/reports/reportstab.h"
#include "ui/theme.h"
#include "workspace.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSslSocket>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

#include <memory>

namespace {
constexpr int Timeout = SignInClient::TimeoutMs;
const QString ClientId = QStringLiteral("100482");
} // namespace

class TestDossierRealServer : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void signIn_showsATabForEachRightOfTheClient();
    void watcher_asksTheRealPortalPolitely();
    void reports_readTheNewestAndWriteOne();
    void plans_openAndApproveThePlanThatAsks();
    void profile_changeTheEmailAddressWithTheCode();
    void contact_seesOnlyThePartsTheirRightsAllow();

private:
    QTabWidget *tabs() const { return m_home->tabs(); }

    TestServer m_server;
    QTemporaryDir m_drafts;
    MemoryTrustedDeviceStore m_devices;
    std::unique_ptr<SignInClient> m_client;
    std::unique_ptr<HomePage> m_home;
    std::unique_ptr<Workspace> m_workspace;
};

void TestDossierRealServer::initTestCase()
{
    QVERIFY(QSslSocket::supportsSsl());
    QVERIFY(m_drafts.isValid());
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    QVERIFY2(m_server.addDemoAccounts(), qPrintable(m_server.errorString()));
    QVERIFY2(m_server.runCommand({ QStringLiteral("seed"), QStringLiteral("--demo") }),
             qPrintable(m_server.errorString()));

    Theme::apply(*qApp);
    m_client = std::make_unique<SignInClient>(m_server, &m_devices);
    m_home = std::make_unique<HomePage>();
    m_workspace = std::make_unique<Workspace>(
        &m_client->api(), &m_client->flow(), [home = m_home.get()] { return home; },
        m_drafts.path());
    m_home->resize(1100, 760);
    m_home->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_home.get()));
}

void TestDossierRealServer::cleanupTestCase()
{
    m_workspace.reset();
    m_home.reset();
}

void TestDossierRealServer::signIn_showsATabForEachRightOfTheClient()
{
    QVERIFY2(m_client->signInAsRepresentative(m_server, ClientId),
             qPrintable(m_client->describe()));

    // A representative has every right: every part, in the order of the manuals, Access last.
    QStringList names;
    for (int i = 0; i < tabs()->count(); ++i)
        names.append(tabs()->widget(i)->objectName());
    QCOMPARE(names,
             QStringList({ QStringLiteral("overviewTab"), QStringLiteral("reportsTab"),
                           QStringLiteral("plansTab"), QStringLiteral("agendaTab"),
                           QStringLiteral("measurementsTab"), QStringLiteral("messagesTab"),
                           QStringLiteral("boardTab"), QStringLiteral("profileTab"),
                           QStringLiteral("accessTab") }));
    QVERIFY(m_workspace->drafts() && m_workspace->drafts()->isPersistent());

    // The overview from the seeded dossier: every part loaded from the real server.
    HomeSummary *summary = m_workspace->summary();
    QVERIFY(QTest::qWaitFor([&] { return !summary->isLoading(); }, Timeout));
    for (const HomeSummary::Part part :
         { HomeSummary::Part::SyncStatus, HomeSummary::Part::Reports,
           HomeSummary::Part::Appointments, HomeSummary::Part::Plans }) {
        QVERIFY2(summary->state(part) == HomeSummary::State::Ready,
                 qPrintable(summary->error(part).userMessage()));
    }
    QVERIFY(summary->syncStatus().lastUpdatedAt.isValid());
    QVERIFY(summary->syncStatus().nextExpectedUpdateAt > QDateTime::currentDateTimeUtc());
    QCOMPARE(summary->latestReports().size(), HomeSummary::LatestReports);
    QVERIFY(!summary->appointments().isEmpty());
    QCOMPARE(summary->plansAwaitingApproval().size(), 1);
}

void TestDossierRealServer::watcher_asksTheRealPortalPolitely()
{
    // Desktop notices (core/dossierwatcher.h) against the real portal: the lists it reads are
    // understood, and a second look with the status's ETag is answered 304 and reads nothing.
    DossierWatcher watcher(&m_client->api());
    QSignalSpy checked(&watcher, &DossierWatcher::checked);
    QSignalSpy reports(&watcher, &DossierWatcher::newReports);
    watcher.setIntervalMs(60 * 60 * 1000);
    watcher.watch(ClientId, Rights::all());
    QVERIFY(checked.wait(Timeout));
    QCOMPARE(checked.at(0).at(0).toBool(), true); // the lists were read: the baseline
    QCOMPARE(checked.at(0).at(1).toBool(), true);
    watcher.check();
    QVERIFY(checked.wait(Timeout));
    QCOMPARE(checked.at(1).at(0).toBool(), false); // 304: nothing read again
    QCOMPARE(checked.at(1).at(1).toBool(), true);
    QCOMPARE(reports.size(), 0);
}

void TestDossierRealServer::reports_readTheNewestAndWriteOne()
{
    ReportsTab *reports = m_workspace->reportsTab();
    QVERIFY(reports);
    QVERIFY(m_home->showTab(QStringLiteral("reportsTab")));
    ReportListModel *model = reports->model();
    QVERIFY(QTest::qWaitFor([&] { return model->hasLoaded() && model->rowCount() > 0; }, Timeout));

    // Reading: the newest report is selected and shown whole in the reading pane.
    auto *list = reports->findChild<QListView *>(QStringLiteral("reportList"));
    auto *reader = reports->findChild<QTextBrowser *>(QStringLiteral("reportReader"));
    QVERIFY(list && reader);
    list->setFocus();
    QTest::keyClick(list, Qt::Key_Down);
    QTest::keyClick(list, Qt::Key_Up);
    QCOMPARE(list->currentIndex().row(), 0);
    const QString newest = model->index(0).data(ReportListModel::TextRole).toString();
    QVERIFY(!newest.isEmpty());
    QVERIFY2(reader->toPlainText().contains(newest.left(40)), qPrintable(reader->toPlainText()));

    // Writing: a new report through the dialog, by keyboard.
    auto *newReport = reports->findChild<QPushButton *>(QStringLiteral("newReportButton"));
    QVERIFY(newReport && newReport->isVisible());
    newReport->click();
    NewReportDialog *dialog = reports->newReportDialog();
    QVERIFY(dialog);
    auto *edit = dialog->findChild<QPlainTextEdit *>(QStringLiteral("reportTextEdit"));
    QVERIFY(edit);
    const QString text = QStringLiteral("Vader was vandaag vrolijk bij de koffie. Test %1.")
                             .arg(QDateTime::currentMSecsSinceEpoch());
    QTest::keyClicks(edit, text);
    dialog->findChild<QPushButton *>(QStringLiteral("sendReportButton"))->click();
    QVERIFY(QTest::qWaitFor([&] { return !reports->newReportDialog(); }, Timeout));
    // The list shows it first; the draft is gone.
    QVERIFY(QTest::qWaitFor(
        [&] {
            return model->rowCount() > 0
                && model->index(0).data(ReportListModel::TextRole).toString() == text;
        },
        Timeout));
    QVERIFY(m_workspace->drafts()->drafts(QStringLiteral("report"), ClientId).isEmpty());
}

void TestDossierRealServer::plans_openAndApproveThePlanThatAsks()
{
    PlansTab *plans = m_workspace->plansTab();
    QVERIFY(plans);
    QVERIFY(m_home->showTab(QStringLiteral("plansTab")));
    PlanListModel *model = plans->model();
    QVERIFY(QTest::qWaitFor([&] { return !model->isLoading() && model->rowCount() > 0; }, Timeout));
    int asking = -1;
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, 0).data(PlanListModel::CanApproveRole).toBool())
            asking = row;
    }
    QVERIFY2(asking >= 0, "the demo has a plan waiting for approval");
    const QString planId = model->index(asking, 0).data(PlanListModel::IdRole).toString();

    plans->openPlanById(planId);
    PlanViewer *viewer = plans->viewer();
    QVERIFY(viewer);
    // The real PDF, rendered by Poppler.
    QVERIFY2(QTest::qWaitFor([&] { return viewer->hasDocument(); }, Timeout),
             qPrintable(viewer->message()));
    auto *page = viewer->findChild<QLabel *>(QStringLiteral("pageLabel"));
    QVERIFY(page);
    QVERIFY2(QTest::qWaitFor([&] { return page->text().contains(QLatin1String("of")); }, Timeout),
             qPrintable(page->text()));

    viewer->findChild<QPushButton *>(QStringLiteral("approvePlanButton"))->click();
    QMessageBox *box = nullptr;
    QVERIFY(QTest::qWaitFor(
        [&] {
            box = viewer->findChild<QMessageBox *>(QStringLiteral("approveConfirmation"));
            return box && box->isVisible();
        },
        Timeout));
    box->findChild<QPushButton *>(QStringLiteral("approveYesButton"))->click();
    auto *state = viewer->findChild<QLabel *>(QStringLiteral("planViewerState"));
    QVERIFY(QTest::qWaitFor([&] { return state->text().contains(QLatin1String("Mark van Dijk")); },
                            Timeout));
    // The list knows it too: approved, and nobody can approve it again.
    QVERIFY(QTest::qWaitFor(
        [&] {
            return !model->index(asking, 0).data(PlanListModel::CanApproveRole).toBool()
                && model->index(asking, 0).data(PlanListModel::ApprovedRole).toBool();
        },
        Timeout));
    viewer->close();
}

void TestDossierRealServer::profile_changeTheEmailAddressWithTheCode()
{
    ProfileTab *profile = m_workspace->profileTab();
    QVERIFY(profile);
    QVERIFY(m_home->showTab(QStringLiteral("profileTab")));
    const QString address = QStringLiteral("mark.vandijk@voorbeeld.nl");
    ContactChangeDialog *dialog = profile->openContactChange(ContactChange::Channel::Email);
    QVERIFY(dialog);
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("newValueField")), address);
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("currentPasswordField")),
                     QStringLiteral("lente in het park bij de vijver"));
    dialog->findChild<QPushButton *>(QStringLiteral("sendCodeButton"))->click();
    auto *codeField = dialog->findChild<QLineEdit *>(QStringLiteral("codeField"));
    QVERIFY(QTest::qWaitFor([&] { return codeField->isVisible(); }, Timeout));

    static const QRegularExpression codeLine(QStringLiteral("Uw code: (\\S+)"));
    const QString code = codeLine.match(m_server.latestEmail(address)).captured(1);
    QVERIFY2(!code.isEmpty(), "the code was e-mailed to the new address");
    QTest::keyClicks(codeField, code);
    dialog->findChild<QPushButton *>(QStringLiteral("confirmCodeButton"))->click();
    auto *done = dialog->findChild<QWidget *>(QStringLiteral("contactDonePage"));
    QVERIFY(QTest::qWaitFor([&] { return done->isVisible(); }, Timeout));
    auto *shown = profile->findChild<QLabel *>(QStringLiteral("myEmail"));
    QVERIFY(QTest::qWaitFor([&] { return shown->text().contains(address); }, Timeout));
    dialog->close();
}

void TestDossierRealServer::contact_seesOnlyThePartsTheirRightsAllow()
{
    // The seed gives the neighbour, as the manual advises, only the agenda, messages and board.
    LoginFlow &flow = m_client->flow();
    flow.signOut();
    QVERIFY2(m_client->waitForStep(LoginFlow::Step::Credentials), qPrintable(m_client->describe()));
    QCOMPARE(tabs()->count(), 1);
    flow.signIn(QStringLiteral("aboer"), QStringLiteral("fietsen langs de Amstel 2026"));
    QVERIFY2(m_client->waitForStep(LoginFlow::Step::SmsCode), qPrintable(m_client->describe()));
    flow.submitSmsCode(m_server.latestSmsCode(QStringLiteral("+31612340731")));
    QVERIFY2(m_client->waitForStep(LoginFlow::Step::SignedIn), qPrintable(m_client->describe()));

    QStringList names;
    for (int i = 0; i < tabs()->count(); ++i)
        names.append(tabs()->widget(i)->objectName());
    QCOMPARE(names,
             QStringList({ QStringLiteral("overviewTab"), QStringLiteral("agendaTab"),
                           QStringLiteral("messagesTab"), QStringLiteral("boardTab"),
                           QStringLiteral("profileTab") }));
    QVERIFY(!m_workspace->reportsTab() && !m_workspace->accessTab());
}

QTEST_MAIN(TestDossierRealServer)
#include "tst_dossier_realserver.moc"
