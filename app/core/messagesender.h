#pragma once

#include "core/apireply.h"
#include "core/draftstore.h"
#include "core/message.h"

#include <QObject>

class DraftSender;
class PortalApi;

// Sends what a person wrote in the messages part, kept as a draft of kind "message" until the
// portal has it: one draft per conversation (a reply: POST …/conversations/{id}/messages), or
// one per person for a first message (POST …/conversations with that one participant). The
// draft's Idempotency-Key goes with every try, so a retry never sends a message twice; after
// any failure the draft stays, key and all, also across a restart.
class MessageSender : public QObject
{
    Q_OBJECT

public:
    static constexpr const char *DraftKind = "message";

    MessageSender(PortalApi *api, DraftStore *drafts, QObject *parent = nullptr);

    // The stored draft of a reply in this conversation; invalid when there is none.
    Draft draftForConversation(const QString &clientId, const QString &conversationId) const;
    // The stored draft of a first message to this person; invalid when there is none.
    Draft draftForRecipient(const QString &clientId, const QString &personId) const;
    // The stored draft, or a new one (not yet saved) that knows where it goes.
    Draft openConversationDraft(const QString &clientId, const QString &conversationId) const;
    Draft openRecipientDraft(const QString &clientId, const QString &personId) const;

    // Sends the stored draft as it is now. False (nothing sent) when another send runs, the
    // draft is unknown or not a message, or its text is empty or too long.
    bool send(const QString &draftId);
    bool isSending() const;
    QString sendingDraftId() const;

    // A sentence for the person writing: what went wrong and what to do.
    static QString sentenceFor(const ApiError &error);

signals:
    void sendingChanged(bool sending);
    // The portal has the message; the draft is gone. `conversationId` is where it went (a new
    // conversation's id for a first message); `message` is invalid when the answer could not
    // be read (the message is stored all the same).
    void sent(const QString &draftId, const QString &conversationId, const Message &message);
    void failed(const QString &draftId, const ApiError &error);

private:
    Draft findBy(const QString &clientId, QLatin1String field, const QString &value) const;
    void onSent(const QString &draftId, const QJsonObject &answer);

    DraftStore *m_drafts;
    DraftSender *m_sender;
    bool m_sendingFirst = false;
};
