#include "ui/board/boardreactionscontroller.h"

#include "core/boardpostlistmodel.h"
#include "core/boardreactions.h"
#include "ui/board/boardpostcard.h"

#include <QCoreApplication>
#include <QTimer>

// The sentences keep the translation context "BoardTab" they had before this class was split
// off, so the Dutch translations still find them.

BoardReactionsController::BoardReactionsController(PortalApi *api, DraftStore *drafts,
                                                   BoardPostListModel *model, CardFinder cardFor,
                                                   QObject *parent)
    : QObject(parent)
    , m_reactions(new BoardReactions(api, drafts, this))
    , m_model(model)
    , m_cardFor(std::move(cardFor))
    , m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    m_timer->setInterval(SaveDelayMs);
    connect(m_timer, &QTimer::timeout, this, &BoardReactionsController::keepDrafts);

    connect(m_reactions, &BoardReactions::sent, this, [this] {
        const QString postId = std::exchange(m_reactingPostId, QString());
        m_typed.remove(postId);
        if (BoardPostCard *card = m_cardFor(postId)) {
            card->setReactionBusy(false);
            card->clearReaction();
            card->showMessage({});
        }
        m_model->refreshPost(postId);
    });
    connect(m_reactions, &BoardReactions::failed, this,
            [this](const QString &, const QString &, const ApiError &error) {
                const QString postId = std::exchange(m_reactingPostId, QString());
                if (BoardPostCard *card = m_cardFor(postId)) {
                    card->setReactionBusy(false);
                    card->showMessage(BoardReactions::sentenceFor(error));
                }
            });
    connect(m_reactions, &BoardReactions::deleted, this, [this](const QString &postId) {
        emit notice(QCoreApplication::translate("BoardTab", "The reaction has been deleted."));
        m_model->refreshPost(postId);
    });
    connect(m_reactions, &BoardReactions::deleteFailed, this,
            [this](const QString &postId, const QString &, const ApiError &error) {
                if (BoardPostCard *card = m_cardFor(postId))
                    card->showMessage(error.httpStatus() == 403
                                          ? QCoreApplication::translate(
                                              "BoardTab", "You may not delete this reaction.")
                                          : QCoreApplication::translate(
                                                "BoardTab", "The reaction could not be deleted.")
                                              + QLatin1Char(' ') + error.userMessage());
            });
    connect(m_reactions, &BoardReactions::allLoaded, this,
            [this](const QString &postId, const QList<BoardReaction> &all) {
                BoardPost post = m_model->postAt(m_model->rowOf(postId));
                if (!post.isValid())
                    return;
                post.reactions = all;
                post.reactionCount = qMax(post.reactionCount, int(all.size()));
                m_model->updatePost(post);
            });
    connect(m_reactions, &BoardReactions::loadFailed, this,
            [this](const QString &postId, const ApiError &error) {
                if (BoardPostCard *card = m_cardFor(postId))
                    card->showMessage(QCoreApplication::translate(
                                          "BoardTab", "The reactions could not be loaded.")
                                      + QLatin1Char(' ') + error.userMessage());
            });
}

BoardReactionsController::~BoardReactionsController()
{
    keepDrafts();
}

void BoardReactionsController::setClientId(const QString &clientId)
{
    keepDrafts();
    m_clientId = clientId;
    m_reactingPostId.clear();
}

void BoardReactionsController::attach(BoardPostCard *card)
{
    const BoardPost post = card->post();
    card->setReactionText(m_typed.contains(post.id)
                              ? m_typed.value(post.id)
                              : m_reactions->draftFor(m_clientId, post.id).text());
    connect(card, &BoardPostCard::reactRequested, this, &BoardReactionsController::react);
    connect(card, &BoardPostCard::showAllReactionsRequested, this,
            [this](const BoardPost &one) { m_reactions->loadAll(m_clientId, one.id); });
    connect(card, &BoardPostCard::reactionTextChanged, this,
            [this](const BoardPost &one, const QString &text) {
                m_typed.insert(one.id, text);
                m_timer->start();
            });
}

void BoardReactionsController::keepDrafts()
{
    m_timer->stop();
    if (m_clientId.isEmpty())
        return;
    const auto typed = std::exchange(m_typed, {});
    for (auto it = typed.cbegin(); it != typed.cend(); ++it)
        m_reactions->keepDraft(m_clientId, it.key(), it.value());
}

void BoardReactionsController::deleteReaction(const QString &postId, const QString &reactionId)
{
    m_reactions->deleteReaction(m_clientId, postId, reactionId);
}

void BoardReactionsController::react(const BoardPost &post, const QString &text)
{
    BoardPostCard *card = m_cardFor(post.id);
    if (!card)
        return;
    keepDrafts();
    const QString draftId = m_reactions->keepDraft(m_clientId, post.id, text);
    if (m_reactions->isSending()) {
        card->showMessage(QCoreApplication::translate(
            "BoardTab", "Another reaction is being placed. Wait a moment and try again."));
        return;
    }
    if (draftId.isEmpty() || !m_reactions->send(draftId)) {
        card->showMessage(
            text.trimmed().size() > BoardReaction::MaxTextLength
                ? QCoreApplication::translate("BoardTab",
                                              "A reaction can be at most %L1 characters long.")
                      .arg(BoardReaction::MaxTextLength)
                : QCoreApplication::translate("BoardTab", "Write your reaction first."));
        return;
    }
    m_reactingPostId = post.id;
    card->showMessage({});
    card->setReactionBusy(true);
}
