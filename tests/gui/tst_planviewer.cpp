#include "../unit/core/fakeportal.h"
#include "../unit/core/testpdf.h"
#include "core/pdfdocument.h"
#include "core/planlistmodel.h"
#include "core/portalapi.h"
#include "largedutch.h"
#include "ui/plans/pdfpageview.h"
#include "ui/plans/pdfpagewidget.h"
#include "ui/plans/planstab.h"
#include "ui/plans/planviewer.h"
#include "ui/theme.h"

#include <QApplication>
#include <QFile>
#include <QJsonArray>
#include <QLabel>
#include <QListView>
#include <QMessageBox>
#include <QPrinter>
#include <QPushButton>
#include <QScopeGuard>
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace {

const QString PlansPath = QStringLiteral("/api/v1/clients/100482/plans");
const QString PdfPath = QStringLiteral("/api/v1/clients/100482/plans/pln_2026_03/pdf");
const QString ApprovalPath = QStringLiteral("/api/v1/clients/100482/plans/pln_2026_03/approval");

Plan samplePlan(bool canApprove = true)
{
    Plan plan;
    QString error;
    const bool ok = Plan::fromJson(
        TestPdf::planJson("pln_2026_03", "Ondersteuningsplan 2026", "2026-03-09", canApprove),
        &plan, &error);
    Q_ASSERT(ok);
    return plan;
}

// The plans list: this year's plan waiting for approval, last year's approved.
QJsonObject twoPlans()
{
    return { { "items",
               QJsonArray {
                   TestPdf::planJson("pln_2026_03", "Ondersteuningsplan 2026", "2026-03-09"),
                   TestPdf::planJson("pln_2025_09", "Evaluatie september 2025", "2025-09-22", false,
                                     TestPdf::approvalJson()) } },
             { "nextCursor", QJsonValue::Null } };
}

// With PORTIEK_SCREENSHOT_DIR set, keeps a picture of the widget there to look at.
void screenshot(QWidget *widget, const QString &name)
{
    const QString folder = qEnvironmentVariable("PORTIEK_SCREENSHOT_DIR");
    if (!folder.isEmpty())
        widget->grab().save(folder + QStringLiteral("/c2-%1.png").arg(name));
}

} // namespace

class TestPlanViewer : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void realPdf_showsItsPagesAsTheyComeIntoView();
    void keyboard_pagesAndZooms();
    void corruptPdf_showsASentenceInsteadOfPages();
    void lockedPdf_saysItHasAPassword();
    void missingPdf_saysThePlanIsGone();
    void print_toPdfFile_givesTheSamePages();
    void print_pageRange_printsOnlyThosePages();
    void saveTo_writesThePdf();
    void approve_asksFirstAndPostsWithAnIdempotencyKey();
    void approve_answeredNo_sendsNothing();
    void approve_alreadyApproved_saysSo();
    void approve_notAllowed_isNotOffered();
    void plansTab_listsPlansAndOpensTheViewer();
    void plansTab_emptyAndErrorStatesSaySo();
    void plansTab_largeText_wholePlansAndNothingSideways();
    void largeText_theViewerFitsASmallLaptop();

private:
    std::unique_ptr<PlanViewer> openViewer(const QByteArray &pdf, const Plan &plan = samplePlan());
    QMessageBox *waitForConfirmation(QWidget *parent);

    std::unique_ptr<FakePortal> m_portal;
    std::unique_ptr<PortalApi> m_api;
    QTemporaryDir m_dir;
};

void TestPlanViewer::initTestCase()
{
    Theme::apply(*qApp);
    QVERIFY(m_dir.isValid());
}

void TestPlanViewer::init()
{
    m_portal = std::make_unique<FakePortal>();
    m_api = std::make_unique<PortalApi>(m_portal.get());
    m_api->setBaseUrl(QUrl(QStringLiteral("https://portaal.example")));
    m_api->setSessionToken(QStringLiteral("st_W5n9Qe2Rk7Tz1Xc4Vb8Mp3Ls6Jd0Hf2Ga9Uy"));
}

void TestPlanViewer::cleanup()
{
    // Dialogs left open by a failed test must not answer the next one.
    for (QWidget *widget : QApplication::topLevelWidgets()) {
        if (qobject_cast<QMessageBox *>(widget))
            widget->deleteLater();
    }
    QCoreApplication::processEvents();
}

std::unique_ptr<PlanViewer> TestPlanViewer::openViewer(const QByteArray &pdf, const Plan &plan)
{
    m_portal->raw("GET", PdfPath, 200, "application/pdf", pdf);
    auto viewer = std::make_unique<PlanViewer>(m_api.get(), QStringLiteral("100482"), plan);
    viewer->resize(900, 800);
    viewer->show();
    viewer->load();
    return viewer;
}

QMessageBox *TestPlanViewer::waitForConfirmation(QWidget *parent)
{
    QMessageBox *box = nullptr;
    const bool shown = QTest::qWaitFor(
        [&] {
            box = parent->findChild<QMessageBox *>(QStringLiteral("approveConfirmation"));
            return box && box->isVisible();
        },
        5000);
    return shown ? box : nullptr;
}

void TestPlanViewer::realPdf_showsItsPagesAsTheyComeIntoView()
{
    auto viewer = openViewer(TestPdf::make(5));
    QVERIFY(QTest::qWaitFor([&] { return viewer->hasDocument(); }, 5000));
    PdfPageView *view = viewer->pageView();
    QCOMPARE(view->pageCount(), 5);
    QVERIFY(view->fitsWidth());
    QVERIFY(QTest::qWaitFor([&] { return view->pageWidget(0)->hasImage(); }, 10000));
    // Fit width: the page fills the view's width (less margins and the scroll bar).
    QVERIFY(view->pageWidget(0)->width() > view->viewport()->width() - 80);
    // Far pages wait until they come into view.
    QTest::qWait(100);
    QVERIFY(!view->pageWidget(4)->hasImage());
    auto *label = viewer->findChild<QLabel *>(QStringLiteral("pageLabel"));
    QCOMPARE(label->text(), QStringLiteral("Page 1 of 5"));
    screenshot(viewer.get(), QStringLiteral("viewer"));

    view->goToPage(4);
    QVERIFY(QTest::qWaitFor([&] { return view->pageWidget(4)->hasImage(); }, 10000));
    QCOMPARE(label->text(), QStringLiteral("Page 5 of 5"));
    QVERIFY(viewer->message().isEmpty());
}

void TestPlanViewer::keyboard_pagesAndZooms()
{
    auto viewer = openViewer(TestPdf::make(3));
    QVERIFY(QTest::qWaitFor([&] { return viewer->hasDocument(); }, 5000));
    PdfPageView *view = viewer->pageView();
    view->setFocus();
    QVERIFY(QTest::qWaitFor([&] { return view->hasFocus(); }, 2000));
    QTest::keyClick(view, Qt::Key_PageDown);
    QCOMPARE(view->currentPage(), 1);
    QTest::keyClick(view, Qt::Key_PageUp);
    QCOMPARE(view->currentPage(), 0);

    const int fitted = view->zoomPercent();
    QTest::keyClick(view, Qt::Key_Plus, Qt::ControlModifier);
    QVERIFY(view->zoomPercent() > fitted);
    QVERIFY(!view->fitsWidth());
    QTest::keyClick(view, Qt::Key_Minus, Qt::ControlModifier);
    QTest::keyClick(view, Qt::Key_Minus, Qt::ControlModifier);
    QVERIFY(view->zoomPercent() < fitted);
    // The page is drawn sharp again at the new size.
    PdfPageWidget *page = view->pageWidget(0);
    QVERIFY(QTest::qWaitFor(
        [&] {
            return qAbs(page->image().width() - page->width() * page->devicePixelRatioF()) <= 2;
        },
        10000));
    auto *fit = viewer->findChild<QPushButton *>(QStringLiteral("fitWidthButton"));
    QVERIFY(fit->isEnabled());
    fit->click();
    QVERIFY(view->fitsWidth());
    QCOMPARE(view->zoomPercent(), fitted);
}

void TestPlanViewer::corruptPdf_showsASentenceInsteadOfPages()
{
    auto viewer = openViewer(TestPdf::corrupt());
    QVERIFY(QTest::qWaitFor([&] { return !viewer->message().isEmpty(); }, 5000));
    QVERIFY(viewer->message().contains("damaged"));
    QVERIFY(!viewer->hasDocument());
    QVERIFY(!viewer->pageView()->isVisible());
    QVERIFY(!viewer->findChild<QPushButton *>(QStringLiteral("printPlanButton"))->isEnabled());
    QVERIFY(!viewer->findChild<QPushButton *>(QStringLiteral("savePlanButton"))->isEnabled());
    QVERIFY(!viewer->findChild<QPushButton *>(QStringLiteral("approvePlanButton"))->isEnabled());
    screenshot(viewer.get(), QStringLiteral("viewer-corrupt"));
}

void TestPlanViewer::lockedPdf_saysItHasAPassword()
{
    auto viewer = openViewer(TestPdf::makeLocked());
    QVERIFY(QTest::qWaitFor([&] { return !viewer->message().isEmpty(); }, 5000));
    QVERIFY(viewer->message().contains("password"));
    QVERIFY(!viewer->hasDocument());
}

void TestPlanViewer::missingPdf_saysThePlanIsGone()
{
    m_portal->problem("GET", PdfPath, 404, QStringLiteral("not_found"));
    PlanViewer viewer(m_api.get(), QStringLiteral("100482"), samplePlan());
    viewer.show();
    viewer.load();
    QVERIFY(QTest::qWaitFor([&] { return !viewer.message().isEmpty(); }, 5000));
    QVERIFY(viewer.message().contains("no longer in the portal"));
}

void TestPlanViewer::print_toPdfFile_givesTheSamePages()
{
    PlanViewer viewer(m_api.get(), QStringLiteral("100482"), samplePlan());
    viewer.showPdf(TestPdf::make(3));
    QVERIFY(viewer.hasDocument());
    const QString path = m_dir.filePath(QStringLiteral("printed.pdf"));
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(path);
    QSignalSpy finished(&viewer, &PlanViewer::printFinished);
    QVERIFY(viewer.printTo(&printer));
    QVERIFY(finished.wait(30000));
    QCOMPARE(finished.first().first().toBool(), true);

    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    PdfDocument printed;
    QCOMPARE(printed.load(file.readAll()), PdfDocument::Error::None);
    QCOMPARE(printed.pageCount(), 3);
    // The printed second page carries the plan's page, not blank paper.
    const QImage page = PdfDocument::renderPage(printed.bytes(), 1, 36)
                            .convertToFormat(QImage::Format_Grayscale8);
    int ink = 0;
    for (int y = 0; y < page.height(); ++y)
        for (int x = 0; x < page.width(); ++x)
            ink += page.pixelColor(x, y).value() < 128 ? 1 : 0;
    QVERIFY2(ink > 100, qPrintable(QString::number(ink)));
    QVERIFY(viewer.message().contains("printer"));
}

void TestPlanViewer::print_pageRange_printsOnlyThosePages()
{
    PlanViewer viewer(m_api.get(), QStringLiteral("100482"), samplePlan());
    viewer.showPdf(TestPdf::make(4));
    const QString path = m_dir.filePath(QStringLiteral("range.pdf"));
    QPrinter printer(QPrinter::ScreenResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(path);
    printer.setPrintRange(QPrinter::PageRange);
    printer.setFromTo(2, 3);
    QSignalSpy finished(&viewer, &PlanViewer::printFinished);
    QVERIFY(viewer.printTo(&printer));
    QVERIFY(finished.wait(30000));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    PdfDocument printed;
    QCOMPARE(printed.load(file.readAll()), PdfDocument::Error::None);
    QCOMPARE(printed.pageCount(), 2);
}

void TestPlanViewer::saveTo_writesThePdf()
{
    PlanViewer viewer(m_api.get(), QStringLiteral("100482"), samplePlan());
    const QByteArray pdf = TestPdf::make(2);
    viewer.showPdf(pdf);
    const QString path = m_dir.filePath(samplePlan().suggestedFileName());
    QVERIFY(path.endsWith("Ondersteuningsplan 2026 - 2026-03-09.pdf"));
    QVERIFY(viewer.saveTo(path));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), pdf);
    QVERIFY(viewer.message().contains("saved"));
    QVERIFY(!viewer.saveTo(m_dir.filePath(QStringLiteral("no/such/folder/plan.pdf"))));
    QVERIFY(viewer.message().contains("could not be saved"));
}

void TestPlanViewer::approve_asksFirstAndPostsWithAnIdempotencyKey()
{
    m_portal->answer("POST", ApprovalPath, 201,
                     TestPdf::planJson("pln_2026_03", "Ondersteuningsplan 2026", "2026-03-09",
                                       false, TestPdf::approvalJson()));
    auto viewer = openViewer(TestPdf::make(3));
    QVERIFY(QTest::qWaitFor([&] { return viewer->hasDocument(); }, 5000));
    QSignalSpy approved(viewer.get(), &PlanViewer::planApproved);
    auto *approve = viewer->findChild<QPushButton *>(QStringLiteral("approvePlanButton"));
    QVERIFY(approve->isVisible() && approve->isEnabled());
    approve->click();
    QMessageBox *box = waitForConfirmation(viewer.get());
    QVERIFY(box);
    QCOMPARE(box->text(),
             QStringLiteral("Do you approve Ondersteuningsplan 2026 of 9 March 2026?"));
    QVERIFY(m_portal->callsTo("POST", ApprovalPath).isEmpty()); // nothing before the answer
    screenshot(box, QStringLiteral("approve-confirmation"));
    box->findChild<QPushButton *>(QStringLiteral("approveYesButton"))->click();
    QVERIFY(approved.wait(5000));
    const FakePortal::Call call = m_portal->lastCallTo("POST", ApprovalPath);
    QCOMPARE(call.idempotencyKey.size(), 36);
    QVERIFY(!approve->isVisible());
    auto *state = viewer->findChild<QLabel *>(QStringLiteral("planViewerState"));
    QCOMPARE(state->text(), QStringLiteral("Approved by Mark van Dijk on 12 March 2026"));
    QVERIFY(viewer->message().contains("Thank you"));
}

void TestPlanViewer::approve_answeredNo_sendsNothing()
{
    auto viewer = openViewer(TestPdf::make(1));
    QVERIFY(QTest::qWaitFor([&] { return viewer->hasDocument(); }, 5000));
    viewer->approve();
    QMessageBox *box = waitForConfirmation(viewer.get());
    QVERIFY(box);
    // Enter alone does not approve: "No" is the default.
    QTest::keyClick(box, Qt::Key_Return);
    QVERIFY(QTest::qWaitFor([&] { return !box || !box->isVisible(); }, 2000));
    QTest::qWait(50);
    QVERIFY(m_portal->callsTo("POST", ApprovalPath).isEmpty());
    QVERIFY(viewer->findChild<QPushButton *>(QStringLiteral("approvePlanButton"))->isVisible());
}

void TestPlanViewer::approve_alreadyApproved_saysSo()
{
    m_portal->problem("POST", ApprovalPath, 409, QStringLiteral("plan_already_approved"));
    auto viewer = openViewer(TestPdf::make(1));
    QVERIFY(QTest::qWaitFor([&] { return viewer->hasDocument(); }, 5000));
    QSignalSpy outdated(viewer.get(), &PlanViewer::planOutdated);
    viewer->approve();
    QMessageBox *box = waitForConfirmation(viewer.get());
    QVERIFY(box);
    box->findChild<QPushButton *>(QStringLiteral("approveYesButton"))->click();
    QVERIFY(outdated.wait(5000));
    QVERIFY(viewer->message().contains("already been approved"));
    QVERIFY(!viewer->findChild<QPushButton *>(QStringLiteral("approvePlanButton"))->isVisible());
}

void TestPlanViewer::approve_notAllowed_isNotOffered()
{
    auto viewer = openViewer(TestPdf::make(1), samplePlan(false));
    QVERIFY(QTest::qWaitFor([&] { return viewer->hasDocument(); }, 5000));
    QVERIFY(!viewer->findChild<QPushButton *>(QStringLiteral("approvePlanButton"))->isVisible());
    viewer->approve();
    QTest::qWait(50);
    QVERIFY(!viewer->findChild<QMessageBox *>(QStringLiteral("approveConfirmation")));
}

void TestPlanViewer::plansTab_listsPlansAndOpensTheViewer()
{
    m_portal->answer("GET", PlansPath, 200, twoPlans());
    m_portal->raw("GET", PdfPath, 200, "application/pdf", TestPdf::make(3));
    PlansTab tab(m_api.get());
    tab.resize(800, 600);
    tab.show();
    tab.setClientId(QStringLiteral("100482"));
    auto *list = tab.findChild<QListView *>(QStringLiteral("planList"));
    QVERIFY(QTest::qWaitFor([&] { return list->model()->rowCount() == 2; }, 5000));
    const QModelIndex first = list->model()->index(0, 0);
    QCOMPARE(first.data().toString(),
             QStringLiteral("Ondersteuningsplan 2026\n9 March 2026 · 3 pages\nApproval requested"));
    QCOMPARE(list->model()->index(1, 0).data(Qt::AccessibleTextRole).toString(),
             QStringLiteral("Evaluatie september 2025. 22 September 2025 · 3 pages. Approved by "
                            "Mark van Dijk on 12 March 2026"));
    QVERIFY(!first.data(Qt::DecorationRole).value<QIcon>().isNull());
    screenshot(&tab, QStringLiteral("tab"));

    list->setFocus();
    QVERIFY(QTest::qWaitFor([&] { return list->hasFocus(); }, 2000));
    QCOMPARE(list->currentIndex().row(), 0);
    tab.findChild<QPushButton *>(QStringLiteral("openPlanButton"))->click();
    QVERIFY(tab.viewer());
    QVERIFY(QTest::qWaitFor([&] { return tab.viewer()->hasDocument(); }, 5000));
    QCOMPARE(tab.viewer()->plan().id, QStringLiteral("pln_2026_03"));
    tab.viewer()->close();
    QVERIFY(QTest::qWaitFor([&] { return !tab.viewer(); }, 2000));
}

void TestPlanViewer::plansTab_emptyAndErrorStatesSaySo()
{
    m_portal->answer("GET", PlansPath, 200,
                     { { "items", QJsonArray() }, { "nextCursor", QJsonValue::Null } });
    PlansTab tab(m_api.get());
    tab.resize(800, 600);
    tab.show();
    tab.setClientId(QStringLiteral("100482"));
    auto *empty = tab.findChild<QLabel *>(QStringLiteral("plansEmpty"));
    QVERIFY(QTest::qWaitFor([&] { return empty->isVisible(); }, 5000));
    QVERIFY(empty->text().contains("no plans yet"));
    QVERIFY(!tab.findChild<QListView *>(QStringLiteral("planList"))->isVisible());

    m_portal->networkError("GET", PlansPath);
    tab.reload();
    auto *retry = tab.findChild<QPushButton *>(QStringLiteral("plansRetryButton"));
    QVERIFY(QTest::qWaitFor([&] { return retry->isVisible(); }, 5000));
    QVERIFY(!empty->isVisible());
    screenshot(&tab, QStringLiteral("tab-error"));
}

void TestPlanViewer::plansTab_largeText_wholePlansAndNothingSideways()
{
    // At 200 % in a maximised 1366×768 window the list was squeezed to less than one plan,
    // which it cut off, and it scrolled sideways; then to one plan at a time.
    Theme::setTextScale(200);
    const auto restore = qScopeGuard([] { Theme::setTextScale(100); });
    m_portal->answer("GET", PlansPath, 200, twoPlans());
    PlansTab tab(m_api.get());
    // In the home page the part sits in a scroll area that lets it grow downwards only.
    QScrollArea area;
    area.setWidgetResizable(true);
    area.setWidget(&tab);
    const auto giveBack = qScopeGuard([&area] { area.takeWidget(); });
    area.resize(950, 460); // about what the part gets below the top bar
    area.show();
    tab.setClientId(QStringLiteral("100482"));
    auto *list = tab.findChild<QListView *>(QStringLiteral("planList"));
    QVERIFY(QTest::qWaitFor([&] { return list->model()->rowCount() == 2; }, 5000));
    const QModelIndex first = list->model()->index(0, 0);
    QTRY_VERIFY(list->visualRect(first).height() > 0);
    // Both plans in view (room for up to three): the part scrolls, not the list.
    const QModelIndex second = list->model()->index(1, 0);
    QTRY_VERIFY(list->viewport()->height() >= list->visualRect(second).bottom());
    QVERIFY(!list->horizontalScrollBar()->isVisible());
    QVERIFY(list->visualRect(first).right() < list->viewport()->width());
    screenshot(&area, QStringLiteral("tab-200"));
}

void TestPlanViewer::largeText_theViewerFitsASmallLaptop()
{
    // At 200 % in Dutch the row of page and size buttons made the viewer 1,734 px wide: on a
    // 1366×768 laptop "Sluiten" and "Paginabreedte" were off the screen.
    const LargeDutch largeDutch;
    auto viewer = openViewer(TestPdf::make(3));
    QVERIFY(QTest::qWaitFor([&] { return viewer->hasDocument(); }, 5000));
    const int laptop = 1366;
    QVERIFY(viewer->minimumSizeHint().width() <= laptop);
    viewer->resize(laptop, 768);
    auto *fit = viewer->findChild<QPushButton *>(QStringLiteral("fitWidthButton"));
    auto *previous = viewer->findChild<QPushButton *>(QStringLiteral("previousPageButton"));
    QTRY_COMPARE(viewer->width(), laptop);
    // The size buttons under the page buttons, each whole and inside the window.
    QTRY_VERIFY(fit->mapTo(viewer.get(), QPoint(0, 0)).y()
                > previous->mapTo(viewer.get(), QPoint(0, previous->height())).y());
    for (const char *name : { "previousPageButton", "nextPageButton", "zoomOutButton",
                              "zoomInButton", "fitWidthButton", "closePlanButton" }) {
        auto *button = viewer->findChild<QPushButton *>(QLatin1String(name));
        const QRect inViewer(button->mapTo(viewer.get(), QPoint(0, 0)), button->size());
        QVERIFY2(viewer->rect().contains(inViewer), name);
        QVERIFY2(button->width() >= button->sizeHint().width(), name);
    }
    screenshot(viewer.get(), QStringLiteral("viewer-200"));
}

QTEST_MAIN(TestPlanViewer)
#include "tst_planviewer.moc"
