// GET /api/v1/clients/{clientId}/overview: the home screen's parts in one answer, each exactly
// what its own route answers, left out without the right, and the rest still there when one part
// fails on the server's side.
#include "dossierfixture.h"
#include "server/app/servercontext.h"
#include "server/reports/reportstore.h"
#include "server/storage/database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QTest>
#include <QTimeZone>

using namespace Portiek::Server;

namespace {

const QString Client = QStringLiteral("/api/v1/clients/100482");
const QString Period = QStringLiteral("from=2026-03-12T00:00:00%2B01:00&to=2026-03-14T00:00:00%2B01:00");

QString overviewPath()
{
    return Client + QStringLiteral("/overview?") + Period;
}

void importReports(DossierFixture &fixture, int count)
{
    ReportStore store(fixture.context().database, fixture.context().clock);
    for (int i = 0; i < count; ++i) {
        const QJsonObject body {
            { QStringLiteral("createdAt"),
              QStringLiteral("2026-03-1%1T08:00:00+01:00").arg(i % 10) },
            { QStringLiteral("author"), QJsonObject { { QStringLiteral("name"), QStringLiteral("Sanne Bakker") },
                                                      { QStringLiteral("role"), QStringLiteral("Begeleider") } } },
            { QStringLiteral("category"), QStringLiteral("Dagrapportage") },
            { QStringLiteral("text"), QStringLiteral("Rapport %1").arg(i) },
        };
        QVERIFY(store.importReport(DossierFixture::ClientId, QStringLiteral("R%1").arg(i), body).ok());
    }
}

} // namespace

class TestOverviewRoute : public QObject
{
    Q_OBJECT

private slots:
    void overview_isWhatEachPartsOwnRouteAnswers();
    void overview_leavesOutWhatThePersonMayNotSee();
    void overview_refusesStrangersAndABadPeriod();
    void overview_keepsTheOtherParts_whenOneFails();
};

void TestOverviewRoute::overview_isWhatEachPartsOwnRouteAnswers()
{
    DossierFixture fixture;
    QVERIFY(fixture.isValid());
    fixture.clock().set(QDateTime(QDate(2026, 3, 12), QTime(9, 30), QTimeZone(3600)));
    importReports(fixture, 5);

    const Response response = fixture.call("GET", overviewPath(), fixture.representativeToken);
    QCOMPARE(response.status(), 200);
    QCOMPARE(response.header("Cache-Control"), QByteArray("private, no-cache"));
    const QJsonObject overview = SignInFixture::json(response);
    const QList<QPair<QString, QString>> parts = {
        { QStringLiteral("syncStatus"), Client + QStringLiteral("/sync-status") },
        { QStringLiteral("latestReports"), Client + QStringLiteral("/reports?limit=3") },
        { QStringLiteral("appointments"),
          Client + QStringLiteral("/appointments?limit=100&") + Period },
        { QStringLiteral("plansAwaitingApproval"),
          Client + QStringLiteral("/plans?approvalPending=true&limit=20") },
        { QStringLiteral("unreadCounts"), Client + QStringLiteral("/unread-counts") },
    };
    for (const auto &[member, path] : parts) {
        const Response own = fixture.call("GET", path, fixture.representativeToken);
        QCOMPARE(own.status(), 200);
        QVERIFY2(overview.contains(member), qPrintable(member));
        QCOMPARE(overview.value(member).toObject(), SignInFixture::json(own));
    }
    QCOMPARE(overview.value(QStringLiteral("latestReports"))
                 .toObject()
                 .value(QStringLiteral("items"))
                 .toArray()
                 .size(),
             3);
    QVERIFY(!overview.contains(QStringLiteral("problems")));
}

void TestOverviewRoute::overview_leavesOutWhatThePersonMayNotSee()
{
    DossierFixture fixture;
    Rights rights;
    rights.reportsRead = true;
    fixture.setContactRights(rights);
    const Response response = fixture.call("GET", overviewPath(), fixture.contactToken);
    QCOMPARE(response.status(), 200);
    const QJsonObject overview = SignInFixture::json(response);
    QCOMPARE(overview.keys(),
             QStringList({ QStringLiteral("latestReports"), QStringLiteral("syncStatus") }));
}

void TestOverviewRoute::overview_refusesStrangersAndABadPeriod()
{
    DossierFixture fixture;
    QCOMPARE(fixture.call("GET", overviewPath(), QString()).status(), 401);
    const Response stranger = fixture.call("GET", overviewPath(), fixture.strangerToken);
    QCOMPARE(stranger.status(), 403);
    QCOMPARE(SignInFixture::problemCode(stranger), QStringLiteral("client_not_accessible"));
    // The appointments part decides what a period must be; its refusal is the answer.
    const Response noPeriod
        = fixture.call("GET", Client + QStringLiteral("/overview"), fixture.clientToken);
    QCOMPARE(noPeriod.status(), 400);
    const Response backwards = fixture.call(
        "GET",
        Client + QStringLiteral("/overview?from=2026-03-14T00:00:00Z&to=2026-03-12T00:00:00Z"),
        fixture.clientToken);
    QCOMPARE(backwards.status(), 422);
    // A client never sees the unread counts of contacts' messages without the right; the
    // client's own overview has every part the client may see.
    const QJsonObject own
        = SignInFixture::json(fixture.call("GET", overviewPath(), fixture.clientToken));
    QVERIFY(own.contains(QStringLiteral("syncStatus")));
}

void TestOverviewRoute::overview_keepsTheOtherParts_whenOneFails()
{
    DossierFixture fixture;
    // The appointments table gone: that part fails on the server's side, the others do not.
    QSqlQuery drop = fixture.context().database.prepare(QStringLiteral("DROP TABLE appointments"));
    QVERIFY(fixture.context().database.exec(drop));
    const Response response = fixture.call("GET", overviewPath(), fixture.representativeToken);
    QCOMPARE(response.status(), 200);
    const QJsonObject overview = SignInFixture::json(response);
    QVERIFY(!overview.contains(QStringLiteral("appointments")));
    const QJsonObject problem = overview.value(QStringLiteral("problems"))
                                    .toObject()
                                    .value(QStringLiteral("appointments"))
                                    .toObject();
    QCOMPARE(problem.value(QStringLiteral("status")).toInt(), 500);
    QVERIFY(overview.contains(QStringLiteral("syncStatus")));
    QVERIFY(overview.contains(QStringLiteral("latestReports")));
    QVERIFY(overview.contains(QStringLiteral("plansAwaitingApproval")));
}

QTEST_GUILESS_MAIN(TestOverviewRoute)
#include "tst_overviewroute.moc"
