#pragma once

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QTimeZone>

// Contacts, conversations and messages as the portal sends them (docs/openapi.yaml), for tests.
namespace MessageFixtures {

inline const QString ClientId = QStringLiteral("100482");
inline const QString MyId = QStringLiteral("per_9Rm4"); // Mark van Dijk, the representative
inline const QString AnnaId = QStringLiteral("per_2Tn6");
inline const QString ContactsPath = QStringLiteral("/api/v1/clients/100482/contacts");
inline const QString ConversationsPath = QStringLiteral("/api/v1/clients/100482/conversations");
inline const QString UnreadPath = QStringLiteral("/api/v1/clients/100482/unread-counts");

inline QString messagesPath(const QString &conversationId)
{
    return ConversationsPath + QLatin1Char('/') + conversationId + QStringLiteral("/messages");
}

inline QString readMarkerPath(const QString &conversationId)
{
    return ConversationsPath + QLatin1Char('/') + conversationId + QStringLiteral("/read-marker");
}

inline QJsonObject person(const QString &id, const QString &name,
                          const QString &role = QStringLiteral("contact"))
{
    return { { QStringLiteral("id"), id },
             { QStringLiteral("name"), name },
             { QStringLiteral("role"), role },
             { QStringLiteral("photoUrl"), QJsonValue::Null } };
}

inline QJsonObject me()
{
    return person(MyId, QStringLiteral("Mark van Dijk"), QStringLiteral("representative"));
}

inline QJsonObject anna()
{
    return person(AnnaId, QStringLiteral("Anna Boer"));
}

inline QJsonObject contact(const QString &id, const QString &name, const QJsonValue &relation,
                           bool canReceive = true, const QString &role = QStringLiteral("contact"))
{
    QJsonObject json = person(id, name, role);
    json.insert(QStringLiteral("relation"), relation);
    json.insert(QStringLiteral("canReceiveMessages"), canReceive);
    return json;
}

inline QJsonObject page(const QJsonArray &items, const QString &nextCursor = {})
{
    return { { QStringLiteral("items"), items },
             { QStringLiteral("nextCursor"),
               nextCursor.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(nextCursor) } };
}

// Message `n` of a conversation: the higher n, the older (pages come newest first).
inline QJsonObject message(int n, const QString &conversationId = QStringLiteral("cnv_1"),
                           const QJsonObject &sender = anna(), const QString &text = {})
{
    const QDateTime sent
        = QDateTime(QDate(2026, 3, 12), QTime(12, 4), QTimeZone(3600)).addSecs(-600 * n);
    return { { QStringLiteral("id"), QStringLiteral("msg_%1").arg(n) },
             { QStringLiteral("conversationId"), conversationId },
             { QStringLiteral("sender"), sender },
             { QStringLiteral("sentAt"), sent.toString(Qt::ISODate) },
             { QStringLiteral("text"),
               text.isEmpty() ? QStringLiteral("Bericht nummer %1.").arg(n) : text } };
}

inline QJsonObject conversation(const QString &id, const QJsonObject &other, int unread,
                                const QJsonValue &last)
{
    return { { QStringLiteral("id"), id },
             { QStringLiteral("subject"), QJsonValue::Null },
             { QStringLiteral("participants"), QJsonArray { other, me() } },
             { QStringLiteral("lastMessage"), last },
             { QStringLiteral("unreadCount"), unread },
             { QStringLiteral("updatedAt"), QStringLiteral("2026-03-12T12:04:51+01:00") } };
}

} // namespace MessageFixtures
