#pragma once

#include "core/contactperson.h"
#include "core/message.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>

// A conversation the signed-in person takes part in (docs/openapi.yaml, Conversation).
struct Conversation
{
    static constexpr int MaxSubjectLength = 120;

    QString id;
    QString subject; // empty when none
    QList<ContactPerson> participants; // the signed-in person included
    Message lastMessage; // invalid when the conversation has none
    int unreadCount = 0;
    QDateTime updatedAt;

    bool isValid() const { return !id.isEmpty(); }
    // Everyone but `myPersonId`: the people this conversation is with.
    QList<ContactPerson> others(const QString &myPersonId) const;
    // "Anna Boer", "Anna Boer and Gerard van Dijk"; the subject when there is nobody else.
    QString title(const QString &myPersonId) const;
    bool hasOnly(const QString &personId, const QString &myPersonId) const;

    static bool fromJson(const QJsonObject &json, Conversation *conversation, QString *error);
    static bool pageFromJson(const QJsonObject &json, QList<Conversation> *conversations,
                             QString *nextCursor, QString *error);
};

Q_DECLARE_METATYPE(Conversation)
