#include "core/draftsender.h"

#include "core/draftstore.h"
#include "core/portalapi.h"

DraftSender::DraftSender(PortalApi *api, DraftStore *drafts, QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_drafts(drafts)
{ }

QString DraftSender::keyReusedCode()
{
    return QStringLiteral("idempotency_key_reused");
}

bool DraftSender::send(const QString &draftId, const QString &path, const QJsonObject &body)
{
    if (m_pending)
        return false;
    const Draft draft = m_drafts->find(draftId);
    if (!draft.isValid())
        return false;
    ApiReply *reply = m_api->post(path, body, draft.idempotencyKey);
    m_pending = reply;
    m_draftId = draftId;
    connect(reply, &ApiReply::finished, this,
            [this, reply, draftId] { onFinished(reply, draftId); });
    emit sendingChanged(true);
    return true;
}

void DraftSender::onFinished(ApiReply *reply, const QString &draftId)
{
    m_pending = nullptr;
    m_draftId.clear();
    if (!reply->isOk()) {
        const ApiError error = reply->error();
        // This content needs a key of its own; the caller's sentence asks to check the list
        // first, in case the earlier version did arrive.
        if (error.problemCode() == keyReusedCode())
            m_drafts->renewKey(draftId);
        emit sendingChanged(false);
        emit failed(draftId, error);
        return;
    }
    m_drafts->remove(draftId);
    emit sendingChanged(false);
    emit sent(draftId, reply->json());
}
