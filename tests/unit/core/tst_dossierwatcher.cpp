// What the dossier brought since the last look, for desktop notifications (core/dossierwatcher.h).
#include "core/dossierwatcher.h"
#include "core/portalapi.h"
#include "fakeportal.h"
#include "homefixtures.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace HomeFixtures;

namespace {
const QString SyncPath = Base + QStringLiteral("/sync-status");
const QString ReportsPath = Base + QStringLiteral("/reports?limit=20");
const QString PlansPath = Base + QStringLiteral("/plans?approvalPending=true&limit=20");
} // namespace

class TestDossierWatcher : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void firstLook_isTheBaseline_thenNewReportsAndPlansAreAnnounced();
    void unchangedStatus_readsNoLists();
    void withoutRights_asksNothing();
    void failures_backOffToHalfAnHour_andRecover();
    void signedOut_stopsWatching();

private:
    void settle() { QTest::qWait(30); }

    std::unique_ptr<FakePortal> m_portal;
    std::unique_ptr<PortalApi> m_api;
    std::unique_ptr<DossierWatcher> m_watcher;
};

void TestDossierWatcher::init()
{
    m_portal = std::make_unique<FakePortal>();
    m_api = std::make_unique<PortalApi>(m_portal.get());
    m_api->setBaseUrl(QUrl(QStringLiteral("https://portaal.example")));
    m_watcher = std::make_unique<DossierWatcher>(m_api.get());
    m_watcher->setIntervalMs(60 * 60 * 1000); // the test says when to look
}

void TestDossierWatcher::firstLook_isTheBaseline_thenNewReportsAndPlansAreAnnounced()
{
    QSignalSpy reports(m_watcher.get(), &DossierWatcher::newReports);
    QSignalSpy plans(m_watcher.get(), &DossierWatcher::plansAwaitingApproval);
    m_portal->answerWithEtag("GET", SyncPath, syncStatus(), "\"s1\"");
    m_portal->answer("GET", ReportsPath, 200, reportPage());
    m_portal->answer("GET", PlansPath, 200, planPage());
    m_watcher->watch(Client, Rights::all());
    QTRY_COMPARE(m_portal->callsTo("GET", PlansPath).size(), 1);
    settle();
    QCOMPARE(reports.size(), 0); // what was there already is no news
    QCOMPARE(plans.size(), 0);

    // An import: a new report and a second plan waiting.
    QJsonObject page = reportPage();
    QJsonArray items = page.value(QStringLiteral("items")).toArray();
    items.prepend(report(QStringLiteral("rep_9"), QStringLiteral("2026-03-12T12:00:00+01:00"),
                         QStringLiteral("Joost de Wit"), QStringLiteral("Nieuw.")));
    page.insert(QStringLiteral("items"), items);
    QJsonObject planList = planPage();
    QJsonArray planItems = planList.value(QStringLiteral("items")).toArray();
    QJsonObject second = planItems.first().toObject();
    second.insert(QStringLiteral("id"), QStringLiteral("pln_2026_06"));
    second.insert(QStringLiteral("title"), QStringLiteral("Evaluatie juni"));
    planItems.append(second);
    planList.insert(QStringLiteral("items"), planItems);
    m_portal->answerWithEtag("GET", SyncPath,
                             syncStatus(QStringLiteral("2026-03-12T11:02:00+01:00")), "\"s2\"");
    m_portal->answer("GET", ReportsPath, 200, page);
    m_portal->answer("GET", PlansPath, 200, planList);
    m_watcher->check();
    QTRY_COMPARE(reports.size(), 1);
    QTRY_COMPARE(plans.size(), 1);
    QCOMPARE(reports.at(0).at(0).toStringList(),
             QStringList { QStringLiteral("Dagrapportage, Joost de Wit") });
    QCOMPARE(plans.at(0).at(0).toStringList(), QStringList { QStringLiteral("Evaluatie juni") });
    // The status was asked with the ETag of the answer before.
    QCOMPARE(m_portal->lastCallTo("GET", SyncPath).ifNoneMatch, QByteArray("\"s1\""));
}

void TestDossierWatcher::unchangedStatus_readsNoLists()
{
    m_portal->answerWithEtag("GET", SyncPath, syncStatus(), "\"s1\"");
    m_portal->answer("GET", ReportsPath, 200, reportPage());
    m_portal->answer("GET", PlansPath, 200, planPage());
    m_watcher->watch(Client, Rights::all());
    QTRY_COMPARE(m_portal->callsTo("GET", PlansPath).size(), 1);
    settle();
    m_portal->answer("GET", SyncPath, 304);
    for (int i = 0; i < 3; ++i) {
        m_watcher->check();
        QTRY_COMPARE(m_portal->callsTo("GET", SyncPath).size(), 2 + i);
        settle();
    }
    QCOMPARE(m_portal->callsTo("GET", ReportsPath).size(), 1);
    QCOMPARE(m_portal->callsTo("GET", PlansPath).size(), 1);
    QCOMPARE(m_watcher->nextCheckMs(), 60 * 60 * 1000);
}

void TestDossierWatcher::withoutRights_asksNothing()
{
    Rights rights; // a contact who sees only the agenda
    rights.agendaView = true;
    m_watcher->watch(Client, rights);
    settle();
    QVERIFY(m_portal->calls().isEmpty());

    // Reports only: the plans are never asked for.
    rights.reportsRead = true;
    m_portal->answerWithEtag("GET", SyncPath, syncStatus(), "\"s1\"");
    m_portal->answer("GET", ReportsPath, 200, reportPage());
    m_watcher->watch(Client, rights);
    QTRY_COMPARE(m_portal->callsTo("GET", ReportsPath).size(), 1);
    settle();
    QCOMPARE(m_portal->callsTo("GET", PlansPath).size(), 0);
}

void TestDossierWatcher::failures_backOffToHalfAnHour_andRecover()
{
    m_watcher->setIntervalMs(5 * 60 * 1000);
    m_portal->problem("GET", SyncPath, 503, QStringLiteral("service_unavailable"));
    m_watcher->watch(Client, Rights::all());
    const QList<int> expected { 10, 20, 30, 30 }; // minutes: doubling, then at most half an hour
    for (int i = 0; i < expected.size(); ++i) {
        QTRY_COMPARE(m_portal->callsTo("GET", SyncPath).size(), i + 1);
        settle();
        QCOMPARE(m_watcher->nextCheckMs(), expected.at(i) * 60 * 1000);
        if (i + 1 < expected.size())
            m_watcher->check();
    }
    m_portal->answer("GET", SyncPath, 304);
    m_watcher->check();
    QTRY_COMPARE(m_portal->callsTo("GET", SyncPath).size(), expected.size() + 1);
    settle();
    QCOMPARE(m_watcher->nextCheckMs(), 5 * 60 * 1000);
}

void TestDossierWatcher::signedOut_stopsWatching()
{
    m_portal->problem("GET", SyncPath, 401, QStringLiteral("session_expired"));
    m_watcher->watch(Client, Rights::all());
    QTRY_COMPARE(m_portal->callsTo("GET", SyncPath).size(), 1);
    settle();
    QVERIFY(!m_watcher->isWatching());
    m_watcher->check();
    settle();
    QCOMPARE(m_portal->callsTo("GET", SyncPath).size(), 1);
}

QTEST_GUILESS_MAIN(TestDossierWatcher)
#include "tst_dossierwatcher.moc"
