// The "Messages" tab: against the scripted portal for keyboard use, rights and error sentences,
// and against the real portiek-server over TLS for a whole exchange between a representative
// and a contact person.
#include "core/contactlistmodel.h"
#include "core/conversationlistmodel.h"
#include "core/draftstore.h"
#include "core/memorytrusteddevicestore.h"
#include "core/messagelistmodel.h"
#include "core/messagesender.h"
#include "core/messageunreadcount.h"
#include "core/photoloader.h"
#include "core/portalapi.h"
#include "fakeportal.h"
#include "largedutch.h"
#include "messagefixtures.h"
#include "partarea.h"
#include "support/signinclient.h"
#include "support/testserver.h"
#include "ui/messages/composebox.h"
#include "ui/messages/contactchooserdialog.h"
#include "ui/messages/messagestab.h"
#include "ui/theme.h"
#include "ui/widgets/stackingcolumns.h"
#include "ui/widgets/statusmessage.h"
#include "ui/widgets/wrappeditemdelegate.h"

#include <QApplication>
#include <QLabel>
#include <QListView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSslSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

#include <memory>

using namespace MessageFixtures;

namespace {

constexpr int Timeout = 5000;

ClientSummary client(bool messagesRight)
{
    ClientSummary summary;
    summary.id = ClientId;
    summary.name = QStringLiteral("Gerard van Dijk");
    summary.myRole = ClientSummary::Role::Representative;
    summary.rights = Rights::all();
    summary.rights.messages = messagesRight;
    return summary;
}

QJsonObject contactsPage()
{
    return page({ contact(AnnaId, QStringLiteral("Anna Boer"), QStringLiteral("buurvrouw")),
                  contact(QStringLiteral("per_7Hq2"), QStringLiteral("Gerard van Dijk"),
                          QJsonValue::Null, true, QStringLiteral("client")),
                  contact(QStringLiteral("per_5Fa1"), QStringLiteral("Fatima El Amrani"),
                          QStringLiteral("vriendin"), false) });
}

} // namespace

class TestMessagesTab : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void withoutTheRight_theTabSaysSoAndAsksNothing();
    void keyboard_readAConversation_replyWithCtrlEnter();
    void failedSend_saysWhy_andTheDraftComesBack();
    void loadError_saysSoAndTryAgainLoads();
    void newMessage_choosesAPersonByKeyboard();
    void screenshot();
    void largeText_conversationGoesUnderTheList();
    void smallestWindow_namesAndCountsAreWhole();
    void realServer_representativeAndContactExchangeMessages();

private:
    void makeTab();
    template<typename T> T *find(const char *name) const
    {
        return m_tab->findChild<T *>(QLatin1String(name));
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<FakePortal> m_portal;
    std::unique_ptr<PortalApi> m_api;
    std::unique_ptr<DraftStore> m_drafts;
    std::unique_ptr<PhotoLoader> m_photos;
    std::unique_ptr<MessagesTab> m_tab;
};

void TestMessagesTab::initTestCase()
{
    Theme::apply(*qApp);
}

void TestMessagesTab::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_portal = std::make_unique<FakePortal>();
    m_api = std::make_unique<PortalApi>(m_portal.get());
    m_api->setBaseUrl(QUrl(QStringLiteral("https://portaal.example.nl")));
    m_drafts = std::make_unique<DraftStore>(m_dir->path(), QStringLiteral("me"));
    m_photos = std::make_unique<PhotoLoader>(m_api.get());
    m_portal->answer("GET", ContactsPath, 200, contactsPage());
    m_portal->answer("GET", UnreadPath, 200,
                     { { QStringLiteral("messages"), 2 }, { QStringLiteral("conversations"), 1 } });
    m_portal->answer(
        "GET", ConversationsPath, 200,
        page({ conversation(QStringLiteral("cnv_1"), anna(), 2, message(1)),
               conversation(QStringLiteral("cnv_2"),
                            person(QStringLiteral("per_7Hq2"), QStringLiteral("Gerard van Dijk"),
                                   QStringLiteral("client")),
                            0, message(9, QStringLiteral("cnv_2"), me())) }));
    m_portal->answer("GET", messagesPath(QStringLiteral("cnv_1")), 200,
                     page({ message(1, QStringLiteral("cnv_1"), anna(),
                                    QStringLiteral("Zaterdag kom ik langs, rond half drie.")),
                            message(2, QStringLiteral("cnv_1"), me(),
                                    QStringLiteral("Wanneer kom je weer eens langs?")) }));
    m_portal->answer("PUT", readMarkerPath(QStringLiteral("cnv_1")), 204);
}

void TestMessagesTab::cleanup()
{
    m_tab.reset();
    m_photos.reset();
    m_drafts.reset();
}

void TestMessagesTab::makeTab()
{
    m_tab = std::make_unique<MessagesTab>(m_api.get(), m_drafts.get(), m_photos.get(), MyId);
    m_tab->resize(740, 590); // the tab's area in the smallest window, 1024×720
    m_tab->show();
    if (!QTest::qWaitForWindowExposed(m_tab.get()))
        qWarning("tab not shown");
}

void TestMessagesTab::withoutTheRight_theTabSaysSoAndAsksNothing()
{
    makeTab();
    m_tab->setClient(client(false));
    QTest::qWait(50);
    auto *noRight = find<QLabel>("messagesNoRightLabel");
    QVERIFY(noRight && noRight->isVisible());
    QVERIFY(noRight->text().contains(QLatin1String("may not")));
    QVERIFY(!find<QListView>("conversationList")->isVisible());
    QVERIFY(m_portal->callsTo("GET", ConversationsPath).isEmpty());
    QVERIFY(m_portal->callsTo("GET", UnreadPath).isEmpty());

    QSignalSpy unread(m_tab.get(), &MessagesTab::unreadCountChanged);
    m_tab->setClient(client(true));
    QVERIFY(find<QPushButton>("newMessageButton")->isVisible());
    QVERIFY(QTest::qWaitFor([&] { return m_tab->conversations()->rowCount() == 2; }, Timeout));
    QVERIFY(QTest::qWaitFor([&] { return !unread.isEmpty(); }, Timeout));
    QCOMPARE(unread.last().first().toInt(), 2);
    QCOMPARE(MessageUnreadCount::tabTitle(m_tab->unreadCount()->messages()),
             QStringLiteral("Messages (2)"));
}

void TestMessagesTab::keyboard_readAConversation_replyWithCtrlEnter()
{
    makeTab();
    m_tab->setClient(client(true));
    auto *list = find<QListView>("conversationList");
    QVERIFY(QTest::qWaitFor([&] { return m_tab->conversations()->rowCount() == 2; }, Timeout));
    // Unread in words, not by colour alone.
    QVERIFY(m_tab->conversations()->index(0).data().toString().contains(
        QLatin1String("2 unread messages")));

    list->setFocus();
    QTest::keyClick(list, Qt::Key_Home);
    QCOMPARE(list->currentIndex().row(), 0);
    auto *thread = find<QTextBrowser>("messageThread");
    QVERIFY(QTest::qWaitFor(
        [&] { return thread->toPlainText().contains(QLatin1String("rond half drie")); }, Timeout));
    const QString shown = thread->toPlainText();
    QVERIFY2(shown.contains(QLatin1String("You")) && shown.contains(QLatin1String("Anna Boer")),
             qPrintable(shown));
    // Oldest on top: my question comes before Anna's answer.
    QVERIFY(shown.indexOf(QLatin1String("Wanneer kom"))
            < shown.indexOf(QLatin1String("half drie")));
    QVERIFY(find<QLabel>("conversationTitle")->text().contains(QLatin1String("Anna Boer")));
    // Shown means read: the marker moves to the newest, and the list says so.
    QVERIFY(QTest::qWaitFor(
        [&] {
            return m_tab->conversations()
                       ->index(0)
                       .data(ConversationListModel::UnreadCountRole)
                       .toInt()
                == 0;
        },
        Timeout));
    QCOMPARE(m_portal->lastCallTo("PUT", readMarkerPath(QStringLiteral("cnv_1")))
                 .body.value(QStringLiteral("lastReadMessageId"))
                 .toString(),
             QStringLiteral("msg_1"));

    // Tab goes on to the compose box; Enter is a new line, Ctrl+Enter sends.
    auto *edit = find<QPlainTextEdit>("messageTextEdit");
    edit->setFocus();
    QTest::keyClicks(edit, QStringLiteral("Lekker!"));
    QTest::keyClick(edit, Qt::Key_Return);
    QTest::keyClicks(edit, QStringLiteral("Tot zaterdag."));
    QCOMPARE(edit->toPlainText(), QStringLiteral("Lekker!\nTot zaterdag."));
    m_portal->answer(
        "POST", messagesPath(QStringLiteral("cnv_1")), 201,
        message(0, QStringLiteral("cnv_1"), me(), QStringLiteral("Lekker!\nTot zaterdag.")));
    QTest::keyClick(edit, Qt::Key_Return, Qt::ControlModifier);
    QVERIFY(QTest::qWaitFor([&] { return edit->toPlainText().isEmpty(); }, Timeout));
    const FakePortal::Call post
        = m_portal->lastCallTo("POST", messagesPath(QStringLiteral("cnv_1")));
    QCOMPARE(post.body.value(QStringLiteral("text")).toString(),
             QStringLiteral("Lekker!\nTot zaterdag."));
    QVERIFY(!post.idempotencyKey.isEmpty());
    QVERIFY(QTest::qWaitFor(
        [&] { return thread->toPlainText().contains(QLatin1String("Tot zaterdag.")); }, Timeout));
    QVERIFY(!m_tab->sender()->draftForConversation(ClientId, QStringLiteral("cnv_1")).isValid()
            || m_tab->sender()
                   ->draftForConversation(ClientId, QStringLiteral("cnv_1"))
                   .text()
                   .isEmpty());
}

void TestMessagesTab::failedSend_saysWhy_andTheDraftComesBack()
{
    makeTab();
    m_tab->setClient(client(true));
    QVERIFY(QTest::qWaitFor([&] { return m_tab->conversations()->rowCount() == 2; }, Timeout));
    m_tab->openConversation(QStringLiteral("cnv_1"));
    auto *edit = find<QPlainTextEdit>("messageTextEdit");
    QTest::keyClicks(edit, QStringLiteral("Neem je de kinderen mee?"));
    m_portal->networkError("POST", messagesPath(QStringLiteral("cnv_1")));
    find<QPushButton>("sendMessageButton")->click();
    auto *status = find<StatusMessage>("composeStatus");
    QVERIFY(QTest::qWaitFor([&] { return !status->text().isEmpty(); }, Timeout));
    QVERIFY2(status->text().contains(QLatin1String("nothing is lost")), qPrintable(status->text()));
    QCOMPARE(edit->toPlainText(), QStringLiteral("Neem je de kinderen mee?"));
    const Draft kept = m_tab->sender()->draftForConversation(ClientId, QStringLiteral("cnv_1"));
    QCOMPARE(kept.text(), QStringLiteral("Neem je de kinderen mee?"));

    // Another conversation, then back: the draft is there again.
    m_portal->answer("GET", messagesPath(QStringLiteral("cnv_2")), 200, page({}));
    m_tab->openConversation(QStringLiteral("cnv_2"));
    QVERIFY(edit->toPlainText().isEmpty());
    m_tab->openConversation(QStringLiteral("cnv_1"));
    QCOMPARE(edit->toPlainText(), QStringLiteral("Neem je de kinderen mee?"));
    QVERIFY(find<QLabel>("messageDraftState")->text().contains(QLatin1String("unsent")));

    // The retry carries the same key.
    m_portal->answer(
        "POST", messagesPath(QStringLiteral("cnv_1")), 201,
        message(0, QStringLiteral("cnv_1"), me(), QStringLiteral("Neem je de kinderen mee?")));
    find<QPushButton>("sendMessageButton")->click();
    QVERIFY(QTest::qWaitFor([&] { return edit->toPlainText().isEmpty(); }, Timeout));
    const QList<FakePortal::Call> posts
        = m_portal->callsTo("POST", messagesPath(QStringLiteral("cnv_1")));
    QCOMPARE(posts.size(), 2);
    QCOMPARE(posts.at(1).idempotencyKey, posts.at(0).idempotencyKey);
}

void TestMessagesTab::loadError_saysSoAndTryAgainLoads()
{
    makeTab();
    m_tab->setClient(client(true)); // takes the list queued in init()
    QVERIFY(QTest::qWaitFor([&] { return m_tab->conversations()->rowCount() == 2; }, Timeout));
    m_portal->problem("GET", ConversationsPath, 503, QStringLiteral("service_unavailable"));
    m_tab->setClient(client(true));
    auto *status = find<StatusMessage>("messagesStatus");
    QVERIFY(QTest::qWaitFor([&] { return !status->text().isEmpty(); }, Timeout));
    QVERIFY2(status->text().startsWith(QLatin1String("Your conversations could not be loaded.")),
             qPrintable(status->text()));
    auto *retry = find<QPushButton>("messagesRetryButton");
    QVERIFY(retry->isVisible());
    m_portal->answer("GET", ConversationsPath, 200,
                     page({ conversation(QStringLiteral("cnv_1"), anna(), 0, message(1)) }));
    retry->click();
    QVERIFY(QTest::qWaitFor([&] { return m_tab->conversations()->rowCount() == 1; }, Timeout));
    QVERIFY(!retry->isVisible());
}

void TestMessagesTab::newMessage_choosesAPersonByKeyboard()
{
    makeTab();
    m_tab->setClient(client(true)); // takes the list queued in init()
    QVERIFY(QTest::qWaitFor([&] { return m_tab->conversations()->rowCount() == 2; }, Timeout));
    m_portal->answer("GET", ConversationsPath, 200, page({}));
    m_tab->setClient(client(true));
    QVERIFY(QTest::qWaitFor(
        [&] {
            return m_tab->conversations()->hasLoaded() && m_tab->conversations()->rowCount() == 0;
        },
        Timeout));
    QVERIFY(find<QLabel>("conversationsEmptyLabel")->isVisible());

    // Escape closes the chooser without choosing.
    m_tab->openNewMessage();
    QVERIFY(m_tab->contactChooser());
    QVERIFY(QTest::qWaitFor([&] { return m_tab->contacts()->rowCount() == 3; }, Timeout));
    QTest::keyClick(m_tab->contactChooser()->list(), Qt::Key_Escape);
    QVERIFY(QTest::qWaitFor([&] { return !m_tab->contactChooser(); }, Timeout));

    m_tab->openNewMessage();
    ContactChooserDialog *chooser = m_tab->contactChooser();
    QVERIFY(QTest::qWaitFor([&] { return m_tab->contacts()->rowCount() == 3; }, Timeout));
    QListView *people = chooser->list();
    // Alphabetical by family name: Boer, Dijk, El Amrani.
    QCOMPARE(m_tab->contacts()->index(0).data(ContactListModel::NameRole).toString(),
             QStringLiteral("Anna Boer"));
    QCOMPARE(m_tab->contacts()->index(1).data(ContactListModel::NameRole).toString(),
             QStringLiteral("Gerard van Dijk"));
    // Someone who cannot receive messages is named, with a sentence, but not chosen.
    people->setCurrentIndex(m_tab->contacts()->index(2));
    QTest::keyClick(people, Qt::Key_Return);
    QVERIFY(m_tab->contactChooser());
    QVERIFY(chooser->findChild<StatusMessage *>(QStringLiteral("contactChooserStatus"))
                ->text()
                .contains(QLatin1String("cannot receive messages")));
    QTest::keyClick(people, Qt::Key_Home);
    QTest::keyClick(people, Qt::Key_Return);
    QVERIFY(QTest::qWaitFor([&] { return !m_tab->contactChooser(); }, Timeout));

    QVERIFY(
        find<QLabel>("conversationTitle")->text().contains(QLatin1String("Anna Boer (buurvrouw)")));
    auto *edit = find<QPlainTextEdit>("messageTextEdit");
    QVERIFY(edit->isEnabled());
    QTest::keyClicks(edit, QStringLiteral("Hallo Anna"));
    m_tab->composeBox()->saveDraft();
    QCOMPARE(m_tab->sender()->draftForRecipient(ClientId, AnnaId).text(),
             QStringLiteral("Hallo Anna"));
    m_portal->answer(
        "POST", ConversationsPath, 201,
        conversation(QStringLiteral("cnv_7"), anna(), 0,
                     message(0, QStringLiteral("cnv_7"), me(), QStringLiteral("Hallo Anna"))));
    m_portal->answer("GET", ConversationsPath, 200,
                     page({ conversation(QStringLiteral("cnv_7"), anna(), 0,
                                         message(0, QStringLiteral("cnv_7"), me(),
                                                 QStringLiteral("Hallo Anna"))) }));
    m_portal->answer(
        "GET", messagesPath(QStringLiteral("cnv_7")), 200,
        page({ message(0, QStringLiteral("cnv_7"), me(), QStringLiteral("Hallo Anna")) }));
    QTest::keyClick(edit, Qt::Key_Enter, Qt::ControlModifier);
    auto *list = find<QListView>("conversationList");
    QVERIFY(QTest::qWaitFor([&] { return list->currentIndex().isValid(); }, Timeout));
    QCOMPARE(list->currentIndex().data(ConversationListModel::IdRole).toString(),
             QStringLiteral("cnv_7"));
    QCOMPARE(m_portal->lastCallTo("POST", ConversationsPath)
                 .body.value(QStringLiteral("participantIds"))
                 .toArray(),
             QJsonArray { AnnaId });
}

void TestMessagesTab::screenshot()
{
    QTemporaryDir temporary;
    QString folder = qEnvironmentVariable("PORTIEK_SCREENSHOT_DIR");
    if (folder.isEmpty()) {
        QVERIFY(temporary.isValid());
        folder = temporary.path();
    }
    makeTab();
    m_tab->setClient(client(true));
    QVERIFY(QTest::qWaitFor([&] { return m_tab->conversations()->rowCount() == 2; }, Timeout));
    m_tab->openConversation(QStringLiteral("cnv_1"));
    auto *thread = find<QTextBrowser>("messageThread");
    QVERIFY(QTest::qWaitFor([&] { return !thread->toPlainText().isEmpty(); }, Timeout));
    QVERIFY(QTest::qWaitFor(
        [&] {
            return m_tab->conversations()
                       ->index(0)
                       .data(ConversationListModel::UnreadCountRole)
                       .toInt()
                == 0;
        },
        Timeout));
    auto *editor = find<QPlainTextEdit>("messageTextEdit");
    QTest::keyClicks(editor, QStringLiteral("Lekker! Appeltaart graag."));
    const QString file = folder + QStringLiteral("/messagestab.png");
    QVERIFY(m_tab->grab().save(file));
    qInfo("screenshot: %s", qPrintable(file));
    // At 1024×720 the conversation gets most of the height; the box is about four lines.
    QVERIFY(thread->height() > 3 * editor->height() / 2);
    QVERIFY(editor->height() < 6 * editor->fontMetrics().lineSpacing());
    QVERIFY(thread->width() > find<QListView>("conversationList")->width());
    QVERIFY(find<StackingColumns>("messagesColumns")->isSideBySide());
}

void TestMessagesTab::largeText_conversationGoesUnderTheList()
{
    // At 200 % in Dutch on a 1366×768 laptop the list kept its 260 pixels beside the
    // conversation: every name and preview was cut off ("Ellen va…") and the conversation was a
    // narrow strip.
    const LargeDutch largeDutch;
    m_tab = std::make_unique<MessagesTab>(m_api.get(), m_drafts.get(), m_photos.get(), MyId);
    // In the home page the part sits in a scroll area that lets it grow downwards only.
    PartArea part(m_tab.get());
    const int room = PartArea::Room;
    QVERIFY(part.isExposed());
    m_tab->setClient(client(true));
    QVERIFY(QTest::qWaitFor([&] { return m_tab->conversations()->rowCount() == 2; }, Timeout));
    m_tab->openConversation(QStringLiteral("cnv_1"));
    auto *thread = find<QTextBrowser>("messageThread");
    QVERIFY(QTest::qWaitFor([&] { return !thread->toPlainText().isEmpty(); }, Timeout));

    auto *columns = find<StackingColumns>("messagesColumns");
    QVERIFY(columns);
    QTRY_VERIFY(!columns->isSideBySide());
    QVERIFY(m_tab->minimumSizeHint().width() <= room);
    QTRY_COMPARE(m_tab->width(), room);
    // Each name whole beside its photo, and the conversation under the list, a few lines high.
    auto *list = find<QListView>("conversationList");
    const int name = list->fontMetrics().horizontalAdvance(QStringLiteral("Gerard van Dijk"));
    QVERIFY2(list->viewport()->width() > list->iconSize().width() + name,
             qPrintable(QString::number(list->viewport()->width())));
    const int listBottom = list->mapTo(m_tab.get(), QPoint(0, list->height())).y();
    QVERIFY(thread->mapTo(m_tab.get(), QPoint(0, 0)).y() > listBottom);
    QVERIFY(thread->height() >= 5 * thread->fontMetrics().lineSpacing());
    QVERIFY(thread->width() > room / 2);
    // Tab to the conversation: the part scrolls to where its newest message is.
    thread->setFocus(Qt::TabFocusReason);
    part.area().ensureWidgetVisible(thread, 8, 8); // what a scroll area does on Tab
    const int newest = thread->mapTo(part.area().viewport(), QPoint(0, thread->height() - 8)).y();
    QVERIFY2(newest > 0 && newest < part.area().viewport()->height(),
             qPrintable(QString::number(newest)));
    QString folder = qEnvironmentVariable("PORTIEK_SCREENSHOT_DIR");
    if (!folder.isEmpty())
        QVERIFY(m_tab->grab().save(folder + QStringLiteral("/messagestab-200.png")));

    // Back at the ordinary size the two go side by side again.
    Theme::setTextScale(100);
    QTRY_VERIFY(columns->isSideBySide());
    QVERIFY(list->minimumWidth() < room / 2);
}

void TestMessagesTab::smallestWindow_namesAndCountsAreWhole()
{
    // In the smallest window every line of the list was cut off: "Ellen van Dijk en G…",
    // "Geen ongelezen b…". Names and counts now wrap; only the last message is a preview.
    makeTab();
    m_tab->setClient(client(true));
    QVERIFY(QTest::qWaitFor([&] { return m_tab->conversations()->rowCount() == 2; }, Timeout));
    auto *list = find<QListView>("conversationList");
    auto *delegate = qobject_cast<WrappedItemDelegate *>(list->itemDelegate());
    QVERIFY(delegate);
    for (int row = 0; row < m_tab->conversations()->rowCount(); ++row) {
        const QModelIndex index = m_tab->conversations()->index(row, 0);
        const QStringList whole = index.data().toString().split(u'\n');
        QCOMPARE(whole.size(), 3);
        const QString shown = delegate->shownLines(*list, index).join(u' ');
        QVERIFY2(shown.startsWith(whole.at(0) + u' ' + whole.at(1)), qPrintable(shown));
    }
}

void TestMessagesTab::realServer_representativeAndContactExchangeMessages()
{
    QVERIFY(QSslSocket::supportsSsl());
    TestServer server;
    QVERIFY2(server.startWithDemoDossier(), qPrintable(server.errorString()));

    // Mark van Dijk, representative of 100482, writes to the neighbour Anna Boer.
    MemoryTrustedDeviceStore markDevices;
    SignInClient mark(server, &markDevices);
    QVERIFY2(mark.signInAsRepresentative(server, ClientId), qPrintable(mark.describe()));

    QTemporaryDir draftDir;
    DraftStore markDrafts(draftDir.path(), QStringLiteral("mark"));
    PhotoLoader markPhotos(&mark.api());
    MessagesTab markTab(&mark.api(), &markDrafts, &markPhotos, mark.flow().me().id);
    markTab.resize(1100, 760);
    markTab.show();
    markTab.setClient(mark.flow().currentClient());
    QVERIFY(QTest::qWaitFor([&] { return markTab.conversations()->hasLoaded(); }, Timeout * 3));
    markTab.openNewMessage();
    QVERIFY(markTab.contactChooser());
    ContactListModel *contacts = markTab.contacts();
    QVERIFY(QTest::qWaitFor([&] { return contacts->hasLoaded(); }, Timeout * 3));
    int annaRow = -1;
    for (int row = 0; row < contacts->rowCount(); ++row) {
        if (contacts->personAt(row).name == QLatin1String("Anna Boer"))
            annaRow = row;
    }
    QVERIFY2(annaRow >= 0, "the neighbour is in the contact list");
    QVERIFY(contacts->personAt(annaRow).canReceiveMessages);
    QCOMPARE(contacts->personAt(annaRow).relation, QStringLiteral("buurvrouw"));
    markTab.contactChooser()->list()->setCurrentIndex(contacts->index(annaRow));
    QTest::keyClick(markTab.contactChooser()->list(), Qt::Key_Return);
    QVERIFY(QTest::qWaitFor([&] { return !markTab.contactChooser(); }, Timeout));
    auto *markEdit = markTab.findChild<QPlainTextEdit *>(QStringLiteral("messageTextEdit"));
    const QString text = QStringLiteral("Dag Anna, komt u zaterdag ook op de koffie?");
    QTest::keyClicks(markEdit, text);
    QTest::keyClick(markEdit, Qt::Key_Return, Qt::ControlModifier);
    auto *markList = markTab.findChild<QListView *>(QStringLiteral("conversationList"));
    QVERIFY(QTest::qWaitFor([&] { return markList->currentIndex().isValid(); }, Timeout * 3));
    const QString conversationId
        = markList->currentIndex().data(ConversationListModel::IdRole).toString();
    QVERIFY(markDrafts.drafts(QStringLiteral("message"), ClientId).isEmpty()
            || markDrafts.drafts(QStringLiteral("message"), ClientId).first().text().isEmpty());

    // Anna signs in on her own computer: one unread message, which she reads and answers.
    MemoryTrustedDeviceStore annaDevices;
    SignInClient anna(server, &annaDevices);
    anna.flow().signIn(QStringLiteral("aboer"), QStringLiteral("fietsen langs de Amstel 2026"));
    QVERIFY2(anna.waitForStep(LoginFlow::Step::SmsCode), qPrintable(anna.describe()));
    anna.flow().submitSmsCode(server.latestSmsCode(QStringLiteral("+31612340731")));
    QVERIFY2(anna.waitForStep(LoginFlow::Step::SignedIn), qPrintable(anna.describe()));
    QTemporaryDir annaDraftDir;
    DraftStore annaDrafts(annaDraftDir.path(), QStringLiteral("anna"));
    PhotoLoader annaPhotos(&anna.api());
    MessagesTab annaTab(&anna.api(), &annaDrafts, &annaPhotos, anna.flow().me().id);
    annaTab.resize(1100, 760);
    annaTab.show();
    annaTab.setClient(anna.flow().currentClient());
    QVERIFY(QTest::qWaitFor([&] { return annaTab.unreadCount()->messages() == 1; }, Timeout * 3));
    QCOMPARE(MessageUnreadCount::tabTitle(annaTab.unreadCount()->messages()),
             QStringLiteral("Messages (1)"));
    ConversationListModel *annaConversations = annaTab.conversations();
    QVERIFY(QTest::qWaitFor([&] { return annaConversations->rowOf(conversationId) >= 0; },
                            Timeout * 3));
    const QModelIndex row = annaConversations->index(annaConversations->rowOf(conversationId));
    QCOMPARE(row.data(ConversationListModel::UnreadCountRole).toInt(), 1);
    QVERIFY(row.data().toString().contains(QLatin1String("1 unread message")));

    annaTab.openConversation(conversationId);
    auto *annaThread = annaTab.findChild<QTextBrowser *>(QStringLiteral("messageThread"));
    QVERIFY(QTest::qWaitFor([&] { return annaThread->toPlainText().contains(text); }, Timeout * 3));
    QVERIFY(annaThread->toPlainText().contains(QLatin1String("Mark van Dijk")));
    QVERIFY(QTest::qWaitFor([&] { return annaTab.unreadCount()->messages() == 0; }, Timeout * 3));

    auto *annaEdit = annaTab.findChild<QPlainTextEdit *>(QStringLiteral("messageTextEdit"));
    const QString reply = QStringLiteral("Graag, ik neem appeltaart mee.");
    QTest::keyClicks(annaEdit, reply);
    annaTab.findChild<QPushButton *>(QStringLiteral("sendMessageButton"))->click();
    QVERIFY(
        QTest::qWaitFor([&] { return annaThread->toPlainText().contains(reply); }, Timeout * 3));
    QVERIFY(annaThread->toPlainText().contains(QLatin1String("You")));

    // Mark sees the answer when he opens the conversation again.
    markTab.messages()->reload();
    auto *markThread = markTab.findChild<QTextBrowser *>(QStringLiteral("messageThread"));
    QVERIFY(
        QTest::qWaitFor([&] { return markThread->toPlainText().contains(reply); }, Timeout * 3));
    QVERIFY(markThread->toPlainText().contains(QLatin1String("Anna Boer")));
}

QTEST_MAIN(TestMessagesTab)
#include "tst_messagestab.moc"
