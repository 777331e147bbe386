#include "server/messages/messagestore.h"

#include "server/core/clock.h"
#include "server/core/secrets.h"
#include "server/storage/database.h"
#include "server/storage/transaction.h"

namespace Portiek::Server {

namespace {

const QString MessageColumns = QStringLiteral(
    "id, conversation_id, sequence, sender_id, sender_name, sender_role, sent_at, body");

StoredMessage messageFromRow(const QSqlQuery &query)
{
    StoredMessage message;
    message.id = query.value(0).toString();
    message.conversationId = query.value(1).toString();
    message.sequence = query.value(2).toLongLong();
    message.senderId = query.value(3).toString();
    message.senderName = query.value(4).toString();
    message.senderRole = query.value(5).toString();
    message.sentAt = fromDbTime(query.value(6));
    message.text = query.value(7).toString();
    return message;
}

QVariant nullableText(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
}

} // namespace

MessageStore::MessageStore(Database &database, const Clock &clock)
    : m_database(database)
    , m_clock(clock)
{ }

std::optional<QString> MessageStore::create(const QString &clientId, const Person &sender,
                                            Role senderRole,
                                            const QList<QPair<QString, Role>> &recipients,
                                            const QString &subject, const QString &text)
{
    const QString id = Secrets::randomToken("cnv_", 12);
    const qint64 now = m_clock.now().toSecsSinceEpoch();
    Transaction transaction(m_database);
    QSqlQuery insert;
    if (!transaction.isActive()
        || !m_database.exec(insert,
                            QStringLiteral("INSERT INTO conversations (id, client_id, subject, "
                                           "created_at, updated_at, last_sequence) "
                                           "VALUES (?, ?, ?, ?, ?, 0)"),
                            { id, clientId, nullableText(subject), now, now }))
        return std::nullopt;
    QList<QPair<QString, Role>> everyone = recipients;
    everyone.prepend({ sender.id, senderRole });
    for (const auto &[personId, role] : everyone) {
        QSqlQuery participant;
        if (!m_database.exec(participant,
                             QStringLiteral("INSERT INTO conversation_participants "
                                            "(conversation_id, person_id, role) VALUES (?, ?, ?)"),
                             { id, personId, roleName(role) }))
            return std::nullopt;
    }
    if (!send(id, sender, roleName(senderRole), text) || !transaction.commit())
        return std::nullopt;
    return id;
}

bool MessageStore::removeParticipants(const QString &conversationId, const QStringList &personIds)
{
    for (const QString &personId : personIds) {
        QSqlQuery query;
        if (!m_database.exec(query,
                             QStringLiteral("DELETE FROM conversation_participants WHERE "
                                            "conversation_id = ? AND person_id = ?"),
                             { conversationId, personId }))
            return false;
    }
    return true;
}

std::optional<StoredMessage> MessageStore::send(const QString &conversationId, const Person &sender,
                                                const QString &senderRole, const QString &text)
{
    StoredMessage message;
    message.id = Secrets::randomToken("msg_", 12);
    message.conversationId = conversationId;
    message.senderId = sender.id;
    message.senderName = sender.name();
    message.senderRole = senderRole;
    const QDateTime now = m_clock.now().toUTC();
    message.sentAt = now.addMSecs(-now.time().msec());
    message.text = text;

    Transaction transaction(m_database);
    QSqlQuery bump;
    QSqlQuery sequence;
    // Counting up inside the transaction: the server answers one request at a time, and the
    // UNIQUE (conversation_id, sequence) refuses a second writer on a shared PostgreSQL.
    if (!transaction.isActive()
        || !m_database.exec(bump,
                            QStringLiteral("UPDATE conversations SET last_sequence = "
                                           "last_sequence + 1, updated_at = ? WHERE id = ?"),
                            { toDbTime(message.sentAt), conversationId })
        || !m_database.exec(sequence,
                            QStringLiteral("SELECT last_sequence FROM conversations WHERE id = ?"),
                            { conversationId })
        || !sequence.next())
        return std::nullopt;
    message.sequence = sequence.value(0).toLongLong();
    sequence.finish();
    QSqlQuery insert;
    QSqlQuery marker;
    if (!m_database.exec(insert,
                         QStringLiteral("INSERT INTO messages (%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
                             .arg(MessageColumns),
                         { message.id, conversationId, message.sequence, message.senderId,
                           message.senderName, message.senderRole, toDbTime(message.sentAt),
                           message.text })
        // What one wrote oneself is read.
        || !m_database.exec(marker,
                            QStringLiteral("UPDATE conversation_participants SET "
                                           "last_read_sequence = ? WHERE conversation_id = ? "
                                           "AND person_id = ?"),
                            { message.sequence, conversationId, sender.id })
        || !transaction.commit())
        return std::nullopt;
    return message;
}

bool MessageStore::loadDetails(StoredConversation &conversation, const QString &personId) const
{
    QSqlQuery people;
    if (!m_database.exec(people,
                         QStringLiteral("SELECT p.id, p.given_name, p.family_name_prefix, "
                                        "p.family_name, c.role FROM conversation_participants c "
                                        "JOIN people p ON p.id = c.person_id "
                                        "WHERE c.conversation_id = ? ORDER BY p.family_name, "
                                        "p.given_name, p.id"),
                         { conversation.id }))
        return false;
    while (people.next()) {
        conversation.participants.append(
            { people.value(0).toString(),
              displayName(people.value(1).toString(), people.value(2).toString(),
                          people.value(3).toString()),
              people.value(4).toString() });
    }
    QSqlQuery last;
    if (!m_database.exec(last,
                         QStringLiteral("SELECT %1 FROM messages WHERE conversation_id = ? "
                                        "ORDER BY sequence DESC LIMIT 1")
                             .arg(MessageColumns),
                         { conversation.id }))
        return false;
    if (last.next())
        conversation.lastMessage = messageFromRow(last);
    QSqlQuery unread;
    if (!m_database.exec(unread,
                         QStringLiteral("SELECT COUNT(*) FROM messages m "
                                        "JOIN conversation_participants c ON c.conversation_id "
                                        "= m.conversation_id AND c.person_id = ? "
                                        "WHERE m.conversation_id = ? AND m.sequence > "
                                        "c.last_read_sequence AND m.sender_id <> ?"),
                         { personId, conversation.id, personId })
        || !unread.next())
        return false;
    conversation.unreadCount = unread.value(0).toInt();
    return true;
}

std::optional<StoredConversation> MessageStore::find(const QString &clientId,
                                                     const QString &conversationId,
                                                     const QString &personId, bool *failed) const
{
    QSqlQuery query;
    *failed = !m_database.exec(query,
                               QStringLiteral("SELECT c.id, c.client_id, c.subject, c.updated_at "
                                              "FROM conversations c JOIN "
                                              "conversation_participants p ON p.conversation_id "
                                              "= c.id WHERE c.client_id = ? AND c.id = ? AND "
                                              "p.person_id = ?"),
                               { clientId, conversationId, personId });
    if (*failed || !query.next())
        return std::nullopt;
    StoredConversation conversation { query.value(0).toString(),
                                      query.value(1).toString(),
                                      query.value(2).toString(),
                                      fromDbTime(query.value(3)),
                                      {},
                                      std::nullopt,
                                      0 };
    query.finish();
    *failed = !loadDetails(conversation, personId);
    return *failed ? std::nullopt : std::optional(conversation);
}

std::optional<MessageStore::Page>
MessageStore::conversations(const QString &clientId, const QString &personId, int limit,
                            const std::optional<ReportCursor> &after) const
{
    QString sql = QStringLiteral("SELECT c.id, c.client_id, c.subject, c.updated_at "
                                 "FROM conversations c JOIN conversation_participants p "
                                 "ON p.conversation_id = c.id WHERE c.client_id = ? "
                                 "AND p.person_id = ?");
    QVariantList values { clientId, personId };
    if (after) {
        sql += QStringLiteral(" AND (c.updated_at < ? OR (c.updated_at = ? AND c.id < ?))");
        values << after->createdAt << after->createdAt << after->id;
    }
    sql += QStringLiteral(" ORDER BY c.updated_at DESC, c.id DESC LIMIT ?");
    values.append(limit + 1);
    QSqlQuery query;
    if (!m_database.exec(query, sql, values))
        return std::nullopt;
    Page page;
    while (query.next()) {
        page.conversations.append({ query.value(0).toString(),
                                    query.value(1).toString(),
                                    query.value(2).toString(),
                                    fromDbTime(query.value(3)),
                                    {},
                                    std::nullopt,
                                    0 });
    }
    query.finish();
    if (page.conversations.size() > limit) {
        page.conversations.resize(limit);
        const StoredConversation &last = page.conversations.constLast();
        page.next = ReportCursor { last.updatedAt.toSecsSinceEpoch(), last.id };
    }
    for (StoredConversation &conversation : page.conversations) {
        if (!loadDetails(conversation, personId))
            return std::nullopt;
    }
    return page;
}

std::optional<MessageStore::Page>
MessageStore::messages(const QString &conversationId, int limit,
                       const std::optional<ReportCursor> &after) const
{
    QString sql
        = QStringLiteral("SELECT %1 FROM messages WHERE conversation_id = ?").arg(MessageColumns);
    QVariantList values { conversationId };
    if (after) {
        sql += QStringLiteral(" AND sequence < ?");
        values << after->createdAt;
    }
    sql += QStringLiteral(" ORDER BY sequence DESC LIMIT ?");
    values.append(limit + 1);
    QSqlQuery query;
    if (!m_database.exec(query, sql, values))
        return std::nullopt;
    Page page;
    while (query.next())
        page.messages.append(messageFromRow(query));
    if (page.messages.size() > limit) {
        page.messages.resize(limit);
        page.next
            = ReportCursor { page.messages.constLast().sequence, page.messages.constLast().id };
    }
    return page;
}

MessageStore::MarkOutcome MessageStore::markRead(const QString &conversationId,
                                                 const QString &personId, const QString &messageId)
{
    QSqlQuery find;
    if (!m_database.exec(find,
                         QStringLiteral("SELECT sequence FROM messages WHERE conversation_id = ? "
                                        "AND id = ?"),
                         { conversationId, messageId }))
        return MarkOutcome::Failed;
    if (!find.next())
        return MarkOutcome::UnknownMessage;
    const qint64 sequence = find.value(0).toLongLong();
    find.finish();
    QSqlQuery update;
    // Never backwards: a client that marks an older message (a second window) changes nothing.
    return m_database.exec(update,
                           QStringLiteral("UPDATE conversation_participants SET "
                                          "last_read_sequence = ? WHERE conversation_id = ? AND "
                                          "person_id = ? AND last_read_sequence < ?"),
                           { sequence, conversationId, personId, sequence })
        ? MarkOutcome::Marked
        : MarkOutcome::Failed;
}

std::optional<MessageStore::UnreadCounts> MessageStore::unread(const QString &clientId,
                                                               const QString &personId) const
{
    QSqlQuery query;
    if (!m_database.exec(query,
                         QStringLiteral("SELECT COUNT(*), COUNT(DISTINCT m.conversation_id) "
                                        "FROM messages m JOIN conversation_participants p ON "
                                        "p.conversation_id = m.conversation_id JOIN "
                                        "conversations c ON c.id = m.conversation_id "
                                        "WHERE c.client_id = ? AND p.person_id = ? AND "
                                        "m.sequence > p.last_read_sequence AND m.sender_id <> ?"),
                         { clientId, personId, personId })
        || !query.next())
        return std::nullopt;
    return UnreadCounts { query.value(0).toInt(), query.value(1).toInt() };
}

} // namespace Portiek::Server
