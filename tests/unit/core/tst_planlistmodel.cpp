#include "core/planlistmodel.h"
#include "core/portalapi.h"
#include "fakeportal.h"
#include "testpdf.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

#include <memory>

namespace {

const QString PlansPath = QStringLiteral("/api/v1/clients/100482/plans");

QJsonObject page(const QJsonArray &items, const QJsonValue &nextCursor = QJsonValue::Null)
{
    return { { "items", items }, { "nextCursor", nextCursor } };
}

} // namespace

class TestPlanListModel : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void pages_areFetchedWithTheCursorUntilTheLast();
    void roles_giveEveryField();
    void refusal_stopsFetchingUntilReload();
    void malformedAnswer_isAnError();
    void reload_dropsTheAnswerStillUnderWay();
    void updatePlan_changesTheRowInPlace();
    void noClient_fetchesNothing();

private:
    std::unique_ptr<FakePortal> m_portal;
    std::unique_ptr<PortalApi> m_api;
    std::unique_ptr<PlanListModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestPlanListModel::init()
{
    m_tester.reset();
    m_model.reset();
    m_portal = std::make_unique<FakePortal>();
    m_api = std::make_unique<PortalApi>(m_portal.get());
    m_api->setBaseUrl(QUrl(QStringLiteral("https://portaal.example")));
    m_api->setSessionToken(QStringLiteral("st_W5n9Qe2Rk7Tz1Xc4Vb8Mp3Ls6Jd0Hf2Ga9Uy"));
    m_model = std::make_unique<PlanListModel>(m_api.get());
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
}

void TestPlanListModel::pages_areFetchedWithTheCursorUntilTheLast()
{
    m_portal->answer(
        "GET", PlansPath, 200,
        page({ TestPdf::planJson("pln_2026_03", "Ondersteuningsplan 2026", "2026-03-09"),
               TestPdf::planJson("pln_2025_09", "Evaluatie september 2025", "2025-09-22", false,
                                 TestPdf::approvalJson()) },
             QStringLiteral("c/2+")));
    m_portal->answer(
        "GET", PlansPath, 200,
        page({ TestPdf::planJson("pln_2025_03", "Ondersteuningsplan 2025", "2025-03-01", false) }));
    QSignalSpy loaded(m_model.get(), &PlanListModel::loaded);
    m_model->setPageSize(2);
    m_model->setClientId(QStringLiteral("100482"));
    QVERIFY(m_model->isLoading());
    QVERIFY(!m_model->canFetchMore({})); // one page at a time
    QVERIFY(loaded.wait(5000));
    QCOMPARE(loaded.first().first().toBool(), false);
    // The model tester, like a view, asks for the next page as soon as the first is in.
    QVERIFY(QTest::qWaitFor([&] { return loaded.size() == 2; }, 5000));
    QCOMPARE(loaded.last().first().toBool(), true);
    QCOMPARE(m_model->rowCount(), 3);
    QVERIFY(!m_model->canFetchMore({}));
    QCOMPARE(m_model->index(2).data().toString(), QStringLiteral("Ondersteuningsplan 2025"));

    const QList<FakePortal::Call> calls = m_portal->callsTo("GET", PlansPath);
    QCOMPARE(calls.size(), 2);
    QCOMPARE(calls.at(0).path, PlansPath + QStringLiteral("?limit=2"));
    QCOMPARE(calls.at(1).path, PlansPath + QStringLiteral("?limit=2&cursor=c%2F2%2B"));
    QVERIFY(calls.at(1).authorization.startsWith("Bearer "));
}

void TestPlanListModel::roles_giveEveryField()
{
    m_portal->answer(
        "GET", PlansPath, 200,
        page({ TestPdf::planJson("pln_2026_03", "Ondersteuningsplan 2026", "2026-03-09"),
               TestPdf::planJson("pln_2025_09", "Evaluatie", "2025-09-22", false,
                                 TestPdf::approvalJson()) }));
    QSignalSpy loaded(m_model.get(), &PlanListModel::loaded);
    m_model->setClientId(QStringLiteral("100482"));
    QVERIFY(loaded.wait(5000));
    const QModelIndex open = m_model->index(0);
    QCOMPARE(open.data(PlanListModel::IdRole).toString(), QStringLiteral("pln_2026_03"));
    QCOMPARE(open.data(PlanListModel::TitleRole).toString(),
             QStringLiteral("Ondersteuningsplan 2026"));
    QCOMPARE(open.data(PlanListModel::DateRole).toDate(), QDate(2026, 3, 9));
    QCOMPARE(open.data(PlanListModel::PublishedAtRole).toDateTime(),
             QDateTime::fromString("2026-03-09T15:02:11+01:00", Qt::ISODate));
    QCOMPARE(open.data(PlanListModel::PdfUrlRole).toString(),
             QStringLiteral("/api/v1/clients/100482/plans/pln_2026_03/pdf"));
    QCOMPARE(open.data(PlanListModel::SizeBytesRole).toLongLong(), 184322);
    QCOMPARE(open.data(PlanListModel::PageCountRole).toInt(), 3);
    QCOMPARE(open.data(PlanListModel::ApprovalRequestedRole).toBool(), true);
    QCOMPARE(open.data(PlanListModel::ApprovedRole).toBool(), false);
    QVERIFY(!open.data(PlanListModel::ApprovedByNameRole).isValid());
    QCOMPARE(open.data(PlanListModel::CanApproveRole).toBool(), true);

    const QModelIndex done = m_model->index(1);
    QCOMPARE(done.data(PlanListModel::ApprovedRole).toBool(), true);
    QCOMPARE(done.data(PlanListModel::ApprovedByNameRole).toString(),
             QStringLiteral("Mark van Dijk"));
    QCOMPARE(done.data(PlanListModel::ApprovedByIdRole).toString(), QStringLiteral("per_9Rm4"));
    QCOMPARE(done.data(PlanListModel::ApprovedByRoleRole).toInt(),
             int(ClientSummary::Role::Representative));
    QCOMPARE(done.data(PlanListModel::ApprovedAtRole).toDateTime(),
             QDateTime::fromString("2026-03-12T10:21:44+01:00", Qt::ISODate));
    QCOMPARE(done.data(PlanListModel::PlanRole).value<Plan>().title, QStringLiteral("Evaluatie"));
    QCOMPARE(done.data(PlanListModel::PlanRole).value<Plan>().suggestedFileName(),
             QStringLiteral("Evaluatie - 2025-09-22.pdf"));
    QVERIFY(m_model->roleNames().values().contains("approvedByName"));
    QCOMPARE(m_model->indexOf(QStringLiteral("pln_2025_09")), 1);
}

void TestPlanListModel::refusal_stopsFetchingUntilReload()
{
    m_portal->problem("GET", PlansPath, 403, QStringLiteral("right_missing"));
    m_portal->answer("GET", PlansPath, 200,
                     page({ TestPdf::planJson("pln_2026_03", "Plan", "2026-03-09") }));
    QSignalSpy failed(m_model.get(), &PlanListModel::loadFailed);
    QSignalSpy loaded(m_model.get(), &PlanListModel::loaded);
    m_model->setClientId(QStringLiteral("100482"));
    QVERIFY(failed.wait(5000));
    QCOMPARE(failed.first().first().value<ApiError>().problemCode(),
             QStringLiteral("right_missing"));
    QCOMPARE(m_model->lastError().httpStatus(), 403);
    QVERIFY(!m_model->isLoading());
    QVERIFY(!m_model->canFetchMore({}));
    QCOMPARE(m_model->rowCount(), 0);

    m_model->reload();
    QVERIFY(loaded.wait(5000));
    QCOMPARE(m_model->rowCount(), 1);
    QVERIFY(!m_model->lastError().isError());
}

void TestPlanListModel::malformedAnswer_isAnError()
{
    QJsonObject broken = TestPdf::planJson("pln_2026_03", "Plan", "2026-03-09");
    broken.insert("date", "9 maart");
    m_portal->answer("GET", PlansPath, 200, page({ broken }));
    QSignalSpy failed(m_model.get(), &PlanListModel::loadFailed);
    m_model->setClientId(QStringLiteral("100482"));
    QVERIFY(failed.wait(5000));
    QCOMPARE(failed.first().first().value<ApiError>().kind(), ApiError::Kind::NotAPortal);
    QCOMPARE(m_model->rowCount(), 0);

    QJsonObject otherHost = TestPdf::planJson("pln_2026_03", "Plan", "2026-03-09");
    otherHost.insert("pdfUrl", "https://elsewhere.example/plan.pdf");
    m_portal->answer("GET", PlansPath, 200, page({ otherHost }));
    m_model->reload();
    QVERIFY(failed.wait(5000));
    QCOMPARE(m_model->rowCount(), 0);
}

void TestPlanListModel::reload_dropsTheAnswerStillUnderWay()
{
    m_portal->answer("GET", PlansPath, 200,
                     page({ TestPdf::planJson("pln_old", "Old", "2025-01-01") }));
    m_portal->answer("GET", PlansPath, 200,
                     page({ TestPdf::planJson("pln_new", "New", "2026-01-01") }));
    QSignalSpy loaded(m_model.get(), &PlanListModel::loaded);
    m_model->setClientId(QStringLiteral("100482"));
    m_model->reload(); // before the first answer is in
    QVERIFY(loaded.wait(5000));
    QTest::qWait(50); // the first answer arrives too; it must not be added
    QCOMPARE(loaded.size(), 1);
    QCOMPARE(m_model->rowCount(), 1);
    QCOMPARE(m_model->plan(0).id, QStringLiteral("pln_new"));
}

void TestPlanListModel::updatePlan_changesTheRowInPlace()
{
    m_portal->answer("GET", PlansPath, 200,
                     page({ TestPdf::planJson("pln_2026_03", "Plan", "2026-03-09"),
                            TestPdf::planJson("pln_2025_09", "Older", "2025-09-22") }));
    QSignalSpy loaded(m_model.get(), &PlanListModel::loaded);
    m_model->setClientId(QStringLiteral("100482"));
    QVERIFY(loaded.wait(5000));
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    Plan approved;
    QString error;
    QVERIFY(Plan::fromJson(
        TestPdf::planJson("pln_2025_09", "Older", "2025-09-22", false, TestPdf::approvalJson()),
        &approved, &error));
    m_model->updatePlan(approved);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.first().at(0).toModelIndex().row(), 1);
    QCOMPARE(m_model->index(1).data(PlanListModel::ApprovedRole).toBool(), true);
    QCOMPARE(m_model->index(1).data(PlanListModel::CanApproveRole).toBool(), false);
    approved.id = QStringLiteral("pln_unknown");
    m_model->updatePlan(approved);
    QCOMPARE(changed.size(), 1);
}

void TestPlanListModel::noClient_fetchesNothing()
{
    QVERIFY(!m_model->canFetchMore({}));
    m_model->reload();
    QVERIFY(!m_model->isLoading());
    QVERIFY(m_portal->calls().isEmpty());
}

QTEST_MAIN(TestPlanListModel)
#include "tst_planlistmodel.moc"
