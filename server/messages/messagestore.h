#pragma once

#include "server/accounts/person.h"
#include "server/reports/reportcursor.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Portiek::Server {

class Clock;
class Database;

// `Message` in docs/openapi.yaml, as stored. The sender's name and role are kept as they were
// when the message was sent.
struct StoredMessage
{
    QString id; // "msg_…"
    QString conversationId;
    qint64 sequence = 0; // 1, 2, 3 … within the conversation
    QString senderId;
    QString senderName;
    QString senderRole; // "client", "representative", "contact"
    QDateTime sentAt; // UTC, whole seconds
    QString text;
};

struct StoredParticipant
{
    QString personId;
    QString name;
    QString role;
};

// `Conversation` as one participant sees it.
struct StoredConversation
{
    QString id; // "cnv_…"
    QString clientId;
    QString subject; // empty: none (null in JSON)
    QDateTime updatedAt;
    QList<StoredParticipant> participants;
    std::optional<StoredMessage> lastMessage;
    int unreadCount = 0;
};

// Conversations between the people of one client's portal (tables `conversations`,
// `conversation_participants`, `messages`, migration 7), each participant's read marker and
// their unread counts. The routes check who may take part; this store only stores. Writes join
// the caller's transaction (Idempotency's), so a failed step leaves nothing behind.
class MessageStore
{
public:
    static constexpr int TextMaxLength = 5000;
    static constexpr int SubjectMaxLength = 120;
    static constexpr int MaxRecipients = 20;

    struct Page
    {
        QList<StoredConversation> conversations;
        QList<StoredMessage> messages;
        std::optional<ReportCursor> next; // none on the last page
    };
    struct UnreadCounts
    {
        int messages = 0;
        int conversations = 0;
    };
    enum class MarkOutcome { Marked, UnknownMessage, Failed };

    MessageStore(Database &database, const Clock &clock);

    // A new conversation of `sender` (in `senderRole`) with `recipients` (id and role each) and
    // its first message; the conversation's id, nullopt when the database failed.
    std::optional<QString> create(const QString &clientId, const Person &sender, Role senderRole,
                                  const QList<QPair<QString, Role>> &recipients,
                                  const QString &subject, const QString &text);
    // Takes people out of the conversation (someone whose access or messages right ended).
    bool removeParticipants(const QString &conversationId, const QStringList &personIds);
    // A message of a participant; their own read marker moves to it.
    std::optional<StoredMessage> send(const QString &conversationId, const Person &sender,
                                      const QString &senderRole, const QString &text);

    // The conversation when `personId` takes part in it; `*failed` tells a database failure.
    std::optional<StoredConversation> find(const QString &clientId, const QString &conversationId,
                                           const QString &personId, bool *failed) const;
    // The person's conversations, last message first (updatedAt, then id, descending).
    std::optional<Page> conversations(const QString &clientId, const QString &personId, int limit,
                                      const std::optional<ReportCursor> &after) const;
    // Newest first; the cursor holds the sequence and id of the last message on a page.
    std::optional<Page> messages(const QString &conversationId, int limit,
                                 const std::optional<ReportCursor> &after) const;
    // Moves the person's marker forward to `messageId`; an older message changes nothing.
    MarkOutcome markRead(const QString &conversationId, const QString &personId,
                         const QString &messageId);
    std::optional<UnreadCounts> unread(const QString &clientId, const QString &personId) const;

private:
    bool loadDetails(StoredConversation &conversation, const QString &personId) const;

    Database &m_database;
    const Clock &m_clock;
};

} // namespace Portiek::Server
