#include "ui/messages/composebox.h"

#include "core/message.h"
#include "core/messagesender.h"
#include "ui/widgets/busyindicator.h"
#include "ui/widgets/statusmessage.h"

#include <QEvent>
#include <QFontMetrics>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTextDocument>
#include <QTimer>
#include <QVBoxLayout>

namespace {

// An empty line under the box would take height from the conversation: hidden until it speaks.
void showDraftState(QLabel *label, const QString &text)
{
    label->setText(text);
    label->setVisible(!text.isEmpty());
}

} // namespace

ComposeBox::ComposeBox(DraftStore *drafts, MessageSender *sender, QWidget *parent)
    : QWidget(parent)
    , m_drafts(drafts)
    , m_sender(sender)
    , m_label(new QLabel(tr("&Your message"), this))
    , m_text(new QPlainTextEdit(this))
    , m_draftState(new QLabel(this))
    , m_status(new StatusMessage(this))
    , m_busy(new BusyIndicator(this))
    , m_send(new QPushButton(tr("Send"), this))
    , m_saveTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("composeBox"));
    m_text->setObjectName(QStringLiteral("messageTextEdit"));
    m_text->setAccessibleName(tr("Your message"));
    m_text->setAccessibleDescription(
        tr("Enter starts a new line. Control and Enter together send the message."));
    m_text->setTabChangesFocus(true);
    QFont large = m_text->font();
    large.setPointSizeF(large.pointSizeF() * 1.15);
    m_text->setFont(large);
    // The conversation above is what is read: the box is about four lines high and scrolls.
    const int margins = 2 * (m_text->frameWidth() + qRound(m_text->document()->documentMargin()));
    m_text->setFixedHeight(4 * QFontMetrics(large).lineSpacing() + margins);
    m_text->installEventFilter(this);
    m_label->setBuddy(m_text);

    auto *hint = new QLabel(tr("Enter starts a new line. Ctrl+Enter sends."), this);
    hint->setObjectName(QStringLiteral("composeHint"));
    hint->setWordWrap(true);
    m_draftState->setObjectName(QStringLiteral("messageDraftState"));
    m_draftState->setWordWrap(true);
    m_status->setObjectName(QStringLiteral("composeStatus"));
    m_busy->setObjectName(QStringLiteral("composeBusy"));
    m_busy->setText(tr("Sending your message…"));
    m_busy->hide();
    m_send->setObjectName(QStringLiteral("sendMessageButton"));
    m_send->setAccessibleName(tr("Send"));
    m_send->setAccessibleDescription(tr("Sends the message. It does not go to the care team."));

    auto *row = new QHBoxLayout;
    row->addWidget(hint, 1);
    row->addWidget(m_send);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    layout->addWidget(m_status);
    layout->addWidget(m_label);
    layout->addWidget(m_text);
    layout->addWidget(m_draftState);
    layout->addWidget(m_busy);
    layout->addLayout(row);

    m_saveTimer->setSingleShot(true);
    m_saveTimer->setInterval(SaveDelayMs);
    connect(m_saveTimer, &QTimer::timeout, this, &ComposeBox::saveDraft);
    connect(m_text, &QPlainTextEdit::textChanged, this, &ComposeBox::onTextChanged);
    connect(m_send, &QPushButton::clicked, this, &ComposeBox::sendNow);
    connect(m_sender, &MessageSender::sendingChanged, this, &ComposeBox::onSendingChanged);
    connect(m_sender, &MessageSender::sent, this, &ComposeBox::onSent);
    connect(m_sender, &MessageSender::failed, this, &ComposeBox::onFailed);
    setDraft(Draft());
}

ComposeBox::~ComposeBox()
{
    if (m_dirty)
        saveDraft();
}

void ComposeBox::setDraft(const Draft &draft)
{
    saveDraft();
    m_draft = draft;
    m_status->clear();
    m_loading = true;
    m_text->setPlainText(draft.text());
    m_loading = false;
    m_text->moveCursor(QTextCursor::End);
    m_dirty = false;
    const bool stored = draft.isValid() && m_drafts->find(draft.id).isValid();
    showDraftState(m_draftState,
                   stored && !draft.text().isEmpty()
                       ? tr("Your unsent message is back, as you left it.")
                       : QString());
    setEnabled(draft.isValid());
    onSendingChanged(m_sender->isSending());
}

void ComposeBox::onTextChanged()
{
    if (m_loading)
        return;
    m_dirty = true;
    m_saveTimer->start();
    updateSendButton();
}

void ComposeBox::updateSendButton()
{
    const int length = int(m_text->toPlainText().trimmed().size());
    m_send->setEnabled(m_draft.isValid() && length > 0 && length <= Message::MaxTextLength
                       && !m_sender->isSending());
}

void ComposeBox::saveDraft()
{
    m_saveTimer->stop();
    if (!m_dirty || !m_draft.isValid())
        return;
    m_dirty = false;
    const QString text = m_text->toPlainText();
    if (text.trimmed().isEmpty()) {
        // Nothing worth keeping; the next text starts a draft of its own, with a new key.
        m_drafts->remove(m_draft.id);
        const QJsonObject fields = m_draft.fields;
        m_draft = m_drafts->create(m_draft.kind, m_draft.clientId);
        m_draft.fields = fields;
        m_draft.setText(QString());
        showDraftState(m_draftState, QString());
        return;
    }
    m_draft.setText(text);
    if (m_drafts->save(m_draft))
        showDraftState(m_draftState,
                       tr("Kept as a draft at %1.")
                           .arg(QLocale().toString(m_draft.updatedAt.toLocalTime().time(),
                                                   QStringLiteral("HH:mm"))));
    else
        showDraftState(m_draftState,
                       tr("Your text could not be saved on this computer. Do not close "
                          "Portiek before the message is sent."));
}

bool ComposeBox::isOwnSendRunning() const
{
    return m_sender->isSending() && m_sender->sendingDraftId() == m_draft.id;
}

void ComposeBox::sendNow()
{
    if (!m_draft.isValid())
        return;
    m_dirty = true; // the text as it is now is what goes
    saveDraft();
    m_status->clear();
    if (!m_sender->send(m_draft.id))
        m_status->showMessage(m_sender->isSending()
                                  ? tr("Another message is being sent. Wait a moment and try "
                                       "again.")
                                  : tr("Write your message first. It can be at most %L1 "
                                       "characters long.")
                                        .arg(Message::MaxTextLength));
}

void ComposeBox::onSendingChanged(bool sending)
{
    Q_UNUSED(sending)
    const bool own = isOwnSendRunning();
    m_busy->setVisible(own);
    m_text->setReadOnly(own);
    updateSendButton();
}

void ComposeBox::onSent(const QString &draftId, const QString &conversationId,
                        const Message &message)
{
    if (draftId != m_draft.id)
        return;
    // The next message in this conversation is a new draft with a new key.
    const QJsonObject fields = m_draft.fields;
    Draft next = m_drafts->create(m_draft.kind, m_draft.clientId);
    next.fields = fields;
    next.setText(QString());
    if (!conversationId.isEmpty()) {
        next.fields.remove(QStringLiteral("recipientId"));
        next.fields.insert(QStringLiteral("conversationId"), conversationId);
    }
    m_dirty = false;
    m_draft = next;
    m_loading = true;
    m_text->clear();
    m_loading = false;
    showDraftState(m_draftState, QString());
    m_status->showMessage(tr("Your message has been sent."), StatusMessage::Tone::Info);
    updateSendButton();
    emit messageSent(conversationId, message);
}

void ComposeBox::onFailed(const QString &draftId, const ApiError &error)
{
    if (draftId != m_draft.id)
        return;
    // The key may have been renewed (idempotency_key_reused): take the stored draft as it is.
    const Draft stored = m_drafts->find(draftId);
    if (stored.isValid())
        m_draft.idempotencyKey = stored.idempotencyKey;
    m_status->showMessage(MessageSender::sentenceFor(error));
    m_send->setFocus();
}

bool ComposeBox::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_text && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter)
            && key->modifiers().testFlag(Qt::ControlModifier)) {
            sendNow();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}
