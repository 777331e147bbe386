#pragma once

#include "core/apierror.h"
#include "core/plan.h"

#include <QObject>
#include <QPointer>

class ApiReply;
class PortalApi;

// Gives approval (akkoord) to one plan: POST …/plans/{planId}/approval. The Idempotency-Key is
// made once per PlanApproval and sent again on every retry, so a retry after a lost answer
// never approves twice and gets the original answer back.
class PlanApproval : public QObject
{
    Q_OBJECT

public:
    PlanApproval(PortalApi *api, const QString &clientId, const QString &planId,
                 QObject *parent = nullptr);

    void send();
    bool isBusy() const { return !m_reply.isNull(); }
    QByteArray idempotencyKey() const { return m_idempotencyKey; }

    // A plain sentence for the person; "already approved" and "asks no approval" get their own.
    static QString userMessage(const ApiError &error);

signals:
    void approved(const Plan &plan);
    void failed(const ApiError &error);

private:
    PortalApi *m_api;
    QString m_path;
    QByteArray m_idempotencyKey;
    QPointer<ApiReply> m_reply;
};
