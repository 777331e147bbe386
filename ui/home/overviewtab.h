#pragma once

#include "core/homesummary.h"

#include <QPointer>
#include <QWidget>

class OverviewSection;
class QLabel;
class QPushButton;
class QVBoxLayout;

// The "Start" tab: when the data were last updated, the latest reports, today's and tomorrow's
// appointments and the plans waiting for approval. A block the person has no right to is left
// out; a block that failed says so, and the others still show.
class OverviewTab : public QWidget
{
    Q_OBJECT

public:
    explicit OverviewTab(QWidget *parent = nullptr);

    // The summary to show; not owned. Its changes redraw the blocks.
    void setSummary(HomeSummary *summary);
    HomeSummary *summary() const { return m_summary; }

signals:
    void openReportRequested(const QString &reportId);
    void openPlanRequested(const QString &planId);

private:
    void showPart(HomeSummary::Part part);
    void updateAll();
    void showSyncStatus();
    void showReports();
    void showAppointments();
    void showPlans();
    // Sets the section up for states other than Ready; true when the caller should fill it.
    bool showState(OverviewSection *section, HomeSummary::Part part, const QString &failure);
    QWidget *appointmentEntry(const HomeAppointment &appointment);

    QPointer<HomeSummary> m_summary;
    QLabel *m_syncStatus;
    QPushButton *m_retry;
    OverviewSection *m_reports;
    OverviewSection *m_appointments;
    OverviewSection *m_plans;
};
