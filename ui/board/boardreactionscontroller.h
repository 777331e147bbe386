#pragma once

#include <QHash>
#include <QObject>
#include <QString>

#include <functional>

class BoardPostCard;
class BoardPostListModel;
class BoardReactions;
class DraftStore;
class PortalApi;
class QTimer;
struct BoardPost;

// The reactions part of the board tab: what is typed in a card's React box is kept as a draft
// shortly after the last key, "React" sends it (one at a time), "Show all" loads every
// reaction, and a confirmed delete removes one. Results go to the card of that post, or to the
// tab's notice line through `notice`.
class BoardReactionsController : public QObject
{
    Q_OBJECT

public:
    static constexpr int SaveDelayMs = 1000;
    using CardFinder = std::function<BoardPostCard *(const QString &postId)>;

    BoardReactionsController(PortalApi *api, DraftStore *drafts, BoardPostListModel *model,
                             CardFinder cardFor, QObject *parent = nullptr);
    ~BoardReactionsController() override;

    BoardReactions *reactions() const { return m_reactions; }

    // Keeps what was typed for the previous client, then works for this one.
    void setClientId(const QString &clientId);
    // Fills in the card's React box (typed text or the kept draft) and follows its signals.
    void attach(BoardPostCard *card);
    // Keeps what was typed in the React boxes as drafts now, not after the delay.
    void keepDrafts();
    void deleteReaction(const QString &postId, const QString &reactionId);

signals:
    // A sentence for the whole tab, such as "The reaction has been deleted."
    void notice(const QString &sentence);

private:
    void react(const BoardPost &post, const QString &text);

    BoardReactions *m_reactions;
    BoardPostListModel *m_model;
    CardFinder m_cardFor;
    QString m_clientId;
    QHash<QString, QString> m_typed; // post id → text not yet kept as a draft
    QTimer *m_timer;
    QString m_reactingPostId; // whose reaction is being sent
};
