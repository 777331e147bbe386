#include "reporttestdata.h"
#include "server/app/servercontext.h"
#include "server/dossier/accesslog.h"
#include "server/reports/reportimport.h"
#include "server/reports/reportstore.h"
#include "server/signin/apijson.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QTest>

#include <algorithm>
#include <functional>

using namespace Portiek::Server;
using namespace ReportTestData;

namespace {

// Follows nextCursor from `firstPath` to the end; the reports in the order served.
QJsonArray allPages(DossierFixture &fixture, const QString &firstPath, int *pages = nullptr,
                    const std::function<void()> &afterFirstPage = {})
{
    QJsonArray all;
    QString path = firstPath;
    const QString separator
        = firstPath.contains(QLatin1Char('?')) ? QStringLiteral("&") : QStringLiteral("?");
    for (int page = 0; page < 1000; ++page) {
        const Response response = fixture.call("GET", path, fixture.clientToken);
        if (response.status() != 200)
            return { QStringLiteral("status %1").arg(response.status()) };
        for (const QJsonValue &item : items(response))
            all.append(item);
        if (page == 0 && afterFirstPage)
            afterFirstPage();
        const QJsonValue next = SignInFixture::json(response).value(QStringLiteral("nextCursor"));
        if (next.isNull()) {
            if (pages)
                *pages = page + 1;
            return all;
        }
        path = firstPath + separator + QStringLiteral("cursor=") + next.toString();
    }
    return all;
}

} // namespace

class TestReports : public QObject
{
    Q_OBJECT

private slots:
    void list_pagesThroughTenThousandReports_eachOnceInOrder();
    void list_filtersByWords_ignoringCaseAndAccents();
    void list_filtersByPeriodAndAuthor();
    void list_badParameters_areRefused();
    void list_etag_answers304UntilSomethingChanges();
    void get_oneReport_orNotFoundForAnotherClient();
    void authors_orderedByName_withPortalAuthors();
};

void TestReports::list_pagesThroughTenThousandReports_eachOnceInOrder()
{
    DossierFixture fixture;
    QVERIFY(fixture.isValid());
    ReportStore store(fixture.context().database, fixture.context().clock);
    QList<ReportStore::ImportItem> batch;
    for (int i = 0; i < 10000; ++i) {
        // Two reports in every second: the order needs its tie-break on id.
        batch.append({ QStringLiteral("ECD-%1").arg(i),
                       importBody(Base.addSecs((i / 2) * 3000), Authors.at(i % 3),
                                  QStringLiteral("Rapport %1").arg(i)) });
    }
    QElapsedTimer timer;
    timer.start();
    const ReportStore::BulkImportOutcome imported
        = store.importReports(DossierFixture::ClientId, batch);
    QVERIFY(imported.ok());
    QCOMPARE(imported.created, 10000);
    qInfo("10,000 reports imported in %lld ms", timer.elapsed());
    QVERIFY2(timer.elapsed() < 20000, "a bulk import must take seconds, not minutes");

    int pages = 0;
    // A report that arrives while someone pages is not served twice nor shifts the pages.
    const QJsonArray all = allPages(fixture, Reports + QStringLiteral("?limit=100"), &pages, [&] {
        QVERIFY(
            store
                .importReport(DossierFixture::ClientId, QStringLiteral("NEW"),
                              importBody(Base.addYears(2), Authors.at(0), QStringLiteral("Nieuw")))
                .ok());
    });
    QCOMPARE(pages, 100);
    QCOMPARE(all.size(), 10000);
    QSet<QString> seen;
    for (qsizetype i = 0; i < all.size(); ++i) {
        const QJsonObject report = all.at(i).toObject();
        seen.insert(report.value(QStringLiteral("id")).toString());
        if (i == 0)
            continue;
        const QJsonObject previous = all.at(i - 1).toObject();
        const QDateTime time
            = ApiJson::parseTime(report.value(QStringLiteral("createdAt")).toString());
        const QDateTime before
            = ApiJson::parseTime(previous.value(QStringLiteral("createdAt")).toString());
        QVERIFY(time <= before);
        if (time == before)
            QVERIFY(report.value(QStringLiteral("id")).toString()
                    < previous.value(QStringLiteral("id")).toString());
    }
    QCOMPARE(seen.size(), 10000);
    QVERIFY(
        all.first()[QStringLiteral("text")].toString().startsWith(QLatin1String("Rapport 999")));
    QVERIFY(std::none_of(all.begin(), all.end(), [](const QJsonValue &report) {
        return report[QStringLiteral("text")].toString() == QLatin1String("Nieuw");
    }));

    // The same with filters: one author in a period, in pages of 37.
    const QDateTime from = Base.addSecs(1000 * 3000);
    const QDateTime to = Base.addSecs(2000 * 3000);
    int expected = 0;
    for (int i = 0; i < 10000; ++i) {
        const QDateTime at = Base.addSecs((i / 2) * 3000);
        expected += (i % 3 == 1 && at >= from && at < to) ? 1 : 0;
    }
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("limit"), QStringLiteral("37"));
    query.addQueryItem(QStringLiteral("author"), ReportImport::careTeamAuthorId(Authors.at(1)));
    query.addQueryItem(QStringLiteral("from"), from.toString(Qt::ISODate));
    query.addQueryItem(QStringLiteral("to"), to.toString(Qt::ISODate));
    const QJsonArray filtered = allPages(fixture, Reports + QLatin1Char('?') + query.toString());
    QCOMPARE(filtered.size(), expected);
    QSet<QString> filteredIds;
    for (const QJsonValue &report : filtered) {
        QCOMPARE(report[QStringLiteral("author")][QStringLiteral("name")].toString(),
                 Authors.at(1));
        filteredIds.insert(report[QStringLiteral("id")].toString());
    }
    QCOMPARE(filteredIds.size(), expected);
}

void TestReports::list_filtersByWords_ignoringCaseAndAccents()
{
    DossierFixture fixture;
    ReportStore store(fixture.context().database, fixture.context().clock);
    const QStringList written
        = { QStringLiteral("Koffie gedronken in het Cafe bij de vijver."),
            QStringLiteral("Een wandeling naar de vijver gemaakt."),
            QStringLiteral("Samen naar het CAFÉ geweest; daarna een WANDELING.") };
    for (int i = 0; i < written.size(); ++i)
        QVERIFY(store
                    .importReport(DossierFixture::ClientId, QStringLiteral("W%1").arg(i),
                                  importBody(Base.addSecs(i), Authors.at(0), written.at(i)))
                    .ok());
    const auto search = [&](const QString &q) {
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("q"), q);
        const Response response
            = fixture.call("GET", Reports + QLatin1Char('?') + query.toString(QUrl::FullyEncoded),
                           fixture.clientToken);
        return texts(response);
    };
    QCOMPARE(search(QStringLiteral("café")), QStringList({ written.at(2), written.at(0) }));
    QCOMPARE(search(QStringLiteral("CAFE")), QStringList({ written.at(2), written.at(0) }));
    // All words must occur, in any order; parts of words count.
    QCOMPARE(search(QStringLiteral("vijver wandeling")), QStringList { written.at(1) });
    QCOMPARE(search(QStringLiteral("wandel café")), QStringList { written.at(2) });
    QCOMPARE(search(QStringLiteral("100%")), QStringList());
    QCOMPARE(search(QStringLiteral("_")).size(), 3); // no words: no filter
}

void TestReports::list_filtersByPeriodAndAuthor()
{
    DossierFixture fixture;
    ReportStore store(fixture.context().database, fixture.context().clock);
    for (int i = 0; i < 4; ++i)
        QVERIFY(store
                    .importReport(DossierFixture::ClientId, QStringLiteral("P%1").arg(i),
                                  importBody(Base.addSecs(i * 3600), Authors.at(i % 2),
                                             QStringLiteral("Uur %1").arg(i)))
                    .ok());
    QUrlQuery query;
    // From inclusive, to exclusive, in any offset.
    query.addQueryItem(QStringLiteral("from"), QStringLiteral("2025-03-12T08:00:00%2B01:00"));
    query.addQueryItem(QStringLiteral("to"), QStringLiteral("2025-03-12T09:00:00Z"));
    QCOMPARE(texts(fixture.call("GET", Reports + QLatin1Char('?') + query.toString(),
                                fixture.clientToken)),
             QStringList({ QStringLiteral("Uur 2"), QStringLiteral("Uur 1") }));
    query.addQueryItem(QStringLiteral("author"), QStringLiteral("aut_sanne.bakker"));
    QCOMPARE(texts(fixture.call("GET", Reports + QLatin1Char('?') + query.toString(),
                                fixture.clientToken)),
             QStringList { QStringLiteral("Uur 2") });
    QCOMPARE(texts(fixture.call("GET", Reports + QStringLiteral("?author=aut_nobody"),
                                fixture.clientToken)),
             QStringList());
}

void TestReports::list_badParameters_areRefused()
{
    DossierFixture fixture;
    for (const char *bad : { "limit=0", "limit=101", "limit=ten", "from=2026-03-01",
                             "to=2026-03-01T00:00:00", "from=yesterday" }) {
        const Response response = fixture.call(
            "GET", Reports + QLatin1Char('?') + QLatin1String(bad), fixture.clientToken);
        QCOMPARE(response.status(), 400);
        QCOMPARE(code(response), QStringLiteral("parameter_invalid"));
    }
    QCOMPARE(
        code(fixture.call("GET", Reports + QStringLiteral("?q=") + QString(201, QLatin1Char('a')),
                          fixture.clientToken)),
        QStringLiteral("parameter_invalid"));
    for (const char *cursor : { "cursor=bm9wZQ", "cursor=%21%21", "cursor=cjE6eDpyZXBfMQ" }) {
        QCOMPARE(code(fixture.call("GET", Reports + QLatin1Char('?') + QLatin1String(cursor),
                                   fixture.clientToken)),
                 QStringLiteral("cursor_invalid"));
    }
}

void TestReports::list_etag_answers304UntilSomethingChanges()
{
    DossierFixture fixture;
    ReportStore store(fixture.context().database, fixture.context().clock);
    QVERIFY(store
                .importReport(DossierFixture::ClientId, QStringLiteral("E1"),
                              importBody(Base, Authors.at(0), QStringLiteral("Eerste.")))
                .ok());
    const Response first = fixture.call("GET", Reports, fixture.clientToken);
    QCOMPARE(first.status(), 200);
    const QByteArray etag = first.header("ETag");
    QVERIFY(!etag.isEmpty());
    QCOMPARE(first.header("Cache-Control"), QByteArray("private, no-cache"));
    const DossierFixture::Headers ifNoneMatch = { qMakePair(QByteArray("If-None-Match"), etag) };
    const Response same = fixture.call("GET", Reports, fixture.clientToken, {}, ifNoneMatch);
    QCOMPARE(same.status(), 304);
    QVERIFY(same.body().isEmpty());

    QVERIFY(store
                .importReport(DossierFixture::ClientId, QStringLiteral("E2"),
                              importBody(Base.addDays(1), Authors.at(0), QStringLiteral("Tweede.")))
                .ok());
    const Response changed = fixture.call("GET", Reports, fixture.clientToken, {}, ifNoneMatch);
    QCOMPARE(changed.status(), 200);
    QVERIFY(changed.header("ETag") != etag);
}

void TestReports::get_oneReport_orNotFoundForAnotherClient()
{
    DossierFixture fixture;
    ReportStore store(fixture.context().database, fixture.context().clock);
    const ReportStore::ImportOutcome mine
        = store.importReport(DossierFixture::ClientId, QStringLiteral("G1"),
                             importBody(Base, Authors.at(0), QStringLiteral("Van mij.")));
    const ReportStore::ImportOutcome theirs
        = store.importReport(DossierFixture::OtherClientId, QStringLiteral("G1"),
                             importBody(Base, Authors.at(0), QStringLiteral("Van een ander.")));
    QVERIFY(mine.ok() && theirs.ok());
    QVERIFY(mine.reportId != theirs.reportId);

    const Response read
        = fixture.call("GET", Reports + QLatin1Char('/') + mine.reportId, fixture.clientToken);
    QCOMPARE(read.status(), 200);
    QCOMPARE(SignInFixture::json(read).value(QStringLiteral("text")).toString(),
             QStringLiteral("Van mij."));
    QVERIFY(read.hasHeader("ETag"));
    const Response other
        = fixture.call("GET", Reports + QLatin1Char('/') + theirs.reportId, fixture.clientToken);
    QCOMPARE(other.status(), 404);
    QVERIFY(!other.body().contains("ander"));
    QCOMPARE(
        fixture.call("GET", Reports + QStringLiteral("/rep_none"), fixture.clientToken).status(),
        404);
}

void TestReports::authors_orderedByName_withPortalAuthors()
{
    DossierFixture fixture;
    ReportStore store(fixture.context().database, fixture.context().clock);
    for (int i = 0; i < 6; ++i)
        QVERIFY(store
                    .importReport(
                        DossierFixture::ClientId, QStringLiteral("A%1").arg(i),
                        importBody(Base.addSecs(i), Authors.at(i % 3), QStringLiteral("Tekst.")))
                    .ok());
    QCOMPARE(fixture
                 .callJson("POST", Reports, fixture.representativeToken,
                           textBody(QStringLiteral("Van de zoon.")), keyHeader("key-authors-0001"))
                 .status(),
             201);
    const Response response = fixture.call(
        "GET", QStringLiteral("/api/v1/clients/100482/report-authors"), fixture.clientToken);
    QCOMPARE(response.status(), 200);
    QStringList names;
    for (const QJsonValue &author : items(response))
        names.append(author[QStringLiteral("name")].toString() + QLatin1Char('/')
                     + author[QStringLiteral("kind")].toString());
    QCOMPARE(names,
             QStringList({ QStringLiteral("anna de Vries/careTeam"),
                           QStringLiteral("Émile Zwart/careTeam"),
                           fixture.representative.name() + QStringLiteral("/portal"),
                           QStringLiteral("Sanne Bakker/careTeam") }));
}

QTEST_GUILESS_MAIN(TestReports)
#include "tst_reports.moc"
