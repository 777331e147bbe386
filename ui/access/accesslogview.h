#pragma once

#include <QWidget>

class AccessLogModel;
class ApiError;
class BusyIndicator;
class PortalApi;
class QPushButton;
class QTableView;
class StatusMessage;

// "Access log": who looked at or changed what of this client, and when, newest first, as a
// table that pages in as it scrolls (or with "Show older entries").
class AccessLogView : public QWidget
{
    Q_OBJECT

public:
    explicit AccessLogView(PortalApi *api, QWidget *parent = nullptr);

    void setClientId(const QString &clientId);
    void reload();
    AccessLogModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }

signals:
    void backRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void fitWhoColumn();
    int longestWhoWord() const;
    void onLoadingChanged(bool loading);
    void onFailed(const ApiError &error);

    AccessLogModel *m_model;
    QTableView *m_table;
    StatusMessage *m_status;
    BusyIndicator *m_busy;
    QPushButton *m_more;
    QPushButton *m_retry;
    QPushButton *m_back;
};
