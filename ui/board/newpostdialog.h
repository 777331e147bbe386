#pragma once

#include "core/boardpostsender.h"
#include "core/draftstore.h"

#include <QDialog>

class BusyIndicator;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTimer;
class QVBoxLayout;
class StatusMessage;

// "New post": a text and up to 10 photos (JPEG or PNG), each shown as a small preview with
// "Remove". Everything is kept as a draft while the person types and chooses (the text a second
// after the last key, photos at once), so a failed send, a crash or a restart loses nothing.
// "Place on the board" keeps the dialog open until the portal has the post.
class NewPostDialog : public QDialog
{
    Q_OBJECT

public:
    static constexpr int SaveDelayMs = 1000;
    static constexpr int PreviewSide = 96;

    NewPostDialog(DraftStore *drafts, BoardPostSender *sender, const QString &clientId,
                  QWidget *parent = nullptr);
    ~NewPostDialog() override;

    QString draftId() const { return m_draft.id; }
    // Adds these files (checked first; a file that cannot be used gets a sentence).
    void addPhotos(const QStringList &paths);
    void removePhoto(int index);
    int photoCount() const { return int(m_photos.size()); }
    void saveDraft();

    void done(int result) override;

signals:
    void keptAsDraft();

private:
    void choosePhotos();
    void rebuildPreviews();
    void onSend();
    void onSendingChanged(bool sending);
    void onProgress(int done, int total);
    void onSent(const QString &draftId);
    void onFailed(const QString &draftId, const QString &sentence);
    void updateState();
    bool isOwnSendRunning() const;

    DraftStore *m_drafts;
    BoardPostSender *m_sender;
    Draft m_draft;
    QList<BoardPostSender::DraftPhoto> m_photos;
    QPlainTextEdit *m_text;
    QLabel *m_count;
    QLabel *m_draftState;
    QPushButton *m_addPhotos;
    QWidget *m_previews;
    QVBoxLayout *m_previewLayout;
    StatusMessage *m_status;
    BusyIndicator *m_busy;
    QPushButton *m_send;
    QPushButton *m_close;
    QTimer *m_saveTimer;
    bool m_dirty = false;
};
