#pragma once

#include "core/clientsummary.h"
#include "core/clock.h"

#include <QPointer>
#include <QWidget>

class ApiError;
class BusyIndicator;
class DraftStore;
class MeasurementChart;
class MeasurementListModel;
class MeasurementSender;
class MeasurementTypeListModel;
class NewMeasurementDialog;
class PortalApi;
class QLabel;
class QListView;
class QMessageBox;
class QPushButton;
class QStackedWidget;
class QTableView;
class StackingColumns;
class StatusMessage;

// The "Measurements" tab (metingen): the organisation's measurement types on the left (name
// and unit); for the chosen type a line chart and the history as a table (date and time,
// value(s) with unit, entered by), "New measurement" and deleting a measurement entered by
// mistake, with a confirmation that names it. Shown only with the measurements right.
class MeasurementsTab : public QWidget
{
    Q_OBJECT

public:
    MeasurementsTab(PortalApi *api, DraftStore *drafts, QWidget *parent = nullptr);
    ~MeasurementsTab() override;

    // (Re)loads everything for this client, as far as the rights allow; an empty id clears.
    void setClient(const ClientSummary &client);
    QString clientId() const { return m_client.id; }
    // The time "now" for new measurements (tests move it).
    void setClock(Clock clock);

    MeasurementTypeListModel *typeModel() const { return m_types; }
    MeasurementListModel *model() const { return m_history; }
    MeasurementSender *sender() const { return m_sender; }
    MeasurementChart *chart() const { return m_chart; }
    NewMeasurementDialog *newMeasurementDialog() const;
    QMessageBox *deleteConfirmation() const;

public slots:
    void openNewMeasurement();
    // Asks to delete the measurement in the table's current row.
    void askToDelete();
    // Chooses the type with this code in the list.
    void selectType(const QString &code);

protected:
    void changeEvent(QEvent *event) override;

private:
    void followTextSize();
    void onTypesLoaded();
    void onTypeChanged();
    void onHistoryChanged();
    void onLoadFailed(const ApiError &error, bool types);
    void updateLoading();
    void updateButtons();

    DraftStore *m_drafts;
    ClientSummary m_client;
    MeasurementTypeListModel *m_types;
    MeasurementListModel *m_history;
    MeasurementSender *m_sender;
    QPushButton *m_newButton;
    QWidget *m_errorRow;
    StatusMessage *m_status;
    QPushButton *m_retry;
    StatusMessage *m_notice;
    BusyIndicator *m_busy;
    QListView *m_typeList;
    StackingColumns *m_columns = nullptr;
    QLabel *m_typeHeading;
    MeasurementChart *m_chart;
    QStackedWidget *m_tableStack;
    QTableView *m_table;
    QLabel *m_empty;
    QPushButton *m_deleteButton;
    QLabel *m_noRight;
    QWidget *m_content;
    QPointer<NewMeasurementDialog> m_dialog;
    QPointer<QMessageBox> m_confirmation;
    QString m_pendingType;
};
