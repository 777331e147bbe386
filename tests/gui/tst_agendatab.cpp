// The Agenda tab against a scripted portal: views, keyboard, rights, errors, the dialog and its
// draft, text sizes. Against the real portiek-server: tst_agenda_realserver.cpp.
#include "../unit/core/agendafixtures.h"
#include "../unit/core/fakeportal.h"
#include "childwidget.h"
#include "core/appointmentlistmodel.h"
#include "core/appointmentsaver.h"
#include "core/draftstore.h"
#include "core/portalapi.h"
#include "largedutch.h"
#include "partarea.h"
#include "ui/agenda/agendatab.h"
#include "ui/agenda/appointmentdelegate.h"
#include "ui/agenda/appointmentdialog.h"
#include "ui/theme.h"
#include "ui/widgets/stackingcolumns.h"
#include "ui/widgets/statusmessage.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMessageBox>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTimeEdit>
#include <QUrlQuery>

#include <memory>

using namespace AgendaFixtures;

namespace {

const QString Owner = QStringLiteral("portaal.example.nl/per_mvandijk");
// Thursday 12 March 2026, 09:00 in Amsterdam (the tests run with TZ=Europe/Amsterdam).
const QDateTime Now(QDate(2026, 3, 12), QTime(9, 0));

ClientSummary client(bool edit)
{
    ClientSummary summary;
    summary.id = ClientId;
    summary.name = QStringLiteral("Gerard van Dijk");
    summary.myRole = ClientSummary::Role::Representative;
    summary.rights.agendaView = true;
    summary.rights.agendaEdit = edit;
    return summary;
}

QString screenshotFolder(QTemporaryDir &temporary)
{
    const QString folder = qEnvironmentVariable("PORTIEK_SCREENSHOT_DIR");
    return folder.isEmpty() ? temporary.path() : folder;
}

} // namespace

class TestAgendaTab : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void opensOnTodayAndTomorrow_withWhoseInWords();
    void weekAndNext_byKeyboard();
    void withoutEditRight_everythingIsReadOnly();
    void failedLoad_saysWhyAndOffersRetry();
    void newAppointment_checksFieldsAndKeepsTheDraft();
    void serverFieldError_isShownAtTheField();
    void delete_asksNamingTitleAndDate();
    void changeDialog_cancelWithAChange_asksFirst();
    void screenshot();
    void largeText_nothingCutOff();
    void smallestWindow_everyLineWhole();

private:
    void makeTab(bool edit = true);
    bool waitForList();
    AppointmentDialog *openNew();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<FakePortal> m_portal;
    std::unique_ptr<PortalApi> m_api;
    std::unique_ptr<DraftStore> m_drafts;
    std::unique_ptr<AgendaTab> m_tab;
};

void TestAgendaTab::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_portal = std::make_unique<FakePortal>();
    m_api = std::make_unique<PortalApi>(m_portal.get());
    m_api->setBaseUrl(QUrl(QStringLiteral("https://portaal.example.nl")));
    m_drafts = std::make_unique<DraftStore>(m_dir->path(), Owner);
    m_portal->answer(
        "GET", ListPath, 200,
        page({ careTeam(QStringLiteral("c1"), QStringLiteral("Ochtendzorg"), Now.addSecs(-3600)),
               own(QStringLiteral("o1"), QStringLiteral("Kapper"), Now.addSecs(5 * 3600)),
               careTeam(QStringLiteral("c2"), QStringLiteral("Visite specialist"),
                        Now.addDays(1).addSecs(2 * 3600), 30) }));
}

void TestAgendaTab::cleanup()
{
    m_tab.reset();
    m_drafts.reset();
}

void TestAgendaTab::makeTab(bool edit)
{
    m_tab = std::make_unique<AgendaTab>(m_api.get(), m_drafts.get());
    m_tab->setClock([] { return Now.toUTC(); });
    m_tab->resize(1100, 800);
    m_tab->setClient(client(edit));
    m_tab->show();
    if (!QTest::qWaitForWindowExposed(m_tab.get()))
        qWarning("tab not shown");
}

bool TestAgendaTab::waitForList()
{
    return QTest::qWaitFor(
        [this] { return m_tab->model()->hasLoaded() && !m_tab->model()->isLoading(); }, 5000);
}

AppointmentDialog *TestAgendaTab::openNew()
{
    child<QPushButton>(m_tab.get(), "newAppointmentButton")->click();
    if (!QTest::qWaitFor([this] { return m_tab->dialog() && m_tab->dialog()->isVisible(); }, 3000))
        return nullptr;
    return m_tab->dialog();
}

void TestAgendaTab::opensOnTodayAndTomorrow_withWhoseInWords()
{
    makeTab();
    QVERIFY(waitForList());
    QCOMPARE(m_tab->view(), AgendaTab::View::Glance);
    QCOMPARE(child<QLabel>(m_tab.get(), "agendaPeriodLabel")->text(),
             QStringLiteral("Today and tomorrow"));
    const QUrlQuery query(QUrl(m_portal->lastCallTo("GET", ListPath).path).query());
    QCOMPARE(query.queryItemValue(QStringLiteral("from"), QUrl::FullyDecoded),
             QStringLiteral("2026-03-12T00:00:00+01:00"));
    QCOMPARE(query.queryItemValue(QStringLiteral("to"), QUrl::FullyDecoded),
             QStringLiteral("2026-03-14T00:00:00+01:00"));
    // The two notes, always in view.
    QVERIFY(child<QLabel>(m_tab.get(), "careTeamTimesNote")->isVisible());
    QVERIFY(child<QLabel>(m_tab.get(), "careTeamTimesNote")->text().contains("indicative"));
    QVERIFY(child<QLabel>(m_tab.get(), "ownAppointmentsNote")->text().contains("does not see"));

    auto *list = child<QListView>(m_tab.get(), "appointmentList");
    QCOMPARE(list->model()->rowCount(), 3);
    // The first is selected; a care-team appointment offers no change or delete.
    QCOMPARE(list->currentIndex().row(), 0);
    auto *details = child<QTextBrowser>(m_tab.get(), "appointmentDetails");
    QVERIFY(details->toPlainText().contains("Ochtendzorg"));
    QVERIFY(details->toPlainText().contains("indicative"));
    QVERIFY(!child<QPushButton>(m_tab.get(), "editAppointmentButton")->isVisible());
    QVERIFY(!child<QPushButton>(m_tab.get(), "deleteAppointmentButton")->isVisible());
    QVERIFY(child<QLabel>(m_tab.get(), "appointmentReadOnlyLabel")->text().contains("care team"));
    QVERIFY(list->model()
                ->index(0, 0)
                .data(Qt::AccessibleTextRole)
                .toString()
                .contains("from the care team"));

    // By keyboard to the own one: change and delete are offered.
    list->setFocus();
    QTest::keyClick(list, Qt::Key_Down);
    QCOMPARE(list->currentIndex().row(), 1);
    QVERIFY(details->toPlainText().contains("Kapper"));
    QVERIFY(details->toPlainText().contains("only sees that this time is busy"));
    QVERIFY(child<QPushButton>(m_tab.get(), "editAppointmentButton")->isVisible());
    QVERIFY(child<QPushButton>(m_tab.get(), "deleteAppointmentButton")->isVisible());
    QVERIFY(!child<QLabel>(m_tab.get(), "appointmentReadOnlyLabel")->isVisible());
}

void TestAgendaTab::weekAndNext_byKeyboard()
{
    makeTab();
    QVERIFY(waitForList());
    auto *week = child<QPushButton>(m_tab.get(), "agendaWeekButton");
    week->setFocus();
    QTest::keyClick(week, Qt::Key_Space);
    QCOMPARE(m_tab->view(), AgendaTab::View::Week);
    QCOMPARE(m_tab->period().first(), QDate(2026, 3, 9)); // the Monday
    QVERIFY(child<QLabel>(m_tab.get(), "agendaPeriodLabel")->text().startsWith("Week 11"));
    QVERIFY(waitForList());
    QUrlQuery query(QUrl(m_portal->lastCallTo("GET", ListPath).path).query());
    QCOMPARE(query.queryItemValue(QStringLiteral("to"), QUrl::FullyDecoded),
             QStringLiteral("2026-03-16T00:00:00+01:00"));

    auto *next = child<QPushButton>(m_tab.get(), "agendaNextButton");
    next->setFocus();
    QTest::keyClick(next, Qt::Key_Space);
    QCOMPARE(m_tab->period().first(), QDate(2026, 3, 16));
    auto *day = child<QPushButton>(m_tab.get(), "agendaDayButton");
    day->setFocus();
    QTest::keyClick(day, Qt::Key_Space);
    // One view is chosen at a time, and choosing it again keeps it chosen.
    QVERIFY(day->isChecked());
    QVERIFY(!week->isChecked());
    QTest::keyClick(day, Qt::Key_Space);
    QVERIFY(day->isChecked());
    QVERIFY(!week->isChecked());
    // Tab stops at every view, whichever had the focus last (a button group would leave only
    // that one in the Tab order).
    for (const char *name : { "agendaGlanceButton", "agendaDayButton", "agendaWeekButton" })
        QVERIFY2(child<QPushButton>(m_tab.get(), name)->focusPolicy() & Qt::TabFocus, name);
    auto *today = child<QPushButton>(m_tab.get(), "agendaTodayButton");
    today->setFocus();
    QTest::keyClick(today, Qt::Key_Space);
    QCOMPARE(m_tab->period().first(), QDate(2026, 3, 12));
    QCOMPARE(child<QLabel>(m_tab.get(), "agendaPeriodLabel")->text(),
             QStringLiteral("Thursday 12 March 2026 (today)"));
    QVERIFY(waitForList());
    query = QUrlQuery(QUrl(m_portal->lastCallTo("GET", ListPath).path).query());
    QCOMPARE(query.queryItemValue(QStringLiteral("to"), QUrl::FullyDecoded),
             QStringLiteral("2026-03-13T00:00:00+01:00"));
}

void TestAgendaTab::withoutEditRight_everythingIsReadOnly()
{
    makeTab(false);
    QVERIFY(waitForList());
    QVERIFY(!child<QPushButton>(m_tab.get(), "newAppointmentButton")->isVisible());
    auto *list = child<QListView>(m_tab.get(), "appointmentList");
    list->setCurrentIndex(list->model()->index(1, 0)); // the own one
    QVERIFY(!child<QPushButton>(m_tab.get(), "editAppointmentButton")->isVisible());
    QVERIFY(!child<QPushButton>(m_tab.get(), "deleteAppointmentButton")->isVisible());
    QVERIFY(child<QLabel>(m_tab.get(), "appointmentReadOnlyLabel")->isVisible());
    m_tab->openNewAppointment();
    QVERIFY(!m_tab->dialog());
}

void TestAgendaTab::failedLoad_saysWhyAndOffersRetry()
{
    makeTab();
    QVERIFY(waitForList());
    m_portal->problem("GET", ListPath, 503, QStringLiteral("service_unavailable"));
    m_tab->showNext();
    auto *status = child<StatusMessage>(m_tab.get(), "agendaStatus");
    QVERIFY(QTest::qWaitFor([&] { return status->isVisible(); }, 5000));
    QVERIFY(status->text().startsWith("The agenda could not be loaded."));
    auto *retry = child<QPushButton>(m_tab.get(), "agendaRetryButton");
    QVERIFY(retry->isVisible());
    m_portal->answer("GET", ListPath, 200,
                     page({ own(QStringLiteral("o1"), QStringLiteral("Kapper"), Now) }));
    retry->setFocus();
    QTest::keyClick(retry, Qt::Key_Space);
    QVERIFY(waitForList());
    QCOMPARE(m_tab->model()->rowCount(), 1);
    QVERIFY(!retry->isVisible());
}

void TestAgendaTab::newAppointment_checksFieldsAndKeepsTheDraft()
{
    makeTab();
    QVERIFY(waitForList());
    AppointmentDialog *dialog = openNew();
    QVERIFY(dialog);
    auto *title = child<QLineEdit>(dialog, "appointmentTitleField");
    QTRY_VERIFY(title->hasFocus());
    // Enter with nothing typed: a sentence at the title, nothing sent.
    QTest::keyClick(title, Qt::Key_Return);
    auto *titleError = child<QLabel>(dialog, "appointmentTitleError");
    QVERIFY(titleError->isVisible());
    QVERIFY(titleError->text().startsWith("Give the appointment a title"));
    QVERIFY(m_portal->callsTo("POST", ListPath).isEmpty());

    QTest::keyClicks(title, QStringLiteral("Tandarts"));
    child<QTimeEdit>(dialog, "appointmentStartField")->setTime(QTime(15, 0));
    child<QTimeEdit>(dialog, "appointmentEndField")->setTime(QTime(14, 0));
    QTest::keyClick(title, Qt::Key_Return);
    QCOMPARE(child<QLabel>(dialog, "appointmentEndError")->text(),
             QStringLiteral("The end time must be after the start time."));
    child<QTimeEdit>(dialog, "appointmentEndField")->setTime(QTime(15, 30));
    // Kept while typing; Escape keeps it, and it comes back.
    QVERIFY(QTest::qWaitFor(
        [this] {
            return m_drafts->latest(AppointmentSaver::DraftKind, ClientId)
                       .fields.value("title")
                       .toString()
                == QStringLiteral("Tandarts");
        },
        3000));
    QTest::keyClick(dialog, Qt::Key_Escape);
    QVERIFY(QTest::qWaitFor([this] { return !m_tab->dialog(); }, 3000));
    QCOMPARE(child<QPushButton>(m_tab.get(), "newAppointmentButton")->text(),
             QStringLiteral("Continue your appointment"));
    dialog = openNew();
    QVERIFY(dialog);
    QCOMPARE(child<QLineEdit>(dialog, "appointmentTitleField")->text(), QStringLiteral("Tandarts"));
    QCOMPARE(child<QTimeEdit>(dialog, "appointmentEndField")->time(), QTime(15, 30));

    // A failed send keeps it and says so; the next try carries the same key and succeeds.
    m_portal->networkError("POST", ListPath);
    child<QPushButton>(dialog, "saveAppointmentButton")->click();
    auto *status = child<StatusMessage>(dialog, "appointmentDialogStatus");
    QVERIFY(QTest::qWaitFor([&] { return status->isVisible(); }, 5000));
    QVERIFY(status->text().contains("nothing is lost"));
    const QByteArray key = m_drafts->latest(AppointmentSaver::DraftKind, ClientId).idempotencyKey;
    m_portal->answer("POST", ListPath, 201,
                     own(QStringLiteral("o5"), QStringLiteral("Tandarts"),
                         QDateTime(QDate(2026, 3, 12), QTime(15, 0))));
    child<QPushButton>(dialog, "saveAppointmentButton")->click();
    QVERIFY(QTest::qWaitFor([this] { return !m_tab->dialog(); }, 5000));
    const QList<FakePortal::Call> posts = m_portal->callsTo("POST", ListPath);
    QCOMPARE(posts.size(), 2);
    QCOMPARE(posts.last().idempotencyKey, key);
    QCOMPARE(posts.last().body.value("start").toString(),
             QStringLiteral("2026-03-12T15:00:00+01:00"));
    QVERIFY(m_drafts->drafts(AppointmentSaver::DraftKind, ClientId).isEmpty());
    QVERIFY(child<StatusMessage>(m_tab.get(), "agendaNotice")->text().contains("saved"));
}

void TestAgendaTab::serverFieldError_isShownAtTheField()
{
    m_portal->problem("POST", ListPath, 422, QStringLiteral("validation_failed"),
                      QJsonObject { { "errors",
                                      QJsonArray { QJsonObject {
                                          { "field", "end" }, { "code", "range_too_long" } } } } });
    makeTab();
    QVERIFY(waitForList());
    AppointmentDialog *dialog = openNew();
    QVERIFY(dialog);
    QTest::keyClicks(child<QLineEdit>(dialog, "appointmentTitleField"), QStringLiteral("Logeren"));
    QTest::keyClick(child<QLineEdit>(dialog, "appointmentTitleField"), Qt::Key_Return);
    auto *endError = child<QLabel>(dialog, "appointmentEndError");
    QVERIFY(QTest::qWaitFor([&] { return endError->isVisible(); }, 5000));
    QVERIFY(endError->text().contains("14 days"));
    QVERIFY(child<StatusMessage>(dialog, "appointmentDialogStatus")->text().contains("fields"));
    QVERIFY(m_drafts->latest(AppointmentSaver::DraftKind, ClientId).isValid());
}

void TestAgendaTab::delete_asksNamingTitleAndDate()
{
    m_portal->answer("GET", onePath(QStringLiteral("o1")), 200,
                     own(QStringLiteral("o1"), QStringLiteral("Kapper"), Now.addSecs(5 * 3600)));
    m_portal->answer("DELETE", onePath(QStringLiteral("o1")), 204);
    makeTab();
    QVERIFY(waitForList());
    QVERIFY(m_tab->selectAppointment(QStringLiteral("o1")));
    child<QPushButton>(m_tab.get(), "deleteAppointmentButton")->click();
    QVERIFY(QTest::qWaitFor([this] { return m_tab->confirmation(); }, 5000));
    QMessageBox *box = m_tab->confirmation();
    QVERIFY(box->text().contains("Kapper"));
    QVERIFY(box->text().contains("12 March 2026"));
    QVERIFY(box->text().contains("14:00"));
    // Escape keeps it.
    QTest::keyClick(box, Qt::Key_Escape);
    QVERIFY(QTest::qWaitFor([this] { return !m_tab->confirmation(); }, 3000));
    QVERIFY(m_portal->callsTo("DELETE", onePath(QStringLiteral("o1"))).isEmpty());

    child<QPushButton>(m_tab.get(), "deleteAppointmentButton")->click();
    QVERIFY(QTest::qWaitFor([this] { return m_tab->confirmation(); }, 5000));
    child<QPushButton>(m_tab->confirmation(), "deleteYesButton")->click();
    auto *notice = child<StatusMessage>(m_tab.get(), "agendaNotice");
    QVERIFY(QTest::qWaitFor([&] { return notice->text().contains("deleted"); }, 5000));
    QCOMPARE(m_portal->callsTo("DELETE", onePath(QStringLiteral("o1"))).size(), 1);
}

void TestAgendaTab::changeDialog_cancelWithAChange_asksFirst()
{
    Appointment appointment;
    QString error;
    QVERIFY2(Appointment::fromJson(own(QStringLiteral("apt_1"), QStringLiteral("Kapper"),
                                       QDateTime::currentDateTime().addDays(1)),
                                   &appointment, &error),
             qPrintable(error));
    AppointmentDialog dialog(m_api.get(), ClientId, appointment, "\"v1\"");
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *title = dialog.findChild<QLineEdit *>(QStringLiteral("appointmentTitleField"));
    QVERIFY(title);
    QCOMPARE(title->text(), QStringLiteral("Kapper"));

    // Unchanged: Cancel closes at once.
    QTest::keyClick(&dialog, Qt::Key_Escape);
    QVERIFY(!dialog.isVisible());

    // Changed: the first Cancel says what would be lost and keeps the window; the second closes.
    dialog.show();
    title->setText(QStringLiteral("Kapper en boodschappen"));
    QTest::keyClick(&dialog, Qt::Key_Escape);
    QVERIFY(dialog.isVisible());
    auto *status = dialog.findChild<QWidget *>(QStringLiteral("appointmentDialogStatus"));
    QVERIFY(status && status->isVisible());
    QCOMPARE(title->text(), QStringLiteral("Kapper en boodschappen"));
    QTest::keyClick(&dialog, Qt::Key_Escape);
    QVERIFY(!dialog.isVisible());
    QCOMPARE(m_portal->callsTo("PUT", onePath(QStringLiteral("apt_1"))).size(), 0);
}

void TestAgendaTab::largeText_nothingCutOff()
{
    const LargeDutch largeDutch;
    m_tab = std::make_unique<AgendaTab>(m_api.get(), m_drafts.get());
    m_tab->setClock([] { return Now.toUTC(); });
    m_tab->setClient(client(true));
    // In the home page the part sits in a scroll area that lets it grow downwards only.
    PartArea part(m_tab.get());
    const int room = PartArea::Room;
    QVERIFY(part.isExposed());
    QVERIFY(waitForList());
    m_tab->selectAppointment(QStringLiteral("o1"));
    // At 200 % in Dutch on a 1366×768 laptop the list and the chosen appointment stood side by
    // side: every title was cut off ("08:00–08:45  O…") and the appointment had three lines.
    auto *columns = m_tab->findChild<StackingColumns *>(QStringLiteral("agendaColumns"));
    QVERIFY(columns);
    QTRY_VERIFY(!columns->isSideBySide());
    QVERIFY(m_tab->minimumSizeHint().width() <= room);
    QTRY_COMPARE(m_tab->width(), room);
    auto *list = child<QListView>(m_tab.get(), "appointmentList");
    auto *details = child<QTextBrowser>(m_tab.get(), "appointmentDetails");
    QFont bold = list->font();
    bold.setBold(true);
    QVERIFY(list->viewport()->width()
            > QFontMetrics(bold).horizontalAdvance(QStringLiteral("08:00–08:45  Ochtendzorg")));
    // (The part grows when the new minimums reach the scroll area, a moment later.)
    QTRY_VERIFY(details->mapTo(m_tab.get(), QPoint(0, 0)).y()
                > list->mapTo(m_tab.get(), QPoint(0, list->height())).y());
    QVERIFY(details->height() >= 6 * details->fontMetrics().lineSpacing());
    for (const char *name : { "editAppointmentButton", "deleteAppointmentButton" }) {
        auto *button = child<QPushButton>(m_tab.get(), name);
        QVERIFY2(button->width() >= button->sizeHint().width(), name);
        QVERIFY2(
            m_tab->rect().contains(QRect(button->mapTo(m_tab.get(), QPoint(0, 0)), button->size())),
            name);
    }
    QApplication::sendPostedEvents();
    const QString folder = qEnvironmentVariable("PORTIEK_SCREENSHOT_DIR");
    if (!folder.isEmpty())
        QVERIFY(m_tab->grab().save(folder + QStringLiteral("/c1-agendatab-200.png")));

    // Back at the ordinary size the two go side by side again.
    Theme::setTextScale(100);
    QTRY_VERIFY(columns->isSideBySide());
}

void TestAgendaTab::smallestWindow_everyLineWhole()
{
    // In the smallest window whose appointment it is was cut off ("Zorgteam, tijd bij
    // benadering, Ruud Vi…"): every line of an entry now wraps, and the entry grows taller.
    makeTab();
    m_tab->resize(740, 590); // the tab's area in the smallest window, 1024×720
    QVERIFY(waitForList());
    auto *list = child<QListView>(m_tab.get(), "appointmentList");
    auto *delegate = qobject_cast<AppointmentDelegate *>(list->itemDelegate());
    QVERIFY(delegate);
    QTRY_VERIFY(list->viewport()->width() < 500);
    const QFontMetrics metrics(list->font());
    bool wrapped = false;
    for (int row = 0; row < list->model()->rowCount(); ++row) {
        const QModelIndex index = list->model()->index(row, 0);
        const QRect rect = list->visualRect(index);
        const AppointmentDelegate::Lines text = delegate->lines(list->font(), index, rect.width());
        const QString whose = AppointmentDelegate::whoseText(index);
        QVERIFY2(text.details.join(u' ').endsWith(whose), qPrintable(text.details.join(u'|')));
        for (const QString &line : text.heading + text.details)
            QVERIFY2(!line.contains(QStringLiteral("…")), qPrintable(line));
        QVERIFY(rect.height() >= int(text.details.size()) * metrics.lineSpacing());
        wrapped = wrapped || text.details.size() > 2;
    }
    QVERIFY(wrapped); // the longest line did not fit on one
}

void TestAgendaTab::screenshot()
{
    QTemporaryDir temporary;
    QVERIFY(temporary.isValid());
    makeTab();
    QVERIFY(waitForList());
    m_tab->selectAppointment(QStringLiteral("o1"));
    // The tab's area in the smallest supported window (1024×720).
    m_tab->resize(740, 590);
    QApplication::sendPostedEvents();
    QCOMPARE(m_tab->size(), QSize(740, 590));
    for (const QPushButton *button : m_tab->findChildren<QPushButton *>()) {
        if (button->isVisible()) // shows its whole text
            QVERIFY2(button->width() >= button->sizeHint().width(), qPrintable(button->text()));
    }
    QVERIFY(m_tab->grab().save(screenshotFolder(temporary) + "/c1-agendatab.png"));
    AppointmentDialog *dialog = openNew();
    QVERIFY(dialog);
    QTest::keyClicks(child<QLineEdit>(dialog, "appointmentTitleField"), QStringLiteral("Kapper"));
    // An end before the start, to see the sentence at the field.
    child<QTimeEdit>(dialog, "appointmentStartField")->setTime(QTime(14, 0));
    child<QTimeEdit>(dialog, "appointmentEndField")->setTime(QTime(13, 0));
    QTest::keyClick(child<QLineEdit>(dialog, "appointmentTitleField"), Qt::Key_Return);
    QVERIFY(m_portal->callsTo("POST", ListPath).isEmpty());
    QApplication::sendPostedEvents();
    QVERIFY(dialog->grab().save(screenshotFolder(temporary) + "/c1-appointmentdialog.png"));
}

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    Theme::apply(app);
    QTest::setMainSourcePath(__FILE__);
    TestAgendaTab test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_agendatab.moc"
