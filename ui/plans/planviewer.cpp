#include "ui/plans/planviewer.h"

#include "core/pdfdocument.h"
#include "core/planapproval.h"
#include "core/plandownload.h"
#include "ui/plans/pdfpageview.h"
#include "ui/plans/planprinter.h"
#include "ui/plans/plantext.h"
#include "ui/theme.h"
#include "ui/widgets/busyindicator.h"
#include "ui/widgets/statusmessage.h"
#include "ui/widgets/wraprow.h"

#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QMessageBox>
#include <QPrinter>
#include <QProgressBar>
#include <QPushButton>
#include <QShortcut>
#include <QStyle>
#include <QVBoxLayout>

PlanViewer::PlanViewer(PortalApi *api, const QString &clientId, const Plan &plan, QWidget *parent)
    : QDialog(parent)
    , m_plan(plan)
    , m_document(new PdfDocument(this))
    , m_download(new PlanDownload(api, this))
    , m_approval(new PlanApproval(api, clientId, plan.id, this))
    , m_printer(new PlanPrinter(this))
    , m_title(new QLabel(this))
    , m_details(new QLabel(this))
    , m_stateIcon(new QLabel(this))
    , m_state(new QLabel(this))
    , m_message(new StatusMessage(this))
    , m_busy(new BusyIndicator(this))
    , m_progress(new QProgressBar(this))
    , m_pageView(new PdfPageView(this))
    , m_filler(new QWidget(this))
    , m_navigation(new QWidget(this))
    , m_previousPage(makeButton(tr("Previous page"), QStringLiteral("previousPageButton")))
    , m_pageLabel(new QLabel(this))
    , m_nextPage(makeButton(tr("Next page"), QStringLiteral("nextPageButton")))
    , m_zoomOut(makeButton(tr("Smaller"), QStringLiteral("zoomOutButton")))
    , m_zoomLabel(new QLabel(this))
    , m_zoomIn(makeButton(tr("Larger"), QStringLiteral("zoomInButton")))
    , m_fitWidth(makeButton(tr("Fit width"), QStringLiteral("fitWidthButton")))
    , m_save(makeButton(tr("Save as…"), QStringLiteral("savePlanButton")))
    , m_print(makeButton(tr("Print…"), QStringLiteral("printPlanButton")))
    , m_approve(makeButton(tr("Approve…"), QStringLiteral("approvePlanButton")))
    , m_close(makeButton(tr("Close"), QStringLiteral("closePlanButton")))
{
    setObjectName(QStringLiteral("planViewer"));
    setWindowTitle(plan.title);
    setSizeGripEnabled(true);
    resize(1000, 800);

    m_title->setObjectName(QStringLiteral("planViewerTitle"));
    m_title->setWordWrap(true);
    Theme::makeHeading(m_title, 1);
    m_details->setObjectName(QStringLiteral("planViewerDetails"));
    m_state->setObjectName(QStringLiteral("planViewerState"));
    m_state->setWordWrap(true);
    m_progress->setObjectName(QStringLiteral("planDownloadProgress"));
    m_progress->setAccessibleName(tr("Loading the plan"));
    m_progress->setMaximumWidth(320);
    m_progress->hide();
    m_busy->setText(tr("Loading the plan…"));
    m_message->setObjectName(QStringLiteral("planViewerMessage"));
    m_pageLabel->setObjectName(QStringLiteral("pageLabel"));
    m_zoomLabel->setObjectName(QStringLiteral("zoomLabel"));
    m_zoomIn->setToolTip(tr("Larger (Ctrl +)"));
    m_zoomOut->setToolTip(tr("Smaller (Ctrl -)"));
    m_nextPage->setToolTip(tr("Next page (Page Down)"));
    m_previousPage->setToolTip(tr("Previous page (Page Up)"));
    m_approve->setAccessibleDescription(tr("Give your approval to this plan."));
    m_approve->setIcon(style()->standardIcon(QStyle::SP_DialogApplyButton));
    m_save->setAccessibleDescription(tr("Keep a copy of the plan on this computer."));

    auto *stateRow = new QHBoxLayout;
    stateRow->setSpacing(8);
    stateRow->addWidget(m_stateIcon);
    stateRow->addWidget(m_state, 1);

    // The pages on the left, the size on the right; with large text the size goes under the
    // pages rather than pushing the window wider than the screen.
    auto *pages = new QWidget(m_navigation);
    auto *pagesLayout = new QHBoxLayout(pages);
    pagesLayout->setContentsMargins(0, 0, 0, 0);
    pagesLayout->setSpacing(8);
    pagesLayout->addWidget(m_previousPage);
    pagesLayout->addWidget(m_pageLabel);
    pagesLayout->addWidget(m_nextPage);
    pagesLayout->addStretch();
    auto *navigationRow
        = new WrapRow(pages, { m_zoomOut, m_zoomLabel, m_zoomIn, m_fitWidth }, m_navigation);
    navigationRow->setSpacing(8);
    auto *navigation = new QVBoxLayout(m_navigation);
    navigation->setContentsMargins(0, 0, 0, 0);
    navigation->addWidget(navigationRow);

    auto *actions = new QHBoxLayout;
    actions->setSpacing(12);
    actions->addWidget(m_save);
    actions->addWidget(m_print);
    actions->addWidget(m_approve);
    actions->addStretch();
    actions->addWidget(m_close);

    auto *loading = new QHBoxLayout;
    loading->addWidget(m_busy);
    loading->addWidget(m_progress);
    loading->addStretch();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->setSpacing(12);
    layout->addWidget(m_title);
    layout->addWidget(m_details);
    layout->addLayout(stateRow);
    layout->addWidget(m_message);
    layout->addLayout(loading);
    layout->addWidget(m_navigation);
    layout->addWidget(m_pageView, 1);
    layout->addWidget(m_filler, 1);
    m_filler->hide();
    layout->addLayout(actions);

    connect(m_previousPage, &QPushButton::clicked, m_pageView, &PdfPageView::previousPage);
    connect(m_nextPage, &QPushButton::clicked, m_pageView, &PdfPageView::nextPage);
    connect(m_zoomIn, &QPushButton::clicked, m_pageView, &PdfPageView::zoomIn);
    connect(m_zoomOut, &QPushButton::clicked, m_pageView, &PdfPageView::zoomOut);
    connect(m_fitWidth, &QPushButton::clicked, m_pageView, &PdfPageView::fitWidth);
    connect(m_save, &QPushButton::clicked, this, &PlanViewer::saveAs);
    connect(m_print, &QPushButton::clicked, this, &PlanViewer::print);
    connect(m_approve, &QPushButton::clicked, this, &PlanViewer::approve);
    connect(m_close, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_pageView, &PdfPageView::currentPageChanged, this, &PlanViewer::updateControls);
    connect(m_pageView, &PdfPageView::zoomChanged, this, &PlanViewer::updateControls);

    // Ctrl + and Ctrl -, also as Ctrl = on keyboards where + needs Shift.
    for (const QKeySequence &keys :
         { QKeySequence(QKeySequence::ZoomIn), QKeySequence(Qt::CTRL | Qt::Key_Equal) })
        connect(new QShortcut(keys, this), &QShortcut::activated, m_pageView, &PdfPageView::zoomIn);
    connect(new QShortcut(QKeySequence::ZoomOut, this), &QShortcut::activated, m_pageView,
            &PdfPageView::zoomOut);
    connect(new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_0), this), &QShortcut::activated,
            m_pageView, &PdfPageView::fitWidth);
    connect(new QShortcut(QKeySequence::Print, this), &QShortcut::activated, this,
            &PlanViewer::print);
    connect(new QShortcut(QKeySequence::Save, this), &QShortcut::activated, this,
            &PlanViewer::saveAs);

    connect(m_download, &PlanDownload::progress, this, [this](qint64 received, qint64 total) {
        if (total <= 0)
            return;
        m_busy->hide();
        m_progress->setRange(0, 100);
        m_progress->setValue(int(qBound(qint64(0), received * 100 / total, qint64(100))));
        m_progress->show();
    });
    connect(m_download, &PlanDownload::finished, this, &PlanViewer::showPdf);
    connect(m_download, &PlanDownload::failed, this, [this](const ApiError &error) {
        m_busy->hide();
        m_progress->hide();
        showError(PlanDownload::userMessage(error));
        updateControls();
    });
    connect(m_approval, &PlanApproval::approved, this, [this](const Plan &approved) {
        m_busy->hide();
        m_plan = approved;
        showPlanHeader();
        m_message->showMessage(tr("Thank you. Your approval has been passed on to your care "
                                  "organisation."),
                               StatusMessage::Tone::Info);
        updateControls();
        emit planApproved(approved);
    });
    connect(m_approval, &PlanApproval::failed, this, [this](const ApiError &error) {
        m_busy->hide();
        showError(PlanApproval::userMessage(error));
        if (error.problemCode() == QLatin1String("plan_already_approved")
            || error.problemCode() == QLatin1String("plan_approval_not_requested")) {
            m_plan.canApprove = false;
            emit planOutdated();
        }
        updateControls();
    });
    connect(m_printer, &PlanPrinter::progress, this, [this](int printed, int total) {
        m_progress->setRange(0, total);
        m_progress->setValue(printed);
        m_progress->setAccessibleName(tr("Printing: page %1 of %2").arg(printed).arg(total));
        m_progress->setFormat(tr("Printing: page %1 of %2").arg(printed).arg(total));
        m_progress->show();
    });
    connect(m_printer, &PlanPrinter::finished, this, [this](bool completed) {
        m_progress->hide();
        m_progress->setFormat(QStringLiteral("%p%"));
        if (completed)
            m_message->showMessage(tr("The plan has been sent to the printer."),
                                   StatusMessage::Tone::Info);
        else
            showError(tr("Printing stopped before the end. Check the printer and try again."));
        updateControls();
        emit printFinished(completed);
    });

    showPlanHeader();
    updateControls();
    m_pageView->setFocus();
}

PlanViewer::~PlanViewer() = default;

QPushButton *PlanViewer::makeButton(const QString &text, const QString &objectName)
{
    auto *button = new QPushButton(text, this);
    button->setObjectName(objectName);
    QString name = text;
    name.remove(QStringLiteral("…"));
    button->setAccessibleName(name);
    button->setAutoDefault(false);
    return button;
}

void PlanViewer::showPlanHeader()
{
    m_title->setText(m_plan.title);
    m_details->setText(PlanText::details(m_plan));
    const QString state = PlanText::approvalState(m_plan);
    m_state->setText(state);
    m_state->setVisible(!state.isEmpty());
    const int side = fontMetrics().height() * 3 / 2;
    m_stateIcon->setPixmap(PlanText::approvalIcon(m_plan, style()).pixmap(side, side));
    m_stateIcon->setVisible(!state.isEmpty());
    m_stateIcon->setAccessibleName(state);
}

void PlanViewer::load()
{
    m_message->clear();
    m_busy->show();
    m_download->start(m_plan);
    m_navigation->hide();
    updateControls();
}

void PlanViewer::showPdf(const QByteArray &pdf)
{
    m_busy->hide();
    m_progress->hide();
    const PdfDocument::Error error = m_document->load(pdf);
    m_pageView->setDocument(m_document);
    if (error != PdfDocument::Error::None) {
        m_pageView->hide();
        m_filler->show();
        showError(PdfDocument::userMessage(error));
    } else {
        m_filler->hide();
        m_pageView->show();
        m_pageView->setFocus();
        // The file itself is the authority on its length.
        m_plan.pageCount = m_document->pageCount();
        showPlanHeader();
    }
    updateControls();
}

bool PlanViewer::hasDocument() const
{
    return m_document->isLoaded();
}

QString PlanViewer::message() const
{
    return m_message->text();
}

void PlanViewer::showError(const QString &text)
{
    m_message->showMessage(text, StatusMessage::Tone::Error);
}

void PlanViewer::updateControls()
{
    const bool loaded = m_document->isLoaded();
    const int count = m_pageView->pageCount();
    const int current = m_pageView->currentPage();
    m_pageLabel->setText(loaded ? tr("Page %1 of %2").arg(current + 1).arg(count) : QString());
    m_pageLabel->setAccessibleName(m_pageLabel->text());
    m_zoomLabel->setText(loaded ? tr("%1 %").arg(m_pageView->zoomPercent()) : QString());
    m_zoomLabel->setAccessibleName(tr("Size %1 percent").arg(m_pageView->zoomPercent()));
    m_navigation->setVisible(loaded);
    m_previousPage->setEnabled(loaded && current > 0);
    m_nextPage->setEnabled(loaded && current + 1 < count);
    m_zoomIn->setEnabled(loaded && m_pageView->canZoomIn());
    m_zoomOut->setEnabled(loaded && m_pageView->canZoomOut());
    m_fitWidth->setEnabled(loaded && !m_pageView->fitsWidth());
    const bool printing = m_printer->isRunning();
    m_save->setEnabled(loaded);
    m_print->setEnabled(loaded && !printing);
    // Approval is for a plan the person could read; shown only when the portal allows it.
    m_approve->setVisible(m_plan.canApprove);
    m_approve->setEnabled(loaded && m_plan.canApprove && !m_approval->isBusy());
}
