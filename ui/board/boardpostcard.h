#pragma once

#include "core/boardpost.h"

#include <QFrame>
#include <QImage>

class BoardReactionRow;
class PhotoLoader;
class QGridLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QToolButton;
class QVBoxLayout;
class StatusMessage;

// One post on the board as a card: who wrote it and when, the text, the photos as thumbnail
// buttons (each opens the large photo), the reactions below it, a "React" box, and "Delete" for
// the author. Updating the post (new reactions) keeps what is being typed in the React box.
class BoardPostCard : public QFrame
{
    Q_OBJECT

public:
    static constexpr int ThumbnailSide = 220;

    BoardPostCard(const BoardPost &post, PhotoLoader *photos, QWidget *parent = nullptr);

    BoardPost post() const { return m_post; }
    void setPost(const BoardPost &post);

    QString reactionText() const;
    void setReactionText(const QString &text);
    void clearReaction();
    void setReactionBusy(bool busy);
    // A sentence under the React box; empty clears it.
    void showMessage(const QString &sentence);
    QLineEdit *reactionEdit() const { return m_reactEdit; }

    // The widgets that take focus, in reading order.
    QList<QWidget *> focusChain() const;

    static QString timeText(const QDateTime &time);
    static QString roleText(BoardPerson::Role role);

signals:
    void photoActivated(const BoardPost &post, int index);
    void deleteRequested(const BoardPost &post);
    void deleteReactionRequested(const BoardPost &post, const BoardReaction &reaction);
    void reactRequested(const BoardPost &post, const QString &text);
    void reactionTextChanged(const BoardPost &post, const QString &text);
    void showAllReactionsRequested(const BoardPost &post);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void rebuild();
    int photoColumns() const;
    void placePhotos();
    void onPhotoReady(const QString &path, const QImage &photo);
    void updateReactButton();

    BoardPost m_post;
    PhotoLoader *m_photos;
    QLabel *m_header;
    QLabel *m_text;
    QWidget *m_photoRow;
    QGridLayout *m_photoGrid;
    int m_photoColumns = 0;
    QList<QToolButton *> m_photoButtons;
    QLabel *m_reactionsHeading;
    QWidget *m_reactionsBox;
    QVBoxLayout *m_reactionsLayout;
    QList<BoardReactionRow *> m_rows;
    QPushButton *m_showAll;
    QLineEdit *m_reactEdit;
    QPushButton *m_react;
    StatusMessage *m_message;
    QPushButton *m_delete;
    bool m_busy = false;
};
