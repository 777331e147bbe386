#pragma once

#include "core/apireply.h"
#include "core/boardpost.h"
#include "core/draftstore.h"

#include <QCoreApplication>
#include <QHash>
#include <QObject>
#include <QPointer>

class DraftSender;
class PortalApi;

// Reactions under board posts: what a person types in a post's "React" box is kept as a draft
// (kind "boardreaction", one per post) and sent with that draft's Idempotency-Key
// (createBoardReaction); the draft goes only when the portal has the reaction. Also lists all of
// a post's reactions (listBoardReactions, oldest first) and deletes one (deleteBoardReaction).
//
// The draft's fields: {"text": …, "postId": …}.
class BoardReactions : public QObject
{
    Q_OBJECT

public:
    static constexpr const char *DraftKind = "boardreaction";
    // A post with more reactions than this shows the newest ones only.
    static constexpr int MaxListed = 500;

    BoardReactions(PortalApi *api, DraftStore *drafts, QObject *parent = nullptr);

    // The unsent reaction to this post, or an invalid draft when there is none.
    Draft draftFor(const QString &clientId, const QString &postId) const;
    // Keeps `text` as the draft of this post's reaction; an empty text removes the draft.
    // Returns the draft's id (empty when removed).
    QString keepDraft(const QString &clientId, const QString &postId, const QString &text);

    // Sends the reaction draft. False (and nothing sent) while another send runs, or when the
    // draft is unknown, empty or too long.
    bool send(const QString &draftId);
    bool isSending() const;
    QString sendingDraftId() const;

    // Asks for every reaction of the post; allLoaded follows.
    void loadAll(const QString &clientId, const QString &postId);
    void deleteReaction(const QString &clientId, const QString &postId, const QString &reactionId);

    static QString sentenceFor(const ApiError &error);

signals:
    void sendingChanged(bool sending);
    void sent(const QString &draftId, const QString &postId, const BoardReaction &reaction);
    void failed(const QString &draftId, const QString &postId, const ApiError &error);
    void allLoaded(const QString &postId, const QList<BoardReaction> &reactions);
    void loadFailed(const QString &postId, const ApiError &error);
    void deleted(const QString &postId, const QString &reactionId);
    void deleteFailed(const QString &postId, const QString &reactionId, const ApiError &error);

private:
    void requestPage(const QString &clientId, const QString &postId, const QString &cursor,
                     QList<BoardReaction> sofar);

    DraftStore *m_drafts;
    PortalApi *m_api;
    DraftSender *m_sender;
    QHash<QString, QPointer<ApiReply>> m_loading; // by post id
};
