#pragma once

#include "core/contactperson.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>

// One message in a conversation (docs/openapi.yaml, Message).
struct Message
{
    // MessageCreate and ConversationCreate allow 1–5,000 characters.
    static constexpr int MaxTextLength = 5000;

    QString id;
    QString conversationId;
    ContactPerson sender;
    QDateTime sentAt;
    QString text; // plain text; line breaks are significant

    bool isValid() const { return !id.isEmpty(); }

    static bool fromJson(const QJsonObject &json, Message *message, QString *error);
    // One page of GET …/messages (newest first): its items and the next cursor (empty on the last).
    static bool pageFromJson(const QJsonObject &json, QList<Message> *messages, QString *nextCursor,
                             QString *error);
};

Q_DECLARE_METATYPE(Message)
