// The Agenda tab against the real portiek-server over TLS with the demo seed: add, see, change
// and delete an own appointment; the care team's are read-only.
#include "../unit/core/agendafixtures.h"
#include "childwidget.h"
#include "core/appointmentlistmodel.h"
#include "core/appointmentsaver.h"
#include "core/draftstore.h"
#include "core/memorytrusteddevicestore.h"
#include "core/portalapi.h"
#include "support/signinclient.h"
#include "support/testserver.h"
#include "ui/agenda/agendatab.h"
#include "ui/agenda/appointmentdialog.h"
#include "ui/theme.h"
#include "ui/widgets/statusmessage.h"

#include <QApplication>
#include <QLineEdit>
#include <QListView>
#include <QMessageBox>
#include <QPushButton>
#include <QSslSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeEdit>

using namespace AgendaFixtures;

class TestAgendaRealServer : public QObject
{
    Q_OBJECT

private slots:
    void addSeeChangeAndDeleteAnAppointment();
};

void TestAgendaRealServer::addSeeChangeAndDeleteAnAppointment()
{
    QVERIFY(QSslSocket::supportsSsl());
    TestServer server;
    QVERIFY2(server.startWithDemoDossier(), qPrintable(server.errorString()));
    MemoryTrustedDeviceStore devices;
    SignInClient signIn(server, &devices);
    QVERIFY2(signIn.signInAsRepresentative(server, ClientId), qPrintable(signIn.describe()));
    const ClientSummary chosen = signIn.flow().currentClient();
    QVERIFY(chosen.rights.agendaEdit);

    constexpr int Timeout = SignInClient::TimeoutMs;
    QTemporaryDir folder;
    QVERIFY(folder.isValid());
    DraftStore drafts(folder.path(), QStringLiteral("realserver"));
    AgendaTab tab(&signIn.api(), &drafts);
    tab.resize(1100, 800);
    tab.setClient(chosen);
    tab.show();
    QVERIFY(QTest::qWaitForWindowExposed(&tab));
    AppointmentListModel *model = tab.model();
    QVERIFY(QTest::qWaitFor([&] { return model->hasLoaded() && !model->isLoading(); }, Timeout));

    // The seed's care-team appointments of today: read-only, no change or delete.
    auto *list = child<QListView>(&tab, "appointmentList");
    int careRow = -1;
    for (int row = 0; row < model->rowCount() && careRow < 0; ++row) {
        if (model->appointmentAt(row).kind == Appointment::Kind::CareTeam)
            careRow = row;
    }
    QVERIFY2(careRow >= 0, "the demo seed has care-team appointments today");
    list->setCurrentIndex(model->index(careRow));
    QVERIFY(!child<QPushButton>(&tab, "editAppointmentButton")->isVisible());
    QVERIFY(!child<QPushButton>(&tab, "deleteAppointmentButton")->isVisible());

    // Add one through the dialog, on the day after tomorrow, so only the week shows it.
    tab.showNext();
    child<QPushButton>(&tab, "newAppointmentButton")->click();
    QVERIFY(QTest::qWaitFor([&] { return tab.dialog() && tab.dialog()->isVisible(); }, Timeout));
    AppointmentDialog *dialog = tab.dialog();
    const QString title = QStringLiteral("Kapper %1").arg(QDateTime::currentMSecsSinceEpoch());
    QTest::keyClicks(child<QLineEdit>(dialog, "appointmentTitleField"), title);
    child<QTimeEdit>(dialog, "appointmentStartField")->setTime(QTime(10, 0));
    child<QTimeEdit>(dialog, "appointmentEndField")->setTime(QTime(10, 45));
    QTest::keyClicks(child<QLineEdit>(dialog, "appointmentLocationField"),
                     QStringLiteral("Kapsalon Knip"));
    QTest::keyClick(child<QLineEdit>(dialog, "appointmentTitleField"), Qt::Key_Return);
    QVERIFY(QTest::qWaitFor([&] { return !tab.dialog(); }, Timeout));
    QVERIFY(drafts.drafts(AppointmentSaver::DraftKind, ClientId).isEmpty());

    // In the week view.
    tab.setView(AgendaTab::View::Week);
    const auto rowOfTitle = [&](const QString &wanted) {
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->appointmentAt(row).title == wanted)
                return row;
        }
        return -1;
    };
    QVERIFY(
        QTest::qWaitFor([&] { return !model->isLoading() && rowOfTitle(title) >= 0; }, Timeout));
    const Appointment added = model->appointmentAt(rowOfTitle(title));
    QVERIFY(added.isOwn() && added.canEdit);
    QCOMPARE(added.start.toLocalTime().time(), QTime(10, 0));

    // Change it: a later end.
    QVERIFY(tab.selectAppointment(added.id));
    child<QPushButton>(&tab, "editAppointmentButton")->click();
    QVERIFY(QTest::qWaitFor([&] { return tab.dialog() && tab.dialog()->isVisible(); }, Timeout));
    dialog = tab.dialog();
    QVERIFY(!dialog->isNew());
    QCOMPARE(child<QLineEdit>(dialog, "appointmentTitleField")->text(), title);
    child<QTimeEdit>(dialog, "appointmentEndField")->setTime(QTime(11, 15));
    child<QPushButton>(dialog, "saveAppointmentButton")->click();
    QVERIFY(QTest::qWaitFor([&] { return !tab.dialog(); }, Timeout));
    QVERIFY(QTest::qWaitFor(
        [&] {
            const int row = rowOfTitle(title);
            return !model->isLoading() && row >= 0
                && model->appointmentAt(row).end.toLocalTime().time() == QTime(11, 15);
        },
        Timeout));

    // Delete it, after the question that names it.
    QVERIFY(tab.selectAppointment(added.id));
    child<QPushButton>(&tab, "deleteAppointmentButton")->click();
    QVERIFY(QTest::qWaitFor([&] { return tab.confirmation(); }, Timeout));
    QVERIFY(tab.confirmation()->text().contains(title));
    child<QPushButton>(tab.confirmation(), "deleteYesButton")->click();
    QVERIFY(QTest::qWaitFor([&] { return !model->isLoading() && rowOfTitle(title) < 0; }, Timeout));
    QVERIFY(child<StatusMessage>(&tab, "agendaNotice")->text().contains("deleted"));
}

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    Theme::apply(app);
    TestAgendaRealServer test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_agenda_realserver.moc"
