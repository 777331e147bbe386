#include "core/planapproval.h"
#include "core/plandownload.h"
#include "core/portalapi.h"
#include "fakeportal.h"
#include "testpdf.h"

#include <QSignalSpy>
#include <QTest>

#include <memory>

namespace {

const QString ApprovalPath = QStringLiteral("/api/v1/clients/100482/plans/pln_2026_03/approval");
const QString PdfPath = QStringLiteral("/api/v1/clients/100482/plans/pln_2026_03/pdf");

Plan samplePlan()
{
    Plan plan;
    QString error;
    const bool ok = Plan::fromJson(
        TestPdf::planJson("pln_2026_03", "Ondersteuningsplan 2026", "2026-03-09"), &plan, &error);
    Q_ASSERT(ok);
    return plan;
}

} // namespace

class TestPlanApproval : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void approve_postsWithAnIdempotencyKeyAndGivesTheUpdatedPlan();
    void retry_afterNetworkFailure_sendsTheSameKey();
    void alreadyApproved_saysSoInASentence();
    void download_givesTheBytesWithProgress();
    void download_missingPlan_saysItIsGone();
    void download_tooLarge_isRefused();
    void download_largerThanAnImage_isAccepted();

private:
    std::unique_ptr<FakePortal> m_portal;
    std::unique_ptr<PortalApi> m_api;
};

void TestPlanApproval::init()
{
    m_portal = std::make_unique<FakePortal>();
    m_api = std::make_unique<PortalApi>(m_portal.get());
    m_api->setBaseUrl(QUrl(QStringLiteral("https://portaal.example")));
    m_api->setSessionToken(QStringLiteral("st_W5n9Qe2Rk7Tz1Xc4Vb8Mp3Ls6Jd0Hf2Ga9Uy"));
}

void TestPlanApproval::approve_postsWithAnIdempotencyKeyAndGivesTheUpdatedPlan()
{
    m_portal->answer("POST", ApprovalPath, 201,
                     TestPdf::planJson("pln_2026_03", "Ondersteuningsplan 2026", "2026-03-09",
                                       false, TestPdf::approvalJson()));
    PlanApproval approval(m_api.get(), QStringLiteral("100482"), QStringLiteral("pln_2026_03"));
    QSignalSpy approved(&approval, &PlanApproval::approved);
    approval.send();
    QVERIFY(approval.isBusy());
    QVERIFY(approved.wait(5000));
    const Plan plan = approved.first().first().value<Plan>();
    QVERIFY(plan.approved);
    QVERIFY(!plan.canApprove);
    QCOMPARE(plan.approval.approverName, QStringLiteral("Mark van Dijk"));
    const FakePortal::Call call = m_portal->lastCallTo("POST", ApprovalPath);
    QCOMPARE(call.idempotencyKey, approval.idempotencyKey());
    QCOMPARE(call.idempotencyKey.size(), 36); // a UUID
}

void TestPlanApproval::retry_afterNetworkFailure_sendsTheSameKey()
{
    m_portal->networkError("POST", ApprovalPath, QNetworkReply::RemoteHostClosedError);
    m_portal->answer(
        "POST", ApprovalPath, 201,
        TestPdf::planJson("pln_2026_03", "Plan", "2026-03-09", false, TestPdf::approvalJson()));
    PlanApproval approval(m_api.get(), QStringLiteral("100482"), QStringLiteral("pln_2026_03"));
    QSignalSpy failed(&approval, &PlanApproval::failed);
    QSignalSpy approved(&approval, &PlanApproval::approved);
    approval.send();
    QVERIFY(failed.wait(5000));
    QCOMPARE(failed.first().first().value<ApiError>().kind(), ApiError::Kind::Unreachable);
    approval.send();
    QVERIFY(approved.wait(5000));
    const QList<FakePortal::Call> calls = m_portal->callsTo("POST", ApprovalPath);
    QCOMPARE(calls.size(), 2);
    QCOMPARE(calls.at(0).idempotencyKey, calls.at(1).idempotencyKey);

    PlanApproval other(m_api.get(), QStringLiteral("100482"), QStringLiteral("pln_2026_03"));
    QVERIFY(other.idempotencyKey() != approval.idempotencyKey());
}

void TestPlanApproval::alreadyApproved_saysSoInASentence()
{
    m_portal->problem("POST", ApprovalPath, 409, QStringLiteral("plan_already_approved"));
    PlanApproval approval(m_api.get(), QStringLiteral("100482"), QStringLiteral("pln_2026_03"));
    QSignalSpy failed(&approval, &PlanApproval::failed);
    approval.send();
    QVERIFY(failed.wait(5000));
    const ApiError error = failed.first().first().value<ApiError>();
    QCOMPARE(error.problemCode(), QStringLiteral("plan_already_approved"));
    QVERIFY(PlanApproval::userMessage(error).contains("already been approved"));
    ApiError notAsked(ApiError::Kind::Problem);
    notAsked.setProblemCode(QStringLiteral("plan_approval_not_requested"));
    QVERIFY(PlanApproval::userMessage(notAsked).contains("nothing to approve"));
}

void TestPlanApproval::download_givesTheBytesWithProgress()
{
    const QByteArray pdf = TestPdf::make(3);
    m_portal->raw("GET", PdfPath, 200, "application/pdf", pdf);
    PlanDownload download(m_api.get());
    QSignalSpy finished(&download, &PlanDownload::finished);
    QSignalSpy progress(&download, &PlanDownload::progress);
    download.start(samplePlan());
    QVERIFY(download.isRunning());
    QVERIFY(finished.wait(5000));
    QVERIFY(!download.isRunning());
    QCOMPARE(finished.first().first().toByteArray(), pdf);
    QVERIFY(!progress.isEmpty());
    QCOMPARE(progress.last().at(0).toLongLong(), qint64(pdf.size()));
}

void TestPlanApproval::download_missingPlan_saysItIsGone()
{
    m_portal->problem("GET", PdfPath, 404, QStringLiteral("not_found"));
    PlanDownload download(m_api.get());
    QSignalSpy failed(&download, &PlanDownload::failed);
    download.start(samplePlan());
    QVERIFY(failed.wait(5000));
    QVERIFY(PlanDownload::userMessage(failed.first().first().value<ApiError>())
                .contains("no longer in the portal"));
}

void TestPlanApproval::download_tooLarge_isRefused()
{
    m_portal->raw("GET", PdfPath, 200, "application/pdf",
                  QByteArray(PortalApi::MaxDocumentBytes + 1, 'x'));
    PlanDownload download(m_api.get());
    QSignalSpy failed(&download, &PlanDownload::failed);
    QSignalSpy finished(&download, &PlanDownload::finished);
    download.start(samplePlan());
    QVERIFY(failed.wait(10000));
    QVERIFY(finished.isEmpty());
    QVERIFY(
        PlanDownload::userMessage(failed.first().first().value<ApiError>()).contains("too large"));
}

void TestPlanApproval::download_largerThanAnImage_isAccepted()
{
    // Plans with scanned pages pass the 4 MiB limit for images; documents may be 25 MiB.
    const QByteArray big = TestPdf::make(1) + QByteArray(PortalApi::MaxImageBytes * 2, ' ');
    m_portal->raw("GET", PdfPath, 200, "application/pdf", big);
    PlanDownload download(m_api.get());
    QSignalSpy finished(&download, &PlanDownload::finished);
    download.start(samplePlan());
    QVERIFY(finished.wait(10000));
    QCOMPARE(finished.first().first().toByteArray().size(), big.size());
}

QTEST_MAIN(TestPlanApproval)
#include "tst_planapproval.moc"
