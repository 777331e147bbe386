#pragma once

#include "core/draftstore.h"

#include <QWidget>

class ApiError;
class BusyIndicator;
class MessageSender;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTimer;
class StatusMessage;
struct Message;

// Where a message is written: a large text field and "Send". Enter starts a new line and
// Ctrl+Enter sends. What is typed is kept as a draft (a second after the last key, and whenever
// another conversation is opened), so a failed send, a crash or a restart loses nothing; the
// draft is there again when its conversation is opened.
class ComposeBox : public QWidget
{
    Q_OBJECT

public:
    static constexpr int SaveDelayMs = 1000;

    ComposeBox(DraftStore *drafts, MessageSender *sender, QWidget *parent = nullptr);
    ~ComposeBox() override;

    // Writes to this draft from now on (the current text is kept first). An invalid draft
    // empties and disables the box.
    void setDraft(const Draft &draft);
    QString draftId() const { return m_draft.id; }
    // Writes what is typed now to the draft store (an empty text removes the draft).
    void saveDraft();
    void sendNow();
    QPlainTextEdit *editor() const { return m_text; }

signals:
    void messageSent(const QString &conversationId, const Message &message);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void onTextChanged();
    void onSendingChanged(bool sending);
    void onSent(const QString &draftId, const QString &conversationId, const Message &message);
    void onFailed(const QString &draftId, const ApiError &error);
    void updateSendButton();
    bool isOwnSendRunning() const;

    DraftStore *m_drafts;
    MessageSender *m_sender;
    Draft m_draft;
    QLabel *m_label;
    QPlainTextEdit *m_text;
    QLabel *m_draftState;
    StatusMessage *m_status;
    BusyIndicator *m_busy;
    QPushButton *m_send;
    QTimer *m_saveTimer;
    bool m_dirty = false;
    bool m_loading = false;
};
