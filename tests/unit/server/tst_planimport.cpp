#include "dossierfixture.h"
#include "planupload.h"
#include "server/app/servercontext.h"
#include "server/dossier/accesslog.h"
#include "server/http/requestpipeline.h"
#include "server/import/syncstamps.h"
#include "server/plans/pdfcheck.h"
#include "server/plans/planstore.h"
#include "server/storage/database.h"

#include <QJsonArray>
#include <QTest>

using namespace Portiek::Server;

namespace {

const QString PlanPath = QStringLiteral("/api/v1/import/clients/100482/plans/ECD-PLAN-1");

int rowCount(DossierFixture &fixture, const QString &table)
{
    QSqlQuery query;
    if (!fixture.context().database.exec(query, QStringLiteral("SELECT COUNT(*) FROM ") + table, {})
        || !query.next())
        return -1;
    return query.value(0).toInt();
}

Response put(DossierFixture &fixture, const QByteArray &body, const QString &path = PlanPath)
{
    return fixture.importCall("PUT", path, body, PlanUpload::ContentType);
}

QStringList fieldErrors(const Response &response)
{
    QStringList fields;
    const QJsonArray errors
        = SignInFixture::json(response).value(QStringLiteral("errors")).toArray();
    for (const QJsonValue &error : errors) {
        fields.append(error.toObject().value(QStringLiteral("field")).toString() + QLatin1Char(':')
                      + error.toObject().value(QStringLiteral("code")).toString());
    }
    return fields;
}

} // namespace

class TestPlanImport : public QObject
{
    Q_OBJECT

private slots:
    void pdfCheck_countsPagesAndRefusesNonPdfs();
    void import_createsThenUpdatesThePlan();
    void import_badPayloads_areRefusedAndWriteNothing_data();
    void import_badPayloads_areRefusedAndWriteNothing();
    void import_unknownClientOrNoKey_isRefused();
    void import_approvedPlansPdf_cannotBeReplaced();
    void withdraw_removesThePlanAndItsPdf();
    void bodyLimit_isLargerForThePlanImportOnly();
};

void TestPlanImport::pdfCheck_countsPagesAndRefusesNonPdfs()
{
    const PdfCheck good = PdfCheck::inspect(PlanUpload::pdf(4));
    QVERIFY(good.valid);
    QCOMPARE(good.pageCount, std::optional<int>(4));
    QVERIFY(!PdfCheck::inspect("GIF89a…").valid);
    const QByteArray pdf = PlanUpload::pdf(2);
    QVERIFY(!PdfCheck::inspect(pdf.left(pdf.size() - 200)).valid); // cut off: no %%EOF
    // Page objects hidden in object streams: the page tree's /Count is used.
    const PdfCheck compressed
        = PdfCheck::inspect("%PDF-1.7\n1 0 obj << /Type /Pages /Count 12 >> endobj\n%%EOF\n");
    QCOMPARE(compressed.pageCount, std::optional<int>(12));
    QCOMPARE(PdfCheck::inspect("%PDF-1.7\nstream x endstream\n%%EOF").pageCount,
             std::optional<int>());
}

void TestPlanImport::import_createsThenUpdatesThePlan()
{
    DossierFixture fixture;
    QVERIFY(fixture.isValid());
    const QByteArray pdf = PlanUpload::pdf(3);
    const Response created = put(fixture, PlanUpload::body(PlanUpload::metadata(), pdf));
    QCOMPARE(created.status(), 201);
    const QJsonObject result = SignInFixture::json(created);
    const QString id = result.value(QStringLiteral("id")).toString();
    QVERIFY(id.startsWith(QLatin1String("pln_")));
    QCOMPARE(result.value(QStringLiteral("created")).toBool(), true);
    QCOMPARE(result.value(QStringLiteral("externalId")).toString(), QStringLiteral("ECD-PLAN-1"));
    QCOMPARE(result.value(QStringLiteral("clientId")).toString(), QStringLiteral("100482"));
    QCOMPARE(created.header("Location"), "/api/v1/clients/100482/plans/" + id.toLatin1());
    QCOMPARE(result.value(QStringLiteral("lastUpdatedAt")).toString(),
             QStringLiteral("2026-03-12T09:30:00+01:00"));
    const SyncStamps stamps(fixture.context().database, fixture.context().clock);
    QCOMPARE(stamps.lastUpdatedAt(DossierFixture::ClientId), fixture.clock().now());

    PlanStore store(fixture.context().database, fixture.context().clock);
    std::optional<PlanRecord> plan;
    QVERIFY(store.find(DossierFixture::ClientId, id, &plan));
    QVERIFY(plan);
    QCOMPARE(plan->title, QStringLiteral("Ondersteuningsplan 2026"));
    QCOMPARE(plan->date, QDate(2026, 3, 9));
    QCOMPARE(plan->pageCount, std::optional<int>(3));
    QCOMPARE(plan->sizeBytes, qint64(pdf.size()));
    QCOMPARE(store.pdf(id), pdf);

    fixture.clock().advance(3600);
    const QByteArray newPdf = PlanUpload::pdf(5);
    const Response updated = put(
        fixture,
        PlanUpload::body(PlanUpload::metadata(QStringLiteral("Ondersteuningsplan 2026 (herzien)"),
                                              QStringLiteral("2026-03-10"), false),
                         newPdf));
    QCOMPARE(updated.status(), 200);
    QCOMPARE(SignInFixture::json(updated).value(QStringLiteral("id")).toString(), id);
    QCOMPARE(SignInFixture::json(updated).value(QStringLiteral("created")).toBool(), false);
    QVERIFY(store.find(DossierFixture::ClientId, id, &plan));
    QCOMPARE(plan->title, QStringLiteral("Ondersteuningsplan 2026 (herzien)"));
    QCOMPARE(plan->approvalRequested, false);
    QCOMPARE(plan->pageCount, std::optional<int>(5));
    QCOMPARE(plan->publishedAt, fixture.clock().now());
    QCOMPARE(store.pdf(id), newPdf);
    QCOMPARE(rowCount(fixture, QStringLiteral("plans")), 1);
    QCOMPARE(rowCount(fixture, QStringLiteral("plan_documents")), 1);

    const AccessLog log(fixture.context().database, fixture.context().clock);
    const QList<AccessLog::Entry> entries = log.list(DossierFixture::ClientId, 10);
    QCOMPARE(entries.size(), 2);
    QCOMPARE(entries.at(0).action, AccessLog::Action::Update);
    QCOMPARE(entries.at(1).action, AccessLog::Action::Create);
    QCOMPARE(entries.at(1).actorKind, AccessLog::ActorKind::CareOrganisation);
    QCOMPARE(entries.at(1).resourceType, QStringLiteral("plan"));
    QCOMPARE(entries.at(1).resourceId, id);
}

void TestPlanImport::import_badPayloads_areRefusedAndWriteNothing_data()
{
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QStringList>("fields");

    const QByteArray pdf = PlanUpload::pdf(2);
    const QByteArray type = PlanUpload::ContentType;
    const QJsonObject meta = PlanUpload::metadata();
    QTest::newRow("json instead of multipart")
        << QByteArray("application/json") << QByteArray("{}") << 415
        << QStringLiteral("unsupported_media_type") << QStringList();
    QTest::newRow("no boundary") << QByteArray("multipart/form-data") << PlanUpload::body(meta, pdf)
                                 << 400 << QStringLiteral("malformed_request") << QStringList();
    const QByteArray whole = PlanUpload::body(meta, pdf);
    QTest::newRow("truncated body") << type << whole.left(whole.size() / 2) << 400
                                    << QStringLiteral("malformed_request") << QStringList();
    QTest::newRow("not a pdf") << type << PlanUpload::body(meta, "GIF89a not a pdf") << 422
                               << QStringLiteral("pdf_invalid") << QStringList();
    QTest::newRow("truncated pdf") << type << PlanUpload::body(meta, pdf.left(pdf.size() / 2))
                                   << 422 << QStringLiteral("pdf_invalid") << QStringList();
    QTest::newRow("missing parts")
        << type << PlanUpload::part("other", "text/plain", "x") + PlanUpload::closing() << 422
        << QStringLiteral("validation_failed")
        << QStringList { QStringLiteral("metadata:required"), QStringLiteral("file:required") };
    QTest::newRow("metadata not json")
        << type
        << PlanUpload::part("metadata", "application/json", "{title:")
            + PlanUpload::part("file", "application/pdf", pdf) + PlanUpload::closing()
        << 400 << QStringLiteral("malformed_request") << QStringList();
    QTest::newRow("bad metadata")
        << type
        << PlanUpload::body(
               QJsonObject { { QStringLiteral("title"), QString(201, QLatin1Char('x')) },
                             { QStringLiteral("date"), QStringLiteral("9-3-2026") } },
               pdf)
        << 422 << QStringLiteral("validation_failed")
        << QStringList { QStringLiteral("metadata.title:too_long"),
                         QStringLiteral("metadata.date:invalid_format"),
                         QStringLiteral("metadata.approvalRequested:required") };
}

void TestPlanImport::import_badPayloads_areRefusedAndWriteNothing()
{
    QFETCH(QByteArray, contentType);
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QFETCH(QString, code);
    QFETCH(QStringList, fields);

    DossierFixture fixture;
    const Response response = fixture.importCall("PUT", PlanPath, body, contentType);
    QCOMPARE(response.status(), status);
    QCOMPARE(SignInFixture::problemCode(response), code);
    if (!fields.isEmpty())
        QCOMPARE(fieldErrors(response), fields);
    QCOMPARE(rowCount(fixture, QStringLiteral("plans")), 0);
    QCOMPARE(rowCount(fixture, QStringLiteral("plan_documents")), 0);
    const SyncStamps stamps(fixture.context().database, fixture.context().clock);
    QVERIFY(stamps.lastUpdatedAt(DossierFixture::ClientId).isNull());
}

void TestPlanImport::import_unknownClientOrNoKey_isRefused()
{
    DossierFixture fixture;
    const QByteArray body = PlanUpload::body(PlanUpload::metadata(), PlanUpload::pdf());
    QCOMPARE(put(fixture, body, QStringLiteral("/api/v1/import/clients/999999/plans/P1")).status(),
             404);
    QCOMPARE(fixture.importCall("PUT", PlanPath, body, PlanUpload::ContentType, "wrong").status(),
             401);
    QCOMPARE(
        put(fixture, body, QStringLiteral("/api/v1/import/clients/100482/plans/a%20b")).status(),
        400);
    QCOMPARE(rowCount(fixture, QStringLiteral("plans")), 0);
}

void TestPlanImport::import_approvedPlansPdf_cannotBeReplaced()
{
    DossierFixture fixture;
    const QByteArray pdf = PlanUpload::pdf(2);
    const Response created = put(fixture, PlanUpload::body(PlanUpload::metadata(), pdf));
    QCOMPARE(created.status(), 201);
    const QString id = SignInFixture::json(created).value(QStringLiteral("id")).toString();
    QCOMPARE(fixture
                 .call("POST", QStringLiteral("/api/v1/clients/100482/plans/%1/approval").arg(id),
                       fixture.clientToken, {}, { { "Idempotency-Key", "approve-once-0001" } })
                 .status(),
             201);

    const Response replaced
        = put(fixture, PlanUpload::body(PlanUpload::metadata(), PlanUpload::pdf(4)));
    QCOMPARE(replaced.status(), 409);
    QCOMPARE(SignInFixture::problemCode(replaced), QStringLiteral("plan_already_approved"));
    PlanStore store(fixture.context().database, fixture.context().clock);
    QCOMPARE(store.pdf(id), pdf);
    // The same PDF again (a retry of the dossier) is fine and may correct the title.
    QCOMPARE(put(fixture, PlanUpload::body(PlanUpload::metadata(QStringLiteral("Plan 2026")), pdf))
                 .status(),
             200);
    std::optional<PlanRecord> plan;
    QVERIFY(store.find(DossierFixture::ClientId, id, &plan));
    QCOMPARE(plan->title, QStringLiteral("Plan 2026"));
    QVERIFY(plan->isApproved());
}

void TestPlanImport::withdraw_removesThePlanAndItsPdf()
{
    DossierFixture fixture;
    QCOMPARE(put(fixture, PlanUpload::body(PlanUpload::metadata(), PlanUpload::pdf())).status(),
             201);
    QCOMPARE(fixture.importCall("DELETE", PlanPath).status(), 204);
    QCOMPARE(rowCount(fixture, QStringLiteral("plans")), 0);
    QCOMPARE(rowCount(fixture, QStringLiteral("plan_documents")), 0);
    QCOMPARE(fixture.importCall("DELETE", PlanPath).status(), 404);
    QCOMPARE(
        fixture.call("GET", QStringLiteral("/api/v1/clients/100482/plans"), fixture.clientToken)
            .status(),
        200);
    QCOMPARE(SignInFixture::json(fixture.call("GET", QStringLiteral("/api/v1/clients/100482/plans"),
                                              fixture.clientToken))
                 .value(QStringLiteral("items"))
                 .toArray()
                 .size(),
             0);
}

void TestPlanImport::bodyLimit_isLargerForThePlanImportOnly()
{
    DossierFixture fixture;
    const RequestPipeline pipeline(fixture.router());
    const auto request = [](const QString &path, qint64 declared) {
        Request result("PUT", QUrl(path));
        result.addHeader("Content-Length", QByteArray::number(declared));
        return result;
    };
    // 2 MiB: above the default 1 MiB, fine for a plan; the handler then answers (401: no key).
    QCOMPARE(pipeline.process(request(PlanPath, 2 * 1024 * 1024)).status(), 401);
    QCOMPARE(pipeline
                 .process(request(QStringLiteral("/api/v1/import/clients/100482/appointments/A1"),
                                  2 * 1024 * 1024))
                 .status(),
             413);
    QCOMPARE(pipeline.process(request(PlanPath, 27 * 1024 * 1024)).status(), 413);

    // A PDF above 25 MiB inside a body that fits the route's margin.
    QByteArray big = PlanUpload::pdf(1);
    big.insert(big.size() - 7, QByteArray(25 * 1024 * 1024, ' '));
    const Response tooBig = put(fixture, PlanUpload::body(PlanUpload::metadata(), big));
    QCOMPARE(tooBig.status(), 413);
    QCOMPARE(SignInFixture::problemCode(tooBig), QStringLiteral("payload_too_large"));
    QCOMPARE(rowCount(fixture, QStringLiteral("plans")), 0);
}

QTEST_GUILESS_MAIN(TestPlanImport)
#include "tst_planimport.moc"
