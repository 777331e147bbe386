#include "core/contactlistmodel.h"
#include "core/contactperson.h"
#include "core/conversation.h"
#include "core/conversationlistmodel.h"
#include "core/draftstore.h"
#include "core/messagelistmodel.h"
#include "core/messagesender.h"
#include "core/messageunreadcount.h"
#include "core/portalapi.h"
#include "fakeportal.h"
#include "messagefixtures.h"

#include <QAbstractItemModelTester>
#include <QImage>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace MessageFixtures;

namespace {
constexpr int Timeout = 5000;
}

class TestMessages : public QObject
{
    Q_OBJECT

private slots:
    void init();

    void contact_fromJson_readsTheContract();
    void contact_badJson_isRejectedWithAReason_data();
    void contact_badJson_isRejectedWithAReason();
    void conversation_withoutMessages_andBadParticipants();
    void contacts_allPagesSortedByFamilyNameInDutch();
    void conversations_pageOnAndSayUnreadInWords();
    void messages_newestAtTheBottom_olderOnTop_andReadMarkerMoves();
    void messages_unreadableAnswer_isALoadError();
    void send_failureKeepsTheDraft_retryUsesTheSameKey();
    void send_firstMessageStartsAConversationWithThatPerson();
    void drafts_oneFolderSurvivesARestart_onePerConversation();
    void sentenceFor_saysWhatToDo();
    void unreadCount_givesTheTabTitle();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<FakePortal> m_portal;
    std::unique_ptr<PortalApi> m_api;
    std::unique_ptr<DraftStore> m_drafts;
};

void TestMessages::init()
{
    m_drafts.reset();
    m_dir = std::make_unique<QTemporaryDir>();
    m_portal = std::make_unique<FakePortal>();
    m_api = std::make_unique<PortalApi>(m_portal.get());
    m_api->setBaseUrl(QUrl(QStringLiteral("https://portaal.example.nl")));
    m_drafts = std::make_unique<DraftStore>(m_dir->path(), QStringLiteral("me"));
}

void TestMessages::contact_fromJson_readsTheContract()
{
    QJsonObject json = contact(AnnaId, QStringLiteral("Anna Boer"), QStringLiteral("buurvrouw"));
    json.insert(QStringLiteral("photoUrl"),
                QStringLiteral("/api/v1/clients/100482/people/per_2Tn6/photo"));
    ContactPerson person;
    QString error;
    QVERIFY2(ContactPerson::fromJson(json, &person, &error), qPrintable(error));
    QCOMPARE(person.id, AnnaId);
    QCOMPARE(person.relation, QStringLiteral("buurvrouw"));
    QCOMPARE(person.photoPath, QStringLiteral("/api/v1/clients/100482/people/per_2Tn6/photo"));
    QVERIFY(person.canReceiveMessages);
    QCOMPARE(person.nameWithRelation(), QStringLiteral("Anna Boer (buurvrouw)"));

    const QJsonObject client
        = contact(QStringLiteral("per_7Hq2"), QStringLiteral("Gerard van Dijk"), QJsonValue::Null,
                  true, QStringLiteral("client"));
    QVERIFY(ContactPerson::fromJson(client, &person, &error));
    QCOMPARE(person.role, ContactPerson::Role::Client);
    QVERIFY(person.relation.isEmpty());
}

void TestMessages::contact_badJson_isRejectedWithAReason_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QJsonValue>("value"); // undefined: the key is left out
    QTest::newRow("no id") << "id" << QJsonValue(QJsonValue::Undefined);
    QTest::newRow("id with a slash") << "id" << QJsonValue(QStringLiteral("per/1"));
    QTest::newRow("unknown role") << "role" << QJsonValue(QStringLiteral("careTeam"));
    QTest::newRow("no relation") << "relation" << QJsonValue(QJsonValue::Undefined);
    QTest::newRow("no photoUrl") << "photoUrl" << QJsonValue(QJsonValue::Undefined);
    QTest::newRow("photo on another host")
        << "photoUrl" << QJsonValue(QStringLiteral("https://evil.example/p.jpg"));
    QTest::newRow("canReceiveMessages text")
        << "canReceiveMessages" << QJsonValue(QStringLiteral("yes"));
    QTest::newRow("empty name") << "name" << QJsonValue(QStringLiteral("  "));
}

void TestMessages::contact_badJson_isRejectedWithAReason()
{
    QFETCH(QString, key);
    QFETCH(QJsonValue, value);
    QJsonObject json = contact(AnnaId, QStringLiteral("Anna Boer"), QStringLiteral("buurvrouw"));
    if (value.isUndefined())
        json.remove(key);
    else
        json.insert(key, value);
    ContactPerson person;
    QString error;
    QVERIFY(!ContactPerson::fromJson(json, &person, &error));
    QVERIFY(!error.isEmpty());
}

void TestMessages::conversation_withoutMessages_andBadParticipants()
{
    Conversation conversation;
    QString error;
    QVERIFY2(Conversation::fromJson(MessageFixtures::conversation(QStringLiteral("cnv_1"), anna(),
                                                                  0, QJsonValue::Null),
                                    &conversation, &error),
             qPrintable(error));
    QVERIFY(!conversation.lastMessage.isValid());
    QCOMPARE(conversation.title(MyId), QStringLiteral("Anna Boer"));
    QVERIFY(conversation.hasOnly(AnnaId, MyId));

    QJsonObject bad = MessageFixtures::conversation(QStringLiteral("cnv_1"), anna(), 0, message(1));
    bad.insert(QStringLiteral("participants"), QJsonArray());
    QVERIFY(!Conversation::fromJson(bad, &conversation, &error));
    bad = MessageFixtures::conversation(QStringLiteral("cnv_1"), anna(), -1, message(1));
    QVERIFY(!Conversation::fromJson(bad, &conversation, &error));
    QJsonObject badMessage = message(1);
    badMessage.insert(QStringLiteral("sentAt"), QStringLiteral("2026-03-12 12:04")); // no offset
    bad = MessageFixtures::conversation(QStringLiteral("cnv_1"), anna(), 0, badMessage);
    QVERIFY(!Conversation::fromJson(bad, &conversation, &error));
    QVERIFY2(error.contains(QLatin1String("sentAt")), qPrintable(error));
}

void TestMessages::contacts_allPagesSortedByFamilyNameInDutch()
{
    m_portal->answer("GET", ContactsPath, 200,
                     page({ contact(QStringLiteral("p1"), QStringLiteral("Mark van Dijk"),
                                    QStringLiteral("zoon")),
                            contact(QStringLiteral("p2"), QStringLiteral("Élise Zwart"),
                                    QStringLiteral("nicht"), false) },
                          QStringLiteral("c2")));
    m_portal->answer(
        "GET", ContactsPath, 200,
        page({ contact(AnnaId, QStringLiteral("Anna Boer"), QStringLiteral("buurvrouw")),
               contact(QStringLiteral("p3"), QStringLiteral("Özlem de Éénhoorn"),
                       QStringLiteral("vriendin")) }));
    ContactListModel model(m_api.get());
    QAbstractItemModelTester tester(&model);
    QSignalSpy loaded(&model, &ContactListModel::loaded);
    model.setClientId(ClientId);
    QVERIFY(loaded.wait(Timeout));
    QCOMPARE(m_portal->callsTo("GET", ContactsPath).size(), 2);
    QVERIFY(
        m_portal->callsTo("GET", ContactsPath).last().path.contains(QLatin1String("cursor=c2")));
    QStringList names;
    for (int row = 0; row < model.rowCount(); ++row)
        names.append(model.index(row).data(ContactListModel::NameRole).toString());
    // Boer, Dijk (not under "v"), Éénhoorn beside E (not under "d"), Zwart.
    QCOMPARE(names,
             (QStringList { QStringLiteral("Anna Boer"), QStringLiteral("Mark van Dijk"),
                            QStringLiteral("Özlem de Éénhoorn"), QStringLiteral("Élise Zwart") }));
    QVERIFY(model.index(3).data().toString().contains(QLatin1String("cannot receive messages")));
    QVERIFY(model.index(0).data().toString().contains(QLatin1String("buurvrouw")));
    QVERIFY(!model.index(0).data(Qt::DecorationRole).value<QImage>().isNull());
}

void TestMessages::conversations_pageOnAndSayUnreadInWords()
{
    m_portal->answer("GET", ConversationsPath, 200,
                     page({ conversation(QStringLiteral("cnv_1"), anna(), 2, message(1)) },
                          QStringLiteral("next")));
    m_portal->answer(
        "GET", ConversationsPath, 200,
        page({ conversation(QStringLiteral("cnv_2"),
                            person(QStringLiteral("per_7Hq2"), QStringLiteral("Gerard van Dijk"),
                                   QStringLiteral("client")),
                            0, message(5, QStringLiteral("cnv_2"), me())) }));
    // No QAbstractItemModelTester here: it fetches more pages by itself.
    ConversationListModel model(m_api.get());
    model.setMyPersonId(MyId);
    QSignalSpy pages(&model, &ConversationListModel::pageLoaded);
    model.setClientId(ClientId);
    QVERIFY(pages.wait(Timeout));
    QCOMPARE(model.rowCount(), 1);
    QVERIFY(model.canFetchMore(QModelIndex()));
    model.fetchMore(QModelIndex());
    QVERIFY(!model.canFetchMore(QModelIndex())); // one request at a time
    QVERIFY(pages.wait(Timeout));
    QCOMPARE(model.rowCount(), 2);
    QVERIFY(!model.canFetchMore(QModelIndex()));

    const QString first = model.index(0).data().toString();
    QVERIFY2(first.contains(QLatin1String("Anna Boer"))
                 && first.contains(QLatin1String("2 unread messages")),
             qPrintable(first));
    const QString second = model.index(1).data().toString();
    QVERIFY2(second.contains(QLatin1String("No unread messages")), qPrintable(second));
    QVERIFY2(second.contains(QLatin1String("You: Bericht nummer 5.")), qPrintable(second));
    QCOMPARE(model.rowWithOnly(AnnaId), 0);
    model.setRead(QStringLiteral("cnv_1"));
    QCOMPARE(model.index(0).data(ConversationListModel::UnreadCountRole).toInt(), 0);
    QCOMPARE(ConversationListModel::unreadText(1), QStringLiteral("1 unread message"));
}

void TestMessages::messages_newestAtTheBottom_olderOnTop_andReadMarkerMoves()
{
    const QString path = messagesPath(QStringLiteral("cnv_1"));
    m_portal->answer(
        "GET", path, 200,
        page({ message(1), message(2, QStringLiteral("cnv_1"), me()) }, QStringLiteral("older")));
    m_portal->answer("GET", path, 200, page({ message(3), message(4) }));
    m_portal->answer("PUT", readMarkerPath(QStringLiteral("cnv_1")), 204);
    MessageListModel model(m_api.get());
    QAbstractItemModelTester tester(&model);
    model.setMyPersonId(MyId);
    QSignalSpy pages(&model, &MessageListModel::pageLoaded);
    QSignalSpy marked(&model, &MessageListModel::markedRead);
    model.setConversation(ClientId, QStringLiteral("cnv_1"));
    QVERIFY(pages.wait(Timeout));
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.messageAt(0).id, QStringLiteral("msg_2")); // older on top
    QCOMPARE(model.messageAt(1).id, QStringLiteral("msg_1")); // newest at the bottom
    QVERIFY(model.index(0).data(MessageListModel::IsMineRole).toBool());
    QVERIFY(model.index(0).data().toString().startsWith(QLatin1String("You, ")));

    QVERIFY(marked.wait(Timeout));
    QCOMPARE(marked.first().first().toString(), QStringLiteral("cnv_1"));
    const FakePortal::Call put
        = m_portal->lastCallTo("PUT", readMarkerPath(QStringLiteral("cnv_1")));
    QCOMPARE(put.body.value(QStringLiteral("lastReadMessageId")).toString(),
             QStringLiteral("msg_1"));

    QVERIFY(
        !model.canFetchMore(QModelIndex())); // a view's automatic fetch would take the wrong end
    QVERIFY(model.canFetchOlder());
    model.fetchOlder();
    QVERIFY(pages.wait(Timeout));
    QCOMPARE(pages.last().first().toBool(), false);
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(model.messageAt(0).id, QStringLiteral("msg_4"));
    QCOMPARE(model.messageAt(3).id, QStringLiteral("msg_1"));
    QVERIFY(!model.canFetchOlder());
    // Older pages do not move the marker again.
    QCOMPARE(m_portal->callsTo("PUT", readMarkerPath(QStringLiteral("cnv_1"))).size(), 1);
}

void TestMessages::messages_unreadableAnswer_isALoadError()
{
    QJsonObject broken = message(1);
    broken.remove(QStringLiteral("sender"));
    m_portal->answer("GET", messagesPath(QStringLiteral("cnv_1")), 200, page({ broken }));
    MessageListModel model(m_api.get());
    QSignalSpy failed(&model, &MessageListModel::loadFailed);
    model.setConversation(ClientId, QStringLiteral("cnv_1"));
    QVERIFY(failed.wait(Timeout));
    QCOMPARE(model.error().kind(), ApiError::Kind::NotAPortal);
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(m_portal->callsTo("PUT", readMarkerPath(QStringLiteral("cnv_1"))).isEmpty());
}

void TestMessages::send_failureKeepsTheDraft_retryUsesTheSameKey()
{
    const QString path = messagesPath(QStringLiteral("cnv_1"));
    m_portal->problem("POST", path, 503, QStringLiteral("service_unavailable"));
    MessageSender sender(m_api.get(), m_drafts.get());
    Draft draft = sender.openConversationDraft(ClientId, QStringLiteral("cnv_1"));
    draft.setText(QStringLiteral("Tot zaterdag!"));
    QVERIFY(m_drafts->save(draft));
    QSignalSpy failed(&sender, &MessageSender::failed);
    QSignalSpy sent(&sender, &MessageSender::sent);
    QVERIFY(sender.send(draft.id));
    QVERIFY(!sender.send(draft.id)); // one at a time
    QVERIFY(failed.wait(Timeout));
    QVERIFY(m_drafts->find(draft.id).isValid());
    QCOMPARE(sender.draftForConversation(ClientId, QStringLiteral("cnv_1")).id, draft.id);
    const QByteArray firstKey = m_portal->lastCallTo("POST", path).idempotencyKey;
    QCOMPARE(firstKey, draft.idempotencyKey);

    m_portal->answer("POST", path, 201,
                     message(0, QStringLiteral("cnv_1"), me(), QStringLiteral("Tot zaterdag!")));
    QVERIFY(sender.send(draft.id));
    QVERIFY(sent.wait(Timeout));
    QCOMPARE(m_portal->lastCallTo("POST", path).idempotencyKey, firstKey);
    QCOMPARE(m_portal->lastCallTo("POST", path).body.value(QStringLiteral("text")).toString(),
             QStringLiteral("Tot zaterdag!"));
    QCOMPARE(sent.first().at(1).toString(), QStringLiteral("cnv_1"));
    QCOMPARE(sent.first().at(2).value<Message>().id, QStringLiteral("msg_0"));
    QVERIFY(!m_drafts->find(draft.id).isValid());
}

void TestMessages::send_firstMessageStartsAConversationWithThatPerson()
{
    m_portal->answer("POST", ConversationsPath, 201,
                     conversation(QStringLiteral("cnv_9"), anna(), 0,
                                  message(0, QStringLiteral("cnv_9"), me())));
    MessageSender sender(m_api.get(), m_drafts.get());
    Draft draft = sender.openRecipientDraft(ClientId, AnnaId);
    QVERIFY(!sender.send(draft.id)); // not stored, nothing typed
    draft.setText(QStringLiteral("  Hallo Anna  "));
    QVERIFY(m_drafts->save(draft));
    QSignalSpy sent(&sender, &MessageSender::sent);
    QVERIFY(sender.send(draft.id));
    QVERIFY(sent.wait(Timeout));
    const FakePortal::Call call = m_portal->lastCallTo("POST", ConversationsPath);
    QCOMPARE(call.body.value(QStringLiteral("participantIds")).toArray(), QJsonArray { AnnaId });
    QCOMPARE(call.body.value(QStringLiteral("text")).toString(), QStringLiteral("Hallo Anna"));
    QVERIFY(!call.idempotencyKey.isEmpty());
    QCOMPARE(sent.first().at(1).toString(), QStringLiteral("cnv_9"));
    QVERIFY(!sender.draftForRecipient(ClientId, AnnaId).isValid());
}

void TestMessages::drafts_oneFolderSurvivesARestart_onePerConversation()
{
    {
        MessageSender sender(m_api.get(), m_drafts.get());
        Draft one = sender.openConversationDraft(ClientId, QStringLiteral("cnv_1"));
        one.setText(QStringLiteral("Voor gesprek een"));
        QVERIFY(m_drafts->save(one));
        Draft two = sender.openConversationDraft(ClientId, QStringLiteral("cnv_2"));
        two.setText(QStringLiteral("Voor gesprek twee"));
        QVERIFY(m_drafts->save(two));
        // Opening a conversation again finds its draft instead of starting another.
        QCOMPARE(sender.openConversationDraft(ClientId, QStringLiteral("cnv_1")).id, one.id);
    }
    m_drafts = std::make_unique<DraftStore>(m_dir->path(), QStringLiteral("me")); // a restart
    MessageSender sender(m_api.get(), m_drafts.get());
    QCOMPARE(sender.draftForConversation(ClientId, QStringLiteral("cnv_1")).text(),
             QStringLiteral("Voor gesprek een"));
    QCOMPARE(sender.draftForConversation(ClientId, QStringLiteral("cnv_2")).text(),
             QStringLiteral("Voor gesprek twee"));
    QVERIFY(
        !sender.draftForConversation(QStringLiteral("100517"), QStringLiteral("cnv_1")).isValid());
}

void TestMessages::sentenceFor_saysWhatToDo()
{
    ApiError notAllowed(ApiError::Kind::Problem);
    notAllowed.setHttpStatus(422);
    notAllowed.setProblemCode(QStringLiteral("validation_failed"));
    notAllowed.setFieldErrors(
        { { QStringLiteral("participantIds"), QStringLiteral("recipient_not_allowed") } });
    QVERIFY(
        MessageSender::sentenceFor(notAllowed).contains(QLatin1String("can no longer receive")));
    ApiError reused(ApiError::Kind::Problem);
    reused.setProblemCode(QStringLiteral("idempotency_key_reused"));
    QVERIFY(MessageSender::sentenceFor(reused).contains(QLatin1String("may already have arrived")));
    const QString offline = MessageSender::sentenceFor(ApiError(ApiError::Kind::Unreachable));
    QVERIFY2(offline.contains(QLatin1String("nothing is lost")), qPrintable(offline));
}

void TestMessages::unreadCount_givesTheTabTitle()
{
    m_portal->answer("GET", UnreadPath, 200,
                     { { QStringLiteral("messages"), 3 }, { QStringLiteral("conversations"), 2 } });
    MessageUnreadCount count(m_api.get());
    QSignalSpy changed(&count, &MessageUnreadCount::changed);
    count.setClientId(ClientId);
    QVERIFY(changed.wait(Timeout));
    QCOMPARE(count.messages(), 3);
    QCOMPARE(count.conversations(), 2);
    QCOMPARE(MessageUnreadCount::tabTitle(count.messages()), QStringLiteral("Messages (3)"));
    QCOMPARE(MessageUnreadCount::tabTitle(0), QStringLiteral("Messages"));

    m_portal->answer("GET", UnreadPath, 200, { { QStringLiteral("messages"), -1 } });
    QSignalSpy failed(&count, &MessageUnreadCount::failed);
    count.refresh();
    QVERIFY(failed.wait(Timeout));
    QCOMPARE(count.messages(), 3); // a bad answer changes nothing
}

QTEST_MAIN(TestMessages)
#include "tst_messages.moc"
