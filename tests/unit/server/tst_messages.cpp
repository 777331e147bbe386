#include "dossierfixture.h"
#include "server/accounts/accountstore.h"
#include "server/app/servercontext.h"
#include "server/storage/database.h"

#include <QJsonArray>
#include <QSet>
#include <QTest>

#include <memory>

using namespace Portiek::Server;

// Contacts and messages (issue 5): who is in the portal, who may be messaged, conversations,
// idempotent sending, unread counts with read markers, paging, and nothing for other clients.
class TestMessages : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<DossierFixture> f;
    int m_keys = 0;

    static QString path(const QString &rest)
    {
        return QStringLiteral("/api/v1/clients/100482") + rest;
    }
    QByteArray nextKey()
    {
        return "message-key-" + QByteArray::number(++m_keys).rightJustified(8, '0');
    }

    Response post(const QString &rest, const QString &token, const QJsonObject &body,
                  const QByteArray &key = {})
    {
        return f->callJson("POST", path(rest), token, body,
                           { { "Idempotency-Key", key.isEmpty() ? nextKey() : key } });
    }
    QJsonObject get(const QString &rest, const QString &token)
    {
        const Response response = f->call("GET", path(rest), token);
        if (response.status() != 200)
            qWarning("GET %s: %d", qUtf8Printable(rest), response.status());
        return DossierFixture::json(response);
    }
    void rename(const Person &person, const QString &given, const QString &prefix,
                const QString &family)
    {
        QSqlQuery query;
        QVERIFY(f->context().database.exec(
            query,
            QStringLiteral("UPDATE people SET given_name = ?, family_name_prefix = ?, "
                           "family_name = ? WHERE id = ?"),
            { given, prefix.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : prefix, family,
              person.id }));
    }
    // A conversation of the client with the representative; its id.
    QString startConversation(const QString &text = QStringLiteral("Hallo Mark"))
    {
        const Response created
            = post(QStringLiteral("/conversations"), f->clientToken,
                   { { QStringLiteral("participantIds"), QJsonArray { f->representative.id } },
                     { QStringLiteral("text"), text } });
        return DossierFixture::json(created).value(QStringLiteral("id")).toString();
    }
    QJsonObject unread(const QString &token)
    {
        return get(QStringLiteral("/unread-counts"), token);
    }

private slots:
    void init()
    {
        f = std::make_unique<DossierFixture>();
        QVERIFY(f->isValid());
    }

    void contacts_areAlphabetical_withRelationPhotoAndMessagingRight()
    {
        Rights messages;
        messages.messages = true;
        f->setContactRights(messages);
        rename(f->contact, QStringLiteral("Anouk"), QStringLiteral("de"), QStringLiteral("Boer"));
        rename(f->representative, QStringLiteral("Mark"), QStringLiteral("van"),
               QStringLiteral("Dijk"));
        f->addContact(QStringLiteral("famrani"), Rights());
        const Person fatima = *f->context().accounts.findByUsername(QStringLiteral("famrani"));
        rename(fatima, QStringLiteral("Fatima"), QString(), QStringLiteral("El Amrani"));

        const QJsonArray items
            = get(QStringLiteral("/contacts"), f->representativeToken).value("items").toArray();
        QStringList names;
        for (const QJsonValue &item : items)
            names.append(item[QStringLiteral("name")].toString());
        // The signed-in representative is not listed; nor is the client of 100999.
        QCOMPARE(names,
                 QStringList({ QStringLiteral("Anouk de Boer"), QStringLiteral("Gerard van Dijk"),
                               QStringLiteral("Fatima El Amrani") }));
        QCOMPARE(items.at(0)[QStringLiteral("relation")].toString(), QStringLiteral("buurvrouw"));
        QCOMPARE(items.at(0)[QStringLiteral("role")].toString(), QStringLiteral("contact"));
        QVERIFY(items.at(0)[QStringLiteral("canReceiveMessages")].toBool());
        QCOMPARE(items.at(1)[QStringLiteral("role")].toString(), QStringLiteral("client"));
        QVERIFY(items.at(1)[QStringLiteral("relation")].isNull());
        QVERIFY(items.at(1)[QStringLiteral("photoUrl")].isNull());
        QVERIFY(items.at(1)[QStringLiteral("canReceiveMessages")].toBool());
        QVERIFY(!items.at(2)[QStringLiteral("canReceiveMessages")].toBool());
    }

    void createConversation_withAllowedParticipant_startsWithTheFirstMessage()
    {
        const Response created
            = post(QStringLiteral("/conversations"), f->clientToken,
                   { { QStringLiteral("participantIds"), QJsonArray { f->representative.id } },
                     { QStringLiteral("subject"), QStringLiteral("Verjaardag") },
                     { QStringLiteral("text"), QStringLiteral("Kom je zaterdag?") } });
        QCOMPARE(created.status(), 201);
        const QJsonObject conversation = DossierFixture::json(created);
        const QString id = conversation.value("id").toString();
        QCOMPARE(QString::fromUtf8(created.header("Location")),
                 path(QStringLiteral("/conversations/") + id));
        QCOMPARE(conversation.value("subject").toString(), QStringLiteral("Verjaardag"));
        QCOMPARE(conversation.value("participants").toArray().size(), 2);
        QCOMPARE(conversation.value("unreadCount").toInt(), 0);
        const QJsonObject last = conversation.value("lastMessage").toObject();
        QCOMPARE(last.value("text").toString(), QStringLiteral("Kom je zaterdag?"));
        QCOMPARE(last["sender"]["id"].toString(), f->client.id);
        QCOMPARE(last["sender"]["role"].toString(), QStringLiteral("client"));

        // The representative sees it, with one unread message.
        const QJsonArray theirs = get(QStringLiteral("/conversations"), f->representativeToken)
                                      .value("items")
                                      .toArray();
        QCOMPARE(theirs.size(), 1);
        QCOMPARE(theirs.at(0)["id"].toString(), id);
        QCOMPARE(theirs.at(0)["unreadCount"].toInt(), 1);
    }

    void createConversation_withNotAllowedParticipants_isRefused()
    {
        f->setContactRights(Rights()); // no messages right
        const QJsonArray refused { f->contact.id, f->stranger.id, f->client.id,
                                   QStringLiteral("per_madeUp") };
        const Response response = post(QStringLiteral("/conversations"), f->clientToken,
                                       { { QStringLiteral("participantIds"), refused },
                                         { QStringLiteral("text"), QStringLiteral("Hallo") } });
        QCOMPARE(response.status(), 422);
        const QJsonArray errors = DossierFixture::json(response).value("errors").toArray();
        QCOMPARE(errors.size(), 4);
        for (int i = 0; i < 4; ++i) {
            QCOMPARE(errors.at(i)["field"].toString(), QStringLiteral("participantIds.%1").arg(i));
            QCOMPARE(errors.at(i)["code"].toString(), QStringLiteral("recipient_not_allowed"));
        }
        QVERIFY(get(QStringLiteral("/conversations"), f->clientToken)
                    .value("items")
                    .toArray()
                    .isEmpty());

        const Response empty = post(QStringLiteral("/conversations"), f->clientToken,
                                    { { QStringLiteral("participantIds"), QJsonArray() },
                                      { QStringLiteral("text"), QStringLiteral("  ") } });
        QCOMPARE(empty.status(), 422);
        QCOMPARE(DossierFixture::json(empty).value("errors").toArray().size(), 2);
    }

    void sendMessage_sameKeyTwice_storesOneMessage()
    {
        const QString id = startConversation();
        const QString messages = QStringLiteral("/conversations/%1/messages").arg(id);
        const QJsonObject body { { QStringLiteral("text"), QStringLiteral("Tot zaterdag!") } };
        const Response first = post(messages, f->representativeToken, body, "send-once-key-0001");
        QCOMPARE(first.status(), 201);
        const Response again = post(messages, f->representativeToken, body, "send-once-key-0001");
        QCOMPARE(again.status(), 201);
        QCOMPARE(again.header("Idempotent-Replayed"), QByteArray("true"));
        QCOMPARE(DossierFixture::json(again).value("id"), DossierFixture::json(first).value("id"));
        QCOMPARE(get(messages, f->clientToken).value("items").toArray().size(), 2);

        const Response other = post(messages, f->representativeToken,
                                    { { QStringLiteral("text"), QStringLiteral("Iets anders") } },
                                    "send-once-key-0001");
        QCOMPARE(other.status(), 422);
        QCOMPARE(DossierFixture::problemCode(other), QStringLiteral("idempotency_key_reused"));
    }

    void unreadCounts_followTheReadMarker_whichNeverMovesBack()
    {
        const QString id = startConversation(QStringLiteral("Een"));
        const QString messages = QStringLiteral("/conversations/%1/messages").arg(id);
        QCOMPARE(unread(f->representativeToken).value("messages").toInt(), 1);
        QCOMPARE(unread(f->representativeToken).value("conversations").toInt(), 1);
        f->clock().advance(60);
        QCOMPARE(
            post(messages, f->clientToken, { { QStringLiteral("text"), QStringLiteral("Twee") } })
                .status(),
            201);
        QCOMPARE(unread(f->representativeToken).value("messages").toInt(), 2);
        QCOMPARE(unread(f->representativeToken).value("conversations").toInt(), 1);
        QCOMPARE(unread(f->clientToken).value("messages").toInt(), 0); // own messages are read

        const QJsonArray items = get(messages, f->representativeToken).value("items").toArray();
        const QString newest = items.at(0)["id"].toString();
        const QString oldest = items.at(1)["id"].toString();
        const QString marker = QStringLiteral("/conversations/%1/read-marker").arg(id);
        const auto mark = [&](const QString &messageId) {
            return f->callJson("PUT", path(marker), f->representativeToken,
                               { { QStringLiteral("lastReadMessageId"), messageId } });
        };
        QCOMPARE(mark(oldest).status(), 204);
        QCOMPARE(unread(f->representativeToken).value("messages").toInt(), 1);
        QCOMPARE(mark(newest).status(), 204);
        QCOMPARE(unread(f->representativeToken).value("messages").toInt(), 0);
        QCOMPARE(unread(f->representativeToken).value("conversations").toInt(), 0);
        QCOMPARE(mark(oldest).status(), 204);
        QCOMPARE(unread(f->representativeToken).value("messages").toInt(), 0);
        QCOMPARE(mark(QStringLiteral("msg_other")).status(), 422);

        // Unchanged counts answer 304 to the tag the client holds.
        const Response counts
            = f->call("GET", path(QStringLiteral("/unread-counts")), f->representativeToken);
        const Response again
            = f->call("GET", path(QStringLiteral("/unread-counts")), f->representativeToken, {},
                      { { "If-None-Match", counts.header("ETag") } });
        QCOMPARE(again.status(), 304);
    }

    void listMessages_pagesNewestFirst_withoutGapsOrDoubles()
    {
        const QString id = startConversation(QStringLiteral("0"));
        const QString messages = QStringLiteral("/conversations/%1/messages").arg(id);
        // Two in the same second too: the order still holds.
        for (int i = 1; i <= 6; ++i) {
            if (i % 2 == 0)
                f->clock().advance(30);
            QCOMPARE(post(messages, i % 2 ? f->clientToken : f->representativeToken,
                          { { QStringLiteral("text"), QString::number(i) } })
                         .status(),
                     201);
        }
        QStringList texts;
        QString cursor;
        int pages = 0;
        do {
            QString query = messages + QStringLiteral("?limit=3");
            if (!cursor.isEmpty())
                query += QStringLiteral("&cursor=") + cursor;
            const QJsonObject page = get(query, f->clientToken);
            for (const QJsonValue &item : page.value("items").toArray())
                texts.append(item["text"].toString());
            cursor = page.value("nextCursor").toString();
            ++pages;
        } while (!cursor.isEmpty() && pages < 10);
        QCOMPARE(pages, 3);
        QCOMPARE(texts, QStringList({ "6", "5", "4", "3", "2", "1", "0" }));

        QCOMPARE(f->call("GET", path(messages + QStringLiteral("?cursor=nonsense")), f->clientToken)
                     .status(),
                 400);
    }

    void conversations_areOrderedByTheirLastMessage()
    {
        const QString older = startConversation(QStringLiteral("eerste"));
        f->clock().advance(60);
        const QString newer = startConversation(QStringLiteral("tweede"));
        QJsonArray items
            = get(QStringLiteral("/conversations"), f->clientToken).value("items").toArray();
        QCOMPARE(items.at(0)["id"].toString(), newer);
        f->clock().advance(60);
        QCOMPARE(post(QStringLiteral("/conversations/%1/messages").arg(older), f->clientToken,
                      { { QStringLiteral("text"), QStringLiteral("nog iets") } })
                     .status(),
                 201);
        items = get(QStringLiteral("/conversations?limit=1"), f->clientToken)
                    .value("items")
                    .toArray();
        QCOMPARE(items.size(), 1);
        QCOMPARE(items.at(0)["id"].toString(), older);
    }

    void participant_whoLostTheRight_receivesNoNewMessages()
    {
        Rights messages;
        messages.messages = true;
        f->setContactRights(messages);
        const Response created
            = post(QStringLiteral("/conversations"), f->clientToken,
                   { { QStringLiteral("participantIds"),
                       QJsonArray { f->representative.id, f->contact.id } },
                     { QStringLiteral("text"), QStringLiteral("Voor jullie allebei") } });
        QCOMPARE(created.status(), 201);
        const QString id = DossierFixture::json(created).value("id").toString();
        const QString one = QStringLiteral("/conversations/") + id;
        QCOMPARE(f->call("GET", path(one), f->contactToken).status(), 200);

        f->setContactRights(Rights());
        QCOMPARE(post(one + QStringLiteral("/messages"), f->clientToken,
                      { { QStringLiteral("text"), QStringLiteral("Alleen voor Mark") } })
                     .status(),
                 201);
        const QJsonArray participants = get(one, f->clientToken).value("participants").toArray();
        QCOMPARE(participants.size(), 2);
        for (const QJsonValue &participant : participants)
            QVERIFY(participant["id"].toString() != f->contact.id);

        // The right given back later does not bring what was sent meanwhile.
        f->setContactRights(messages);
        QCOMPARE(f->call("GET", path(one + QStringLiteral("/messages")), f->contactToken).status(),
                 404);
        QCOMPARE(unread(f->contactToken).value("messages").toInt(), 0);
    }

    void conversation_isHiddenFromNonParticipantsAndOtherClients()
    {
        const QString id = startConversation();
        Rights messages;
        messages.messages = true;
        f->setContactRights(messages);
        const QString one = QStringLiteral("/conversations/") + id;
        // A contact of the same client with the right, but not in the conversation: not found.
        QCOMPARE(f->call("GET", path(one), f->contactToken).status(), 404);
        QCOMPARE(f->call("GET", path(one + QStringLiteral("/messages")), f->contactToken).status(),
                 404);
        QCOMPARE(post(one + QStringLiteral("/messages"), f->contactToken,
                      { { QStringLiteral("text"), QStringLiteral("Ik ook") } })
                     .status(),
                 404);
        QVERIFY(get(QStringLiteral("/conversations"), f->contactToken)
                    .value("items")
                    .toArray()
                    .isEmpty());
        QCOMPARE(unread(f->contactToken).value("messages").toInt(), 0);

        // Someone of another client: no access at all, and nothing in the answer.
        const Response stranger = f->call("GET", path(one), f->strangerToken);
        QCOMPARE(stranger.status(), 403);
        QVERIFY(!stranger.body().contains(id.toUtf8()));
        const Response theirs = f->call(
            "GET", QStringLiteral("/api/v1/clients/100999/conversations/") + id, f->strangerToken);
        QCOMPARE(theirs.status(), 404);

        // A contact without the messages right: 403.
        f->setContactRights(Rights());
        QCOMPARE(f->call("GET", path(QStringLiteral("/contacts")), f->contactToken).status(), 403);
    }
};

QTEST_GUILESS_MAIN(TestMessages)
#include "tst_messages.moc"
