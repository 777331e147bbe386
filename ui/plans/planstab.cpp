#include "ui/plans/planstab.h"

#include "core/planlistmodel.h"
#include "ui/plans/planitemdelegate.h"
#include "ui/plans/planlistproxy.h"
#include "ui/plans/planviewer.h"
#include "ui/theme.h"
#include "ui/widgets/busyindicator.h"
#include "ui/widgets/statusmessage.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QVBoxLayout>

#include <utility>

PlansTab::PlansTab(PortalApi *api, QWidget *parent)
    : QWidget(parent)
    , m_api(api)
    , m_model(new PlanListModel(api, this))
    , m_proxy(new PlanListProxy(this))
    , m_heading(new QLabel(tr("Plans"), this))
    , m_intro(new QLabel(this))
    , m_busy(new BusyIndicator(this))
    , m_error(new StatusMessage(this))
    , m_retry(new QPushButton(tr("Try again"), this))
    , m_empty(new QLabel(this))
    , m_list(new QListView(this))
    , m_open(new QPushButton(tr("Open"), this))
{
    setObjectName(QStringLiteral("plansTab"));
    m_heading->setObjectName(QStringLiteral("plansHeading"));
    Theme::makeHeading(m_heading, 1);
    m_intro->setObjectName(QStringLiteral("plansIntro"));
    m_intro->setWordWrap(true);
    m_intro->setText(tr("The support plans your care organisation made with you. Open a plan to "
                        "read, save or print it, or to give your approval."));
    m_busy->setText(tr("Loading the plans…"));
    m_error->setObjectName(QStringLiteral("plansError"));
    m_retry->setObjectName(QStringLiteral("plansRetryButton"));
    m_retry->setAccessibleName(tr("Try again"));
    m_retry->hide();
    m_empty->setObjectName(QStringLiteral("plansEmpty"));
    m_empty->setWordWrap(true);
    m_empty->setText(tr("There are no plans yet. When your care organisation publishes a plan, "
                        "you will find it here."));
    m_empty->hide();

    m_proxy->setSourceModel(m_model);
    m_list->setObjectName(QStringLiteral("planList"));
    m_list->setAccessibleName(tr("Plans"));
    m_list->setModel(m_proxy);
    m_list->setItemDelegate(new PlanItemDelegate(m_list));
    m_list->setWordWrap(true);
    m_list->setSpacing(6);
    // The delegate elides what is too wide: the list never scrolls sideways.
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setResizeMode(QListView::Adjust);
    m_list->setUniformItemSizes(false);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    const int icon = fontMetrics().height() * 2;
    m_list->setIconSize(QSize(icon, icon));
    m_open->setObjectName(QStringLiteral("openPlanButton"));
    m_open->setAccessibleName(tr("Open"));
    m_open->setAccessibleDescription(tr("Show the chosen plan."));
    m_open->setDefault(true);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_open);
    buttons->addStretch();

    auto *errorRow = new QHBoxLayout;
    errorRow->addWidget(m_error, 1);
    errorRow->addWidget(m_retry, 0, Qt::AlignTop);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 24, 24, 24);
    layout->setSpacing(12);
    layout->addWidget(m_heading);
    layout->addWidget(m_intro);
    layout->addLayout(errorRow);
    layout->addWidget(m_busy);
    layout->addWidget(m_empty);
    layout->addWidget(m_list, 1);
    layout->addLayout(buttons);
    // Takes the room when the list is hidden (no plans, an error), so the texts stay on top.
    layout->addStretch();

    connect(m_open, &QPushButton::clicked, this, &PlansTab::openCurrent);
    connect(m_retry, &QPushButton::clicked, this, &PlansTab::reload);
    connect(m_list, &QListView::activated, this,
            [this](const QModelIndex &index) { openPlan(index.row()); });
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &PlansTab::updateState);
    connect(m_model, &PlanListModel::loadingChanged, this, &PlansTab::updateState);
    connect(m_model, &PlanListModel::loaded, this, [this] {
        if (!m_list->currentIndex().isValid() && m_proxy->rowCount() > 0)
            m_list->setCurrentIndex(m_proxy->index(0, 0));
        updateState();
        if (!m_pendingPlanId.isEmpty())
            openPlanById(std::exchange(m_pendingPlanId, QString()));
    });
    connect(m_model, &PlanListModel::loadFailed, this, &PlansTab::updateState);
    connect(m_model, &QAbstractItemModel::modelReset, this, &PlansTab::updateState);
    updateState();
}

void PlansTab::setClientId(const QString &clientId)
{
    if (m_viewer)
        m_viewer->close();
    m_model->setClientId(clientId);
    updateState();
}

void PlansTab::reload()
{
    m_model->reload();
    updateState();
}

void PlansTab::openCurrent()
{
    if (m_list->currentIndex().isValid())
        openPlan(m_list->currentIndex().row());
}

void PlansTab::openPlan(int row)
{
    if (row < 0 || row >= m_model->rowCount())
        return;
    if (m_viewer)
        m_viewer->close();
    auto *viewer = new PlanViewer(m_api, m_model->clientId(), m_model->plan(row), this);
    viewer->setAttribute(Qt::WA_DeleteOnClose);
    viewer->setSaveAndPrintAllowed(m_saveAllowed, m_printAllowed);
    connect(viewer, &PlanViewer::planApproved, m_model, &PlanListModel::updatePlan);
    connect(viewer, &PlanViewer::planOutdated, this, &PlansTab::reload);
    m_viewer = viewer;
    viewer->open();
    viewer->load();
}

void PlansTab::updateState()
{
    const bool loading = m_model->isLoading();
    const ApiError error = m_model->lastError();
    const bool empty = m_model->rowCount() == 0;
    m_busy->setVisible(loading && empty);
    if (error.isError() && !loading) {
        m_error->showMessage(error.userMessage());
        m_retry->show();
    } else {
        m_error->clear();
        m_retry->hide();
    }
    const bool nothing = empty && !loading && !error.isError() && !m_model->clientId().isEmpty();
    m_empty->setVisible(nothing);
    m_list->setVisible(!empty);
    m_open->setVisible(!empty);
    m_open->setEnabled(m_list->currentIndex().isValid());
    keepRoomForPlans();
}

void PlansTab::keepRoomForPlans()
{
    // At large text in a short window the layout squeezed the list to one plan or less and cut
    // it off; with room for up to three, the part scrolls instead (HomePage) and the plans can
    // be compared at a glance.
    int plans = 0;
    for (int row = 0; row < qMin(m_proxy->rowCount(), 3); ++row)
        plans += m_list->sizeHintForRow(row) + 2 * m_list->spacing();
    m_list->setMinimumHeight(plans > 0 ? plans + 2 * m_list->frameWidth() : 0);
}

void PlansTab::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange) {
        const int icon = fontMetrics().height() * 2; // follows a new text size
        m_list->setIconSize(QSize(icon, icon));
        keepRoomForPlans();
    }
}

PlanViewer *PlansTab::viewer() const
{
    return m_viewer;
}

void PlansTab::openPlanById(const QString &planId)
{
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->index(row, 0).data(PlanListModel::IdRole).toString() == planId) {
            m_list->setCurrentIndex(m_proxy->mapFromSource(m_model->index(row, 0)));
            openPlan(row);
            return;
        }
    }
    // Not loaded yet (the tab was just made): once, when the list arrives.
    if (m_model->isLoading())
        m_pendingPlanId = planId;
}
