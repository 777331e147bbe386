#include "core/homesummary.h"
#include "core/portalapi.h"
#include "ui/home/homepage.h"
#include "ui/home/overviewtab.h"
#include "ui/home/photobadge.h"
#include "ui/theme.h"
#include "unit/core/fakeportal.h"
#include "unit/core/homefixtures.h"

#include <QAbstractButton>
#include <QApplication>
#include <QLabel>
#include <QListWidget>
#include <QPointer>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTabBar>
#include <QTabWidget>
#include <QTest>
#include <QVBoxLayout>

#include <memory>

using namespace HomeFixtures;

class TestHomePage : public QObject
{
    Q_OBJECT

private slots:
    // The look people get: large type, the style sheet, focus frames.
    void initTestCase() { Theme::apply(*qApp); }
    void init();
    void cleanup();
    void tabs_addedAfterStart_andCleared();
    void tabs_switchByKeyboard_fromAnywhereInTheFrame();
    void topBar_showsPhotoOrInitials();
    void topBar_atDoubleTextSize_buttonsMoveBelowTheName();
    void topBar_tabFollowsReadingOrder();
    void largeText_partScrollsInsteadOfSqueezing();
    void overview_showsEveryBlock();
    void overview_buttonsAskToOpenReportAndPlan();
    void overview_forbiddenBlocks_areLeftOut();
    void overview_failedBlock_saysSo_andOffersRetry();
    void everyControl_hasAnAccessibleName();

private:
    bool loadOverview(const Rights &rights = Rights::all());
    template<typename T> T *child(const QString &name) const
    {
        return m_home->findChild<T *>(name);
    }
    void shoot(const QString &name);

    QDateTime m_now;
    std::unique_ptr<FakePortal> m_portal;
    std::unique_ptr<PortalApi> m_api;
    std::unique_ptr<HomeSummary> m_summary;
    std::unique_ptr<HomePage> m_home;
};

void TestHomePage::init()
{
    m_now = QDateTime::fromString("2026-03-12T09:30:00+01:00", Qt::ISODate);
    m_portal = std::make_unique<FakePortal>();
    m_api = std::make_unique<PortalApi>(m_portal.get());
    m_api->setBaseUrl(QUrl(QStringLiteral("https://portaal.example")));
    m_summary = std::make_unique<HomeSummary>(m_api.get(), [this] { return m_now; });
    // The blocks come by their own routes here; HomeSummary's own test covers the overview route.
    m_portal->problem("GET", Base + "/overview", 404, "not_found");
    m_home = std::make_unique<HomePage>();
    m_home->resize(1024, 900);
    m_home->setClientName(QStringLiteral("Gerard van Dijk"));
    m_home->setSignedInAs(QStringLiteral("Mark van Dijk"));
    m_home->setCanSwitchClient(true);
    m_home->overviewTab()->setSummary(m_summary.get());
    m_home->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_home.get()));
}

void TestHomePage::cleanup()
{
    m_home.reset();
    m_summary.reset();
    m_api.reset();
    m_portal.reset();
}

void TestHomePage::shoot(const QString &name)
{
    // The screenshots the reviewers look at; only when asked for.
    const QString folder = qEnvironmentVariable("PORTIEK_SHOTS_DIR");
    if (folder.isEmpty())
        return;
    QTest::qWait(100); // let the layouts settle before the picture
    QVERIFY(m_home->grab().save(folder + QLatin1Char('/') + name));
}

bool TestHomePage::loadOverview(const Rights &rights)
{
    QSignalSpy finished(m_summary.get(), &HomeSummary::finished);
    m_summary->load(Client, rights);
    return finished.wait(2000) || finished.size() > 0;
}

void TestHomePage::tabs_addedAfterStart_andCleared()
{
    QTabWidget *tabs = m_home->tabs();
    QCOMPARE(tabs->count(), 1);
    QCOMPARE(tabs->tabText(0), QStringLiteral("Start"));
    QCOMPARE(tabs->widget(0)->objectName(), QStringLiteral("overviewTab"));
    QPointer<QWidget> reports = new QWidget;
    QPointer<QWidget> profile = new QWidget;
    QCOMPARE(m_home->addTab(reports, QStringLiteral("Reports"), QStringLiteral("reportsTab")), 1);
    QCOMPARE(m_home->addTab(profile, QStringLiteral("Profile"), QStringLiteral("profileTab")), 2);
    QCOMPARE(tabs->count(), 3);
    QCOMPARE(m_home->navigation()->count(), 3);
    QCOMPARE(m_home->navigation()->item(2)->text(), QStringLiteral("Profile"));
    m_home->setTabTitle(QStringLiteral("reportsTab"), QStringLiteral("Reports (2)"));
    QCOMPARE(m_home->navigation()->item(1)->text(), QStringLiteral("Reports (2)"));
    QCOMPARE(tabs->tabText(1), QStringLiteral("Reports (2)"));
    QCOMPARE(reports->accessibleName(), QStringLiteral("Reports"));
    QVERIFY(m_home->showTab(QStringLiteral("profileTab")));
    QCOMPARE(tabs->currentWidget(), profile.data());
    QVERIFY(!m_home->showTab(QStringLiteral("plansTab")));

    m_home->clearTabs();
    QCOMPARE(tabs->count(), 1);
    QCOMPARE(m_home->navigation()->count(), 1);
    QCOMPARE(tabs->currentWidget(), m_home->overviewTab());
    QTRY_VERIFY(reports.isNull() && profile.isNull());
}

void TestHomePage::tabs_switchByKeyboard_fromAnywhereInTheFrame()
{
    m_home->addTab(new QLabel(QStringLiteral("r")), QStringLiteral("Reports"),
                   QStringLiteral("reportsTab"));
    m_home->addTab(new QLabel(QStringLiteral("p")), QStringLiteral("Plans"),
                   QStringLiteral("plansTab"));
    QTabWidget *tabs = m_home->tabs();
    auto *signOut = child<QAbstractButton>(QStringLiteral("signOutButton"));
    signOut->setFocus();
    QTRY_VERIFY(signOut->hasFocus());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab, Qt::ControlModifier);
    QCOMPARE(tabs->currentIndex(), 1);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_PageDown, Qt::ControlModifier);
    QCOMPARE(tabs->currentIndex(), 2);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_PageDown, Qt::ControlModifier);
    QCOMPARE(tabs->currentIndex(), 0); // round again
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_PageUp, Qt::ControlModifier);
    QCOMPARE(tabs->currentIndex(), 2);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Backtab,
                    Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(tabs->currentIndex(), 1);
    // From the list of parts itself, the focus stays on the list.
    QListWidget *nav = m_home->navigation();
    nav->setFocus();
    QTRY_VERIFY(nav->hasFocus());
    QTest::keyClick(nav, Qt::Key_Tab, Qt::ControlModifier);
    QCOMPARE(tabs->currentIndex(), 2);
    QVERIFY(nav->hasFocus());
    QCOMPARE(nav->currentRow(), 2);
    // The arrow keys choose a part too.
    QTest::keyClick(nav, Qt::Key_Up);
    QCOMPARE(tabs->currentIndex(), 1);
    QCOMPARE(nav->currentItem()->text(), QStringLiteral("Reports"));
    QVERIFY(nav->currentItem()->font().bold());
    QVERIFY(!nav->item(0)->font().bold());
}

void TestHomePage::topBar_showsPhotoOrInitials()
{
    auto *badge = child<PhotoBadge>(QStringLiteral("homeClientPhoto"));
    QVERIFY(badge);
    QVERIFY(!badge->hasPhoto());
    QCOMPARE(badge->accessibleName(), QStringLiteral("Photo of Gerard van Dijk"));
    QImage photo(100, 80, QImage::Format_RGB32);
    photo.fill(Qt::darkCyan);
    m_home->setClientPhoto(photo);
    QVERIFY(badge->hasPhoto());
    QVERIFY(!badge->pixmap().isNull());
    m_home->setClientPhoto(QImage());
    QVERIFY(!badge->hasPhoto());
}

void TestHomePage::topBar_atDoubleTextSize_buttonsMoveBelowTheName()
{
    auto *bar = child<QWidget>(QStringLiteral("homeTopBar"));
    auto *name = child<QLabel>(QStringLiteral("homeClientName"));
    const QStringList buttons { QStringLiteral("switchClientButton"), QStringLiteral("helpButton"),
                                QStringLiteral("settingsButton"), QStringLiteral("signOutButton") };
    // Each button whole inside the bar; beside the name (same top) or below it.
    const auto check = [&](bool below) {
        for (const QString &objectName : buttons) {
            auto *button = child<QAbstractButton>(objectName);
            QVERIFY2(button && button->isVisible(), qPrintable(objectName));
            const QRect inBar(button->mapTo(bar, QPoint(0, 0)), button->size());
            QVERIFY2(bar->rect().contains(inBar), qPrintable(objectName));
            QVERIFY2(button->width() >= button->sizeHint().width(), qPrintable(objectName));
            const int nameBottom = name->mapTo(bar, QPoint(0, name->height())).y();
            QCOMPARE(inBar.top() >= nameBottom, below);
        }
    };
    check(false);
    Theme::setTextScale(200);
    QTRY_VERIFY(bar->height() > 150);
    check(true);
    shoot(QStringLiteral("home-top-bar-200.png"));
    Theme::setTextScale(100);
    QTRY_VERIFY(bar->height() < 150);
    check(false);
}

void TestHomePage::topBar_tabFollowsReadingOrder()
{
    m_home->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_home.get()));
    const QStringList order { QStringLiteral("switchClientButton"), QStringLiteral("helpButton"),
                              QStringLiteral("settingsButton"), QStringLiteral("signOutButton"),
                              QStringLiteral("homeNavigation") };
    child<QWidget>(order.first())->setFocus(Qt::TabFocusReason);
    for (qsizetype i = 1; i < order.size(); ++i) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QVERIFY(QApplication::focusWidget());
        QCOMPARE(QApplication::focusWidget()->objectName(), order.at(i));
    }
}

void TestHomePage::largeText_partScrollsInsteadOfSqueezing()
{
    // A part with a long wrapped text above a button, in a window too low for both at 200 %.
    auto *part = new QWidget;
    auto *text = new QLabel(
        QStringLiteral("Zorgteam: deze tijden zijn bij benadering. ").repeated(8), part);
    text->setWordWrap(true);
    auto *button = new QPushButton(QStringLiteral("Nieuwe afspraak"), part);
    auto *layout = new QVBoxLayout(part);
    layout->addWidget(text);
    layout->addWidget(button);
    layout->addStretch(1);
    m_home->showTab(
        m_home->tabs()
            ->widget(m_home->addTab(part, QStringLiteral("Agenda"), QStringLiteral("testPart")))
            ->objectName());
    m_home->resize(1024, 600);
    Theme::setTextScale(200);
    auto *scroll = child<QScrollArea>(QStringLiteral("homeTabsScroll"));
    QVERIFY(scroll);
    // Every line of the text gets its room, and the button its height: the part scrolls.
    QTRY_VERIFY(scroll->verticalScrollBar()->isVisible());
    QTRY_VERIFY(text->height() >= text->heightForWidth(text->width()));
    QVERIFY(button->height() >= button->sizeHint().height());
    // Not sideways: the part is as wide as the room there is.
    QVERIFY(!scroll->horizontalScrollBar()->isVisible());
    Theme::setTextScale(100);
    m_home->resize(1024, 900);
    QTRY_VERIFY(!scroll->verticalScrollBar()->isVisible());
}

void TestHomePage::overview_showsEveryBlock()
{
    m_portal->answer("GET", Base + "/sync-status", 200, syncStatus());
    m_portal->answer("GET", Base + "/reports", 200, reportPage());
    m_portal->answer("GET", Base + "/appointments", 200, appointmentPage());
    m_portal->answer("GET", Base + "/plans", 200, planPage());
    QVERIFY(loadOverview());
    auto *stamp = child<QLabel>(QStringLiteral("overviewSyncStatus"));
    QVERIFY(stamp->isVisible());
    QVERIFY2(stamp->text().startsWith(QStringLiteral("Updated at ")), qPrintable(stamp->text()));
    QVERIFY(child<QWidget>(QStringLiteral("overviewReports"))->isVisible());
    QTRY_COMPARE(m_home->findChildren<QAbstractButton *>(QStringLiteral("openReportButton")).size(),
                 3);
    QVERIFY(child<QWidget>(QStringLiteral("overviewAppointments"))->isVisible());
    QVERIFY(child<QWidget>(QStringLiteral("overviewToday"))->isVisible());
    QVERIFY(child<QWidget>(QStringLiteral("overviewTomorrow"))->isVisible());
    QVERIFY(child<QWidget>(QStringLiteral("overviewIndicativeNote"))->isVisible());
    const QList<QWidget *> entries
        = m_home->findChildren<QWidget *>(QStringLiteral("overviewEntry"));
    QStringList appointmentTitles;
    for (QWidget *entry : entries) {
        if (entry->property("appointmentId").isValid() && entry->isVisible())
            appointmentTitles.append(entry->accessibleName());
    }
    QCOMPARE(appointmentTitles.size(), 2);
    QVERIFY(appointmentTitles.first().contains(QStringLiteral("Ochtendzorg")));
    QVERIFY(appointmentTitles.first().contains(QStringLiteral("indicative time")));
    QVERIFY(!appointmentTitles.last().contains(QStringLiteral("indicative time")));
    QVERIFY(child<QWidget>(QStringLiteral("overviewPlans"))->isVisible());
    QVERIFY(!child<QWidget>(QStringLiteral("overviewRetryButton"))->isVisible());
    // The frame as the composition root fills it for a representative.
    for (const QString &title :
         { QStringLiteral("Reports"), QStringLiteral("Plans"), QStringLiteral("Profile") })
        m_home->addTab(new QWidget, title, title.toLower() + QStringLiteral("Tab"));
    shoot(QStringLiteral("c3-home-overview.png"));
}

void TestHomePage::overview_buttonsAskToOpenReportAndPlan()
{
    m_portal->answer("GET", Base + "/sync-status", 200, syncStatus());
    m_portal->answer("GET", Base + "/reports", 200, reportPage());
    m_portal->answer("GET", Base + "/appointments", 200, appointmentPage());
    m_portal->answer("GET", Base + "/plans", 200, planPage());
    QVERIFY(loadOverview());
    QSignalSpy report(m_home->overviewTab(), &OverviewTab::openReportRequested);
    QSignalSpy plan(m_home->overviewTab(), &OverviewTab::openPlanRequested);
    auto *openPlan = child<QAbstractButton>(QStringLiteral("openPlanButton"));
    QVERIFY(openPlan);
    QVERIFY(openPlan->accessibleName().contains(QStringLiteral("Ondersteuningsplan 2026")));
    openPlan->setFocus();
    QTest::keyClick(openPlan, Qt::Key_Space);
    QCOMPARE(plan.size(), 1);
    QCOMPARE(plan.first().first().toString(), QStringLiteral("pln_2026_03"));
    QTest::mouseClick(
        m_home->findChildren<QAbstractButton *>(QStringLiteral("openReportButton")).at(1),
        Qt::LeftButton);
    QCOMPARE(report.size(), 1);
    QCOMPARE(report.first().first().toString(), QStringLiteral("rep_2"));
}

void TestHomePage::overview_forbiddenBlocks_areLeftOut()
{
    m_portal->answer("GET", Base + "/sync-status", 200, syncStatus());
    m_portal->problem("GET", Base + "/reports", 403, "right_missing");
    m_portal->answer("GET", Base + "/appointments", 200, appointmentPage());
    m_portal->problem("GET", Base + "/plans", 403, "right_missing");
    QVERIFY(loadOverview());
    QVERIFY(!child<QWidget>(QStringLiteral("overviewReports"))->isVisible());
    QVERIFY(!child<QWidget>(QStringLiteral("overviewPlans"))->isVisible());
    QVERIFY(child<QWidget>(QStringLiteral("overviewAppointments"))->isVisible());
    QVERIFY(!child<QWidget>(QStringLiteral("overviewRetryButton"))->isVisible());
    QVERIFY(!child<QWidget>(QStringLiteral("overviewReportsError"))->isVisible());
}

void TestHomePage::overview_failedBlock_saysSo_andOffersRetry()
{
    m_portal->answer("GET", Base + "/sync-status", 200, syncStatus());
    m_portal->answer("GET", Base + "/reports", 200, reportPage());
    m_portal->networkError("GET", Base + "/appointments");
    m_portal->answer("GET", Base + "/appointments", 200, appointmentPage());
    m_portal->answer("GET", Base + "/plans", 200, planPage());
    QVERIFY(loadOverview());
    QWidget *error = child<QWidget>(QStringLiteral("overviewAppointmentsError"));
    QVERIFY(error->isVisible());
    QVERIFY(error->accessibleName().startsWith(
        QStringLiteral("The appointments could not be loaded. The portal cannot be reached")));
    QVERIFY(child<QWidget>(QStringLiteral("overviewReports"))->isVisible());
    auto *retry = child<QAbstractButton>(QStringLiteral("overviewRetryButton"));
    QVERIFY(retry->isVisible());
    QSignalSpy finished(m_summary.get(), &HomeSummary::finished);
    QTest::mouseClick(retry, Qt::LeftButton);
    QVERIFY(finished.wait(2000));
    QVERIFY(!error->isVisible());
    QVERIFY(child<QWidget>(QStringLiteral("overviewIndicativeNote"))->isVisible());
    QVERIFY(!retry->isVisible());
}

void TestHomePage::everyControl_hasAnAccessibleName()
{
    m_portal->answer("GET", Base + "/sync-status", 200, syncStatus());
    m_portal->answer("GET", Base + "/reports", 200, reportPage());
    m_portal->answer("GET", Base + "/appointments", 200, appointmentPage());
    m_portal->answer("GET", Base + "/plans", 200, planPage());
    QVERIFY(loadOverview());
    for (QAbstractButton *button : m_home->findChildren<QAbstractButton *>()) {
        if (button->isVisible())
            QVERIFY2(!button->accessibleName().isEmpty() || !button->text().isEmpty(),
                     qPrintable(button->objectName()));
    }
    QVERIFY(!m_home->tabs()->accessibleName().isEmpty());
}

QTEST_MAIN(TestHomePage)
#include "tst_homepage.moc"
