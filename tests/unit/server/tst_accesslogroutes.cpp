#include "dossierfixture.h"
#include "server/app/servercontext.h"
#include "server/dossier/accesslog.h"

#include <QJsonArray>
#include <QSet>
#include <QTest>

using namespace Portiek::Server;

namespace {

const QString Log = QStringLiteral("/api/v1/clients/100482/access/log");
const QString Reports = QStringLiteral("/api/v1/clients/100482/reports");

QJsonArray items(const Response &response)
{
    return SignInFixture::json(response).value(QStringLiteral("items")).toArray();
}

QJsonValue nextCursor(const Response &response)
{
    return SignInFixture::json(response).value(QStringLiteral("nextCursor"));
}

Rights readReports()
{
    Rights rights;
    rights.reportsRead = true;
    return rights;
}

} // namespace

// The portal administrator's view of the access log (listAccessLog): newest first, in stable
// pages, filtered by time and person, and itself logged.
class TestAccessLogRoutes : public QObject
{
    Q_OBJECT

private slots:
    void list_newestFirst_withReadsOfOtherModules();
    void list_pagesStayStableWhileEntriesArrive();
    void list_filtersByTimeAndActor();
    void list_careOrganisationEntries_haveNoPerson();
    void readingTheLog_isLogged();
    void badParameters_areRefused();
};

void TestAccessLogRoutes::list_newestFirst_withReadsOfOtherModules()
{
    DossierFixture fixture;
    fixture.setContactRights(readReports());
    QCOMPARE(fixture.call("GET", Reports, fixture.contactToken).status(), 200);
    fixture.clock().advance(60);
    QCOMPARE(fixture
                 .call("GET", QStringLiteral("/api/v1/clients/100482/plans"),
                       fixture.representativeToken)
                 .status(),
             200);

    const Response list = fixture.call("GET", Log, fixture.clientToken);
    QCOMPARE(list.status(), 200);
    QCOMPARE(list.header("Cache-Control"), QByteArray("private, no-cache"));
    const QJsonArray entries = items(list);
    QCOMPARE(entries.size(), 2);
    const QJsonObject newest = entries.at(0).toObject();
    QCOMPARE(newest.value(QStringLiteral("action")).toString(), QStringLiteral("read"));
    QCOMPARE(newest.value(QStringLiteral("resourceType")).toString(), QStringLiteral("plans"));
    QVERIFY(newest.value(QStringLiteral("resourceId")).isNull());
    QCOMPARE(newest.value(QStringLiteral("at")).toString(),
             QStringLiteral("2026-03-12T09:31:00+01:00"));
    QCOMPARE(newest.value(QStringLiteral("actor")).toObject(),
             QJsonObject({ { QStringLiteral("kind"), QStringLiteral("person") },
                           { QStringLiteral("personId"), fixture.representative.id },
                           { QStringLiteral("name"), fixture.representative.name() },
                           { QStringLiteral("role"), QStringLiteral("representative") } }));
    const QJsonObject older = entries.at(1).toObject();
    QCOMPARE(older.value(QStringLiteral("resourceType")).toString(), QStringLiteral("reports"));
    QCOMPARE(older.value(QStringLiteral("actor")).toObject().value(QStringLiteral("role")),
             QJsonValue(QStringLiteral("contact")));
    QVERIFY(older.value(QStringLiteral("id")).toString().startsWith(QLatin1String("log_")));
    QVERIFY(nextCursor(list).isNull());

    // Another client's log shows nothing of this one.
    const Response other = fixture.call("GET", QStringLiteral("/api/v1/clients/100999/access/log"),
                                        fixture.strangerToken);
    QCOMPARE(other.status(), 200);
    QVERIFY(items(other).isEmpty());
}

void TestAccessLogRoutes::list_pagesStayStableWhileEntriesArrive()
{
    DossierFixture fixture;
    fixture.setContactRights(readReports());
    for (int i = 0; i < 30; ++i) {
        QCOMPARE(fixture.call("GET", Reports, fixture.contactToken).status(), 200);
        fixture.clock().advance(1);
    }
    QStringList seen;
    QString cursor;
    int pages = 0;
    do {
        const Response page = fixture.call(
            "GET",
            Log + QStringLiteral("?limit=10")
                + (cursor.isEmpty() ? QString() : QStringLiteral("&cursor=") + cursor),
            fixture.representativeToken);
        QCOMPARE(page.status(), 200);
        for (const QJsonValue &entry : items(page))
            seen.append(entry.toObject().value(QStringLiteral("id")).toString());
        // New entries arrive between pages; they are newer and do not shift the pages.
        QCOMPARE(fixture.call("GET", Reports, fixture.contactToken).status(), 200);
        cursor = nextCursor(page).toString();
        ++pages;
    } while (!cursor.isEmpty() && pages < 10);
    QCOMPARE(pages, 3);
    QCOMPARE(seen.size(), 30);
    QCOMPARE(QSet<QString>(seen.begin(), seen.end()).size(), 30);
}

void TestAccessLogRoutes::list_filtersByTimeAndActor()
{
    DossierFixture fixture;
    fixture.setContactRights(readReports());
    // 09:30 contact, 09:35 client, 09:40 contact (Amsterdam time; sessions stay alive).
    QCOMPARE(fixture.call("GET", Reports, fixture.contactToken).status(), 200);
    fixture.clock().advance(300);
    QCOMPARE(fixture.call("GET", Reports, fixture.clientToken).status(), 200);
    fixture.clock().advance(300);
    QCOMPARE(fixture.call("GET", Reports, fixture.contactToken).status(), 200);

    const auto count = [&](const QString &query) {
        const Response response = fixture.call("GET", Log + query, fixture.representativeToken);
        return response.status() == 200 ? items(response).size() : -1;
    };
    // `from` inclusive, `to` exclusive; an offset other than Amsterdam's is the same moment.
    QCOMPARE(count(QStringLiteral("?from=2026-03-12T09:35:00%2B01:00")), 2);
    QCOMPARE(count(QStringLiteral("?to=2026-03-12T09:35:00%2B01:00")), 1);
    QCOMPARE(count(QStringLiteral("?from=2026-03-12T08:30:00Z&to=2026-03-12T08:40:00Z")), 2);
    QCOMPARE(count(QStringLiteral("?actor=") + fixture.contact.id), 2);
    QCOMPARE(count(QStringLiteral("?actor=") + fixture.contact.id
                   + QStringLiteral("&from=2026-03-12T09:32:00%2B01:00")),
             1);
    QCOMPARE(count(QStringLiteral("?actor=per_nobody")), 0);
}

void TestAccessLogRoutes::list_careOrganisationEntries_haveNoPerson()
{
    DossierFixture fixture;
    QVERIFY(AccessLog(fixture.context().database, fixture.context().clock)
                .recordCareOrganisation(DossierFixture::ClientId,
                                        QStringLiteral("ECD-koppeling Zorggroep De Linde"),
                                        AccessLog::Action::Export, QStringLiteral("busyTimes")));
    const QJsonArray entries = items(fixture.call("GET", Log, fixture.clientToken));
    QCOMPARE(entries.size(), 1);
    const QJsonObject entry = entries.at(0).toObject();
    QCOMPARE(entry.value(QStringLiteral("action")).toString(), QStringLiteral("export"));
    QCOMPARE(entry.value(QStringLiteral("actor")).toObject(),
             QJsonObject(
                 { { QStringLiteral("kind"), QStringLiteral("careOrganisation") },
                   { QStringLiteral("personId"), QJsonValue::Null },
                   { QStringLiteral("name"), QStringLiteral("ECD-koppeling Zorggroep De Linde") },
                   { QStringLiteral("role"), QJsonValue::Null } }));
}

void TestAccessLogRoutes::readingTheLog_isLogged()
{
    DossierFixture fixture;
    QCOMPARE(items(fixture.call("GET", Log, fixture.representativeToken)).size(), 0);
    const QJsonArray entries = items(fixture.call("GET", Log, fixture.clientToken));
    QCOMPARE(entries.size(), 1);
    const QJsonObject entry = entries.at(0).toObject();
    QCOMPARE(entry.value(QStringLiteral("action")).toString(), QStringLiteral("read"));
    QCOMPARE(entry.value(QStringLiteral("resourceType")).toString(), QStringLiteral("accessLog"));
    QCOMPARE(entry.value(QStringLiteral("actor"))
                 .toObject()
                 .value(QStringLiteral("personId"))
                 .toString(),
             fixture.representative.id);
}

void TestAccessLogRoutes::badParameters_areRefused()
{
    DossierFixture fixture;
    const auto code = [&](const QString &query) {
        return SignInFixture::problemCode(
            fixture.call("GET", Log + query, fixture.representativeToken));
    };
    QCOMPARE(code(QStringLiteral("?cursor=bm9uc2Vuc2U")), QStringLiteral("cursor_invalid"));
    QCOMPARE(code(QStringLiteral("?limit=0")), QStringLiteral("parameter_invalid"));
    QCOMPARE(code(QStringLiteral("?limit=101")), QStringLiteral("parameter_invalid"));
    QCOMPARE(code(QStringLiteral("?from=yesterday")), QStringLiteral("parameter_invalid"));
    QCOMPARE(code(QStringLiteral("?to=2026-03-12")), QStringLiteral("parameter_invalid"));
}

QTEST_GUILESS_MAIN(TestAccessLogRoutes)
#include "tst_accesslogroutes.moc"
