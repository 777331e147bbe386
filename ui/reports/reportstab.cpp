#include "ui/reports/reportstab.h"

#include "core/draftstore.h"
#include "core/reportauthorlistmodel.h"
#include "core/reportlistmodel.h"
#include "core/reportsender.h"
#include "ui/reports/newreportdialog.h"
#include "ui/reports/reportfilterbar.h"
#include "ui/reports/reportitemdelegate.h"
#include "ui/reports/reportlistscroll.h"
#include "ui/theme.h"
#include "ui/widgets/busyindicator.h"
#include "ui/widgets/followselection.h"
#include "ui/widgets/stackingcolumns.h"
#include "ui/widgets/statusmessage.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QListView>
#include <QLocale>
#include <QPushButton>
#include <QStackedWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

#include <utility>

namespace {

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

} // namespace

ReportsTab::ReportsTab(PortalApi *api, DraftStore *drafts, QWidget *parent)
    : QWidget(parent)
    , m_api(api)
    , m_drafts(drafts)
    , m_model(new ReportListModel(api, this))
    , m_authors(new ReportAuthorListModel(api, this))
    , m_sender(new ReportSender(api, drafts, this))
    , m_filters(new ReportFilterBar(m_authors, this))
    , m_newReport(new QPushButton(tr("New report"), this))
    , m_status(new StatusMessage(this))
    , m_retry(new QPushButton(tr("Try again"), this))
    , m_notice(new StatusMessage(this))
    , m_busy(new BusyIndicator(this))
    , m_listStack(new QStackedWidget(this))
    , m_list(new QListView(this))
    , m_empty(new QLabel(this))
    , m_reader(new QTextBrowser(this))
{
    setObjectName(QStringLiteral("reportsTab"));
    auto *heading = new QLabel(tr("Reports"), this);
    heading->setObjectName(QStringLiteral("reportsHeading"));
    Theme::makeHeading(heading, 1);
    m_newReport->setObjectName(QStringLiteral("newReportButton"));
    m_newReport->setAccessibleName(tr("New report"));
    m_newReport->hide();

    m_status->setObjectName(QStringLiteral("reportsStatus"));
    m_retry->setObjectName(QStringLiteral("reportsRetryButton"));
    m_retry->setAccessibleName(tr("Try again"));
    m_retry->setAccessibleDescription(tr("Asks the portal for the reports again."));
    m_retry->hide();
    m_notice->setObjectName(QStringLiteral("reportsNotice"));
    m_busy->setObjectName(QStringLiteral("reportsBusy"));
    m_busy->setText(tr("Loading reports…"));

    m_list->setObjectName(QStringLiteral("reportList"));
    m_list->setAccessibleName(tr("Reports, newest first"));
    m_list->setModel(m_model);
    m_list->setItemDelegate(new ReportItemDelegate(m_list));
    m_list->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setUniformItemSizes(true);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_empty->setObjectName(QStringLiteral("reportsEmptyLabel"));
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_empty->setMargin(16);
    m_empty->setTextInteractionFlags(Qt::TextSelectableByKeyboard | Qt::TextSelectableByMouse);
    m_empty->setFocusPolicy(Qt::StrongFocus);
    m_listStack->addWidget(m_list);
    m_listStack->addWidget(m_empty);

    m_reader->setObjectName(QStringLiteral("reportReader"));
    m_reader->setAccessibleName(tr("The chosen report"));
    m_reader->setOpenLinks(false);
    m_reader->setTextInteractionFlags(Qt::TextSelectableByKeyboard | Qt::TextSelectableByMouse);
    m_reader->setPlaceholderText(tr("Choose a report in the list to read it here."));

    auto *top = new QHBoxLayout;
    top->addWidget(heading, 1);
    top->addWidget(m_newReport);
    // One row that is there only with an error, so an empty row takes no room.
    m_errorRow = new QWidget(this);
    auto *error = new QHBoxLayout(m_errorRow);
    error->setContentsMargins(0, 0, 0, 0);
    error->addWidget(m_status, 1);
    error->addWidget(m_retry);
    m_errorRow->hide();
    // Side by side while both fit; with large text the report goes under the list, where it
    // gets the height, rather than both being squeezed until every line is cut off.
    m_columns = new StackingColumns(m_listStack, 1, m_reader, 1, this);
    m_columns->setObjectName(QStringLiteral("reportsColumns"));
    m_columns->setSpacing(12);
    m_columns->setStackedStretch(0, 1);
    // The list shows a report's date and author whole, the reader a readable line; stacked, a
    // few reports and a good part of the chosen one.
    m_columns->setMinimumInText(m_list, 44, 12);
    m_columns->setMinimumInText(m_reader, 30, 12);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 16, 24, 16);
    layout->setSpacing(12);
    layout->addLayout(top);
    layout->addWidget(m_filters);
    layout->addWidget(m_errorRow);
    layout->addWidget(m_notice);
    layout->addWidget(m_busy);
    layout->addWidget(m_columns, 1);
    setTabOrder(m_newReport, m_filters);

    connect(m_filters, &ReportFilterBar::filterChanged, m_model, &ReportListModel::setFilter);
    connect(m_model, &ReportListModel::loadingChanged, this, &ReportsTab::onLoadingChanged);
    connect(m_model, &ReportListModel::loadFailed, this, &ReportsTab::onLoadFailed);
    connect(m_model, &ReportListModel::pageLoaded, this, &ReportsTab::onPageLoaded);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        showReport(-1);
        updateEmptyState();
    });
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &ReportsTab::onCurrentChanged);
    // The model lets far pages go as the list scrolls; the view stays where the person is, and
    // the report being read stays in the reading pane even when its row is let go.
    new ReportListScroll(m_list, m_model, this);
    connect(m_model, &QAbstractItemModel::rowsAboutToBeRemoved, this,
            [this] { m_windowMoving = true; });
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, [this] { m_windowMoving = false; });
    followSelection(m_list); // a screen reader's choice opens the report too
    connect(m_retry, &QPushButton::clicked, m_model, &ReportListModel::retry);
    connect(m_newReport, &QPushButton::clicked, this, &ReportsTab::openNewReport);
    connect(m_drafts, &DraftStore::changed, this, &ReportsTab::updateNewReportButton);
    connect(m_sender, &ReportSender::sent, this, [this] {
        m_notice->showMessage(tr("Your report has been sent. It is at the top of the list."),
                              StatusMessage::Tone::Info);
        m_model->reload();
    });
    updateEmptyState();
}

ReportsTab::~ReportsTab()
{
    // The dialog is a child; closing it first keeps its last keys as a draft.
    delete m_dialog;
}

void ReportsTab::setClientId(const QString &clientId)
{
    if (m_dialog) {
        m_dialog->reject(); // keeps the text as a draft of the client it was written for
        m_dialog = nullptr;
    }
    m_clientId = clientId;
    m_notice->clear();
    m_filters->reset();
    m_model->setClientId(clientId);
    m_authors->setClientId(clientId);
    updateNewReportButton();
}

void ReportsTab::setCanWrite(bool canWrite)
{
    m_canWrite = canWrite;
    updateNewReportButton();
}

void ReportsTab::setClock(Clock clock)
{
    m_filters->setClock(std::move(clock));
}

void ReportsTab::updateNewReportButton()
{
    const bool hasDraft
        = m_drafts->latest(QLatin1String(ReportSender::DraftKind), m_clientId).isValid();
    const QString text = hasDraft ? tr("Continue your report") : tr("New report");
    m_newReport->setText(text);
    m_newReport->setAccessibleName(text);
    m_newReport->setAccessibleDescription(hasDraft
                                              ? tr("You have a report that has not been sent yet.")
                                              : tr("Write a report for the care team."));
    m_newReport->setVisible(m_canWrite && !m_clientId.isEmpty());
}

void ReportsTab::openNewReport()
{
    if (!m_canWrite || m_clientId.isEmpty())
        return;
    if (m_dialog) {
        m_dialog->raise();
        m_dialog->activateWindow();
        return;
    }
    m_notice->clear();
    m_dialog = new NewReportDialog(m_drafts, m_sender, m_clientId, this);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_dialog, &NewReportDialog::keptAsDraft, this, [this] {
        m_notice->showMessage(tr("Your report has not been sent yet. It is kept: press "
                                 "\"Continue your report\" to go on with it."),
                              StatusMessage::Tone::Info);
    });
    connect(m_dialog, &QDialog::finished, m_newReport, [this] { m_newReport->setFocus(); });
    m_dialog->open();
}

void ReportsTab::onLoadingChanged(bool loading)
{
    m_busy->setVisible(loading);
    if (loading) {
        m_status->clear();
        m_retry->hide();
        m_errorRow->hide();
    }
    updateEmptyState();
}

void ReportsTab::onLoadFailed(const ApiError &error)
{
    const QString sentence = m_model->rowCount() == 0 ? tr("The reports could not be loaded.")
                                                      : tr("More reports could not be loaded.");
    m_status->showMessage(sentence + QLatin1Char(' ') + error.userMessage());
    m_retry->show();
    m_errorRow->show();
    updateEmptyState();
}

void ReportsTab::onPageLoaded(bool first)
{
    if (first && m_model->rowCount() > 0 && !m_list->currentIndex().isValid())
        m_list->setCurrentIndex(m_model->index(0));
    if (!m_pendingReportId.isEmpty())
        selectReport(std::exchange(m_pendingReportId, QString()));
    updateEmptyState();
}

void ReportsTab::selectReport(const QString &reportId)
{
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QModelIndex index = m_model->index(row);
        if (index.data(ReportListModel::IdRole).toString() == reportId) {
            m_list->setCurrentIndex(index);
            m_list->scrollTo(index);
            return;
        }
    }
    if (!m_model->hasLoaded())
        m_pendingReportId = reportId;
}

void ReportsTab::updateEmptyState()
{
    const bool empty = m_model->hasLoaded() && m_model->rowCount() == 0;
    if (empty)
        m_empty->setText(
            m_model->filter().isEmpty()
                ? tr("There are no reports yet. That is normal: when nothing special happens, "
                     "the care team does not write a report.")
                : tr("No reports match your search. Periods without reports are normal: when "
                     "nothing special happens, no report is written. Try other words or a "
                     "longer period."));
    m_listStack->setCurrentWidget(empty ? static_cast<QWidget *>(m_empty) : m_list);
}

void ReportsTab::onCurrentChanged()
{
    if (m_windowMoving)
        return;
    showReport(m_list->currentIndex().row());
}

void ReportsTab::showReport(int row)
{
    const QModelIndex index = m_model->index(row, 0);
    if (!index.isValid()) {
        m_reader->clear();
        return;
    }
    const QDateTime updated = index.data(ReportListModel::UpdatedAtRole).toDateTime();
    QString html = QStringLiteral("<h2>%1</h2><p><b>%2</b><br>%3</p>")
                       .arg(escaped(ReportItemDelegate::dateText(
                                index.data(ReportListModel::CreatedAtRole).toDateTime())),
                            escaped(ReportItemDelegate::authorLine(index)),
                            escaped(index.data(ReportListModel::CategoryRole).toString()));
    if (updated.isValid())
        html += QStringLiteral("<p><i>%1</i></p>")
                    .arg(escaped(tr("Corrected on %1").arg(ReportItemDelegate::dateText(updated))));
    html += QStringLiteral("<p style=\"white-space: pre-wrap\">%1</p>")
                .arg(escaped(index.data(ReportListModel::TextRole).toString()));
    m_reader->setHtml(html);
}

NewReportDialog *ReportsTab::newReportDialog() const
{
    return m_dialog;
}
