#pragma once

#include "core/appointment.h"
#include "core/appointmentsaver.h"
#include "core/clientsummary.h"
#include "core/clock.h"
#include "ui/agenda/agendaperiod.h"

#include <QDate>
#include <QPointer>
#include <QWidget>

class AgendaNotes;
class AgendaToolbar;
class ApiError;
class AppointmentDelegate;
class AppointmentDialog;
class AppointmentListModel;
class BusyIndicator;
class DraftStore;
class PortalApi;
class QLabel;
class QListView;
class QMessageBox;
class QPushButton;
class QStackedWidget;
class QTextBrowser;
class StackingColumns;
class StatusMessage;

// The "Agenda" tab: opens on today and tomorrow at a glance, as the portals' manuals show it,
// with a day and a week view and Previous / Today / Next. The care team's appointments (read-only,
// indicative times) and the client's own; with the agendaEdit right the own ones can be added,
// changed and deleted. Two notes stay in view: the care team's times are indicative, and the care
// team does not see what is written in own appointments.
class AgendaTab : public QWidget
{
    Q_OBJECT

public:
    using View = AgendaPeriod::View;

    AgendaTab(PortalApi *api, DraftStore *drafts, QWidget *parent = nullptr);
    ~AgendaTab() override;

    // (Re)loads everything for this client, from today and tomorrow; shows what the rights allow.
    void setClient(const ClientSummary &client);
    QString clientId() const { return m_client.id; }
    // Tests move "today".
    void setClock(Clock clock);

    View view() const { return m_period.view(); }
    void setView(View view);
    // The days shown.
    AgendaPeriod period() const { return m_period; }

    AppointmentListModel *model() const { return m_model; }
    // The dialog while it is open.
    AppointmentDialog *dialog() const;
    // The delete confirmation while it is open.
    QMessageBox *confirmation() const;

public slots:
    void showPrevious();
    void showToday();
    void showNext();
    void openNewAppointment();
    // Change or delete the selected own appointment (asks the portal for its current version).
    void editSelected();
    void deleteSelected();
    // Selects the appointment with this id when it is in the shown period.
    bool selectAppointment(const QString &id);

protected:
private:
    enum class Pending { None, Edit, Delete };

    QDate today() const;
    void showPeriod(const AgendaPeriod &period);
    void updateActions();
    void showSelected();
    void onLoadingChanged(bool loading);
    void onLoaded();
    void onLoadFailed(const ApiError &error);
    void onFetched(const Appointment &appointment, const QByteArray &etag);
    void onSaverFailed(AppointmentSaver::Operation operation, const ApiError &error);
    void confirmDelete(const Appointment &appointment, const QByteArray &etag);
    void openDialog(AppointmentDialog *dialog);
    Appointment selected() const;

    PortalApi *m_api;
    DraftStore *m_drafts;
    Clock m_clock;
    ClientSummary m_client;
    AgendaPeriod m_period;
    Pending m_pending = Pending::None;
    QString m_selectId; // to select once the period is in

    AppointmentListModel *m_model;
    AppointmentSaver *m_saver;
    AppointmentDelegate *m_delegate;
    QPushButton *m_new;
    AgendaNotes *m_notes;
    AgendaToolbar *m_toolbar;
    QWidget *m_errorRow;
    StatusMessage *m_status;
    QPushButton *m_retry;
    StatusMessage *m_notice;
    BusyIndicator *m_busy;
    QStackedWidget *m_listStack;
    QListView *m_list;
    QLabel *m_empty;
    QTextBrowser *m_details;
    QLabel *m_readOnly;
    QPushButton *m_edit;
    QPushButton *m_delete;
    StackingColumns *m_columns = nullptr;
    QPointer<AppointmentDialog> m_dialog;
    QPointer<QMessageBox> m_confirmation;
};
