#include "core/planapproval.h"

#include "core/logging.h"
#include "core/portalapi.h"

#include <QUrl>

PlanApproval::PlanApproval(PortalApi *api, const QString &clientId, const QString &planId,
                           QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_path(QStringLiteral("/api/v1/clients/%1/plans/%2/approval")
                 .arg(QString::fromLatin1(QUrl::toPercentEncoding(clientId)),
                      QString::fromLatin1(QUrl::toPercentEncoding(planId))))
    , m_idempotencyKey(PortalApi::newIdempotencyKey())
{ }

void PlanApproval::send()
{
    if (isBusy())
        return;
    ApiReply *reply = m_api->post(m_path, {}, m_idempotencyKey);
    m_reply = reply;
    connect(reply, &ApiReply::finished, this, [this, reply] {
        m_reply.clear();
        ApiError error = reply->error();
        Plan plan;
        QString problem;
        if (!error.isError() && !Plan::fromJson(reply->json(), &plan, &problem)) {
            qCWarning(lcApi) << "approved plan refused:" << problem;
            error = ApiError(ApiError::Kind::NotAPortal, problem);
        }
        if (error.isError()) {
            emit failed(error);
            return;
        }
        emit approved(plan);
    });
}

QString PlanApproval::userMessage(const ApiError &error)
{
    const QString code = error.problemCode();
    if (code == QLatin1String("plan_already_approved"))
        return tr("This plan has already been approved. The list of plans shows who approved it "
                  "and when.");
    if (code == QLatin1String("plan_approval_not_requested"))
        return tr("Your care organisation does not ask for approval of this plan, so there is "
                  "nothing to approve.");
    if (code == QLatin1String("right_missing"))
        return tr("You may not approve this plan. The client or their legal representative can.");
    if (error.httpStatus() == 404)
        return tr("This plan is no longer in the portal.");
    return error.userMessage();
}
