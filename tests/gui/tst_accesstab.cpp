// The Access tab (contacts, rights, invitations, the access log) and "My trusted devices",
// offscreen: against FakePortal for every case, and once against the real portiek-server.
#include "core/accesslogmodel.h"
#include "core/contactaccessactions.h"
#include "core/contactaccesslistmodel.h"
#include "core/draftstore.h"
#include "core/memorytrusteddevicestore.h"
#include "core/portalapi.h"
#include "core/trusteddevicelist.h"
#include "fakeportal.h"
#include "largedutch.h"
#include "partarea.h"
#include "support/signinclient.h"
#include "support/testserver.h"
#include "ui/access/accesslogview.h"
#include "ui/access/accesstab.h"
#include "ui/access/invitecontactdialog.h"
#include "ui/access/rightsdialog.h"
#include "ui/access/rightseditor.h"
#include "ui/profile/trusteddevicessection.h"
#include "ui/theme.h"
#include "ui/widgets/stackingcolumns.h"

#include <QApplication>
#include <QCheckBox>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSslSocket>
#include <QStyleOptionViewItem>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace {

constexpr int Timeout = SignInClient::TimeoutMs;
const QString ClientId = QStringLiteral("100482");
const QString ContactsPath = QStringLiteral("/api/v1/clients/100482/access/contacts");
const QString AnoukPath = ContactsPath + QStringLiteral("/per_2Tn6");

QJsonObject contactJson(const QString &id, const QString &name, const QString &status,
                        const ContactRights &rights = {})
{
    return { { "personId", id },
             { "name", name },
             { "relation", "kleindochter" },
             { "email", "anouk@example.nl" },
             { "mobile", "+31623456789" },
             { "status", status },
             { "rights", rights.toJson() },
             { "invitedAt", "2026-01-20T14:02:00+01:00" },
             { "invitedBy", QJsonValue::Null },
             { "lastSignInAt", "2026-03-12T11:58:30+01:00" } };
}

// A contact who read the reports, as the access log lists it.
QJsonObject logEntry(const QString &id, const QString &name)
{
    return { { "id", id },
             { "at", "2026-03-12T11:59:02+01:00" },
             { "actor",
               QJsonObject { { "kind", "person" }, { "name", name }, { "role", "contact" } } },
             { "action", "read" },
             { "resourceType", "reports" },
             { "resourceId", QJsonValue::Null } };
}

QJsonObject page(const QJsonArray &items)
{
    return { { "items", items }, { "nextCursor", QJsonValue::Null } };
}

ClientSummary client(bool manageAccess)
{
    ClientSummary summary;
    summary.id = ClientId;
    summary.name = QStringLiteral("Gerard van Dijk");
    summary.myRole = ClientSummary::Role::Representative;
    summary.rights = manageAccess ? Rights::all() : Rights();
    return summary;
}

template<typename T> T *waitForChild(QWidget *parent, const QString &name)
{
    T *child = nullptr;
    const bool found = QTest::qWaitFor(
        [&] {
            child = parent->findChild<T *>(name);
            return child && child->isVisible();
        },
        Timeout);
    return found ? child : nullptr;
}

// Into PORTIEK_SCREENSHOT_DIR when set, else a temporary folder: rendered and saved every run.
bool screenshot(QWidget *widget, const QString &name)
{
    static QTemporaryDir temporary;
    QString folder = qEnvironmentVariable("PORTIEK_SCREENSHOT_DIR");
    if (folder.isEmpty())
        folder = temporary.path();
    return widget->grab().save(folder + QStringLiteral("/s5b-%1.png").arg(name));
}

} // namespace

class TestAccessTab : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void withoutManageAccess_asksNothingAndSaysWhy();
    void contacts_showRightsInWords_andTheKeyboardChangesThem();
    void invite_startsWithNoRights_andEscapeKeepsTheDraft();
    void invite_failure_saysWhyAndKeepsTheText();
    void endAccess_asksNamingThePerson();
    void devices_removingThisComputerSaysItAndForgetsTheToken();
    void accessLog_aLongNameNeverTakesMoreThanWhatWasDone();
    void largeText_nothingWiderThanTheWindow();
    void realServer_giveAndTakeAwayTheRightToReadReports();

private:
    AccessTab *makeTab(bool manageAccess);

    std::unique_ptr<FakePortal> m_portal;
    std::unique_ptr<PortalApi> m_api;
    std::unique_ptr<DraftStore> m_drafts;
    std::unique_ptr<AccessTab> m_tab;
};

void TestAccessTab::initTestCase()
{
    Theme::apply(*qApp);
}

void TestAccessTab::init()
{
    m_tab.reset();
    m_drafts.reset();
    m_api.reset();
    m_portal = std::make_unique<FakePortal>();
    m_api = std::make_unique<PortalApi>(m_portal.get());
    m_api->setBaseUrl(QUrl(QStringLiteral("https://portaal.example.nl")));
    m_drafts = std::make_unique<DraftStore>(QString(), QStringLiteral("me"));
}

AccessTab *TestAccessTab::makeTab(bool manageAccess)
{
    m_tab = std::make_unique<AccessTab>(m_api.get(), m_drafts.get());
    m_tab->resize(740, 590); // the tab's area in the smallest window, 1024×720
    m_tab->show();
    m_tab->setClient(client(manageAccess));
    return m_tab.get();
}

void TestAccessTab::withoutManageAccess_asksNothingAndSaysWhy()
{
    AccessTab *tab = makeTab(false);
    auto *sentence = tab->findChild<QLabel *>(QStringLiteral("accessNotAllowed"));
    QVERIFY(sentence && sentence->isVisible());
    QVERIFY(sentence->text().contains(QLatin1String("representatives")));
    QVERIFY(!tab->findChild<QPushButton *>(QStringLiteral("inviteContactButton"))->isVisible());
    QCoreApplication::processEvents();
    QVERIFY(m_portal->calls().isEmpty());
}

void TestAccessTab::contacts_showRightsInWords_andTheKeyboardChangesThem()
{
    ContactRights rights;
    rights.agendaView = true;
    m_portal->answer("GET", ContactsPath, 200,
                     page({ contactJson("per_2Tn6", "Anouk de Boer", "active", rights),
                            contactJson("per_9Xq1", "Annemarie Boer-van den Heuvel", "invited") }));
    m_portal->answer("GET", AnoukPath, 200,
                     contactJson("per_2Tn6", "Anouk de Boer", "active", rights));
    ContactRights saved = rights;
    saved.reportsRead = true;
    saved.reportsWrite = true;
    m_portal->answer("PUT", AnoukPath + QStringLiteral("/rights"), 200,
                     contactJson("per_2Tn6", "Anouk de Boer", "active", saved));
    AccessTab *tab = makeTab(true);
    QVERIFY(QTest::qWaitFor([&] { return tab->model()->rowCount() == 2; }, Timeout));
    // At 1024×720 each person is two lines (name and relation, then the state), never wider
    // than the list: nothing scrolls sideways.
    auto *list = tab->findChild<QListView *>(QStringLiteral("contactAccessList"));
    for (int row = 0; row < 2; ++row) {
        const QRect item = list->visualRect(tab->model()->index(row));
        QVERIFY(item.right() < list->viewport()->width());
        QVERIFY(item.height() >= 2 * list->fontMetrics().lineSpacing());
    }
    QCOMPARE(list->horizontalScrollBar()->maximum(), 0);
    auto *summary = tab->findChild<QLabel *>(QStringLiteral("contactRightsSummary"));
    QTRY_VERIFY(summary->text().contains(QLatin1String("See the agenda")));
    // An active contact needs no second invitation.
    QVERIFY(!tab->findChild<QPushButton *>(QStringLiteral("resendInvitationButton"))->isVisible());

    // Keyboard: Tab to "Change rights…" and press Space.
    auto *change = tab->findChild<QPushButton *>(QStringLiteral("changeRightsButton"));
    change->setFocus();
    QTest::keyClick(change, Qt::Key_Space);
    RightsDialog *dialog = tab->rightsDialog();
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitFor([&] { return dialog->isReady(); }, Timeout));
    QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("rightsAdvice"))
                ->text()
                .contains(QLatin1String("Do not give everyone all rights automatically")));
    QCheckBox *write = dialog->rightsEditor()->checkBox(ContactRights::Right::ReportsWrite);
    QCheckBox *read = dialog->rightsEditor()->checkBox(ContactRights::Right::ReportsRead);
    QVERIFY(!write->accessibleDescription().isEmpty()); // the sentence, for screen readers
    write->setFocus();
    QTest::keyClick(write, Qt::Key_Space);
    QVERIFY(write->isChecked());
    QVERIFY(read->isChecked()); // writing needs reading
    QTest::keyClick(dialog, Qt::Key_Return); // the default button: Save
    QVERIFY(QTest::qWaitFor([&] { return !tab->rightsDialog(); }, Timeout));
    const FakePortal::Call put = m_portal->lastCallTo("PUT", AnoukPath + QStringLiteral("/rights"));
    QCOMPARE(put.body, saved.toJson());
    QTRY_VERIFY(summary->text().contains(QLatin1String("Write reports")));
    QVERIFY(screenshot(tab, QStringLiteral("accesstab")));
}

void TestAccessTab::invite_startsWithNoRights_andEscapeKeepsTheDraft()
{
    m_portal->answer("GET", ContactsPath, 200, page({}));
    AccessTab *tab = makeTab(true);
    QVERIFY(QTest::qWaitFor([&] { return tab->model()->hasLoaded(); }, Timeout));
    tab->openInvite();
    InviteContactDialog *dialog = tab->inviteDialog();
    QVERIFY(dialog && dialog->isVisible());
    QVERIFY(dialog->rightsEditor()->rights().none());
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("inviteGivenName")),
                     QStringLiteral("Fatima"));
    QTest::keyClick(dialog, Qt::Key_Escape);
    QTRY_VERIFY(!tab->inviteDialog());
    QCOMPARE(m_drafts->drafts(QLatin1String(ContactAccessActions::DraftKind), ClientId).size(), 1);
    QVERIFY(tab->findChild<QWidget *>(QStringLiteral("accessStatus"))->isVisible());

    tab->openInvite();
    QCOMPARE(tab->inviteDialog()->findChild<QLineEdit *>(QStringLiteral("inviteGivenName"))->text(),
             QStringLiteral("Fatima"));
    QVERIFY(screenshot(tab->inviteDialog(), QStringLiteral("invite")));
    tab->inviteDialog()->reject();
}

void TestAccessTab::invite_failure_saysWhyAndKeepsTheText()
{
    m_portal->answer("GET", ContactsPath, 200, page({}));
    m_portal->problem("POST", ContactsPath, 409, QStringLiteral("contact_already_linked"));
    AccessTab *tab = makeTab(true);
    QVERIFY(QTest::qWaitFor([&] { return tab->model()->hasLoaded(); }, Timeout));
    tab->openInvite();
    InviteContactDialog *dialog = tab->inviteDialog();
    const auto type = [&](const char *name, const QString &text) {
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QLatin1String(name)), text);
    };
    // Without a family name: a sentence, nothing sent.
    type("inviteGivenName", QStringLiteral("Fatima"));
    dialog->findChild<QPushButton *>(QStringLiteral("sendInvitationButton"))->click();
    auto *status = dialog->findChild<QWidget *>(QStringLiteral("inviteStatus"));
    QVERIFY(status->isVisible());
    QVERIFY(m_portal->callsTo("POST", ContactsPath).isEmpty());

    type("inviteFamilyName", QStringLiteral("El Amrani"));
    type("inviteRelation", QStringLiteral("buurvrouw"));
    type("inviteEmail", QStringLiteral("f@example.nl"));
    type("inviteMobile", QStringLiteral("06 34567890"));
    dialog->findChild<QPushButton *>(QStringLiteral("sendInvitationButton"))->click();
    auto *text = status->findChild<QLabel *>(QStringLiteral("statusMessageText"));
    QVERIFY(QTest::qWaitFor([&] { return text->text().contains(QLatin1String("already has")); },
                            Timeout));
    QVERIFY(dialog->isVisible());
    const FakePortal::Call post = m_portal->lastCallTo("POST", ContactsPath);
    QCOMPARE(post.body.value("mobile").toString(), QStringLiteral("+31634567890"));
    QVERIFY(!post.idempotencyKey.isEmpty());
    QVERIFY(m_drafts->find(dialog->draftId()).isValid());
    dialog->reject();
}

void TestAccessTab::endAccess_asksNamingThePerson()
{
    m_portal->answer("GET", ContactsPath, 200,
                     page({ contactJson("per_2Tn6", "Anouk de Boer", "invited") }));
    m_portal->answer("DELETE", AnoukPath, 204);
    m_portal->answer("POST", AnoukPath + QStringLiteral("/invitation"), 202);
    AccessTab *tab = makeTab(true);
    QVERIFY(QTest::qWaitFor([&] { return tab->model()->rowCount() == 1; }, Timeout));
    auto *resend = tab->findChild<QPushButton *>(QStringLiteral("resendInvitationButton"));
    QTRY_VERIFY(resend->isVisible() && resend->isEnabled());
    resend->click();
    QTRY_COMPARE(m_portal->callsTo("POST", AnoukPath + QStringLiteral("/invitation")).size(), 1);

    QTRY_VERIFY(tab->findChild<QPushButton *>(QStringLiteral("endAccessButton"))->isEnabled());
    tab->findChild<QPushButton *>(QStringLiteral("endAccessButton"))->click();
    QMessageBox *box = tab->confirmation();
    QVERIFY(box && box->isVisible());
    QVERIFY(box->text().contains(QLatin1String("Anouk de Boer")));
    // Escape keeps the access.
    QTest::keyClick(box, Qt::Key_Escape);
    QTRY_VERIFY(!tab->confirmation());
    QVERIFY(m_portal->callsTo("DELETE", AnoukPath).isEmpty());

    tab->confirmEndAccess();
    tab->confirmation()
        ->findChild<QPushButton *>(QStringLiteral("confirmEndAccessButton"))
        ->click();
    QTRY_COMPARE(m_portal->callsTo("DELETE", AnoukPath).size(), 1);
}

void TestAccessTab::devices_removingThisComputerSaysItAndForgetsTheToken()
{
    const QJsonObject device { { "id", "dev_1" },
                               { "name", "Testcomputer" },
                               { "createdAt", "2026-03-12T09:34:30+01:00" },
                               { "lastUsedAt", "2026-03-12T09:34:30+01:00" },
                               { "expiresAt", "2026-06-10T09:34:30+02:00" },
                               { "current", true } };
    m_portal->answer("GET", QStringLiteral("/api/v1/me/trusted-devices"), 200, page({ device }));
    m_portal->answer("GET", QStringLiteral("/api/v1/me/trusted-devices"), 200, page({}));
    m_portal->answer("DELETE", QStringLiteral("/api/v1/me/trusted-devices/dev_1"), 204);
    MemoryTrustedDeviceStore store;
    store.save(QStringLiteral("portaal.example.nl/mvandijk"), QStringLiteral("token"));
    TrustedDevicesSection section(m_api.get());
    section.show();
    section.setLocalStore(&store, QStringLiteral("portaal.example.nl/mvandijk"));
    QVERIFY(QTest::qWaitFor([&] { return section.list()->rowCount() == 1; }, Timeout));
    auto *remove = section.findChild<QPushButton *>(QStringLiteral("removeDeviceButton"));
    auto *removeAll = section.findChild<QPushButton *>(QStringLiteral("removeAllDevicesButton"));
    auto *view = section.findChild<QWidget *>(QStringLiteral("trustedDeviceList"));
    QTRY_VERIFY(remove->isEnabled());
    QVERIFY(remove->isVisible());
    QVERIFY(removeAll->isVisible());
    QVERIFY(view->isVisible());
    remove->click();
    QMessageBox *box = section.confirmation();
    QVERIFY(box);
    QVERIFY(box->text().contains(QLatin1String("Testcomputer")));
    QVERIFY(box->informativeText().contains(QLatin1String("code by text message")));
    box->findChild<QPushButton *>(QStringLiteral("confirmRemoveDeviceButton"))->click();
    QTRY_COMPARE(store.count(), 0);
    QTRY_COMPARE(section.list()->rowCount(), 0);
    // No computer left: only the sentences, no empty list and no buttons that can do nothing.
    QTRY_VERIFY(!view->isVisible());
    QVERIFY(!remove->isVisible());
    QVERIFY(!removeAll->isVisible());
    QString said;
    auto *status = section.findChild<QWidget *>(QStringLiteral("trustedDevicesStatus"));
    for (const QLabel *label : status->findChildren<QLabel *>())
        said += label->text();
    QVERIFY2(said.contains(QLatin1String("forgotten too")), qPrintable(said));
    QVERIFY2(said.contains(QLatin1String("No computer is remembered")), qPrintable(said));
    section.resize(740, 300);
    QTemporaryDir temporary;
    const QString folder = qEnvironmentVariable("PORTIEK_SCREENSHOT_DIR", temporary.path());
    QVERIFY(section.grab().save(folder + QStringLiteral("/trusted-devices-empty.png")));
}

void TestAccessTab::accessLog_aLongNameNeverTakesMoreThanWhatWasDone()
{
    // Few rows (no scroll bar to move things later) and a name longer than half the table.
    const QJsonObject entry = logEntry(QStringLiteral("log_1"),
                                       QStringLiteral("Anna Maria Wilhelmina Josephina van den "
                                                      "Berg-Hoogeveen tot Oud-Beijerland en "
                                                      "Zuid-Holland"));
    m_portal->answer("GET", QStringLiteral("/api/v1/clients/100482/access/contacts"), 200,
                     page({}));
    m_portal->answer("GET", QStringLiteral("/api/v1/clients/100482/access/log"), 200,
                     page({ entry }));
    AccessTab *tab = makeTab(true);
    tab->showAccessLog();
    QVERIFY(QTest::qWaitFor([&] { return tab->accessLog()->model()->hasLoaded(); }, Timeout));
    QTableView *table = tab->accessLog()->table();
    QVERIFY(table->isVisible());
    // "When" is as wide as its date, and "Who" gets at most half of what remains.
    const auto shared = [table] {
        const int when = table->columnWidth(AccessLogModel::WhenColumn);
        const int who = table->columnWidth(AccessLogModel::WhoColumn);
        const int what = table->columnWidth(AccessLogModel::WhatColumn);
        const QAbstractItemView *view = table; // QTableView hides the public sizeHintForColumn
        return when >= view->sizeHintForColumn(AccessLogModel::WhenColumn) && who > 0 && what >= who
            && when + who + what <= table->viewport()->width();
    };
    // Right as soon as the rows are there, not only after some later layout.
    QVERIFY(shared());
    QCOMPARE(table->horizontalScrollBar()->maximum(), 0);
}

void TestAccessTab::largeText_nothingWiderThanTheWindow()
{
    // At 200 % in Dutch the buttons under the list and beside the person were together wider
    // than the tab's area in a maximised 1366×768 window: the page scrolled sideways and cut
    // every sentence in half.
    const LargeDutch largeDutch;
    m_portal->answer("GET", ContactsPath, 200,
                     page({ contactJson("per_2Tn6", "Anouk de Boer", "invited") }));
    m_portal->answer("GET", AnoukPath, 200, contactJson("per_2Tn6", "Anouk de Boer", "invited"));
    // A full page with more behind it, so "Show older entries" is there.
    QJsonArray entries;
    for (int i = 0; i < 12; ++i) {
        entries.append(logEntry(QStringLiteral("log_%1").arg(i), QStringLiteral("Anouk de Boer")));
    }
    m_portal->answer("GET", QStringLiteral("/api/v1/clients/100482/access/log"), 200,
                     QJsonObject { { "items", entries }, { "nextCursor", "older" } });
    AccessTab *tab = makeTab(true);
    // In the home page the part sits in a scroll area that lets it grow downwards only.
    PartArea part(tab);
    const int room = PartArea::Room;
    QVERIFY(part.isExposed());
    QVERIFY(QTest::qWaitFor([&] { return tab->model()->rowCount() == 1; }, Timeout));
    auto *columns = tab->findChild<StackingColumns *>(QStringLiteral("contactAccessColumns"));
    QVERIFY(columns);
    QTRY_VERIFY(!columns->isSideBySide());
    QVERIFY(tab->minimumSizeHint().width() <= room);
    auto *details = tab->findChild<QLabel *>(QStringLiteral("contactDetails"));
    QTRY_VERIFY(details->text().contains(QLatin1String("nog niet ingelogd")));
    QTRY_COMPARE(tab->width(), room);
    // Every sentence whole: no label shorter than its text needs at its width.
    const QList<QLabel *> labels = tab->findChildren<QLabel *>();
    for (QLabel *label : labels) {
        if (label->isVisible() && label->wordWrap())
            QTRY_VERIFY2(label->height() >= label->heightForWidth(label->width()),
                         qPrintable(label->text()));
    }
    // Each person on two lines, the name and then the state, however wide the list.
    auto *list = tab->findChild<QListView *>(QStringLiteral("contactAccessList"));
    QStyleOptionViewItem wide;
    wide.initFrom(list);
    wide.rect = QRect(0, 0, 4000, 1000);
    QVERIFY(list->itemDelegate()->sizeHint(wide, tab->model()->index(0)).height()
            >= 2 * list->fontMetrics().lineSpacing());
    // Stacked: the person's buttons under the list, each whole and inside the part.
    for (const char *name : { "changeRightsButton", "resendInvitationButton", "endAccessButton" }) {
        auto *button = tab->findChild<QPushButton *>(QLatin1String(name));
        QVERIFY2(button->isVisible(), name);
        const QRect inTab(button->mapTo(tab, QPoint(0, 0)), button->size());
        QVERIFY2(tab->rect().contains(inTab), name);
        QVERIFY2(button->width() >= button->sizeHint().width(), name);
        QVERIFY2(inTab.top() > list->mapTo(tab, QPoint(0, list->height())).y(), name);
    }
    QVERIFY(screenshot(tab, QStringLiteral("accesstab-200")));

    tab->showAccessLog();
    QVERIFY(QTest::qWaitFor([&] { return tab->accessLog()->model()->hasLoaded(); }, Timeout));
    QVERIFY(tab->minimumSizeHint().width() <= room);
    auto *back = tab->findChild<QPushButton *>(QStringLiteral("accessLogBackButton"));
    auto *more = tab->findChild<QPushButton *>(QStringLiteral("accessLogMoreButton"));
    QTRY_VERIFY(more->mapTo(tab, QPoint(0, 0)).y() > back->mapTo(tab, QPoint(0, 0)).y());
    QVERIFY(tab->rect().contains(QRect(more->mapTo(tab, QPoint(0, 0)), more->size())));
    QCOMPARE(back->x(), 0); // on the left, where "back" is on every page
    // A word cannot wrap: "Who" is never narrower than its longest one, and "What" keeps room.
    QTableView *table = tab->accessLog()->table();
    const int word = table->fontMetrics().horizontalAdvance(QStringLiteral("(contactpersoon)"));
    QTRY_VERIFY(table->columnWidth(AccessLogModel::WhoColumn) > word);
    QVERIFY(table->columnWidth(AccessLogModel::WhatColumn) >= table->viewport()->width() / 4);
    QVERIFY(screenshot(tab, QStringLiteral("accesslog-200")));

    // Back to ordinary text in the smallest window: side by side again.
    Theme::setTextScale(100);
    tab->showContacts();
    part.area().resize(740, 590);
    QTRY_VERIFY(columns->isSideBySide());
}

void TestAccessTab::realServer_giveAndTakeAwayTheRightToReadReports()
{
    QVERIFY(QSslSocket::supportsSsl());
    TestServer server;
    QVERIFY2(server.startWithDemoDossier(), qPrintable(server.errorString()));

    // The representative signs in and has this computer remembered.
    MemoryTrustedDeviceStore devices;
    SignInClient mark(server, &devices);
    mark.flow().signIn(QStringLiteral("mvandijk"),
                       QStringLiteral("lente in het park bij de vijver"));
    QVERIFY2(mark.waitForStep(LoginFlow::Step::SmsCode), qPrintable(mark.describe()));
    QVERIFY(mark.flow().canRememberDevice());
    mark.flow().setRememberDevice(true);
    mark.flow().submitSmsCode(server.latestSmsCode(QStringLiteral("+31612340517")));
    QVERIFY2(mark.waitForStep(LoginFlow::Step::ChooseClient), qPrintable(mark.describe()));
    mark.flow().chooseClient(ClientId);
    QVERIFY2(mark.waitForStep(LoginFlow::Step::SignedIn), qPrintable(mark.describe()));

    // The contact signs in on a computer of her own, to see her rights as the portal gives them.
    MemoryTrustedDeviceStore annaDevices;
    SignInClient anna(server, &annaDevices);
    anna.flow().signIn(QStringLiteral("aboer"), QStringLiteral("fietsen langs de Amstel 2026"));
    QVERIFY2(anna.waitForStep(LoginFlow::Step::SmsCode), qPrintable(anna.describe()));
    anna.flow().submitSmsCode(server.latestSmsCode(QStringLiteral("+31612340731")));
    QVERIFY(QTest::qWaitFor([&] { return !anna.flow().isBusy(); }, Timeout));
    if (anna.flow().step() == LoginFlow::Step::ChooseClient)
        anna.flow().chooseClient(ClientId);
    QVERIFY2(anna.waitForStep(LoginFlow::Step::SignedIn), qPrintable(anna.describe()));
    // Rights apply to the person's next request: read them as Anna's own session gets them.
    const auto annaMayReadReports = [&](bool *may) {
        ApiReply *reply = anna.api().get(QStringLiteral("/api/v1/clients/100482"));
        bool done = false;
        bool ok = false;
        QObject::connect(reply, &ApiReply::finished, reply, [&, reply] {
            ok = reply->isOk();
            *may = reply->json().value("rights").toObject().value("reportsRead").toBool();
            done = true;
        });
        return QTest::qWaitFor([&] { return done; }, Timeout) && ok;
    };

    DraftStore drafts(QString(), QStringLiteral("mvandijk"));
    AccessTab tab(&mark.api(), &drafts);
    tab.resize(740, 590);
    tab.show();
    tab.setClient(mark.flow().currentClient());
    QVERIFY(QTest::qWaitFor([&] { return tab.model()->hasLoaded(); }, Timeout));
    int row = -1;
    for (int i = 0; i < tab.model()->rowCount(); ++i)
        if (tab.model()->contactAt(i).name == QLatin1String("Anna Boer"))
            row = i;
    QVERIFY2(row >= 0, "Anna Boer is not in the list of contacts");
    tab.findChild<QListView *>(QStringLiteral("contactAccessList"))
        ->setCurrentIndex(tab.model()->index(row));

    // Set "read reports" to each value in turn, through the dialog, and ask Anna's session.
    for (const bool give : { false, true, false }) {
        tab.openRights();
        RightsDialog *dialog = tab.rightsDialog();
        QVERIFY(dialog);
        QVERIFY(QTest::qWaitFor([&] { return dialog->isReady(); }, Timeout));
        QCheckBox *read = dialog->rightsEditor()->checkBox(ContactRights::Right::ReportsRead);
        if (read->isChecked() != give)
            read->click();
        dialog->findChild<QPushButton *>(QStringLiteral("saveRightsButton"))->click();
        QVERIFY(QTest::qWaitFor([&] { return !tab.rightsDialog(); }, Timeout));
        QCOMPARE(tab.currentContact().rights.reportsRead, give);
        bool may = !give;
        QVERIFY(annaMayReadReports(&may));
        QCOMPARE(may, give);
    }

    // The access log: entries, newest first, in words.
    tab.showAccessLog();
    AccessLogModel *log = tab.accessLog()->model();
    QVERIFY(QTest::qWaitFor([&] { return log->hasLoaded(); }, Timeout));
    QVERIFY(log->rowCount() > 0);
    QVERIFY(log->entryAt(0).at >= log->entryAt(log->rowCount() - 1).at);
    // All three columns fit at 1024×720; long names and actions wrap instead.
    QTableView *table = tab.accessLog()->table();
    QTRY_COMPARE(table->horizontalScrollBar()->maximum(), 0);
    QVERIFY(table->columnViewportPosition(AccessLogModel::WhatColumn)
                + table->columnWidth(AccessLogModel::WhatColumn)
            <= table->viewport()->width());
    QTRY_VERIFY(table->columnWidth(AccessLogModel::WhatColumn)
                >= table->columnWidth(AccessLogModel::WhoColumn));
    QVERIFY(screenshot(&tab, QStringLiteral("accesslog-realserver")));

    // My trusted devices: this computer is listed; removing it forgets the token here as well.
    QTRY_COMPARE(devices.count(), 1);
    TrustedDevicesSection section(&mark.api());
    section.show();
    section.setLocalStore(
        &devices,
        TrustedDeviceStore::keyForPortal(mark.api().baseUrl(), QStringLiteral("mvandijk")));
    QVERIFY(QTest::qWaitFor([&] { return section.list()->hasLoaded(); }, Timeout));
    QVERIFY(section.list()->hasCurrent());
    const int before = section.list()->rowCount();
    section.confirmRemoveAll();
    QVERIFY(section.confirmation());
    section.confirmation()
        ->findChild<QPushButton *>(QStringLiteral("confirmRemoveDeviceButton"))
        ->click();
    QVERIFY(QTest::qWaitFor([&] { return devices.count() == 0; }, Timeout));
    QVERIFY(QTest::qWaitFor(
        [&] { return section.list()->hasLoaded() && section.list()->rowCount() == 0; }, Timeout));
    QVERIFY(before >= 1);
}

QTEST_MAIN(TestAccessTab)
#include "tst_accesstab.moc"
