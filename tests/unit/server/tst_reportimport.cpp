#include "dossierfixture.h"
#include "server/app/servercontext.h"
#include "server/dossier/accesslog.h"
#include "server/import/syncstamps.h"
#include "server/reports/reportimport.h"
#include "server/reports/reportstore.h"
#include "server/signin/apijson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTest>

using namespace Portiek::Server;

namespace {

const QString ImportPath = QStringLiteral("/api/v1/import/clients/100482/reports/%1");

QJsonObject importBody(const QString &text, const QString &author = QStringLiteral("Sanne Bakker"),
                       const QString &createdAt = QStringLiteral("2026-03-12T08:47:00+01:00"))
{
    return { { QStringLiteral("createdAt"), createdAt },
             { QStringLiteral("author"),
               QJsonObject {
                   { QStringLiteral("name"), author },
                   { QStringLiteral("role"), QStringLiteral("Persoonlijk begeleider") } } },
             { QStringLiteral("category"), QStringLiteral("Dagrapportage") },
             { QStringLiteral("text"), text } };
}

QByteArray bytes(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QStringList fieldErrors(const Response &response)
{
    QStringList list;
    const QJsonArray errors
        = SignInFixture::json(response).value(QStringLiteral("errors")).toArray();
    for (const QJsonValue &error : errors)
        list.append(error[QStringLiteral("field")].toString() + QLatin1Char(':')
                    + error[QStringLiteral("code")].toString());
    return list;
}

int reportCount(DossierFixture &fixture, const QString &clientId = DossierFixture::ClientId)
{
    ReportStore store(fixture.context().database, fixture.context().clock);
    ReportStore::Query query;
    query.limit = 1000;
    const auto page = store.list(clientId, query);
    return page ? int(page->items.size()) : -1;
}

} // namespace

class TestReportImport : public QObject
{
    Q_OBJECT

private slots:
    void import_createsThenUpdatesByExternalId();
    void import_unchangedPayload_keepsUpdatedAtNull();
    void import_stampsTheClientAndLogsTheSystem();
    void import_badPayload_namesEveryFieldAndWritesNothing();
    void import_malformedRequests_areRefused();
    void import_unknownClient_is404();
    void import_wrongOrMissingKey_is401();
    void withdraw_removesTheReportEverywhere();
    void bulkImport_invalidItem_writesNothing();
    void careTeamAuthorId_isStableAndAValidId();
    void parseTime_needsAnOffset();
};

void TestReportImport::import_createsThenUpdatesByExternalId()
{
    DossierFixture fixture;
    QVERIFY(fixture.isValid());
    const Response created
        = fixture.importCall("PUT", ImportPath.arg(QStringLiteral("ECD-RAP-1")),
                             bytes(importBody(QStringLiteral("Goed geslapen."))));
    QCOMPARE(created.status(), 201);
    const QJsonObject result = SignInFixture::json(created);
    const QString id = result.value(QStringLiteral("id")).toString();
    QVERIFY(id.startsWith(QLatin1String("rep_")));
    QCOMPARE(result.value(QStringLiteral("created")).toBool(), true);
    QCOMPARE(result.value(QStringLiteral("clientId")).toString(), DossierFixture::ClientId);
    QCOMPARE(result.value(QStringLiteral("externalId")).toString(), QStringLiteral("ECD-RAP-1"));
    QCOMPARE(created.header("Location"),
             QByteArray("/api/v1/clients/100482/reports/" + id.toLatin1()));

    fixture.clock().advance(60);
    const Response updated
        = fixture.importCall("PUT", ImportPath.arg(QStringLiteral("ECD-RAP-1")),
                             bytes(importBody(QStringLiteral("Goed geslapen, opgewekt."))));
    QCOMPARE(updated.status(), 200);
    QCOMPARE(SignInFixture::json(updated).value(QStringLiteral("id")).toString(), id);
    QCOMPARE(SignInFixture::json(updated).value(QStringLiteral("created")).toBool(), false);
    QCOMPARE(reportCount(fixture), 1);

    const Response read = fixture.call(
        "GET", QStringLiteral("/api/v1/clients/100482/reports/") + id, fixture.clientToken);
    QCOMPARE(read.status(), 200);
    const QJsonObject report = SignInFixture::json(read);
    QCOMPARE(report.value(QStringLiteral("text")).toString(),
             QStringLiteral("Goed geslapen, opgewekt."));
    QCOMPARE(report.value(QStringLiteral("source")).toString(), QStringLiteral("dossier"));
    QCOMPARE(report.value(QStringLiteral("createdAt")).toString(),
             QStringLiteral("2026-03-12T08:47:00+01:00"));
    QCOMPARE(report.value(QStringLiteral("updatedAt")).toString(),
             QStringLiteral("2026-03-12T09:31:00+01:00")); // the clock's 08:30 UTC plus a minute
    const QJsonObject author = report.value(QStringLiteral("author")).toObject();
    QCOMPARE(author.value(QStringLiteral("id")).toString(), QStringLiteral("aut_sanne.bakker"));
    QCOMPARE(author.value(QStringLiteral("kind")).toString(), QStringLiteral("careTeam"));
    QCOMPARE(author.value(QStringLiteral("role")).toString(),
             QStringLiteral("Persoonlijk begeleider"));
}

void TestReportImport::import_unchangedPayload_keepsUpdatedAtNull()
{
    DossierFixture fixture;
    const QByteArray body = bytes(importBody(QStringLiteral("Rustige dag.")));
    QCOMPARE(fixture.importCall("PUT", ImportPath.arg(QStringLiteral("R1")), body).status(), 201);
    fixture.clock().advance(3600);
    const Response again = fixture.importCall("PUT", ImportPath.arg(QStringLiteral("R1")), body);
    QCOMPARE(again.status(), 200);
    const Response read
        = fixture.call("GET",
                       QStringLiteral("/api/v1/clients/100482/reports/")
                           + SignInFixture::json(again).value(QStringLiteral("id")).toString(),
                       fixture.sessionFor(fixture.client)); // the first session idled out
    QCOMPARE(read.status(), 200);
    QVERIFY(SignInFixture::json(read).value(QStringLiteral("updatedAt")).isNull());
}

void TestReportImport::import_stampsTheClientAndLogsTheSystem()
{
    DossierFixture fixture;
    const SyncStamps stamps(fixture.context().database, fixture.context().clock);
    fixture.clock().advance(120);
    const Response created = fixture.importCall("PUT", ImportPath.arg(QStringLiteral("R1")),
                                                bytes(importBody(QStringLiteral("Tekst."))));
    QCOMPARE(created.status(), 201);
    QCOMPARE(stamps.lastUpdatedAt(DossierFixture::ClientId), fixture.clock().now());
    QCOMPARE(SignInFixture::json(created).value(QStringLiteral("lastUpdatedAt")).toString(),
             QStringLiteral("2026-03-12T09:32:00+01:00"));

    const AccessLog log(fixture.context().database, fixture.context().clock);
    const QList<AccessLog::Entry> entries = log.list(DossierFixture::ClientId, 10);
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.first().actorKind, AccessLog::ActorKind::CareOrganisation);
    QCOMPARE(entries.first().action, AccessLog::Action::Create);
    QCOMPARE(entries.first().resourceType, QStringLiteral("report"));
    QCOMPARE(entries.first().resourceId,
             SignInFixture::json(created).value(QStringLiteral("id")).toString());
}

void TestReportImport::import_badPayload_namesEveryFieldAndWritesNothing()
{
    DossierFixture fixture;
    const SyncStamps stamps(fixture.context().database, fixture.context().clock);
    const QJsonObject bad {
        { QStringLiteral("createdAt"), QStringLiteral("2026-03-12 08:47") },
        { QStringLiteral("author"),
          QJsonObject { { QStringLiteral("name"), QStringLiteral("  ") },
                        { QStringLiteral("role"), 7 } } },
        { QStringLiteral("category"), QString(101, QLatin1Char('c')) },
    };
    const Response refused
        = fixture.importCall("PUT", ImportPath.arg(QStringLiteral("R1")), bytes(bad));
    QCOMPARE(refused.status(), 422);
    QCOMPARE(SignInFixture::problemCode(refused), QStringLiteral("validation_failed"));
    QCOMPARE(fieldErrors(refused),
             QStringList({ QStringLiteral("createdAt:invalid_format"),
                           QStringLiteral("author.name:required"),
                           QStringLiteral("author.role:invalid_format"),
                           QStringLiteral("category:too_long"), QStringLiteral("text:required") }));

    // One bad field in an otherwise good update leaves the stored report as it was.
    QCOMPARE(fixture
                 .importCall("PUT", ImportPath.arg(QStringLiteral("R2")),
                             bytes(importBody(QStringLiteral("Eerste versie."))))
                 .status(),
             201);
    const QDateTime stamped = stamps.lastUpdatedAt(DossierFixture::ClientId);
    fixture.clock().advance(60);
    QJsonObject halfGood = importBody(QStringLiteral("Tweede versie."));
    halfGood.insert(QStringLiteral("text"), QString(100001, QLatin1Char('x')));
    const Response tooLong
        = fixture.importCall("PUT", ImportPath.arg(QStringLiteral("R2")), bytes(halfGood));
    QCOMPARE(fieldErrors(tooLong), QStringList { QStringLiteral("text:too_long") });
    QCOMPARE(reportCount(fixture), 1);
    ReportStore store(fixture.context().database, fixture.context().clock);
    QCOMPARE(store.list(DossierFixture::ClientId, {})->items.first().text,
             QStringLiteral("Eerste versie."));
    QCOMPARE(stamps.lastUpdatedAt(DossierFixture::ClientId), stamped);
}

void TestReportImport::import_malformedRequests_areRefused()
{
    DossierFixture fixture;
    const QString path = ImportPath.arg(QStringLiteral("R1"));
    QCOMPARE(SignInFixture::problemCode(fixture.importCall("PUT", path, "not json")),
             QStringLiteral("malformed_request"));
    QCOMPARE(SignInFixture::problemCode(fixture.importCall("PUT", path, "[1,2]")),
             QStringLiteral("malformed_request"));
    QCOMPARE(fixture.importCall("PUT", path, bytes(importBody(QStringLiteral("x"))), "text/plain")
                 .status(),
             415);
    QCOMPARE(SignInFixture::problemCode(
                 fixture.importCall("PUT", ImportPath.arg(QStringLiteral("bad%20id")),
                                    bytes(importBody(QStringLiteral("x"))))),
             QStringLiteral("parameter_invalid"));
    QCOMPARE(reportCount(fixture), 0);
}

void TestReportImport::import_unknownClient_is404()
{
    DossierFixture fixture;
    const Response response
        = fixture.importCall("PUT", QStringLiteral("/api/v1/import/clients/555555/reports/R1"),
                             bytes(importBody(QStringLiteral("Tekst."))));
    QCOMPARE(response.status(), 404);
    QCOMPARE(SignInFixture::problemCode(response), QStringLiteral("not_found"));
    QCOMPARE(
        fixture.importCall("DELETE", QStringLiteral("/api/v1/import/clients/555555/reports/R1"))
            .status(),
        404);
}

void TestReportImport::import_wrongOrMissingKey_is401()
{
    DossierFixture fixture;
    const QByteArray body = bytes(importBody(QStringLiteral("Tekst.")));
    const QString path = ImportPath.arg(QStringLiteral("R1"));
    QCOMPARE(SignInFixture::problemCode(
                 fixture.importCall("PUT", path, body, "application/json", "wrong")),
             QStringLiteral("api_key_invalid"));
    QCOMPARE(fixture.importCall("PUT", path, body, "application/json", QByteArray()).status(), 401);
    // A person's session is not the organisation's key.
    QCOMPARE(fixture.call("PUT", path, fixture.representativeToken, body).status(), 401);
    QCOMPARE(fixture.importCall("DELETE", path, {}, "application/json", "wrong").status(), 401);
    QCOMPARE(reportCount(fixture), 0);
}

void TestReportImport::withdraw_removesTheReportEverywhere()
{
    DossierFixture fixture;
    QCOMPARE(fixture
                 .importCall("PUT", ImportPath.arg(QStringLiteral("R1")),
                             bytes(importBody(QStringLiteral("Blijft staan."))))
                 .status(),
             201);
    const Response wrong = fixture.importCall(
        "PUT", ImportPath.arg(QStringLiteral("R2")),
        bytes(importBody(QStringLiteral("Verkeerd dossier."), QStringLiteral("Inge Mulder"))));
    QCOMPARE(wrong.status(), 201);
    const QString wrongId = SignInFixture::json(wrong).value(QStringLiteral("id")).toString();

    QCOMPARE(fixture.importCall("DELETE", ImportPath.arg(QStringLiteral("R2"))).status(), 204);
    QCOMPARE(fixture.importCall("DELETE", ImportPath.arg(QStringLiteral("R2"))).status(), 404);

    QCOMPARE(fixture
                 .call("GET", QStringLiteral("/api/v1/clients/100482/reports/") + wrongId,
                       fixture.clientToken)
                 .status(),
             404);
    const QJsonArray items
        = SignInFixture::json(fixture.call("GET", QStringLiteral("/api/v1/clients/100482/reports"),
                                           fixture.clientToken))
              .value(QStringLiteral("items"))
              .toArray();
    QCOMPARE(items.size(), 1);
    QCOMPARE(items.first()[QStringLiteral("text")].toString(), QStringLiteral("Blijft staan."));
    const QJsonArray authors
        = SignInFixture::json(fixture.call("GET",
                                           QStringLiteral("/api/v1/clients/100482/report-authors"),
                                           fixture.clientToken))
              .value(QStringLiteral("items"))
              .toArray();
    QCOMPARE(authors.size(), 1);
    QCOMPARE(authors.first()[QStringLiteral("name")].toString(), QStringLiteral("Sanne Bakker"));
    // A search for its words finds nothing: the text is gone, not hidden.
    QCOMPARE(fixture
                 .call("GET", QStringLiteral("/api/v1/clients/100482/reports?q=verkeerd"),
                       fixture.clientToken)
                 .body()
                 .contains("Verkeerd"),
             false);
    const AccessLog log(fixture.context().database, fixture.context().clock);
    bool logged = false;
    for (const AccessLog::Entry &entry : log.list(DossierFixture::ClientId, 20))
        logged |= entry.action == AccessLog::Action::Delete && entry.resourceId == wrongId;
    QVERIFY(logged);
}

void TestReportImport::bulkImport_invalidItem_writesNothing()
{
    DossierFixture fixture;
    ReportStore store(fixture.context().database, fixture.context().clock);
    QList<ReportStore::ImportItem> items;
    for (int i = 0; i < 50; ++i)
        items.append(
            { QStringLiteral("B%1").arg(i), importBody(QStringLiteral("Tekst %1").arg(i)) });
    items[37].body.remove(QStringLiteral("category"));
    const ReportStore::BulkImportOutcome refused
        = store.importReports(DossierFixture::ClientId, items);
    QCOMPARE(refused.status, ReportStore::ImportOutcome::Status::Invalid);
    QCOMPARE(refused.badItem, 37);
    QCOMPARE(refused.errors.size(), 1);
    QCOMPARE(refused.errors.first().field, QStringLiteral("category"));
    QCOMPARE(reportCount(fixture), 0);

    QCOMPARE(store.importReports(QStringLiteral("555555"), {}).status,
             ReportStore::ImportOutcome::Status::ClientUnknown);

    items[37].body = importBody(QStringLiteral("Hersteld."));
    const ReportStore::BulkImportOutcome done
        = store.importReports(DossierFixture::ClientId, items);
    QVERIFY(done.ok());
    QCOMPARE(done.created, 50);
    const ReportStore::BulkImportOutcome again
        = store.importReports(DossierFixture::ClientId, items);
    QCOMPARE(again.created, 0);
    QCOMPARE(again.updated, 50);
    QCOMPARE(reportCount(fixture), 50);

    // Within one batch the last item of an external id wins, as if sent one after the other.
    const QList<ReportStore::ImportItem> twice
        = { { QStringLiteral("D1"), importBody(QStringLiteral("Eerst.")) },
            { QStringLiteral("D1"), importBody(QStringLiteral("Daarna.")) } };
    const ReportStore::BulkImportOutcome deduplicated
        = store.importReports(DossierFixture::ClientId, twice);
    QCOMPARE(deduplicated.created, 1);
    ReportStore::Query query;
    query.words = { QStringLiteral("daarna") };
    QCOMPARE(store.list(DossierFixture::ClientId, query)->items.size(), 1);
    query.words = { QStringLiteral("eerst") };
    QCOMPARE(store.list(DossierFixture::ClientId, query)->items.size(), 0);

    const ReportStore::BulkImportOutcome badId
        = store.importReports(DossierFixture::ClientId,
                              { { QStringLiteral("no spaces"), importBody(QStringLiteral("x")) } });
    QCOMPARE(badId.status, ReportStore::ImportOutcome::Status::Invalid);
    QCOMPARE(badId.errors.first().field, QStringLiteral("externalId"));
    QCOMPARE(reportCount(fixture), 51);
}

void TestReportImport::careTeamAuthorId_isStableAndAValidId()
{
    using ReportImport::careTeamAuthorId;
    QCOMPARE(careTeamAuthorId(QStringLiteral("Sanne Bakker")), QStringLiteral("aut_sanne.bakker"));
    QCOMPARE(careTeamAuthorId(QStringLiteral(" SANNE  bakker ")),
             QStringLiteral("aut_sanne.bakker"));
    QCOMPARE(careTeamAuthorId(QStringLiteral("José Núñez")), QStringLiteral("aut_jose.nunez"));
    QCOMPARE(careTeamAuthorId(QStringLiteral("dr. Inge Mulder")),
             QStringLiteral("aut_dr.inge.mulder"));

    static const QRegularExpression idPattern(QStringLiteral("^[A-Za-z0-9._~-]{1,64}$"));
    const QStringList awkward
        = { QStringLiteral("Дмитрий Иванов"), QStringLiteral("Сергей Иванов"),
            QString(200, QLatin1Char('a')), QString(200, QLatin1Char('a')) + QLatin1Char('b'),
            QStringLiteral("—") };
    QStringList ids;
    for (const QString &name : awkward) {
        const QString id = careTeamAuthorId(name);
        QVERIFY2(idPattern.match(id).hasMatch(), qPrintable(id));
        ids.append(id);
    }
    ids.removeDuplicates();
    QCOMPARE(ids.size(), awkward.size());
}

void TestReportImport::parseTime_needsAnOffset()
{
    using ApiJson::parseTime;
    QCOMPARE(parseTime(QStringLiteral("2026-03-12T08:47:00+01:00")),
             QDateTime(QDate(2026, 3, 12), QTime(7, 47), Qt::UTC));
    QCOMPARE(parseTime(QStringLiteral("2026-03-12T07:47:00.250Z")),
             QDateTime(QDate(2026, 3, 12), QTime(7, 47, 0, 250), Qt::UTC));
    QCOMPARE(parseTime(QStringLiteral("2026-03-12T07:47:00.123456Z")),
             QDateTime(QDate(2026, 3, 12), QTime(7, 47, 0, 123), Qt::UTC));
    QVERIFY(!parseTime(QStringLiteral("2026-03-12T08:47:00")).isValid());
    QVERIFY(!parseTime(QStringLiteral("2026-03-12")).isValid());
    QVERIFY(!parseTime(QStringLiteral("2026-02-30T08:47:00Z")).isValid());
    QVERIFY(!parseTime(QString()).isValid());
}

QTEST_GUILESS_MAIN(TestReportImport)
#include "tst_reportimport.moc"
