#include "core/boardreactions.h"

#include "core/draftsender.h"
#include "core/logging.h"
#include "core/portalapi.h"

#include <QUrl>

namespace {

const QLatin1String PostIdField("postId");

} // namespace

BoardReactions::BoardReactions(PortalApi *api, DraftStore *drafts, QObject *parent)
    : QObject(parent)
    , m_drafts(drafts)
    , m_api(api)
    , m_sender(new DraftSender(api, drafts, this))
{
    connect(m_sender, &DraftSender::sendingChanged, this, &BoardReactions::sendingChanged);
    connect(m_sender, &DraftSender::sent, this,
            [this](const QString &draftId, const QJsonObject &answer) {
                BoardReaction reaction;
                QString problem;
                if (!BoardReaction::fromJson(answer, &reaction, &problem)) {
                    qCWarning(lcApi) << "board: the placed reaction could not be read:" << problem;
                    reaction = BoardReaction();
                }
                // The draft is gone by now; the answer says which post it was for.
                emit sent(draftId, reaction.postId, reaction);
            });
    connect(m_sender, &DraftSender::failed, this,
            [this](const QString &draftId, const ApiError &error) {
                const Draft draft = m_drafts->find(draftId);
                emit failed(draftId, draft.fields.value(PostIdField).toString(), error);
            });
}

Draft BoardReactions::draftFor(const QString &clientId, const QString &postId) const
{
    const QList<Draft> drafts = m_drafts->drafts(QLatin1String(DraftKind), clientId);
    for (const Draft &draft : drafts) {
        if (draft.fields.value(PostIdField).toString() == postId)
            return draft;
    }
    return {};
}

QString BoardReactions::keepDraft(const QString &clientId, const QString &postId,
                                  const QString &text)
{
    Draft draft = draftFor(clientId, postId);
    if (text.trimmed().isEmpty()) {
        // Nothing worth keeping; the next text starts a draft of its own (with a new key).
        if (draft.isValid() && m_sender->sendingDraftId() != draft.id)
            m_drafts->remove(draft.id);
        return {};
    }
    if (!draft.isValid()) {
        draft = m_drafts->create(QLatin1String(DraftKind), clientId);
        draft.fields.insert(QString(PostIdField), postId);
    }
    if (draft.text() != text) {
        draft.setText(text);
        m_drafts->save(draft);
    }
    return draft.id;
}

bool BoardReactions::send(const QString &draftId)
{
    const Draft draft = m_drafts->find(draftId);
    const QString text = draft.text().trimmed();
    const QString postId = draft.fields.value(PostIdField).toString();
    if (!draft.isValid() || draft.kind != QLatin1String(DraftKind) || postId.isEmpty()
        || text.isEmpty() || text.size() > BoardReaction::MaxTextLength)
        return false;
    return m_sender->send(draftId, BoardPost::reactionsPath(draft.clientId, postId),
                          QJsonObject { { QStringLiteral("text"), text } });
}

bool BoardReactions::isSending() const
{
    return m_sender->isSending();
}

QString BoardReactions::sendingDraftId() const
{
    return m_sender->sendingDraftId();
}

void BoardReactions::loadAll(const QString &clientId, const QString &postId)
{
    if (m_loading.value(postId))
        return;
    requestPage(clientId, postId, QString(), {});
}

void BoardReactions::requestPage(const QString &clientId, const QString &postId,
                                 const QString &cursor, QList<BoardReaction> sofar)
{
    QString path = BoardPost::reactionsPath(clientId, postId) + QStringLiteral("?limit=100");
    if (!cursor.isEmpty())
        path += QStringLiteral("&cursor=") + QString::fromLatin1(QUrl::toPercentEncoding(cursor));
    ApiReply *reply = m_api->get(path);
    m_loading.insert(postId, reply);
    connect(reply, &ApiReply::finished, this, [=]() mutable {
        m_loading.remove(postId);
        if (!reply->isOk()) {
            emit loadFailed(postId, reply->error());
            return;
        }
        QList<BoardReaction> page;
        QString next;
        QString problem;
        if (!BoardReaction::pageFromJson(reply->json(), &page, &next, &problem)) {
            qCWarning(lcApi) << "board: the portal's answer is not a page of reactions:" << problem;
            emit loadFailed(postId, ApiError(ApiError::Kind::NotAPortal, problem));
            return;
        }
        sofar.append(page);
        if (!next.isEmpty() && next != cursor && sofar.size() < MaxListed) {
            requestPage(clientId, postId, next, sofar);
            return;
        }
        emit allLoaded(postId, sofar);
    });
}

void BoardReactions::deleteReaction(const QString &clientId, const QString &postId,
                                    const QString &reactionId)
{
    const QString path = BoardPost::reactionsPath(clientId, postId) + QLatin1Char('/')
        + QString::fromLatin1(QUrl::toPercentEncoding(reactionId));
    ApiReply *reply = m_api->del(path);
    connect(reply, &ApiReply::finished, this, [this, reply, postId, reactionId] {
        // 404: it is gone already, which is what was asked.
        if (!reply->isOk() && reply->httpStatus() != 404) {
            emit deleteFailed(postId, reactionId, reply->error());
            return;
        }
        emit deleted(postId, reactionId);
    });
}

QString BoardReactions::sentenceFor(const ApiError &error)
{
    const QString code = error.problemCode();
    if (code == DraftSender::keyReusedCode())
        return tr("An earlier version of this reaction may already be under the post. Look "
                  "there first. Press \"React\" again to place this text as a new reaction.");
    if (code == QLatin1String("idempotency_key_in_use"))
        return tr("The portal is still busy with this reaction. Wait a moment and press "
                  "\"React\" again; it will not be placed twice.");
    if (code == QLatin1String("validation_failed"))
        return tr("The portal did not accept this reaction. A reaction can be at most %L1 "
                  "characters long and may not be empty.")
            .arg(BoardReaction::MaxTextLength);
    if (error.httpStatus() == 404)
        return tr("This post is no longer on the board. Your reaction was not placed.");
    if (error.httpStatus() == 403)
        return tr("You may not react on this board. Your text is kept as a draft.");
    const QString kept = tr("Your reaction is kept; nothing is lost. Press \"React\" to try "
                            "again.");
    if (error.kind() == ApiError::Kind::Problem)
        return tr("The portal could not place the reaction.") + QLatin1Char(' ') + kept;
    return error.userMessage() + QLatin1Char(' ') + kept;
}
