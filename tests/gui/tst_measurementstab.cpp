// The Measurements tab against a scripted portal (keyboard use, rights, error sentences,
// drafts) and once against the real portiek-server: a blood pressure entered through the dialog
// shows in the table and the chart.
#include "../unit/core/fakeportal.h"
#include "../unit/core/measurementfixtures.h"
#include "childwidget.h"
#include "core/draftstore.h"
#include "core/loginflow.h"
#include "core/measurementlistmodel.h"
#include "core/measurementsender.h"
#include "core/measurementtypelistmodel.h"
#include "core/memorytrusteddevicestore.h"
#include "core/portalapi.h"
#include "largedutch.h"
#include "partarea.h"
#include "support/signinclient.h"
#include "support/testserver.h"
#include "ui/measurements/measurementchart.h"
#include "ui/measurements/measurementstab.h"
#include "ui/measurements/newmeasurementdialog.h"
#include "ui/theme.h"
#include "ui/widgets/stackingcolumns.h"
#include "ui/widgets/statusmessage.h"

#include <QApplication>
#include <QDateTimeEdit>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollBar>
#include <QSslSocket>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace MeasurementFixtures;

namespace {

const QString Owner = QStringLiteral("portaal.example.nl/per_mvandijk");

ClientSummary client(bool measurements = true)
{
    ClientSummary summary;
    summary.id = QStringLiteral("100482");
    summary.name = QStringLiteral("Gerard van Dijk");
    summary.myRole = ClientSummary::Role::Representative;
    summary.rights = Rights::all();
    summary.rights.measurements = measurements;
    return summary;
}

} // namespace

class TestMeasurementsTab : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void history_showsInTableAndChart();
    void newMeasurement_byKeyboard_enterSaves();
    void invalidValue_isToldAtTheField_andNothingIsSent();
    void failedSend_keepsWhatWasTyped();
    void withoutTheRight_showsNoMeasurements();
    void typesFail_sayWhyAndOfferRetry();
    void delete_asksNamingValueAndTime();
    void screenshot();
    void largeText_theChartGetsTheWidth();
    void dutch_smallestWindow_cutsOffNoWord();
    void realServer_enterABloodPressure();

private:
    void makeTab(const ClientSummary &summary = client());
    bool openDialog();
    bool showPressure();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<FakePortal> m_portal;
    std::unique_ptr<PortalApi> m_api;
    std::unique_ptr<DraftStore> m_drafts;
    std::unique_ptr<MeasurementsTab> m_tab;
};

void TestMeasurementsTab::initTestCase()
{
    Theme::apply(*qApp);
}

void TestMeasurementsTab::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_portal = std::make_unique<FakePortal>();
    m_api = std::make_unique<PortalApi>(m_portal.get());
    m_api->setBaseUrl(QUrl(QStringLiteral("https://portaal.example.nl")));
    m_drafts = std::make_unique<DraftStore>(m_dir->path(), Owner);
    m_portal->answer("GET", TypesPath, 200, typePage());
}

void TestMeasurementsTab::cleanup()
{
    m_tab.reset();
    m_drafts.reset();
}

void TestMeasurementsTab::makeTab(const ClientSummary &summary)
{
    m_tab = std::make_unique<MeasurementsTab>(m_api.get(), m_drafts.get());
    m_tab->resize(1100, 760);
    m_tab->setClient(summary);
    m_tab->show();
    if (!QTest::qWaitForWindowExposed(m_tab.get()))
        qWarning("tab not shown");
}

bool TestMeasurementsTab::showPressure()
{
    if (!QTest::qWaitFor([this] { return m_tab->typeModel()->hasLoaded(); }, 5000))
        return false;
    m_tab->selectType(QStringLiteral("bloodPressure"));
    return QTest::qWaitFor(
        [this] {
            return m_tab->model()->type().code == QLatin1String("bloodPressure")
                && m_tab->model()->hasLoaded() && !m_tab->model()->isLoading();
        },
        5000);
}

bool TestMeasurementsTab::openDialog()
{
    QTest::mouseClick(child<QPushButton>(m_tab.get(), "newMeasurementButton"), Qt::LeftButton);
    return QTest::qWaitFor(
        [this] {
            return m_tab->newMeasurementDialog() && m_tab->newMeasurementDialog()->isVisible();
        },
        3000);
}

void TestMeasurementsTab::history_showsInTableAndChart()
{
    m_portal->answer("GET", MeasurementsPath, 200, pressurePage(0, 3));
    makeTab();
    QVERIFY(showPressure());
    auto *types = child<QListView>(m_tab.get(), "measurementTypeList");
    QCOMPARE(types->model()->rowCount(), 3);
    QCOMPARE(types->currentIndex().data().toString(), QStringLiteral("Bloeddruk (mmHg)"));
    QCOMPARE(child<QLabel>(m_tab.get(), "measurementTypeHeading")->text(),
             QStringLiteral("Bloeddruk (mmHg)"));
    auto *table = child<QTableView>(m_tab.get(), "measurementTable");
    QVERIFY(table->isVisible());
    QCOMPARE(table->model()->rowCount(), 3);
    QCOMPARE(table->model()->index(0, MeasurementListModel::ValueColumn).data().toString(),
             QStringLiteral("138/84 mmHg"));
    // The chart says in words what it shows: the period, latest, lowest and highest.
    const QString description = m_tab->chart()->accessibleDescription();
    QVERIFY2(description.contains("3 measurements from"), qPrintable(description));
    QVERIFY2(description.contains("Bovendruk: latest 138 mmHg"), qPrintable(description));
    QVERIFY2(description.contains("lowest 138 mmHg, highest 140 mmHg"), qPrintable(description));
    QVERIFY(description.contains("Onderdruk: latest 84 mmHg"));
    QCOMPARE(m_tab->chart()->accessibleName(), QStringLiteral("Chart of Bloeddruk"));
    // By keyboard from the list of types to the chart and the table.
    types->setFocus();
    QTest::keyClick(types, Qt::Key_Tab);
    QVERIFY(m_tab->chart()->hasFocus());
    QTest::keyClick(m_tab->chart(), Qt::Key_Tab);
    QVERIFY(table->hasFocus());
}

void TestMeasurementsTab::newMeasurement_byKeyboard_enterSaves()
{
    m_portal->answer("GET", MeasurementsPath, 200, pressurePage(1, 2));
    m_portal->answer("POST", MeasurementsPath, 201, pressure(0));
    makeTab();
    QVERIFY(showPressure());
    const int gets = int(m_portal->callsTo("GET", MeasurementsPath).size());
    QVERIFY(openDialog());
    NewMeasurementDialog *dialog = m_tab->newMeasurementDialog();
    QCOMPARE(dialog->type().code, QStringLiteral("bloodPressure")); // the type chosen in the tab
    QVERIFY(QTest::qWaitForWindowActive(dialog));
    QLineEdit *systolic = dialog->valueField("systolic");
    QTRY_VERIFY(systolic->hasFocus());
    QCOMPARE(child<QLabel>(dialog, "range_systolic")->text(),
             QStringLiteral("between 50 and 260 mmHg"));
    QTest::keyClicks(systolic, QStringLiteral("138"));
    QTest::keyClick(systolic, Qt::Key_Tab);
    QVERIFY(dialog->valueField("diastolic")->hasFocus());
    QTest::keyClicks(dialog->valueField("diastolic"), QStringLiteral("84"));
    QTest::keyClick(dialog->valueField("diastolic"), Qt::Key_Return);

    QTRY_VERIFY(!m_tab->newMeasurementDialog());
    const FakePortal::Call call = m_portal->lastCallTo("POST", MeasurementsPath);
    QCOMPARE(call.body.value("values").toObject(),
             QJsonObject({ { "systolic", 138 }, { "diastolic", 84 } }));
    QVERIFY(!call.idempotencyKey.isEmpty());
    QVERIFY(m_drafts->drafts(MeasurementSender::DraftKind, "100482").isEmpty());
    QCOMPARE(child<StatusMessage>(m_tab.get(), "measurementsNotice")->text(),
             QStringLiteral("Your measurement has been saved."));
    QTRY_VERIFY(m_portal->callsTo("GET", MeasurementsPath).size() > gets); // reloaded
}

void TestMeasurementsTab::invalidValue_isToldAtTheField_andNothingIsSent()
{
    m_portal->answer("GET", MeasurementsPath, 200, pressurePage(0, 0));
    makeTab();
    QVERIFY(QTest::qWaitFor([this] { return m_tab->model()->hasLoaded(); }, 5000));
    QCOMPARE(m_tab->model()->type().code, QStringLiteral("weight")); // the first type
    QVERIFY(openDialog());
    NewMeasurementDialog *dialog = m_tab->newMeasurementDialog();
    QVERIFY(QTest::qWaitForWindowActive(dialog));
    QLineEdit *value = dialog->valueField("value");
    QTest::keyClicks(value, QStringLiteral("19"));
    QTest::keyClick(value, Qt::Key_Return);
    QCOMPARE(dialog->errorAt("value"), QStringLiteral("⚠ Enter a number between 20 and 300 kg."));
    QCOMPARE(value->accessibleDescription(),
             QStringLiteral("Enter a number between 20 and 300 kg."));
    QTRY_VERIFY(value->hasFocus());
    value->clear();
    QTest::keyClicks(value, QStringLiteral("72,55"));
    QTest::keyClick(value, Qt::Key_Return);
    QVERIFY(dialog->errorAt("value").contains("at most 1 digit"));
    // A time still to come is told at the time.
    value->clear();
    QTest::keyClicks(value, QStringLiteral("72,5"));
    child<QDateTimeEdit>(dialog, "measuredAtEdit")
        ->setDateTime(QDateTime::currentDateTime().addDays(2));
    QTest::keyClick(value, Qt::Key_Return);
    QVERIFY(dialog->errorAt("value").isEmpty());
    QVERIFY(dialog->errorAt("measuredAt").contains("still to come"));
    QVERIFY(m_portal->callsTo("POST", MeasurementsPath).isEmpty());
    QVERIFY(dialog->isVisible());
}

void TestMeasurementsTab::failedSend_keepsWhatWasTyped()
{
    m_portal->answer("GET", MeasurementsPath, 200, pressurePage(0, 0));
    m_portal->problem("POST", MeasurementsPath, 503, "service_unavailable");
    makeTab();
    QVERIFY(QTest::qWaitFor([this] { return m_tab->model()->hasLoaded(); }, 5000));
    QVERIFY(openDialog());
    NewMeasurementDialog *dialog = m_tab->newMeasurementDialog();
    QTest::keyClicks(dialog->valueField("value"), QStringLiteral("72,5"));
    QTest::keyClick(dialog->valueField("value"), Qt::Key_Return);
    auto *status = child<StatusMessage>(dialog, "newMeasurementStatus");
    QTRY_VERIFY(status->text().contains("nothing is lost"));
    QVERIFY(dialog->isVisible());
    const QString draftId = dialog->draftId();
    QVERIFY(m_drafts->find(draftId).isValid());

    // Escape closes and keeps it; the button says there is one to continue.
    QTest::keyClick(dialog, Qt::Key_Escape);
    QTRY_VERIFY(!m_tab->newMeasurementDialog());
    auto *button = child<QPushButton>(m_tab.get(), "newMeasurementButton");
    QCOMPARE(button->text(), QStringLiteral("Continue your measurement"));
    // After a restart of the application it is still there, as typed.
    m_drafts = std::make_unique<DraftStore>(m_dir->path(), Owner);
    m_tab.reset();
    makeTab();
    QVERIFY(QTest::qWaitFor([this] { return m_tab->model()->hasLoaded(); }, 5000));
    QVERIFY(openDialog());
    QCOMPARE(m_tab->newMeasurementDialog()->valueField("value")->text(), QStringLiteral("72,5"));
    QCOMPARE(m_tab->newMeasurementDialog()->draftId(), draftId);
}

void TestMeasurementsTab::withoutTheRight_showsNoMeasurements()
{
    makeTab(client(false));
    QVERIFY(child<QLabel>(m_tab.get(), "measurementsNoRightLabel")->isVisible());
    QVERIFY(!child<QTableView>(m_tab.get(), "measurementTable")->isVisible());
    QVERIFY(!child<QPushButton>(m_tab.get(), "newMeasurementButton")->isVisible());
    QTest::qWait(50);
    QVERIFY(m_portal->calls().isEmpty());
    m_tab->openNewMeasurement();
    QVERIFY(!m_tab->newMeasurementDialog());
}

void TestMeasurementsTab::typesFail_sayWhyAndOfferRetry()
{
    // A portal without the answer init() queued: the first ask fails.
    m_portal = std::make_unique<FakePortal>();
    m_api = std::make_unique<PortalApi>(m_portal.get());
    m_api->setBaseUrl(QUrl(QStringLiteral("https://portaal.example.nl")));
    m_portal->networkError("GET", TypesPath);
    m_portal->answer("GET", TypesPath, 200, typePage());
    m_portal->answer("GET", MeasurementsPath, 200, pressurePage(0, 0));
    makeTab();
    auto *status = child<StatusMessage>(m_tab.get(), "measurementsStatus");
    QTRY_VERIFY(status->isVisible());
    QVERIFY2(status->text().startsWith("The kinds of measurement could not be loaded."),
             qPrintable(status->text()));
    auto *retry = child<QPushButton>(m_tab.get(), "measurementsRetryButton");
    QVERIFY(retry->isVisible() && retry->hasFocus());
    QTest::keyClick(retry, Qt::Key_Space);
    QTRY_COMPARE(m_tab->typeModel()->rowCount(), 3);
    QVERIFY(!status->isVisible());
    QTRY_VERIFY(
        child<QLabel>(m_tab.get(), "measurementsEmptyLabel")->text().contains("no measurements"));
}

void TestMeasurementsTab::delete_asksNamingValueAndTime()
{
    m_portal->answer("GET", MeasurementsPath, 200, pressurePage(0, 2));
    m_portal->answer("DELETE", MeasurementsPath + "/msr_0", 204);
    makeTab();
    QVERIFY(showPressure());
    auto *remove = child<QPushButton>(m_tab.get(), "deleteMeasurementButton");
    QVERIFY(remove->isVisible() && remove->isEnabled());
    remove->click();
    QMessageBox *box = m_tab->deleteConfirmation();
    QVERIFY(box);
    QVERIFY2(box->text().contains("138/84 mmHg"), qPrintable(box->text()));
    QVERIFY2(box->text().contains(
                 MeasurementListModel::whenText(m_tab->model()->measurementAt(0).measuredAt)),
             qPrintable(box->text()));
    // Escape keeps it.
    QTest::keyClick(box, Qt::Key_Escape);
    QTRY_VERIFY(!m_tab->deleteConfirmation());
    QVERIFY(m_portal->callsTo("DELETE", MeasurementsPath + "/msr_0").isEmpty());
    remove->click();
    child<QPushButton>(m_tab->deleteConfirmation(), "deleteYesButton")->click();
    QTRY_COMPARE(m_tab->model()->rowCount(), 1);
    QCOMPARE(m_portal->callsTo("DELETE", MeasurementsPath + "/msr_0").size(), 1);
    QVERIFY(child<StatusMessage>(m_tab.get(), "measurementsNotice")->text().contains("deleted"));
}

void TestMeasurementsTab::largeText_theChartGetsTheWidth()
{
    // At 200 % in Dutch on a 1366×768 laptop the kinds of measurement took half the part's
    // width: the chart's legend filled the chart, which showed no lines, and the table cut
    // every column.
    const LargeDutch largeDutch;
    m_portal->answer("GET", MeasurementsPath, 200, pressurePage(0, 3));
    m_tab = std::make_unique<MeasurementsTab>(m_api.get(), m_drafts.get());
    m_tab->setClient(client());
    // In the home page the part sits in a scroll area that lets it grow downwards only.
    PartArea part(m_tab.get());
    const int room = PartArea::Room;
    QVERIFY(part.isExposed());
    QVERIFY(showPressure());

    auto *columns = m_tab->findChild<StackingColumns *>(QStringLiteral("measurementsColumns"));
    QVERIFY(columns);
    QTRY_VERIFY(!columns->isSideBySide());
    QVERIFY(m_tab->minimumSizeHint().width() <= room);
    QTRY_COMPARE(m_tab->width(), room);
    // The kinds above, the chart below them with the width of the part.
    auto *types = m_tab->findChild<QListView *>(QStringLiteral("measurementTypeList"));
    auto *chart = m_tab->findChild<MeasurementChart *>(QStringLiteral("measurementChart"));
    QTRY_VERIFY(chart->mapTo(m_tab.get(), QPoint(0, 0)).y()
                > types->mapTo(m_tab.get(), QPoint(0, types->height())).y());
    QVERIFY(chart->width() > room * 3 / 4);
    QVERIFY(chart->height() >= chart->minimumSizeHint().height());
    QVERIFY(types->height() >= 4 * types->fontMetrics().lineSpacing());
    // The table's columns share its width without sideways scrolling.
    auto *table = m_tab->findChild<QTableView *>(QStringLiteral("measurementTable"));
    QTRY_VERIFY(!table->horizontalScrollBar()->isVisible());
    const QString folder = qEnvironmentVariable("PORTIEK_SCREENSHOT_DIR");
    if (!folder.isEmpty())
        QVERIFY(m_tab->grab().save(folder + QStringLiteral("/measurementstab-200.png")));

    // Back at the ordinary size the two go side by side again, the list as wide as its names.
    Theme::setTextScale(100);
    QTRY_VERIFY(columns->isSideBySide());
    QTRY_VERIFY(types->width() < room / 2);
}

void TestMeasurementsTab::dutch_smallestWindow_cutsOffNoWord()
{
    // In Dutch at 100 % in a 1024×720 window the table showed "Bovendruk/Onde…" and
    // "Mark van Dijk (vertegenwoo…": the value and who entered it had half each of what the
    // date left.
    const LargeDutch dutch;
    Theme::setTextScale(100);
    QJsonObject item = pressure(0);
    item.insert("enteredBy",
                QJsonObject { { "id", "per_3Mv8" },
                              { "name", "Mark van Dijk" },
                              { "role", "representative" },
                              { "photoUrl", QJsonValue::Null } });
    m_portal->answer(
        "GET", MeasurementsPath, 200,
        QJsonObject { { "items", QJsonArray { item } }, { "nextCursor", QJsonValue::Null } });
    makeTab();
    m_tab->resize(740, 590); // the part's area in the smallest supported window
    QVERIFY(showPressure());
    auto *table = child<QTableView>(m_tab.get(), "measurementTable");
    const QHeaderView *columns = table->horizontalHeader();
    QTRY_VERIFY(columns->sectionSize(MeasurementListModel::EnteredByColumn) > 0);
    const QString enteredBy
        = table->model()->index(0, MeasurementListModel::EnteredByColumn).data().toString();
    QVERIFY2(enteredBy.contains(QStringLiteral("(vertegenwoordiger)")), qPrintable(enteredBy));
    // Every word of the cells and every line of the headers fits its column, with the margins.
    const int margins = 12;
    for (int column :
         { int(MeasurementListModel::ValueColumn), int(MeasurementListModel::EnteredByColumn) }) {
        const int width = columns->sectionSize(column);
        const QString header = table->model()->headerData(column, Qt::Horizontal).toString();
        for (const QString &line : header.split(QLatin1Char('\n'))) {
            QVERIFY2(columns->fontMetrics().horizontalAdvance(line) + margins <= width,
                     qPrintable(QStringLiteral("%1 in %2 px").arg(line).arg(width)));
        }
        const QString cell = table->model()->index(0, column).data().toString();
        for (const QString &word : cell.split(QLatin1Char(' '))) {
            QVERIFY2(table->fontMetrics().horizontalAdvance(word) + margins <= width,
                     qPrintable(QStringLiteral("%1 in %2 px").arg(word).arg(width)));
        }
    }
    QTRY_VERIFY(!table->horizontalScrollBar()->isVisible());
}

void TestMeasurementsTab::screenshot()
{
    QJsonArray items;
    const int values[][2] = { { 152, 92 }, { 141, 86 }, { 147, 90 }, { 135, 82 },
                              { 138, 84 }, { 131, 80 }, { 136, 83 } };
    for (int n = 0; n < 7; ++n) {
        QJsonObject item = pressure(n * 24);
        item.insert("values",
                    QJsonObject { { "systolic", values[n][0] }, { "diastolic", values[n][1] } });
        items.append(item);
    }
    m_portal->answer("GET", MeasurementsPath, 200,
                     QJsonObject { { "items", items }, { "nextCursor", QJsonValue::Null } });
    makeTab();
    QVERIFY(showPressure());
    QString folder = qEnvironmentVariable("PORTIEK_SCREENSHOT_DIR");
    QTemporaryDir temporary;
    if (folder.isEmpty())
        folder = temporary.path();
    // The tab's area in the smallest supported window (1024×720).
    m_tab->resize(740, 590);
    QApplication::sendPostedEvents();
    QCOMPARE(m_tab->size(), QSize(740, 590));
    auto *table = child<QTableView>(m_tab.get(), "measurementTable");
    QTRY_VERIFY(!table->horizontalScrollBar()->isVisible());
    // The value on one line, and the header's lines whole; who entered it gets the rest.
    const QHeaderView *columns = table->horizontalHeader();
    const QString value
        = table->model()->index(0, MeasurementListModel::ValueColumn).data().toString();
    QTRY_VERIFY(table->fontMetrics().horizontalAdvance(value)
                < columns->sectionSize(MeasurementListModel::ValueColumn));
    const int valueWidth = columns->sectionSize(MeasurementListModel::ValueColumn);
    const QString header
        = table->model()->headerData(MeasurementListModel::ValueColumn, Qt::Horizontal).toString();
    for (const QString &line : header.split(QLatin1Char('\n')))
        QVERIFY2(columns->fontMetrics().horizontalAdvance(line) < valueWidth, qPrintable(line));
    QVERIFY(m_tab->grab().save(folder + "/c2-measurementstab.png"));
    QVERIFY(openDialog());
    NewMeasurementDialog *dialog = m_tab->newMeasurementDialog();
    QTest::keyClicks(dialog->valueField("systolic"), QStringLiteral("300"));
    QTest::keyClick(dialog->valueField("systolic"), Qt::Key_Return);
    QVERIFY(dialog->grab().save(folder + "/c2-newmeasurement.png"));
}

void TestMeasurementsTab::realServer_enterABloodPressure()
{
    QVERIFY(QSslSocket::supportsSsl());
    TestServer server;
    QVERIFY2(server.startWithDemoDossier(), qPrintable(server.errorString()));
    MemoryTrustedDeviceStore devices;
    SignInClient signIn(server, &devices);
    QVERIFY2(signIn.signInAsRepresentative(server, QStringLiteral("100482")),
             qPrintable(signIn.describe()));

    m_tab = std::make_unique<MeasurementsTab>(&signIn.api(), m_drafts.get());
    m_tab->resize(1100, 760);
    m_tab->setClient(signIn.flow().currentClient());
    m_tab->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_tab.get()));
    QVERIFY(QTest::qWaitFor([this] { return m_tab->typeModel()->hasLoaded(); },
                            SignInClient::TimeoutMs));
    QVERIFY(m_tab->typeModel()->rowOf(QStringLiteral("bloodPressure")) >= 0);
    QVERIFY(showPressure());
    const int before = m_tab->model()->rowCount();

    QVERIFY(openDialog());
    NewMeasurementDialog *dialog = m_tab->newMeasurementDialog();
    QTest::keyClicks(dialog->valueField("systolic"), QStringLiteral("143"));
    QTest::keyClicks(dialog->valueField("diastolic"), QStringLiteral("87"));
    QTest::keyClicks(child<QLineEdit>(dialog, "measurementNoteEdit"), QStringLiteral("Zittend"));
    QTest::keyClick(dialog->valueField("diastolic"), Qt::Key_Return);
    QVERIFY(QTest::qWaitFor([this] { return !m_tab->newMeasurementDialog(); },
                            SignInClient::TimeoutMs));

    // In the table, newest first, entered by the representative; and in the chart.
    QVERIFY(QTest::qWaitFor(
        [&] { return !m_tab->model()->isLoading() && m_tab->model()->rowCount() == before + 1; },
        SignInClient::TimeoutMs));
    auto *table = child<QTableView>(m_tab.get(), "measurementTable");
    QCOMPARE(table->model()->index(0, MeasurementListModel::ValueColumn).data().toString(),
             QStringLiteral("143/87 mmHg"));
    QVERIFY(table->model()
                ->index(0, MeasurementListModel::EnteredByColumn)
                .data()
                .toString()
                .contains(QStringLiteral("Mark van Dijk")));
    QVERIFY2(m_tab->chart()->description().contains("Bovendruk: latest 143 mmHg"),
             qPrintable(m_tab->chart()->description()));
    QVERIFY(m_drafts->drafts(MeasurementSender::DraftKind, "100482").isEmpty());
    const QString folder = qEnvironmentVariable("PORTIEK_SCREENSHOT_DIR");
    if (!folder.isEmpty())
        QVERIFY(m_tab->grab().save(folder + "/c2-measurementstab-realserver.png"));
    m_tab.reset();
}

QTEST_MAIN(TestMeasurementsTab)
#include "tst_measurementstab.moc"
