#pragma once

#include "core/draftstore.h"

#include <QDialog>

class ApiError;
class BusyIndicator;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTimer;
struct Report;
class ReportSender;
class StatusMessage;

// "New report": a large text field whose content is kept as a draft while the person types
// (a second after the last key, and on closing), so a crash, a restart or a failed send loses
// nothing. Opening it again brings the unsent text back. "Send" keeps the dialog open until the
// portal has the report; on failure it says why, in a sentence, and keeps the text.
class NewReportDialog : public QDialog
{
    Q_OBJECT

public:
    static constexpr int SaveDelayMs = 1000;

    NewReportDialog(DraftStore *drafts, ReportSender *sender, const QString &clientId,
                    QWidget *parent = nullptr);
    ~NewReportDialog() override;

    QString draftId() const { return m_draft.id; }
    // Writes what is typed now to the draft store (an empty text removes the draft).
    void saveDraft();

    void done(int result) override;

signals:
    // Closed with text left in it: the text is kept as a draft.
    void keptAsDraft();

private:
    void onTextChanged();
    void onSend();
    void onSendingChanged(bool sending);
    void onSent(const QString &draftId, const Report &report);
    void onFailed(const QString &draftId, const ApiError &error);
    void updateCount();
    bool isOwnSendRunning() const;

    DraftStore *m_drafts;
    ReportSender *m_sender;
    Draft m_draft;
    QPlainTextEdit *m_text;
    QLabel *m_count;
    QLabel *m_draftState;
    StatusMessage *m_status;
    BusyIndicator *m_busy;
    QPushButton *m_send;
    QPushButton *m_close;
    QTimer *m_saveTimer;
    bool m_dirty = false;
};
