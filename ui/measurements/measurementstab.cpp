#include "ui/measurements/measurementstab.h"

#include "core/draftstore.h"
#include "core/measurementlistmodel.h"
#include "core/measurementsender.h"
#include "core/measurementtypelistmodel.h"
#include "ui/measurements/measurementchart.h"
#include "ui/measurements/newmeasurementdialog.h"
#include "ui/theme.h"
#include "ui/widgets/busyindicator.h"
#include "ui/widgets/stackingcolumns.h"
#include "ui/widgets/statusmessage.h"
#include "ui/widgets/wordfitcolumns.h"
#include "ui/widgets/wraprow.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QListView>
#include <QMessageBox>
#include <QPushButton>
#include <QStackedWidget>
#include <QStyle>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QVBoxLayout>

#include <utility>

namespace {

// "za 21 nov. 2026" above "13:40" in the table, so that it needs no sideways scrolling at
// 1024×720; the model's long date stays what a screen reader reads and the confirmation names.
class ShortDateDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        const QDateTime at
            = index.data(MeasurementListModel::MeasuredAtRole).toDateTime().toLocalTime();
        if (at.isValid())
            option->text = option->locale.toString(at.date(), QStringLiteral("ddd d MMM yyyy"))
                + QChar(QChar::LineSeparator)
                + option->locale.toString(at.time(), QStringLiteral("HH:mm"));
    }
};

} // namespace

MeasurementsTab::MeasurementsTab(PortalApi *api, DraftStore *drafts, QWidget *parent)
    : QWidget(parent)
    , m_drafts(drafts)
    , m_types(new MeasurementTypeListModel(api, this))
    , m_history(new MeasurementListModel(api, this))
    , m_sender(new MeasurementSender(api, drafts, this))
    , m_newButton(new QPushButton(tr("New measurement"), this))
    , m_errorRow(new QWidget(this))
    , m_status(new StatusMessage(this))
    , m_retry(new QPushButton(tr("Try again"), this))
    , m_notice(new StatusMessage(this))
    , m_busy(new BusyIndicator(this))
    , m_typeList(new QListView(this))
    , m_typeHeading(new QLabel(this))
    , m_chart(new MeasurementChart(this))
    , m_tableStack(new QStackedWidget(this))
    , m_table(new QTableView(this))
    , m_empty(new QLabel(this))
    , m_deleteButton(new QPushButton(tr("Delete measurement…"), this))
    , m_noRight(new QLabel(this))
    , m_content(new QWidget(this))
{
    setObjectName(QStringLiteral("measurementsTab"));
    auto *heading = new QLabel(tr("Measurements"), this);
    heading->setObjectName(QStringLiteral("measurementsHeading"));
    Theme::makeHeading(heading, 1);
    m_newButton->setObjectName(QStringLiteral("newMeasurementButton"));
    m_newButton->setAccessibleName(tr("New measurement"));
    m_newButton->setAccessibleDescription(tr("Enter a new measurement, such as your weight."));
    m_newButton->hide();

    m_status->setObjectName(QStringLiteral("measurementsStatus"));
    m_retry->setObjectName(QStringLiteral("measurementsRetryButton"));
    m_retry->setAccessibleName(tr("Try again"));
    m_retry->setAccessibleDescription(tr("Asks the portal for the measurements again."));
    auto *errorLayout = new QHBoxLayout(m_errorRow);
    errorLayout->setContentsMargins(0, 0, 0, 0);
    errorLayout->addWidget(m_status, 1);
    errorLayout->addWidget(m_retry);
    m_errorRow->hide();
    m_notice->setObjectName(QStringLiteral("measurementsNotice"));
    m_busy->setObjectName(QStringLiteral("measurementsBusy"));
    m_busy->setText(tr("Loading measurements…"));
    m_busy->hide();

    m_typeList->setObjectName(QStringLiteral("measurementTypeList"));
    m_typeList->setAccessibleName(tr("Kinds of measurement"));
    m_typeList->setModel(m_types);
    m_typeList->setSelectionMode(QAbstractItemView::SingleSelection);
    m_typeList->setSpacing(4);
    QFont large = m_typeList->font();
    large.setPointSizeF(large.pointSizeF() * 1.15);
    m_typeList->setFont(large);
    m_typeList->setTextElideMode(Qt::ElideNone);

    m_typeHeading->setObjectName(QStringLiteral("measurementTypeHeading"));
    m_typeHeading->setWordWrap(true);
    Theme::makeHeading(m_typeHeading, 2);
    m_table->setObjectName(QStringLiteral("measurementTable"));
    m_table->setAccessibleName(tr("Measurements, newest first"));
    m_table->setModel(m_history);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setTabKeyNavigation(false); // Tab leaves the table, arrows move within it
    m_table->setItemDelegateForColumn(MeasurementListModel::WhenColumn,
                                      new ShortDateDelegate(m_table));
    // No sideways scrolling at 1024×720, and no word cut off: the date takes what it needs, the
    // value and who entered it share the rest, each at least as wide as its longest word
    // ("(vertegenwoordiger)"), and wrap where they must.
    m_table->setWordWrap(true);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    QHeaderView *columns = m_table->horizontalHeader();
    columns->setStretchLastSection(false);
    columns->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter); // a long name cut at its end
    columns->setSectionResizeMode(MeasurementListModel::WhenColumn, QHeaderView::ResizeToContents);
    new WordFitColumns(
        m_table, { MeasurementListModel::ValueColumn, MeasurementListModel::EnteredByColumn });
    columns->setHighlightSections(false);
    m_empty->setObjectName(QStringLiteral("measurementsEmptyLabel"));
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_empty->setMargin(16);
    m_tableStack->addWidget(m_table);
    m_tableStack->addWidget(m_empty);
    m_deleteButton->setObjectName(QStringLiteral("deleteMeasurementButton"));
    m_deleteButton->setAccessibleName(tr("Delete measurement"));
    m_deleteButton->setAccessibleDescription(
        tr("Deletes the measurement chosen in the table, after you confirm."));

    auto *detail = new QWidget(this);
    auto *detailLayout = new QVBoxLayout(detail);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    detailLayout->setSpacing(8);
    // The delete button beside the type's heading rather than on a row of its own: that row's
    // height goes to the chart. Below it when the text is too large for both.
    detailLayout->addWidget(new WrapRow(m_typeHeading, { m_deleteButton }, detail));
    // The chart first: the table keeps room for about three measurements and scrolls.
    m_tableStack->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Ignored);
    m_tableStack->setMinimumHeight(fontMetrics().lineSpacing() * 7);
    detailLayout->addWidget(m_chart, 3);
    detailLayout->addWidget(m_tableStack, 2);
    // The kinds beside the chart while both fit; with large text above it, so that the chart
    // and the table get the whole width instead of a strip with the legend and no lines.
    m_columns = new StackingColumns(m_typeList, 0, detail, 1, m_content);
    m_columns->setObjectName(QStringLiteral("measurementsColumns"));
    m_columns->setSpacing(12);
    m_columns->setStackedStretch(0, 1);
    connect(m_columns, &StackingColumns::arrangementChanged, this,
            &MeasurementsTab::followTextSize);
    auto *contentLayout = new QVBoxLayout(m_content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->addWidget(m_columns);

    m_noRight->setObjectName(QStringLiteral("measurementsNoRightLabel"));
    m_noRight->setWordWrap(true);
    m_noRight->setText(tr("You may not see the measurements of this person. The person or their "
                          "representative can give you this right."));
    m_noRight->hide();

    auto *top = new QHBoxLayout;
    top->addWidget(heading, 1);
    top->addWidget(m_newButton);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 16, 24, 16);
    layout->setSpacing(12);
    layout->addLayout(top);
    layout->addWidget(m_errorRow);
    layout->addWidget(m_notice);
    layout->addWidget(m_busy);
    layout->addWidget(m_noRight);
    layout->addWidget(m_content, 1);
    setTabOrder(m_newButton, m_retry);
    setTabOrder(m_retry, m_typeList);
    setTabOrder(m_typeList, m_chart);
    setTabOrder(m_chart, m_table);
    setTabOrder(m_table, m_deleteButton);

    connect(m_types, &MeasurementTypeListModel::loaded, this, &MeasurementsTab::onTypesLoaded);
    connect(m_types, &MeasurementTypeListModel::loadingChanged, this,
            &MeasurementsTab::updateLoading);
    connect(m_types, &MeasurementTypeListModel::loadFailed, this,
            [this](const ApiError &error) { onLoadFailed(error, true); });
    connect(m_typeList->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &MeasurementsTab::onTypeChanged);
    connect(m_history, &MeasurementListModel::loadingChanged, this,
            &MeasurementsTab::updateLoading);
    connect(m_history, &MeasurementListModel::loadFailed, this,
            [this](const ApiError &error) { onLoadFailed(error, false); });
    connect(m_history, &MeasurementListModel::pageLoaded, this, [this](bool first) {
        if (first && m_history->rowCount() > 0)
            m_table->setCurrentIndex(m_history->index(0, 0));
        onHistoryChanged();
    });
    connect(m_history, &QAbstractItemModel::modelReset, this, &MeasurementsTab::onHistoryChanged);
    connect(m_history, &QAbstractItemModel::rowsRemoved, this, &MeasurementsTab::onHistoryChanged);
    connect(m_history, &MeasurementListModel::deleted, this, [this](const Measurement &gone) {
        m_notice->showMessage(tr("The measurement of %1 has been deleted.")
                                  .arg(MeasurementListModel::whenText(gone.measuredAt)),
                              StatusMessage::Tone::Info);
        updateButtons();
    });
    connect(m_history, &MeasurementListModel::deleteFailed, this,
            [this](const Measurement &, const ApiError &error) {
                m_notice->showMessage(
                    error.httpStatus() == 403
                        ? tr("You may only delete measurements that you entered yourself.")
                        : tr("The measurement could not be deleted.") + QLatin1Char(' ')
                            + error.userMessage());
                updateButtons();
            });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &MeasurementsTab::updateButtons);
    connect(m_retry, &QPushButton::clicked, this, [this] {
        if (m_types->error().isError())
            m_types->reload();
        else
            m_history->retry();
    });
    connect(m_newButton, &QPushButton::clicked, this, &MeasurementsTab::openNewMeasurement);
    connect(m_deleteButton, &QPushButton::clicked, this, &MeasurementsTab::askToDelete);
    connect(m_sender, &MeasurementSender::sent, this,
            [this](const QString &, const Measurement &measurement) {
                m_notice->showMessage(tr("Your measurement has been saved."),
                                      StatusMessage::Tone::Info);
                if (measurement.isValid() && measurement.typeCode != m_history->type().code)
                    selectType(measurement.typeCode);
                else
                    m_history->reload();
            });
    onHistoryChanged();
}

MeasurementsTab::~MeasurementsTab()
{
    // The dialog is a child; closing it first keeps what was typed as a draft.
    delete m_dialog;
}

void MeasurementsTab::setClient(const ClientSummary &client)
{
    if (m_dialog) {
        m_dialog->reject(); // keeps the draft of the client it was typed for
        m_dialog = nullptr;
    }
    delete m_confirmation;
    m_client = client;
    const bool allowed = !client.id.isEmpty() && client.rights.measurements;
    m_notice->clear();
    m_errorRow->hide();
    m_noRight->setVisible(!client.id.isEmpty() && !allowed);
    m_content->setVisible(allowed);
    m_history->setSource(QString(), {});
    m_types->setClientId(allowed ? client.id : QString());
    updateButtons();
}

void MeasurementsTab::setClock(Clock clock)
{
    m_sender->setClock(std::move(clock));
}

NewMeasurementDialog *MeasurementsTab::newMeasurementDialog() const
{
    return m_dialog;
}

QMessageBox *MeasurementsTab::deleteConfirmation() const
{
    return m_confirmation;
}

void MeasurementsTab::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    // Queued: the list's own (larger) font changes after the part's.
    if (event->type() == QEvent::FontChange)
        QMetaObject::invokeMethod(this, &MeasurementsTab::followTextSize, Qt::QueuedConnection);
}

void MeasurementsTab::followTextSize()
{
    // Beside the chart the list is as wide as its longest name, so the chart and the table get
    // the rest; above it, as wide as the part and about five kinds high.
    const int scrollBar = m_typeList->style()->pixelMetric(QStyle::PM_ScrollBarExtent);
    const int names = m_types->rowCount() > 0 ? m_typeList->sizeHintForColumn(0) : 0;
    const int width = names + 2 * m_typeList->spacing() + 2 * m_typeList->frameWidth() + scrollBar;
    const bool stacked = m_columns && !m_columns->isSideBySide();
    m_typeList->setMinimumWidth(width);
    m_typeList->setMaximumWidth(stacked ? QWIDGETSIZE_MAX : width);
    const int row = m_typeList->fontMetrics().lineSpacing() + 2 * m_typeList->spacing();
    m_typeList->setMinimumHeight(stacked ? 5 * row + 2 * m_typeList->frameWidth() : 0);
}

void MeasurementsTab::onTypesLoaded()
{
    followTextSize();
    const QString wanted = std::exchange(m_pendingType, QString());
    const int row = qMax(0, m_types->rowOf(wanted));
    if (m_types->rowCount() > 0)
        m_typeList->setCurrentIndex(m_types->index(row));
    else
        m_empty->setText(tr("Your care organisation has not set up any kinds of measurement."));
    updateButtons();
}

void MeasurementsTab::selectType(const QString &code)
{
    const int row = m_types->rowOf(code);
    if (row >= 0)
        m_typeList->setCurrentIndex(m_types->index(row));
    else if (!m_types->hasLoaded())
        m_pendingType = code;
}

void MeasurementsTab::onTypeChanged()
{
    const MeasurementType type = m_types->typeAt(m_typeList->currentIndex().row());
    m_typeHeading->setText(type.title());
    m_history->setSource(type.isValid() ? m_client.id : QString(), type);
    updateButtons();
}

void MeasurementsTab::onHistoryChanged()
{
    const MeasurementType type = m_history->type();
    m_chart->setData(type, m_history->measurements());
    const bool empty = m_history->hasLoaded() && m_history->rowCount() == 0;
    if (empty)
        m_empty->setText(tr("There are no measurements of %1 yet. Press \"New measurement\" to "
                            "enter one.")
                             .arg(type.name));
    m_tableStack->setCurrentWidget(empty || !type.isValid() ? static_cast<QWidget *>(m_empty)
                                                            : m_table);
    updateButtons();
}

void MeasurementsTab::onLoadFailed(const ApiError &error, bool types)
{
    const QString sentence = types ? tr("The kinds of measurement could not be loaded.")
                                   : tr("The measurements could not be loaded.");
    m_status->showMessage(sentence + QLatin1Char(' ') + error.userMessage());
    m_errorRow->show();
    m_retry->setFocus();
}

void MeasurementsTab::updateLoading()
{
    const bool loading = m_types->isLoading() || m_history->isLoading();
    m_busy->setVisible(loading);
    if (loading) {
        m_status->clear();
        m_errorRow->hide();
    }
}

void MeasurementsTab::updateButtons()
{
    const bool allowed = !m_client.id.isEmpty() && m_client.rights.measurements;
    const QString text
        = m_drafts->latest(QLatin1String(MeasurementSender::DraftKind), m_client.id).isValid()
        ? tr("Continue your measurement")
        : tr("New measurement");
    m_newButton->setText(text);
    m_newButton->setAccessibleName(text);
    m_newButton->setVisible(allowed && m_types->rowCount() > 0);
    const Measurement current = m_history->measurementAt(m_table->currentIndex().row());
    m_deleteButton->setVisible(allowed && current.isValid());
    m_deleteButton->setEnabled(current.canDelete && !m_history->isDeleting());
    m_deleteButton->setToolTip(current.canDelete
                                   ? QString()
                                   : tr("Only the person who entered it, the client or their "
                                        "representative can delete this measurement."));
}

void MeasurementsTab::openNewMeasurement()
{
    if (!m_client.rights.measurements || m_types->rowCount() == 0)
        return;
    if (m_dialog) {
        m_dialog->raise();
        m_dialog->activateWindow();
        return;
    }
    m_notice->clear();
    QList<MeasurementType> types;
    for (int row = 0; row < m_types->rowCount(); ++row)
        types.append(m_types->typeAt(row));
    m_dialog = new NewMeasurementDialog(m_drafts, m_sender, m_client.id, types,
                                        m_history->type().code, this);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_dialog, &NewMeasurementDialog::keptAsDraft, this, [this] {
        m_notice->showMessage(tr("Your measurement has not been saved yet. It is kept: press "
                                 "\"Continue your measurement\" to go on with it."),
                              StatusMessage::Tone::Info);
    });
    connect(m_dialog, &QDialog::finished, this, [this] {
        updateButtons();
        m_newButton->setFocus();
    });
    m_dialog->open();
}

void MeasurementsTab::askToDelete()
{
    const int row = m_table->currentIndex().row();
    const Measurement measurement = m_history->measurementAt(row);
    if (!measurement.canDelete || m_confirmation)
        return;
    const MeasurementType type = m_history->type();
    auto *box = new QMessageBox(this);
    m_confirmation = box;
    box->setObjectName(QStringLiteral("deleteConfirmation"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setIcon(QMessageBox::Question);
    box->setWindowTitle(tr("Delete measurement"));
    box->setText(tr("Delete the measurement of %1 of %2 on %3?")
                     .arg(type.name, measurement.valueText(type),
                          MeasurementListModel::whenText(measurement.measuredAt)));
    box->setInformativeText(tr("Only delete a measurement that was entered by mistake. You "
                               "cannot undo this."));
    QPushButton *yes = box->addButton(tr("Yes, delete"), QMessageBox::YesRole);
    yes->setObjectName(QStringLiteral("deleteYesButton"));
    QPushButton *no = box->addButton(tr("No, keep it"), QMessageBox::NoRole);
    no->setObjectName(QStringLiteral("deleteNoButton"));
    // Deleting cannot be undone: Enter alone must not do it.
    box->setDefaultButton(no);
    box->setEscapeButton(no);
    const QString id = measurement.id;
    connect(box, &QMessageBox::finished, this, [this, box, id] {
        if (box->buttonRole(box->clickedButton()) != QMessageBox::YesRole)
            return;
        for (int r = 0; r < m_history->rowCount(); ++r) {
            if (m_history->measurementAt(r).id == id) {
                m_history->deleteMeasurement(r);
                break;
            }
        }
        updateButtons();
        m_table->setFocus();
    });
    box->open();
}
