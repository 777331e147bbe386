#include "core/reportsender.h"

#include "core/apireply.h"
#include "core/draftstore.h"
#include "core/logging.h"
#include "core/portalapi.h"

#include <QUrl>

namespace {

const QString KeyReused = QStringLiteral("idempotency_key_reused");

} // namespace

ReportSender::ReportSender(PortalApi *api, DraftStore *drafts, QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_drafts(drafts)
{ }

bool ReportSender::send(const QString &draftId)
{
    if (m_pending)
        return false;
    const Draft draft = m_drafts->find(draftId);
    const QString text = draft.text();
    if (!draft.isValid() || draft.kind != QLatin1String(DraftKind) || text.trimmed().isEmpty()
        || text.trimmed().size() > Report::MaxTextLength)
        return false;
    const QString path = QStringLiteral("/api/v1/clients/%1/reports")
                             .arg(QString::fromLatin1(QUrl::toPercentEncoding(draft.clientId)));
    ApiReply *reply
        = m_api->post(path, QJsonObject { { QStringLiteral("text"), text } }, draft.idempotencyKey);
    m_pending = reply;
    m_draftId = draftId;
    connect(reply, &ApiReply::finished, this,
            [this, reply, draftId] { onFinished(reply, draftId); });
    emit sendingChanged(true);
    return true;
}

void ReportSender::onFinished(ApiReply *reply, const QString &draftId)
{
    m_pending = nullptr;
    m_draftId.clear();
    if (!reply->isOk()) {
        const ApiError error = reply->error();
        // The key went with other text earlier (the person edited after a try that may have
        // arrived). This text needs a key of its own; the sentence asks to check the list first.
        if (error.problemCode() == KeyReused)
            m_drafts->renewKey(draftId);
        emit sendingChanged(false);
        emit failed(draftId, error);
        return;
    }
    Report report;
    QString problem;
    if (!Report::fromJson(reply->json(), &report, &problem)) {
        qCWarning(lcApi) << "reports: the stored report could not be read:" << problem;
        report = Report();
    }
    m_drafts->remove(draftId);
    emit sendingChanged(false);
    emit sent(draftId, report);
}

QString ReportSender::sentenceFor(const ApiError &error)
{
    const QString code = error.problemCode();
    if (code == KeyReused)
        return tr("An earlier version of this report may already have reached the portal. Look "
                  "in the list of reports first. Press \"Send\" again to send this text as a new "
                  "report.");
    if (code == QLatin1String("idempotency_key_in_use"))
        return tr("The portal is still busy with this report. Wait a moment and press \"Send\" "
                  "again; it will not be sent twice.");
    if (code == QLatin1String("validation_failed") || error.httpStatus() == 413)
        return tr("The portal did not accept this text. A report can be at most %L1 characters "
                  "long and may not be empty.")
            .arg(Report::MaxTextLength);
    if (error.httpStatus() == 403)
        return tr("You may not write reports for this person. Your text is kept as a draft.");
    const QString kept = tr("Your text is kept; nothing is lost. Press \"Send\" to try again.");
    if (error.kind() == ApiError::Kind::Problem)
        return tr("The portal could not store the report.") + QLatin1Char(' ') + kept;
    return error.userMessage() + QLatin1Char(' ') + kept;
}
