#include "core/reportsender.h"

#include "core/draftsender.h"
#include "core/draftstore.h"
#include "core/logging.h"

#include <QUrl>

ReportSender::ReportSender(PortalApi *api, DraftStore *drafts, QObject *parent)
    : QObject(parent)
    , m_drafts(drafts)
    , m_sender(new DraftSender(api, drafts, this))
{
    connect(m_sender, &DraftSender::sendingChanged, this, &ReportSender::sendingChanged);
    connect(m_sender, &DraftSender::sent, this, &ReportSender::onSent);
    connect(m_sender, &DraftSender::failed, this, &ReportSender::failed);
}

bool ReportSender::isSending() const
{
    return m_sender->isSending();
}

QString ReportSender::sendingDraftId() const
{
    return m_sender->sendingDraftId();
}

bool ReportSender::send(const QString &draftId)
{
    if (m_sender->isSending())
        return false;
    const Draft draft = m_drafts->find(draftId);
    const QString text = draft.text();
    if (!draft.isValid() || draft.kind != QLatin1String(DraftKind) || text.trimmed().isEmpty()
        || text.trimmed().size() > Report::MaxTextLength)
        return false;
    const QString path = QStringLiteral("/api/v1/clients/%1/reports")
                             .arg(QString::fromLatin1(QUrl::toPercentEncoding(draft.clientId)));
    return m_sender->send(draftId, path, QJsonObject { { QStringLiteral("text"), text } });
}

void ReportSender::onSent(const QString &draftId, const QJsonObject &answer)
{
    Report report;
    QString problem;
    if (!Report::fromJson(answer, &report, &problem)) {
        qCWarning(lcApi) << "reports: the stored report could not be read:" << problem;
        report = Report();
    }
    emit sent(draftId, report);
}

QString ReportSender::sentenceFor(const ApiError &error)
{
    const QString code = error.problemCode();
    if (code == DraftSender::keyReusedCode())
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
