#include "core/plandownload.h"

#include "core/portalapi.h"

PlanDownload::PlanDownload(PortalApi *api, QObject *parent)
    : QObject(parent)
    , m_api(api)
{ }

PlanDownload::~PlanDownload()
{
    abort();
}

void PlanDownload::start(const Plan &plan)
{
    abort();
    ApiReply *reply = m_api->getDocument(plan.pdfUrl);
    m_reply = reply;
    const qint64 expected = plan.sizeBytes > 0 ? plan.sizeBytes : -1;
    connect(reply, &ApiReply::downloadProgress, this,
            [this, expected](qint64 received, qint64 total) {
                emit progress(received, total > 0 ? total : expected);
            });
    connect(reply, &ApiReply::finished, this, [this, reply] {
        if (m_reply != reply)
            return;
        m_reply.clear();
        if (reply->error().isError()) {
            emit failed(reply->error());
            return;
        }
        emit finished(reply->body());
    });
}

void PlanDownload::abort()
{
    if (!m_reply)
        return;
    ApiReply *reply = m_reply;
    m_reply.clear(); // its finished() is no longer ours
    reply->abort();
}

QString PlanDownload::userMessage(const ApiError &error)
{
    if (error.kind() == ApiError::Kind::Problem) {
        if (error.httpStatus() == 404)
            return tr("This plan is no longer in the portal. Close this window and look at the "
                      "list of plans again.");
        if (error.httpStatus() == 403)
            return tr("You may not see this plan (any more). If you think this is wrong, ask "
                      "your care organisation.");
    }
    const bool tooLarge = error.kind() == ApiError::Kind::NotAPortal
        && error.detail() == QLatin1String("answer too large");
    if (tooLarge)
        return tr("This plan is too large to open in Portiek. Ask your care organisation for a "
                  "copy.");
    return error.userMessage();
}
