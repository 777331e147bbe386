#include "ui/reports/newreportdialog.h"

#include "core/reportsender.h"
#include "ui/reports/reportitemdelegate.h"
#include "ui/theme.h"
#include "ui/widgets/busyindicator.h"
#include "ui/widgets/statusmessage.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

NewReportDialog::NewReportDialog(DraftStore *drafts, ReportSender *sender, const QString &clientId,
                                 QWidget *parent)
    : QDialog(parent)
    , m_drafts(drafts)
    , m_sender(sender)
    , m_text(new QPlainTextEdit(this))
    , m_count(new QLabel(this))
    , m_draftState(new QLabel(this))
    , m_status(new StatusMessage(this))
    , m_busy(new BusyIndicator(this))
    , m_send(new QPushButton(tr("Send"), this))
    , m_close(new QPushButton(tr("Close"), this))
    , m_saveTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("newReportDialog"));
    setWindowTitle(tr("New report"));
    setAccessibleName(tr("New report"));

    m_draft = m_drafts->latest(QLatin1String(ReportSender::DraftKind), clientId);
    const bool restored = m_draft.isValid();
    if (!restored)
        m_draft = m_drafts->create(QLatin1String(ReportSender::DraftKind), clientId);

    auto *heading = new QLabel(tr("New report"), this);
    heading->setObjectName(QStringLiteral("newReportHeading"));
    Theme::makeHeading(heading, 1);
    auto *intro = new QLabel(tr("Write what you want the care team to know. What you type is kept "
                                "on this computer until the portal has your report."),
                             this);
    intro->setWordWrap(true);

    auto *textLabel = new QLabel(tr("&Your report"), this);
    m_text->setObjectName(QStringLiteral("reportTextEdit"));
    m_text->setAccessibleName(tr("Your report"));
    m_text->setTabChangesFocus(true);
    m_text->setMinimumSize(480, 240);
    QFont large = m_text->font();
    large.setPointSizeF(large.pointSizeF() * 1.15);
    m_text->setFont(large);
    m_text->setPlainText(m_draft.text());
    m_text->moveCursor(QTextCursor::End);
    textLabel->setBuddy(m_text);

    m_count->setObjectName(QStringLiteral("reportCharacterCount"));
    m_draftState->setObjectName(QStringLiteral("draftStateLabel"));
    m_draftState->setWordWrap(true);
    if (restored)
        m_draftState->setText(tr("Your unsent report is back, as you left it on %1.")
                                  .arg(ReportItemDelegate::dateText(m_draft.updatedAt)));
    m_status->setObjectName(QStringLiteral("newReportStatus"));
    m_busy->setObjectName(QStringLiteral("newReportBusy"));
    m_busy->setText(tr("Sending your report…"));

    m_send->setObjectName(QStringLiteral("sendReportButton"));
    m_send->setAccessibleName(tr("Send"));
    m_send->setAccessibleDescription(tr("Sends the report to the care team."));
    m_send->setDefault(true);
    m_send->setAutoDefault(false);
    m_close->setObjectName(QStringLiteral("closeReportButton"));
    m_close->setAccessibleName(tr("Close"));
    m_close->setAccessibleDescription(tr("Closes this window. Your text is kept as a draft."));
    m_close->setAutoDefault(false);
    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_send, QDialogButtonBox::AcceptRole);
    buttons->addButton(m_close, QDialogButtonBox::RejectRole);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 24, 24, 24);
    layout->setSpacing(12);
    layout->addWidget(heading);
    layout->addWidget(intro);
    layout->addWidget(m_status);
    layout->addWidget(textLabel);
    layout->addWidget(m_text, 1);
    auto *info = new QHBoxLayout;
    info->addWidget(m_draftState, 1);
    info->addWidget(m_count);
    layout->addLayout(info);
    layout->addWidget(m_busy);
    layout->addWidget(buttons);

    m_saveTimer->setSingleShot(true);
    m_saveTimer->setInterval(SaveDelayMs);
    connect(m_saveTimer, &QTimer::timeout, this, &NewReportDialog::saveDraft);
    connect(m_text, &QPlainTextEdit::textChanged, this, &NewReportDialog::onTextChanged);
    // Not accept(): the dialog stays open until the portal has the report.
    disconnect(buttons, &QDialogButtonBox::accepted, this, nullptr);
    connect(m_send, &QPushButton::clicked, this, &NewReportDialog::onSend);
    connect(m_close, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_sender, &ReportSender::sendingChanged, this, &NewReportDialog::onSendingChanged);
    connect(m_sender, &ReportSender::sent, this, &NewReportDialog::onSent);
    connect(m_sender, &ReportSender::failed, this, &NewReportDialog::onFailed);

    resize(720, 560);
    updateCount();
    onSendingChanged(m_sender->isSending());
    m_text->setFocus();
}

NewReportDialog::~NewReportDialog()
{
    // Whatever way the dialog goes, the last keys typed are kept.
    if (m_dirty)
        saveDraft();
}

void NewReportDialog::onTextChanged()
{
    m_dirty = true;
    m_saveTimer->start();
    updateCount();
}

void NewReportDialog::updateCount()
{
    const int length = int(m_text->toPlainText().trimmed().size());
    const bool tooLong = length > Report::MaxTextLength;
    m_count->setText(
        tooLong ? tr("%L1 characters: too long, at most %L2").arg(length).arg(Report::MaxTextLength)
                : tr("%L1 of %L2 characters").arg(length).arg(Report::MaxTextLength));
    m_send->setEnabled(length > 0 && !tooLong && !isOwnSendRunning());
}

void NewReportDialog::saveDraft()
{
    m_saveTimer->stop();
    if (!m_dirty)
        return;
    m_dirty = false;
    const QString text = m_text->toPlainText();
    if (text.trimmed().isEmpty()) {
        // Nothing worth keeping; the next text starts a draft of its own (with a new key).
        m_drafts->remove(m_draft.id);
        m_draft = m_drafts->create(m_draft.kind, m_draft.clientId);
        m_draftState->clear();
        return;
    }
    m_draft.setText(text);
    if (m_drafts->save(m_draft))
        m_draftState->setText(tr("Kept as a draft at %1.")
                                  .arg(QLocale().toString(m_draft.updatedAt.toLocalTime().time(),
                                                          QStringLiteral("HH:mm"))));
    else
        m_draftState->setText(tr("Your text could not be saved on this computer. Do not close "
                                 "this window before the report is sent."));
}

bool NewReportDialog::isOwnSendRunning() const
{
    return m_sender->isSending() && m_sender->sendingDraftId() == m_draft.id;
}

void NewReportDialog::onSend()
{
    m_dirty = true; // the text as it is now is what goes
    saveDraft();
    m_status->clear();
    if (!m_sender->send(m_draft.id))
        m_status->showMessage(m_sender->isSending()
                                  ? tr("Another report is being sent. Wait a moment and try "
                                       "again.")
                                  : tr("Write your report first."));
}

void NewReportDialog::onSendingChanged(bool sending)
{
    const bool own = sending && m_sender->sendingDraftId() == m_draft.id;
    m_busy->setVisible(own);
    m_text->setReadOnly(own);
    updateCount();
}

void NewReportDialog::onSent(const QString &draftId, const Report &report)
{
    Q_UNUSED(report)
    if (draftId != m_draft.id)
        return;
    m_dirty = false;
    m_draft = Draft();
    accept();
}

void NewReportDialog::onFailed(const QString &draftId, const ApiError &error)
{
    if (draftId != m_draft.id)
        return;
    // The key may have been renewed (idempotency_key_reused): take the stored draft as it is.
    const Draft stored = m_drafts->find(draftId);
    if (stored.isValid())
        m_draft.idempotencyKey = stored.idempotencyKey;
    m_status->showMessage(ReportSender::sentenceFor(error));
    m_send->setFocus();
}

void NewReportDialog::done(int result)
{
    if (result == QDialog::Rejected) {
        saveDraft();
        if (m_drafts->find(m_draft.id).isValid())
            emit keptAsDraft();
    }
    QDialog::done(result);
}
