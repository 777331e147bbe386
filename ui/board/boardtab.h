#pragma once

#include "core/clientsummary.h"

#include <QPointer>
#include <QWidget>

#include <functional>

class ApiError;
class BoardPostCard;
class BoardPostListModel;
class BoardPostSender;
class BoardReactions;
class BoardReactionsController;
class BusyIndicator;
class DraftStore;
class NewPostDialog;
class PhotoLoader;
class PortalApi;
class QLabel;
class QMessageBox;
class QPushButton;
class QScrollArea;
class QVBoxLayout;
class StatusMessage;
struct BoardPost;
struct BoardReaction;

// The "Bulletin board" tab (prikbord): posts as cards, newest first, each with its photos,
// reactions and a React box (see BoardReactionsController); "New post"; "Delete" on what the person
// may delete, after a confirmation that names it. Shown only with the board right.
class BoardTab : public QWidget
{
    Q_OBJECT

public:
    BoardTab(PortalApi *api, DraftStore *drafts, PhotoLoader *photos, QWidget *parent = nullptr);
    ~BoardTab() override;

    // (Re)loads the board of this client; without the board right it shows nothing of it.
    void setClient(const ClientSummary &client);
    QString clientId() const { return m_client.id; }

    BoardPostListModel *model() const { return m_model; }
    BoardPostSender *postSender() const { return m_postSender; }
    BoardReactions *reactions() const;
    NewPostDialog *newPostDialog() const;
    // The confirmation asked before a delete, while it is open.
    QMessageBox *confirmation() const;
    QList<BoardPostCard *> cards() const { return m_cards; }

public slots:
    void openNewPost();

private:
    void onLoadingChanged(bool loading);
    void onLoadFailed(const ApiError &error);
    void onRowsInserted(int first, int last);
    void onRowsRemoved(int first, int last);
    void onDataChanged(int first, int last);
    void clearCards();
    BoardPostCard *cardFor(const QString &postId) const;
    void updateState();
    void updateTabOrder();
    void openPhoto(const BoardPost &post, int index);
    void confirmDeletePost(const BoardPost &post);
    void confirmDeleteReaction(const BoardPost &post, const BoardReaction &reaction);
    void confirm(const QString &question, const QString &action, std::function<void()> onYes);

    PortalApi *m_api;
    DraftStore *m_drafts;
    PhotoLoader *m_photos;
    ClientSummary m_client;
    BoardPostListModel *m_model;
    BoardPostSender *m_postSender;
    BoardReactionsController *m_reactions;
    QLabel *m_intro;
    QPushButton *m_newPost;
    QWidget *m_errorRow;
    StatusMessage *m_status;
    QPushButton *m_retry;
    StatusMessage *m_notice;
    BusyIndicator *m_busy;
    QScrollArea *m_scroll;
    QWidget *m_cardsBox;
    QVBoxLayout *m_cardsLayout;
    QLabel *m_empty;
    QPushButton *m_more;
    QList<BoardPostCard *> m_cards;
    QPointer<NewPostDialog> m_dialog;
    QPointer<QMessageBox> m_confirmation;
};
