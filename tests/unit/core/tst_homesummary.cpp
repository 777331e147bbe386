#include "core/homesummary.h"
#include "core/portalapi.h"
#include "fakeportal.h"
#include "homefixtures.h"

#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>

#include <memory>

using namespace HomeFixtures;
using Part = HomeSummary::Part;
using State = HomeSummary::State;

class TestHomeSummary : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void load_allParts_readsEveryBlock();
    void load_asksTodayAndTomorrowWithOffsets();
    void forbiddenPart_isHidden_othersStillShow();
    void failedPart_isFailed_othersStillShow();
    void missingRight_asksNothing_andHidesTheBlock();
    void malformedPart_failsOnlyThatPart();
    void switchingClient_dropsTheOldAnswers();
    void overview_oneRequestForEveryPart();
    void overview_leftOutPartsAreHidden_problemsFail();
    void overview_refusedAltogether_failsEveryPart();
    void overviewMissing_asksEachPart_fromThenOn();

private:
    // Every part answers as in the contract, except those answered otherwise first.
    void answerAll(const QStringList &except = {});
    bool loadAndWait(const Rights &rights = Rights::all());

    QDateTime m_now;
    std::unique_ptr<FakePortal> m_portal;
    std::unique_ptr<PortalApi> m_api;
    std::unique_ptr<HomeSummary> m_summary;
};

void TestHomeSummary::init()
{
    m_now = QDateTime::fromString("2026-03-12T09:30:00+01:00", Qt::ISODate);
    m_portal = std::make_unique<FakePortal>();
    m_api = std::make_unique<PortalApi>(m_portal.get());
    m_api->setBaseUrl(QUrl(QStringLiteral("https://portaal.example")));
    m_api->setSessionToken(QStringLiteral("st_W5n9Qe2Rk7Tz1Xc4Vb8Mp3Ls6Jd0Hf2Ga9Uy"));
    m_summary = std::make_unique<HomeSummary>(m_api.get(), [this] { return m_now; });
    // The tests of each part by its own route run against a portal without the overview route.
    if (!QByteArray(QTest::currentTestFunction()).startsWith("overview"))
        m_portal->problem("GET", Base + "/overview", 404, "not_found");
}

void TestHomeSummary::answerAll(const QStringList &except)
{
    const QList<QPair<QString, QJsonObject>> answers = {
        { "/sync-status", syncStatus() },
        { "/reports", reportPage() },
        { "/appointments", appointmentPage() },
        { "/plans", planPage() },
    };
    for (const auto &[path, json] : answers) {
        if (!except.contains(path))
            m_portal->answer("GET", Base + path, 200, json);
    }
}

bool TestHomeSummary::loadAndWait(const Rights &rights)
{
    QSignalSpy finished(m_summary.get(), &HomeSummary::finished);
    m_summary->load(Client, rights);
    return finished.wait(2000) || finished.size() > 0;
}

void TestHomeSummary::load_allParts_readsEveryBlock()
{
    answerAll();
    QVERIFY(loadAndWait());
    for (Part part : { Part::SyncStatus, Part::Reports, Part::Appointments, Part::Plans })
        QCOMPARE(m_summary->state(part), State::Ready);
    QCOMPARE(m_summary->syncStatus().nextExpectedUpdateAt,
             QDateTime::fromString("2026-03-12T11:00:00+01:00", Qt::ISODate));
    const QList<HomeReport> reports = m_summary->latestReports();
    QCOMPARE(reports.size(), 3);
    QCOMPARE(reports.first().id, QStringLiteral("rep_1"));
    QCOMPARE(reports.first().authorName, QStringLiteral("Sanne Bakker"));
    // Sorted by start, whatever order the answer had.
    const QList<HomeAppointment> appointments = m_summary->appointments();
    QCOMPARE(appointments.size(), 2);
    QCOMPARE(appointments.first().title, QStringLiteral("Ochtendzorg"));
    QVERIFY(appointments.first().careTeam);
    QVERIFY(appointments.first().indicativeTime);
    QVERIFY(!appointments.last().indicativeTime);
    QCOMPARE(m_summary->plansAwaitingApproval().size(), 1);
    QCOMPARE(m_summary->plansAwaitingApproval().first().date, QDate(2026, 3, 9));
    QVERIFY(m_summary->plansAwaitingApproval().first().canApprove);

    QVERIFY(m_portal->lastCallTo("GET", Base + "/reports").path.contains("limit=3"));
    QVERIFY(m_portal->lastCallTo("GET", Base + "/plans").path.contains("approvalPending=true"));
}

void TestHomeSummary::load_asksTodayAndTomorrowWithOffsets()
{
    answerAll();
    QVERIFY(loadAndWait());
    const QString path = m_portal->lastCallTo("GET", Base + "/appointments").path;
    const QUrlQuery query(QUrl(QStringLiteral("https://x") + path));
    QCOMPARE(query.queryItemValue("from", QUrl::FullyDecoded),
             QStringLiteral("2026-03-12T00:00:00+01:00"));
    QCOMPARE(query.queryItemValue("to", QUrl::FullyDecoded),
             QStringLiteral("2026-03-14T00:00:00+01:00"));
    // A "+" must travel encoded, or a server reads it as a space.
    QVERIFY(path.contains("%2B01%3A00") || path.contains("%2B01:00"));
}

void TestHomeSummary::forbiddenPart_isHidden_othersStillShow()
{
    m_portal->problem("GET", Base + "/reports", 403, "right_missing");
    m_portal->problem("GET", Base + "/plans", 403, "right_missing");
    answerAll({ "/reports", "/plans" });
    QVERIFY(loadAndWait());
    QCOMPARE(m_summary->state(Part::Reports), State::Hidden);
    QCOMPARE(m_summary->state(Part::Plans), State::Hidden);
    QCOMPARE(m_summary->state(Part::Appointments), State::Ready);
    QCOMPARE(m_summary->state(Part::SyncStatus), State::Ready);
    QVERIFY(m_summary->latestReports().isEmpty());
}

void TestHomeSummary::failedPart_isFailed_othersStillShow()
{
    m_portal->problem("GET", Base + "/appointments", 503, "unavailable", {}, 30);
    m_portal->networkError("GET", Base + "/sync-status");
    answerAll({ "/appointments", "/sync-status" });
    QVERIFY(loadAndWait());
    QCOMPARE(m_summary->state(Part::Appointments), State::Failed);
    QCOMPARE(m_summary->error(Part::Appointments).kind(), ApiError::Kind::ServerUnavailable);
    QCOMPARE(m_summary->state(Part::SyncStatus), State::Failed);
    QCOMPARE(m_summary->error(Part::SyncStatus).kind(), ApiError::Kind::Unreachable);
    QCOMPARE(m_summary->state(Part::Reports), State::Ready);
    QCOMPARE(m_summary->state(Part::Plans), State::Ready);
    QCOMPARE(m_summary->latestReports().size(), 3);
}

void TestHomeSummary::missingRight_asksNothing_andHidesTheBlock()
{
    answerAll();
    Rights rights; // a contact with only the agenda
    rights.agendaView = true;
    QVERIFY(loadAndWait(rights));
    QCOMPARE(m_summary->state(Part::Reports), State::Hidden);
    QCOMPARE(m_summary->state(Part::Plans), State::Hidden);
    QCOMPARE(m_summary->state(Part::Appointments), State::Ready);
    QVERIFY(m_portal->callsTo("GET", Base + "/reports").isEmpty());
    QVERIFY(m_portal->callsTo("GET", Base + "/plans").isEmpty());
}

void TestHomeSummary::malformedPart_failsOnlyThatPart()
{
    answerAll({ "/reports" });
    QJsonObject page = reportPage();
    QJsonArray items = page.value("items").toArray();
    QJsonObject broken = items.first().toObject();
    broken.remove("createdAt");
    items.replace(0, broken);
    page.insert("items", items);
    m_portal->answer("GET", Base + "/reports", 200, page);
    QVERIFY(loadAndWait());
    QCOMPARE(m_summary->state(Part::Reports), State::Failed);
    QCOMPARE(m_summary->error(Part::Reports).kind(), ApiError::Kind::NotAPortal);
    QCOMPARE(m_summary->state(Part::Plans), State::Ready);
}

void TestHomeSummary::switchingClient_dropsTheOldAnswers()
{
    answerAll();
    m_portal->hang("GET", Base + "/reports");
    m_summary->load(Client, Rights::all());
    // Truus's portal: nothing but the stamp and a forbidden rest.
    const QString other = QStringLiteral("/api/v1/clients/100517");
    m_portal->problem("GET", other + "/overview", 404, "not_found");
    m_portal->answer("GET", other + "/sync-status", 200, syncStatus());
    m_portal->problem("GET", other + "/reports", 403, "right_missing");
    m_portal->problem("GET", other + "/appointments", 403, "right_missing");
    m_portal->problem("GET", other + "/plans", 403, "right_missing");
    QSignalSpy finished(m_summary.get(), &HomeSummary::finished);
    m_summary->load(QStringLiteral("100517"), Rights::all());
    QVERIFY(finished.wait(2000));
    QCOMPARE(m_summary->clientId(), QStringLiteral("100517"));
    QCOMPARE(m_summary->state(Part::Reports), State::Hidden);
    QVERIFY(m_summary->plansAwaitingApproval().isEmpty());
    QVERIFY(m_summary->appointments().isEmpty());
    QTest::qWait(50); // answers for Gerard still arriving change nothing
    QCOMPARE(m_summary->state(Part::Appointments), State::Hidden);
    QVERIFY(m_summary->appointments().isEmpty());
}

void TestHomeSummary::overview_oneRequestForEveryPart()
{
    m_portal->answer("GET", Base + "/overview", 200,
                     { { "syncStatus", syncStatus() },
                       { "latestReports", reportPage() },
                       { "appointments", appointmentPage() },
                       { "plansAwaitingApproval", planPage() },
                       { "unreadCounts", QJsonObject { { "messages", 2 }, { "conversations", 1 } } } });
    QVERIFY(loadAndWait());
    QCOMPARE(m_portal->calls().size(), 1);
    const QString path = m_portal->lastCallTo("GET", Base + "/overview").path;
    QVERIFY(path.contains("from=2026-03-12T00%3A00%3A00%2B01%3A00"));
    QVERIFY(path.contains("to=2026-03-14T00%3A00%3A00%2B01%3A00"));
    for (const HomeSummary::Part part :
         { HomeSummary::Part::SyncStatus, HomeSummary::Part::Reports,
           HomeSummary::Part::Appointments, HomeSummary::Part::Plans })
        QCOMPARE(m_summary->state(part), HomeSummary::State::Ready);
    QCOMPARE(m_summary->latestReports().size(), 3);
    QCOMPARE(m_summary->appointments().first().title, QStringLiteral("Ochtendzorg"));
    QCOMPARE(m_summary->plansAwaitingApproval().size(), 1);
    QVERIFY(m_summary->unreadCounts().has_value());
    QCOMPARE(m_summary->unreadCounts()->messages, 2);
    QCOMPARE(m_summary->unreadCounts()->conversations, 1);
}

void TestHomeSummary::overview_leftOutPartsAreHidden_problemsFail()
{
    m_portal->answer(
        "GET", Base + "/overview", 200,
        { { "syncStatus", syncStatus() },
          { "latestReports", QJsonObject { { "items", "not a list" } } },
          { "problems",
            QJsonObject { { "appointments",
                            QJsonObject { { "status", 500 }, { "code", "internal_error" } } } } } });
    QVERIFY(loadAndWait());
    QCOMPARE(m_summary->state(HomeSummary::Part::SyncStatus), HomeSummary::State::Ready);
    QCOMPARE(m_summary->state(HomeSummary::Part::Reports), HomeSummary::State::Failed);
    QCOMPARE(m_summary->error(HomeSummary::Part::Reports).kind(), ApiError::Kind::NotAPortal);
    QCOMPARE(m_summary->state(HomeSummary::Part::Appointments), HomeSummary::State::Failed);
    QCOMPARE(m_summary->error(HomeSummary::Part::Appointments).kind(),
             ApiError::Kind::ServerUnavailable);
    QCOMPARE(m_summary->state(HomeSummary::Part::Plans), HomeSummary::State::Hidden);
    QVERIFY(!m_summary->unreadCounts().has_value());
}

void TestHomeSummary::overview_refusedAltogether_failsEveryPart()
{
    m_portal->problem("GET", Base + "/overview", 503, "unavailable");
    Rights rights;
    rights.reportsRead = true;
    QVERIFY(loadAndWait(rights));
    QCOMPARE(m_summary->state(HomeSummary::Part::SyncStatus), HomeSummary::State::Failed);
    QCOMPARE(m_summary->state(HomeSummary::Part::Reports), HomeSummary::State::Failed);
    QCOMPARE(m_summary->error(HomeSummary::Part::Reports).kind(), ApiError::Kind::ServerUnavailable);
    // Without the right the part was never asked for, and is not an error.
    QCOMPARE(m_summary->state(HomeSummary::Part::Plans), HomeSummary::State::Hidden);
}

void TestHomeSummary::overviewMissing_asksEachPart_fromThenOn()
{
    m_portal->problem("GET", Base + "/overview", 404, "not_found");
    answerAll();
    QVERIFY(loadAndWait());
    QCOMPARE(m_summary->state(HomeSummary::Part::Reports), HomeSummary::State::Ready);
    QCOMPARE(m_portal->callsTo("GET", Base + "/overview").size(), 1);
    QCOMPARE(m_portal->callsTo("GET", Base + "/reports").size(), 1);
    QSignalSpy finished(m_summary.get(), &HomeSummary::finished);
    m_summary->reload();
    QVERIFY(finished.wait(2000));
    QCOMPARE(m_portal->callsTo("GET", Base + "/overview").size(), 1); // not asked again
    QCOMPARE(m_portal->callsTo("GET", Base + "/reports").size(), 2);
}

QTEST_GUILESS_MAIN(TestHomeSummary)
#include "tst_homesummary.moc"
