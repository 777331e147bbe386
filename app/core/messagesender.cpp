#include "core/messagesender.h"

#include "core/conversation.h"
#include "core/draftsender.h"
#include "core/logging.h"

#include <QJsonArray>
#include <QUrl>

namespace {

const QLatin1String ConversationField("conversationId");
const QLatin1String RecipientField("recipientId");

QString segment(const QString &value)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(value));
}

} // namespace

MessageSender::MessageSender(PortalApi *api, DraftStore *drafts, QObject *parent)
    : QObject(parent)
    , m_drafts(drafts)
    , m_sender(new DraftSender(api, drafts, this))
{
    connect(m_sender, &DraftSender::sendingChanged, this, &MessageSender::sendingChanged);
    connect(m_sender, &DraftSender::sent, this, &MessageSender::onSent);
    connect(m_sender, &DraftSender::failed, this, &MessageSender::failed);
}

bool MessageSender::isSending() const
{
    return m_sender->isSending();
}

QString MessageSender::sendingDraftId() const
{
    return m_sender->sendingDraftId();
}

Draft MessageSender::findBy(const QString &clientId, QLatin1String field,
                            const QString &value) const
{
    if (value.isEmpty())
        return {};
    const QList<Draft> drafts = m_drafts->drafts(QLatin1String(DraftKind), clientId);
    for (const Draft &draft : drafts) {
        if (draft.fields.value(field).toString() == value)
            return draft;
    }
    return {};
}

Draft MessageSender::draftForConversation(const QString &clientId,
                                          const QString &conversationId) const
{
    return findBy(clientId, ConversationField, conversationId);
}

Draft MessageSender::draftForRecipient(const QString &clientId, const QString &personId) const
{
    return findBy(clientId, RecipientField, personId);
}

Draft MessageSender::openConversationDraft(const QString &clientId,
                                           const QString &conversationId) const
{
    Draft draft = draftForConversation(clientId, conversationId);
    if (!draft.isValid()) {
        draft = m_drafts->create(QLatin1String(DraftKind), clientId);
        draft.fields.insert(ConversationField, conversationId);
    }
    return draft;
}

Draft MessageSender::openRecipientDraft(const QString &clientId, const QString &personId) const
{
    Draft draft = draftForRecipient(clientId, personId);
    if (!draft.isValid()) {
        draft = m_drafts->create(QLatin1String(DraftKind), clientId);
        draft.fields.insert(RecipientField, personId);
    }
    return draft;
}

bool MessageSender::send(const QString &draftId)
{
    if (m_sender->isSending())
        return false;
    const Draft draft = m_drafts->find(draftId);
    const QString text = draft.text().trimmed();
    if (!draft.isValid() || draft.kind != QLatin1String(DraftKind) || text.isEmpty()
        || text.size() > Message::MaxTextLength)
        return false;
    const QString conversationId = draft.fields.value(ConversationField).toString();
    const QString recipientId = draft.fields.value(RecipientField).toString();
    const QString base
        = QStringLiteral("/api/v1/clients/%1/conversations").arg(segment(draft.clientId));
    if (!conversationId.isEmpty()) {
        m_sendingFirst = false;
        return m_sender->send(draftId,
                              base + QLatin1Char('/') + segment(conversationId)
                                  + QStringLiteral("/messages"),
                              QJsonObject { { QStringLiteral("text"), text } });
    }
    if (recipientId.isEmpty())
        return false;
    m_sendingFirst = true;
    return m_sender->send(
        draftId, base,
        QJsonObject { { QStringLiteral("participantIds"), QJsonArray { recipientId } },
                      { QStringLiteral("text"), text } });
}

void MessageSender::onSent(const QString &draftId, const QJsonObject &answer)
{
    Message message;
    QString conversationId;
    QString problem;
    if (m_sendingFirst) {
        Conversation conversation;
        if (Conversation::fromJson(answer, &conversation, &problem)) {
            conversationId = conversation.id;
            message = conversation.lastMessage;
        }
    } else if (Message::fromJson(answer, &message, &problem)) {
        conversationId = message.conversationId;
    }
    if (!problem.isEmpty())
        qCWarning(lcApi) << "messages: the sent message could not be read:" << problem;
    emit sent(draftId, conversationId, message);
}

QString MessageSender::sentenceFor(const ApiError &error)
{
    const QString code = error.problemCode();
    if (code == DraftSender::keyReusedCode())
        return tr("An earlier version of this message may already have arrived. Look in the "
                  "conversation first. Press \"Send\" again to send this text as a new message.");
    if (code == QLatin1String("idempotency_key_in_use"))
        return tr("The portal is still busy with this message. Wait a moment and press \"Send\" "
                  "again; it will not be sent twice.");
    for (const ApiError::FieldError &field : error.fieldErrors()) {
        if (field.code == QLatin1String("recipient_not_allowed"))
            return tr("This person can no longer receive messages. Your text is kept as a draft.");
    }
    if (code == QLatin1String("validation_failed") || error.httpStatus() == 413)
        return tr("The portal did not accept this text. A message can be at most %L1 characters "
                  "long and may not be empty.")
            .arg(Message::MaxTextLength);
    if (error.httpStatus() == 403)
        return tr("You may not send messages for this person. Your text is kept as a draft.");
    if (error.httpStatus() == 404)
        return tr("This conversation is no longer there. Your text is kept as a draft.");
    const QString kept = tr("Your text is kept; nothing is lost. Press \"Send\" to try again.");
    if (error.kind() == ApiError::Kind::Problem)
        return tr("The portal could not send the message.") + QLatin1Char(' ') + kept;
    return error.userMessage() + QLatin1Char(' ') + kept;
}
