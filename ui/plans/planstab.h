#pragma once

#include <QPointer>
#include <QWidget>

class BusyIndicator;
class PlanListModel;
class PlanListProxy;
class PlanViewer;
class PortalApi;
class QLabel;
class QListView;
class QPushButton;
class StatusMessage;

// The "Plans" tab: the client's support plans, newest first, each with its date and whether
// approval is asked or given (in words, with an icon). "Open" (or Enter, or a double click)
// shows the plan in a PlanViewer.
class PlansTab : public QWidget
{
    Q_OBJECT

public:
    explicit PlansTab(PortalApi *api, QWidget *parent = nullptr);

    // Shows this client's plans (loads them); empty shows nothing.
    void setClientId(const QString &clientId);
    PlanListModel *model() const { return m_model; }
    // The viewer that is open, or nullptr.
    PlanViewer *viewer() const;
    // Kiosk mode's policy, for every plan opened from now on.
    void setSaveAndPrintAllowed(bool save, bool print)
    {
        m_saveAllowed = save;
        m_printAllowed = print;
    }

public slots:
    void reload();
    // Opens the plan in this row of the list.
    void openPlan(int row);
    // Opens the plan with this id (from the overview), at once or as soon as the list has it.
    void openPlanById(const QString &planId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void openCurrent();
    void updateState();
    void keepRoomForPlans();

    PortalApi *m_api;
    PlanListModel *m_model;
    PlanListProxy *m_proxy;
    QLabel *m_heading;
    QLabel *m_intro;
    BusyIndicator *m_busy;
    StatusMessage *m_error;
    QPushButton *m_retry;
    QLabel *m_empty;
    QListView *m_list;
    QPushButton *m_open;
    QPointer<PlanViewer> m_viewer;
    QString m_pendingPlanId;
    bool m_saveAllowed = true;
    bool m_printAllowed = true;
};
