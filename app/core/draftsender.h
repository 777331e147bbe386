#pragma once

#include "core/apireply.h"

#include <QJsonObject>
#include <QObject>
#include <QPointer>

class DraftStore;
class PortalApi;

// Sends one stored draft (a report, a message, a post, an appointment) as a POST with the
// draft's own Idempotency-Key. The draft is removed only when the portal has what it
// describes; after any failure it stays, key and all, so a retry can never create a second copy.
// One send at a time: the person waits for the answer before sending again.
class DraftSender : public QObject
{
    Q_OBJECT

public:
    DraftSender(PortalApi *api, DraftStore *drafts, QObject *parent = nullptr);

    // Posts `body` to the server-relative `path` for the stored draft `draftId`. False (and
    // nothing sent) while another send runs or when the draft is unknown.
    bool send(const QString &draftId, const QString &path, const QJsonObject &body);
    bool isSending() const { return m_pending; }
    QString sendingDraftId() const { return m_draftId; }

    // The problem code of a key that went with other content earlier (the person edited after a
    // try that may have arrived). The draft has been given a new key by then.
    static QString keyReusedCode();

signals:
    void sendingChanged(bool sending);
    // The portal has it; the draft is gone. `answer` is the portal's JSON answer.
    void sent(const QString &draftId, const QJsonObject &answer);
    void failed(const QString &draftId, const ApiError &error);

private:
    void onFinished(ApiReply *reply, const QString &draftId);

    PortalApi *m_api;
    DraftStore *m_drafts;
    QPointer<ApiReply> m_pending;
    QString m_draftId;
};
