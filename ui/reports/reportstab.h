#pragma once

#include "core/clock.h"

#include <QPointer>
#include <QWidget>

class ApiError;
class BusyIndicator;
class DraftStore;
class NewReportDialog;
class PortalApi;
class QLabel;
class QListView;
class QPushButton;
class QStackedWidget;
class QTextBrowser;
class ReportAuthorListModel;
class ReportFilterBar;
class ReportListModel;
class ReportSender;
class StackingColumns;
class StatusMessage;

// The "Reports" tab: the client's reports, newest first, paging in as the list scrolls, with a
// reading pane, search and filters, and "New report" for people with the reportsWrite right.
class ReportsTab : public QWidget
{
    Q_OBJECT

public:
    ReportsTab(PortalApi *api, DraftStore *drafts, QWidget *parent = nullptr);
    ~ReportsTab() override;

    // Shows this client's reports (from the top, without filters); empty clears the tab.
    void setClientId(const QString &clientId);
    QString clientId() const { return m_clientId; }
    // Only with the reportsWrite right.
    void setCanWrite(bool canWrite);
    void setClock(Clock clock);

    ReportListModel *model() const { return m_model; }
    ReportAuthorListModel *authorModel() const { return m_authors; }
    ReportSender *sender() const { return m_sender; }
    // The "New report" dialog while it is open.
    NewReportDialog *newReportDialog() const;

public slots:
    void openNewReport();
    // Selects the report with this id (from the overview), at once or when the first page
    // that has it arrives.
    void selectReport(const QString &reportId);

protected:
private:
    void onLoadingChanged(bool loading);
    void onLoadFailed(const ApiError &error);
    void onPageLoaded(bool first);
    void onCurrentChanged();
    void updateEmptyState();
    void updateNewReportButton();
    void showReport(int row);

    PortalApi *m_api;
    DraftStore *m_drafts;
    QString m_clientId;
    bool m_canWrite = false;
    bool m_windowMoving = false; // the model lets rows go: keep the report being read
    ReportListModel *m_model;
    ReportAuthorListModel *m_authors;
    ReportSender *m_sender;
    ReportFilterBar *m_filters;
    QPushButton *m_newReport;
    QWidget *m_errorRow = nullptr;
    StatusMessage *m_status;
    QPushButton *m_retry;
    StatusMessage *m_notice;
    BusyIndicator *m_busy;
    QStackedWidget *m_listStack;
    QListView *m_list;
    QLabel *m_empty;
    QTextBrowser *m_reader;
    StackingColumns *m_columns = nullptr;
    QPointer<NewReportDialog> m_dialog;
    QString m_pendingReportId;
};
