#include "ui/agenda/agendatab.h"

#include "core/appointmentlistmodel.h"
#include "core/appointmentsaver.h"
#include "core/draftstore.h"
#include "ui/agenda/agendanotes.h"
#include "ui/agenda/agendatoolbar.h"
#include "ui/agenda/appointmentdelegate.h"
#include "ui/agenda/appointmentdialog.h"
#include "ui/agenda/appointmenttext.h"
#include "ui/theme.h"
#include "ui/widgets/busyindicator.h"
#include "ui/widgets/stackingcolumns.h"
#include "ui/widgets/statusmessage.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QListView>
#include <QMessageBox>
#include <QPushButton>
#include <QStackedWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

#include <utility>

AgendaTab::AgendaTab(PortalApi *api, DraftStore *drafts, QWidget *parent)
    : QWidget(parent)
    , m_api(api)
    , m_drafts(drafts)
    , m_clock(systemClock())
    , m_model(new AppointmentListModel(api, this))
    , m_saver(new AppointmentSaver(api, drafts, this))
    , m_delegate(new AppointmentDelegate(this))
    , m_new(agendaButton(tr("New appointment"), "newAppointmentButton",
                         tr("Puts an appointment of your own in the agenda."), this))
    , m_notes(new AgendaNotes(this))
    , m_toolbar(new AgendaToolbar(this))
    , m_errorRow(new QWidget(this))
    , m_status(new StatusMessage(this))
    , m_retry(agendaButton(tr("Try again"), "agendaRetryButton",
                           tr("Asks the portal for the appointments again."), this))
    , m_notice(new StatusMessage(this))
    , m_busy(new BusyIndicator(this))
    , m_listStack(new QStackedWidget(this))
    , m_list(new QListView(this))
    , m_empty(new QLabel(this))
    , m_details(new QTextBrowser(this))
    , m_readOnly(new QLabel(this))
    , m_edit(agendaButton(tr("Change"), "editAppointmentButton", tr("Changes this appointment."),
                          this))
    , m_delete(agendaButton(tr("Delete"), "deleteAppointmentButton",
                            tr("Deletes this appointment."), this))
{
    setObjectName(QStringLiteral("agendaTab"));
    auto *heading = new QLabel(tr("Agenda"), this);
    heading->setObjectName(QStringLiteral("agendaHeading"));
    Theme::makeHeading(heading, 1);
    m_new->hide();

    m_status->setObjectName(QStringLiteral("agendaStatus"));
    m_notice->setObjectName(QStringLiteral("agendaNotice"));
    m_busy->setObjectName(QStringLiteral("agendaBusy"));
    m_busy->setText(tr("Loading the agenda…"));
    m_busy->hide();
    auto *errorLayout = new QHBoxLayout(m_errorRow);
    errorLayout->setContentsMargins(0, 0, 0, 0);
    errorLayout->addWidget(m_status, 1);
    errorLayout->addWidget(m_retry);
    m_errorRow->hide();

    m_list->setObjectName(QStringLiteral("appointmentList"));
    m_list->setAccessibleName(tr("Appointments, earliest first"));
    m_list->setModel(m_model);
    m_list->setItemDelegate(m_delegate);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // Lays the items out again on resizing: a day heading wraps to the list's width.
    m_list->setResizeMode(QListView::Adjust);
    m_empty->setObjectName(QStringLiteral("agendaEmptyLabel"));
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_empty->setMargin(16);
    m_empty->setFocusPolicy(Qt::StrongFocus);
    m_listStack->addWidget(m_list);
    m_listStack->addWidget(m_empty);

    m_details->setObjectName(QStringLiteral("appointmentDetails"));
    m_details->setAccessibleName(tr("The chosen appointment"));
    m_details->setPlaceholderText(tr("Choose an appointment in the list to see it here."));
    m_details->setTextInteractionFlags(Qt::TextSelectableByKeyboard | Qt::TextSelectableByMouse);
    m_readOnly->setObjectName(QStringLiteral("appointmentReadOnlyLabel"));
    m_readOnly->setWordWrap(true);
    auto *pane = new QWidget(this);
    auto *paneLayout = new QVBoxLayout(pane);
    paneLayout->setContentsMargins(0, 0, 0, 0);
    paneLayout->addWidget(m_details, 1);
    paneLayout->addWidget(m_readOnly);
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_edit);
    actions->addWidget(m_delete);
    actions->addStretch(1);
    paneLayout->addLayout(actions);
    // Most of the width to the list; the reading pane only needs room for a short text. With
    // large text the pane goes under the list rather than both being squeezed.
    m_columns = new StackingColumns(m_listStack, 2, pane, 1, this);
    m_columns->setObjectName(QStringLiteral("agendaColumns"));
    m_columns->setSpacing(12);
    m_columns->setStackedStretch(1, 1);
    // The list shows an appointment's time and title, the pane a readable line; stacked, a few
    // appointments and the chosen one whole.
    m_columns->setMinimumInText(m_list, 36, 10);
    m_columns->setMinimumInText(m_details, 30, 8);

    auto *top = new QHBoxLayout;
    top->addWidget(heading, 1);
    top->addWidget(m_new);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 16, 24, 16);
    layout->setSpacing(10);
    layout->addLayout(top);
    layout->addWidget(m_notes);
    layout->addWidget(m_toolbar);
    layout->addWidget(m_errorRow);
    layout->addWidget(m_notice);
    layout->addWidget(m_busy);
    layout->addWidget(m_columns, 1);

    connect(m_toolbar, &AgendaToolbar::viewChosen, this, &AgendaTab::setView);
    connect(m_toolbar, &AgendaToolbar::previousClicked, this, &AgendaTab::showPrevious);
    connect(m_toolbar, &AgendaToolbar::todayClicked, this, &AgendaTab::showToday);
    connect(m_toolbar, &AgendaToolbar::nextClicked, this, &AgendaTab::showNext);
    connect(m_retry, &QPushButton::clicked, m_model, &AppointmentListModel::reload);
    connect(m_new, &QPushButton::clicked, this, &AgendaTab::openNewAppointment);
    connect(m_edit, &QPushButton::clicked, this, &AgendaTab::editSelected);
    connect(m_delete, &QPushButton::clicked, this, &AgendaTab::deleteSelected);
    connect(m_model, &AppointmentListModel::loadingChanged, this, &AgendaTab::onLoadingChanged);
    connect(m_model, &AppointmentListModel::loaded, this, &AgendaTab::onLoaded);
    connect(m_model, &AppointmentListModel::loadFailed, this, &AgendaTab::onLoadFailed);
    connect(m_model, &QAbstractItemModel::modelReset, this, &AgendaTab::showSelected);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &AgendaTab::showSelected);
    connect(m_saver, &AppointmentSaver::fetched, this, &AgendaTab::onFetched);
    connect(m_saver, &AppointmentSaver::removed, this, [this] {
        m_notice->showMessage(tr("The appointment has been deleted."), StatusMessage::Tone::Info);
        m_model->reload();
    });
    connect(m_saver, &AppointmentSaver::failed, this,
            [this](AppointmentSaver::Operation operation, const QString &, const ApiError &error) {
                onSaverFailed(operation, error);
            });
    connect(m_drafts, &DraftStore::changed, this, &AgendaTab::updateActions);
    showPeriod(AgendaPeriod(View::Glance, today()));
    updateActions();
}

AgendaTab::~AgendaTab()
{
    // The dialog is a child; closing it first keeps its last keys as a draft.
    delete m_dialog;
}

AppointmentDialog *AgendaTab::dialog() const
{
    return m_dialog;
}

QMessageBox *AgendaTab::confirmation() const
{
    return m_confirmation;
}

QDate AgendaTab::today() const
{
    return m_clock().toLocalTime().date();
}

void AgendaTab::setClock(Clock clock)
{
    m_clock = std::move(clock);
    showToday();
}

void AgendaTab::setClient(const ClientSummary &client)
{
    if (m_dialog)
        m_dialog->reject(); // keeps a new appointment as a draft of the client it was for
    m_client = client;
    m_notice->clear();
    m_errorRow->hide();
    m_model->setClientId(client.rights.agendaView ? client.id : QString());
    showPeriod(AgendaPeriod(View::Glance, today()));
    updateActions();
}

void AgendaTab::setView(View view)
{
    // A week starts on its Monday; the other views on the first day in view.
    showPeriod(AgendaPeriod(view, m_period.first()));
}

void AgendaTab::showPrevious()
{
    showPeriod(m_period.previous());
}

void AgendaTab::showToday()
{
    showPeriod(AgendaPeriod(m_period.view(), today()));
}

void AgendaTab::showNext()
{
    showPeriod(m_period.next());
}

void AgendaTab::showPeriod(const AgendaPeriod &period)
{
    m_period = period;
    m_delegate->setToday(today());
    m_toolbar->showPeriod(period.view(), m_period.text(today()));
    if (m_client.id.isEmpty() || !m_client.rights.agendaView)
        return;
    m_model->setPeriod(m_period.from(), m_period.to());
}

void AgendaTab::updateActions()
{
    const bool canEdit = m_client.rights.agendaEdit && !m_client.id.isEmpty();
    const bool hasDraft = canEdit
        && m_drafts->latest(QLatin1String(AppointmentSaver::DraftKind), m_client.id).isValid();
    const QString text = hasDraft ? tr("Continue your appointment") : tr("New appointment");
    m_new->setText(text);
    m_new->setAccessibleName(text);
    m_new->setVisible(canEdit);

    const Appointment appointment = selected();
    const bool mine = canEdit && appointment.isOwn() && appointment.canEdit;
    m_edit->setVisible(mine);
    m_delete->setVisible(mine);
    m_edit->setEnabled(mine && !m_saver->isBusy());
    m_delete->setEnabled(mine && !m_saver->isBusy());
    QString readOnly;
    if (appointment.isValid() && !appointment.isOwn())
        readOnly = tr("This appointment comes from the care team. You cannot change it here.");
    else if (appointment.isValid() && !mine)
        readOnly = tr("You can look at this appointment, but not change it.");
    m_readOnly->setText(readOnly);
    m_readOnly->setVisible(!readOnly.isEmpty());
}

Appointment AgendaTab::selected() const
{
    return m_model->appointmentAt(m_list->currentIndex().row());
}

void AgendaTab::showSelected()
{
    const Appointment appointment = selected();
    if (!appointment.isValid()) {
        m_details->clear();
    } else {
        m_details->setHtml(AppointmentText::detailsHtml(appointment));
    }
    updateActions();
}

void AgendaTab::onLoadingChanged(bool loading)
{
    m_busy->setVisible(loading);
    if (loading)
        m_errorRow->hide();
}

void AgendaTab::onLoaded()
{
    const bool empty = m_model->rowCount() == 0;
    m_empty->setText(tr("There are no appointments on these days."));
    m_listStack->setCurrentWidget(empty ? static_cast<QWidget *>(m_empty) : m_list);
    if (!m_selectId.isEmpty() && selectAppointment(m_selectId))
        m_selectId.clear();
    else if (!empty && !m_list->currentIndex().isValid())
        m_list->setCurrentIndex(m_model->index(0));
    showSelected();
}

bool AgendaTab::selectAppointment(const QString &id)
{
    const int row = m_model->rowOf(id);
    if (row < 0)
        return false;
    m_list->setCurrentIndex(m_model->index(row));
    m_list->scrollTo(m_model->index(row));
    return true;
}

void AgendaTab::onLoadFailed(const ApiError &error)
{
    m_status->showMessage(tr("The agenda could not be loaded.") + QLatin1Char(' ')
                          + error.userMessage());
    m_errorRow->show();
}

void AgendaTab::openDialog(AppointmentDialog *dialog)
{
    m_notice->clear();
    m_dialog = dialog;
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_dialog, &AppointmentDialog::saved, this, [this](const Appointment &appointment) {
        m_notice->showMessage(tr("The appointment has been saved."), StatusMessage::Tone::Info);
        if (appointment.isValid()) {
            // Show the period the appointment is in, and select it there.
            m_selectId = appointment.id;
            showPeriod(AgendaPeriod(m_period.view(), appointment.start.toLocalTime().date()));
        }
        m_model->reload();
    });
    connect(m_dialog, &AppointmentDialog::changedMeanwhile, m_model, &AppointmentListModel::reload);
    connect(m_dialog, &AppointmentDialog::keptAsDraft, this, [this] {
        m_notice->showMessage(tr("Your appointment has not been saved yet. It is kept: press "
                                 "\"Continue your appointment\" to go on with it."),
                              StatusMessage::Tone::Info);
    });
    connect(m_dialog, &QDialog::finished, this, [this] { m_new->setFocus(); });
    m_dialog->open();
}

void AgendaTab::openNewAppointment()
{
    if (!m_client.rights.agendaEdit || m_client.id.isEmpty())
        return;
    if (m_dialog) {
        m_dialog->raise();
        m_dialog->activateWindow();
        return;
    }
    openDialog(new AppointmentDialog(m_api, m_drafts, m_client.id, m_period.first(), this));
}

void AgendaTab::editSelected()
{
    const Appointment appointment = selected();
    if (!appointment.isOwn() || !appointment.canEdit || m_dialog)
        return;
    m_pending = Pending::Edit;
    m_saver->fetch(m_client.id, appointment.id);
}

void AgendaTab::deleteSelected()
{
    const Appointment appointment = selected();
    if (!appointment.isOwn() || !appointment.canEdit)
        return;
    m_pending = Pending::Delete;
    m_saver->fetch(m_client.id, appointment.id);
}

void AgendaTab::onFetched(const Appointment &appointment, const QByteArray &etag)
{
    const Pending pending = std::exchange(m_pending, Pending::None);
    if (pending == Pending::Edit)
        openDialog(new AppointmentDialog(m_api, m_client.id, appointment, etag, this));
    else if (pending == Pending::Delete)
        confirmDelete(appointment, etag);
}

void AgendaTab::confirmDelete(const Appointment &appointment, const QByteArray &etag)
{
    auto *box = new QMessageBox(this);
    m_confirmation = box;
    box->setObjectName(QStringLiteral("deleteAppointmentConfirmation"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setIcon(QMessageBox::Question);
    box->setWindowTitle(tr("Delete appointment"));
    box->setText(AppointmentText::deleteQuestion(appointment));
    box->setInformativeText(tr("It is removed from the agenda for everyone."));
    QPushButton *yes = box->addButton(tr("Yes, delete it"), QMessageBox::YesRole);
    yes->setObjectName(QStringLiteral("deleteYesButton"));
    QPushButton *no = box->addButton(tr("No, keep it"), QMessageBox::NoRole);
    no->setObjectName(QStringLiteral("deleteNoButton"));
    box->setDefaultButton(no);
    box->setEscapeButton(no);
    const QString id = appointment.id;
    connect(box, &QMessageBox::finished, this, [this, box, id, etag] {
        if (box->buttonRole(box->clickedButton()) == QMessageBox::YesRole)
            m_saver->remove(m_client.id, id, etag);
        else
            m_delete->setFocus();
    });
    box->open();
}

void AgendaTab::onSaverFailed(AppointmentSaver::Operation operation, const ApiError &error)
{
    m_pending = Pending::None;
    m_notice->showMessage(AppointmentSaver::sentenceFor(operation, error));
    if (AppointmentSaver::isChangedMeanwhile(error) || error.httpStatus() == 404)
        m_model->reload();
}
