#include "../unit/core/fakeportal.h"
#include "../unit/core/reportfixtures.h"
#include "childwidget.h"
#include "core/draftstore.h"
#include "core/portalapi.h"
#include "core/reportlistmodel.h"
#include "core/reportsender.h"
#include "largedutch.h"
#include "partarea.h"
#include "ui/reports/newreportdialog.h"
#include "ui/reports/reportitemdelegate.h"
#include "ui/reports/reportstab.h"
#include "ui/theme.h"
#include "ui/widgets/stackingcolumns.h"
#include "ui/widgets/statusmessage.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QUrlQuery>

#include <memory>

using namespace ReportFixtures;

namespace {

const QString Owner = QStringLiteral("portaal.example.nl/per_mvandijk");

} // namespace

class TestReportsTab : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void draft_isBackAfterCloseAndRestart();
    void failedSend_keepsTheTextAndSaysWhy();
    void successfulSend_closesAndReloads();
    void list_pagesInOnScroll_andReaderShowsTheReport();
    void longList_keepsItsPlace_whenFarPagesGoAndComeBack();
    void emptyList_saysThatItIsNormal();
    void failedList_offersRetry();
    void newReport_onlyWithTheRight();
    void search_restartsTheListWithWords();
    void screenshots();
    void largeText_theReportGoesUnderTheList();
    void dates_haveAShortFormForANarrowList();

private:
    void makeTab();
    bool openDialog();
    bool waitForList();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<FakePortal> m_portal;
    std::unique_ptr<PortalApi> m_api;
    std::unique_ptr<DraftStore> m_drafts;
    std::unique_ptr<ReportsTab> m_tab;
};

void TestReportsTab::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_portal = std::make_unique<FakePortal>();
    m_api = std::make_unique<PortalApi>(m_portal.get());
    m_api->setBaseUrl(QUrl(QStringLiteral("https://portaal.example.nl")));
    m_drafts = std::make_unique<DraftStore>(m_dir->path(), Owner);
    m_portal->answer("GET", AuthorsPath, 200, authorPage());
}

void TestReportsTab::cleanup()
{
    m_tab.reset();
    m_drafts.reset();
}

void TestReportsTab::makeTab()
{
    m_tab = std::make_unique<ReportsTab>(m_api.get(), m_drafts.get());
    m_tab->resize(1100, 760);
    m_tab->setCanWrite(true);
    m_tab->setClientId(QStringLiteral("100482"));
    m_tab->show();
    if (!QTest::qWaitForWindowExposed(m_tab.get()))
        qWarning("tab not shown");
}

bool TestReportsTab::openDialog()
{
    QTest::mouseClick(child<QPushButton>(m_tab.get(), "newReportButton"), Qt::LeftButton);
    return QTest::qWaitFor(
        [this] { return m_tab->newReportDialog() && m_tab->newReportDialog()->isVisible(); }, 3000);
}

bool TestReportsTab::waitForList()
{
    return QTest::qWaitFor([this] { return !m_tab->model()->isLoading(); }, 5000);
}

void TestReportsTab::draft_isBackAfterCloseAndRestart()
{
    m_portal->answer("GET", ReportsPath, 200, page(1, 3));
    makeTab();
    QVERIFY(openDialog());
    NewReportDialog *dialog = m_tab->newReportDialog();
    auto *text = child<QPlainTextEdit>(dialog, "reportTextEdit");
    QVERIFY(QTest::qWaitForWindowActive(dialog));
    QTRY_VERIFY(text->hasFocus()); // people start typing at once
    QTest::keyClicks(text, QStringLiteral("Vader was vanmiddag wat verward."));
    // Kept while typing, before any close: a crash now loses nothing.
    QVERIFY(QTest::qWaitFor(
        [this] {
            return m_drafts->latest(ReportSender::DraftKind, "100482").text()
                == QStringLiteral("Vader was vanmiddag wat verward.");
        },
        3000));
    QTest::keyClicks(text, QStringLiteral(" Graag"));
    QTest::mouseClick(child<QPushButton>(dialog, "closeReportButton"), Qt::LeftButton);
    QVERIFY(QTest::qWaitFor([this] { return !m_tab->newReportDialog(); }, 3000));
    auto *notice = child<StatusMessage>(m_tab.get(), "reportsNotice");
    QVERIFY(notice->text().contains("not been sent yet"));
    QCOMPARE(child<QPushButton>(m_tab.get(), "newReportButton")->text(),
             QStringLiteral("Continue your report"));

    QVERIFY(openDialog());
    QCOMPARE(child<QPlainTextEdit>(m_tab->newReportDialog(), "reportTextEdit")->toPlainText(),
             QStringLiteral("Vader was vanmiddag wat verward. Graag"));
    QVERIFY(child<QLabel>(m_tab->newReportDialog(), "draftStateLabel")->text().contains("back"));
    QTest::keyClick(m_tab->newReportDialog(), Qt::Key_Escape);
    QVERIFY(QTest::qWaitFor([this] { return !m_tab->newReportDialog(); }, 3000));

    // The application starts again: a new store on the same folder, a new tab.
    m_tab.reset();
    m_drafts = std::make_unique<DraftStore>(m_dir->path(), Owner);
    makeTab();
    QVERIFY(openDialog());
    QCOMPARE(child<QPlainTextEdit>(m_tab->newReportDialog(), "reportTextEdit")->toPlainText(),
             QStringLiteral("Vader was vanmiddag wat verward. Graag"));
}

void TestReportsTab::failedSend_keepsTheTextAndSaysWhy()
{
    m_portal->answer("GET", ReportsPath, 200, page(1, 3));
    m_portal->networkError("POST", ReportsPath);
    makeTab();
    QVERIFY(openDialog());
    NewReportDialog *dialog = m_tab->newReportDialog();
    QTest::keyClicks(child<QPlainTextEdit>(dialog, "reportTextEdit"), QStringLiteral("Belangrijk"));
    auto *send = child<QPushButton>(dialog, "sendReportButton");
    QVERIFY(send->isEnabled());
    QTest::mouseClick(send, Qt::LeftButton);
    auto *status = child<StatusMessage>(dialog, "newReportStatus");
    QVERIFY(QTest::qWaitFor([status] { return !status->text().isEmpty(); }, 5000));
    QVERIFY(status->text().contains("cannot be reached"));
    QVERIFY(status->text().contains("kept"));
    QVERIFY(dialog->isVisible());
    QCOMPARE(child<QPlainTextEdit>(dialog, "reportTextEdit")->toPlainText(),
             QStringLiteral("Belangrijk"));
    QVERIFY(!child<QPlainTextEdit>(dialog, "reportTextEdit")->isReadOnly());
    QCOMPARE(DraftStore(m_dir->path(), Owner).latest(ReportSender::DraftKind, "100482").text(),
             QStringLiteral("Belangrijk"));

    // The network is back: the retry carries the same key, and the dialog closes.
    m_portal->answer("POST", ReportsPath, 201, report(0, QStringLiteral("Belangrijk")));
    QTest::mouseClick(send, Qt::LeftButton);
    QVERIFY(QTest::qWaitFor([this] { return !m_tab->newReportDialog(); }, 5000));
    const QList<FakePortal::Call> posts = m_portal->callsTo("POST", ReportsPath);
    QCOMPARE(posts.size(), 2);
    QCOMPARE(posts.at(0).idempotencyKey, posts.at(1).idempotencyKey);
    QVERIFY(!m_drafts->latest(ReportSender::DraftKind, "100482").isValid());
}

void TestReportsTab::successfulSend_closesAndReloads()
{
    m_portal->answer("GET", ReportsPath, 200, page(1, 3));
    m_portal->answer("POST", ReportsPath, 201, report(0, QStringLiteral("Nieuw")));
    makeTab();
    QVERIFY(waitForList());
    const int listCalls = int(m_portal->callsTo("GET", ReportsPath).size());
    QVERIFY(openDialog());
    QTest::keyClicks(child<QPlainTextEdit>(m_tab->newReportDialog(), "reportTextEdit"),
                     QStringLiteral("Nieuw"));
    QTest::mouseClick(child<QPushButton>(m_tab->newReportDialog(), "sendReportButton"),
                      Qt::LeftButton);
    QVERIFY(QTest::qWaitFor([this] { return !m_tab->newReportDialog(); }, 5000));
    QVERIFY(child<StatusMessage>(m_tab.get(), "reportsNotice")->text().contains("has been sent"));
    QVERIFY(QTest::qWaitFor(
        [&] { return m_portal->callsTo("GET", ReportsPath).size() > listCalls; }, 3000));
    QCOMPARE(child<QPushButton>(m_tab.get(), "newReportButton")->text(),
             QStringLiteral("New report"));
}

void TestReportsTab::list_pagesInOnScroll_andReaderShowsTheReport()
{
    m_portal->answer("GET", ReportsPath, 200, page(1, 25, QStringLiteral("c2")));
    m_portal->answer("GET", ReportsPath, 200, page(26, 5));
    makeTab();
    auto *list = child<QListView>(m_tab.get(), "reportList");
    QVERIFY(QTest::qWaitFor([this] { return m_tab->model()->rowCount() == 25; }, 5000));
    QVERIFY(waitForList());
    QCOMPARE(m_tab->model()->rowCount(), 25); // only what is seen: no second page yet
    QCOMPARE(m_portal->callsTo("GET", ReportsPath).size(), 1);

    // The newest report is chosen and can be read.
    auto *reader = child<QTextBrowser>(m_tab.get(), "reportReader");
    QCOMPARE(list->currentIndex().row(), 0);
    QVERIFY(reader->toPlainText().contains("goed geslapen (1)"));
    QVERIFY(reader->toPlainText().contains("Sanne Bakker"));

    list->scrollToBottom();
    QVERIFY(QTest::qWaitFor([this] { return m_tab->model()->rowCount() == 30; }, 5000));
    const QString path = m_portal->lastCallTo("GET", ReportsPath).path;
    QCOMPARE(QUrlQuery(path.section('?', 1)).queryItemValue("cursor"), QStringLiteral("c2"));

    list->setFocus();
    QTest::keyClick(list, Qt::Key_End);
    QVERIFY(reader->toPlainText().contains("goed geslapen (30)"));
}

void TestReportsTab::longList_keepsItsPlace_whenFarPagesGoAndComeBack()
{
    // 22 pages of 25: more than the 500 rows the list holds.
    const int pages = 22;
    for (int index = 0; index < pages; ++index) {
        m_portal->answer(
            "GET", ReportsPath, 200,
            page(index * 25 + 1, 25,
                 index + 1 < pages ? QStringLiteral("c%1").arg(index + 1) : QString()));
    }
    makeTab();
    auto *list = child<QListView>(m_tab.get(), "reportList");
    auto *reader = child<QTextBrowser>(m_tab.get(), "reportReader");
    ReportListModel *model = m_tab->model();
    QVERIFY(QTest::qWaitFor([model] { return model->rowCount() == 25; }, 5000));
    const auto topId
        = [list] { return list->indexAt(QPoint(1, 1)).data(ReportListModel::IdRole).toString(); };
    // Whenever rows go at the top, the report at the top of the view stays there.
    QString before;
    int drops = 0;
    int jumps = 0;
    connect(model, &QAbstractItemModel::rowsAboutToBeRemoved, this, [&] { before = topId(); });
    connect(model, &QAbstractItemModel::rowsRemoved, this, [&](const QModelIndex &, int first) {
        if (first != 0)
            return;
        ++drops;
        jumps += topId() == before ? 0 : 1;
    });

    list->setFocus();
    for (int press = 0; press < 400 && !model->isComplete(); ++press) {
        QTest::keyClick(list, Qt::Key_PageDown);
        QCoreApplication::processEvents();
        QVERIFY(waitForList());
    }
    QTest::keyClick(list, Qt::Key_End);
    QVERIFY(model->isComplete());
    QCOMPARE(model->rowCount(), ReportListModel::MaxRowsHeld);
    QCOMPARE(drops, pages - ReportListModel::MaxRowsHeld / 25);
    QCOMPARE(jumps, 0);
    QVERIFY(reader->toPlainText().contains("goed geslapen (550)"));
    QVERIFY(list->viewport()->rect().intersects(list->visualRect(list->currentIndex())));

    // Back to the top with Page Up: the pages let go come back, newest at the top.
    m_portal->answer("GET", ReportsPath, 200, page(26, 25, QStringLiteral("c2")));
    m_portal->answer("GET", ReportsPath, 200, page(1, 25, QStringLiteral("c1")));
    for (int press = 0; press < 400 && (model->hasNewer() || list->currentIndex().row() > 0);
         ++press) {
        QTest::keyClick(list, Qt::Key_PageUp);
        QCoreApplication::processEvents(); // what the event loop does between two presses
        QVERIFY(waitForList());
    }
    QVERIFY(!model->hasNewer());
    QCOMPARE(list->currentIndex().data(ReportListModel::IdRole).toString(),
             QStringLiteral("rep_1"));
    QVERIFY(reader->toPlainText().contains("goed geslapen (1)"));
    QCOMPARE(m_portal->callsTo("GET", ReportsPath).size(), pages + (pages - 20));
}

void TestReportsTab::emptyList_saysThatItIsNormal()
{
    m_portal->answer("GET", ReportsPath, 200, page(1, 0));
    makeTab();
    auto *empty = child<QLabel>(m_tab.get(), "reportsEmptyLabel");
    QVERIFY(QTest::qWaitFor([empty] { return empty->isVisible(); }, 5000));
    QVERIFY(empty->text().contains("normal"));
    QVERIFY(!child<QListView>(m_tab.get(), "reportList")->isVisible());
}

void TestReportsTab::failedList_offersRetry()
{
    m_portal->networkError("GET", ReportsPath);
    m_portal->answer("GET", ReportsPath, 200, page(1, 2));
    makeTab();
    auto *retry = child<QPushButton>(m_tab.get(), "reportsRetryButton");
    QVERIFY(QTest::qWaitFor([retry] { return retry->isVisible(); }, 5000));
    QVERIFY(
        child<StatusMessage>(m_tab.get(), "reportsStatus")->text().contains("could not be loaded"));
    QTest::mouseClick(retry, Qt::LeftButton);
    QVERIFY(QTest::qWaitFor([this] { return m_tab->model()->rowCount() == 2; }, 5000));
    QVERIFY(!retry->isVisible());
    QVERIFY(child<StatusMessage>(m_tab.get(), "reportsStatus")->text().isEmpty());
}

void TestReportsTab::newReport_onlyWithTheRight()
{
    m_portal->answer("GET", ReportsPath, 200, page(1, 1));
    makeTab();
    auto *button = child<QPushButton>(m_tab.get(), "newReportButton");
    QVERIFY(button->isVisible());
    m_tab->setCanWrite(false);
    QVERIFY(!button->isVisible());
    m_tab->openNewReport();
    QVERIFY(!m_tab->newReportDialog());
}

void TestReportsTab::search_restartsTheListWithWords()
{
    m_portal->answer("GET", ReportsPath, 200, page(1, 3));
    makeTab();
    QVERIFY(waitForList());
    auto *authors = child<QComboBox>(m_tab.get(), "reportAuthorFilter");
    QVERIFY(QTest::qWaitFor([authors] { return authors->count() == 4; }, 5000));
    QTest::keyClicks(child<QLineEdit>(m_tab.get(), "reportSearchField"), QStringLiteral("vijver"));
    QTest::keyClick(child<QLineEdit>(m_tab.get(), "reportSearchField"), Qt::Key_Return);
    QVERIFY(waitForList());
    authors->setCurrentIndex(authors->findData(QStringLiteral("aut_sbakker")));
    QVERIFY(waitForList());
    const QUrlQuery query(m_portal->lastCallTo("GET", ReportsPath).path.section('?', 1));
    QCOMPARE(query.queryItemValue("q"), QStringLiteral("vijver"));
    QCOMPARE(query.queryItemValue("author"), QStringLiteral("aut_sbakker"));
}

void TestReportsTab::largeText_theReportGoesUnderTheList()
{
    // At 200 % in Dutch on a 1366×768 laptop the list and the report shared the part's width
    // and its few hundred pixels of height: every date and author was cut off ("zondag 6
    // decem…") and the report showed its date on three lines and little else.
    const LargeDutch largeDutch;
    m_portal->answer("GET", ReportsPath, 200, page(1, 6));
    m_tab = std::make_unique<ReportsTab>(m_api.get(), m_drafts.get());
    m_tab->setClientId(QStringLiteral("100482"));
    // In the home page the part sits in a scroll area that lets it grow downwards only.
    PartArea part(m_tab.get());
    const int room = PartArea::Room;
    QVERIFY(part.isExposed());
    QVERIFY(waitForList());
    auto *reader = child<QTextBrowser>(m_tab.get(), "reportReader");
    QVERIFY(QTest::qWaitFor([&] { return !reader->toPlainText().isEmpty(); }, 5000));

    auto *columns = m_tab->findChild<StackingColumns *>(QStringLiteral("reportsColumns"));
    auto *list = child<QListView>(m_tab.get(), "reportList");
    QVERIFY(columns);
    QTRY_VERIFY(!columns->isSideBySide());
    QVERIFY(m_tab->minimumSizeHint().width() <= room);
    QTRY_COMPARE(m_tab->width(), room);
    // The report under the list, the whole width wide and a good part of it high.
    const int listBottom = list->mapTo(m_tab.get(), QPoint(0, list->height())).y();
    QVERIFY(reader->mapTo(m_tab.get(), QPoint(0, 0)).y() > listBottom);
    QVERIFY(reader->width() > room * 3 / 4);
    QVERIFY(reader->height() >= 10 * reader->fontMetrics().lineSpacing());
    // A report's first line in the list (its date and time) whole.
    const QString when = QLocale().toString(
        m_tab->model()->index(0).data(ReportListModel::CreatedAtRole).toDateTime().toLocalTime(),
        QStringLiteral("dddd d MMMM yyyy, HH:mm"));
    QFont bold = list->font();
    bold.setBold(true);
    QVERIFY2(list->viewport()->width() > QFontMetrics(bold).horizontalAdvance(when),
             qPrintable(when));
    const QString folder = qEnvironmentVariable("PORTIEK_SCREENSHOT_DIR");
    if (!folder.isEmpty())
        QVERIFY(m_tab->grab().save(folder + QStringLiteral("/c1-reportstab-200.png")));

    // Back at the ordinary size the two go side by side again.
    Theme::setTextScale(100);
    QTRY_VERIFY(columns->isSideBySide());
}

void TestReportsTab::screenshots()
{
    // Into PORTIEK_SCREENSHOT_DIR to look at them; otherwise a temporary folder, so the tab and
    // the dialog are still rendered and saved on every run.
    QTemporaryDir temporary;
    QString folder = qEnvironmentVariable("PORTIEK_SCREENSHOT_DIR");
    if (folder.isEmpty()) {
        QVERIFY(temporary.isValid());
        folder = temporary.path();
    }
    QJsonObject sample = page(1, 6);
    QJsonArray items = sample.value("items").toArray();
    QJsonObject mark = report(2,
                              QStringLiteral("Vader was vanmiddag wat verward bij ons bezoek. "
                                             "Hij vroeg twee keer naar moeder. Graag even "
                                             "aandacht voor zijn stemming de komende dagen."));
    mark.insert("author",
                author("aut_per_9Rm4", "Mark van Dijk", "Wettelijk vertegenwoordiger", "portal"));
    mark.insert("category", QStringLiteral("Cliëntportaal"));
    mark.insert("source", "portal");
    items.replace(1, mark);
    sample.insert("items", items);
    m_portal->answer("GET", ReportsPath, 200, sample);
    makeTab();
    QVERIFY(waitForList());
    QApplication::sendPostedEvents();
    QVERIFY(m_tab->grab().save(folder + "/c1-reportstab.png"));
    QVERIFY(openDialog());
    QTest::keyClicks(child<QPlainTextEdit>(m_tab->newReportDialog(), "reportTextEdit"),
                     QStringLiteral("Vader at vandaag goed."));
    m_tab->newReportDialog()->saveDraft();
    QApplication::sendPostedEvents(); // the layout catches up with the new texts
    QVERIFY(m_tab->newReportDialog()->grab().save(folder + "/c1-newreportdialog.png"));
}

void TestReportsTab::dates_haveAShortFormForANarrowList()
{
    // In the smallest window the longest dates were cut off ("zaterdag 5 december 2026, 20…"):
    // where the long form does not fit, the list shows the short one, whole.
    const QLocale before;
    QLocale::setDefault(QLocale(QLocale::Dutch, QLocale::Netherlands));
    const QDateTime when(QDate(2026, 12, 5), QTime(20, 45));
    const QString longForm = ReportItemDelegate::dateText(when);
    const QString shortForm = ReportItemDelegate::shortDateText(when);
    QLocale::setDefault(before);
    QCOMPARE(longForm, QStringLiteral("zaterdag 5 december 2026, 20:45"));
    QCOMPARE(shortForm, QStringLiteral("za 5 dec. 2026, 20:45"));
}

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    Theme::apply(app);
    QTest::setMainSourcePath(__FILE__);
    TestReportsTab test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_reportstab.moc"
