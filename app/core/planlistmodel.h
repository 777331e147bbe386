#pragma once

#include "core/apierror.h"
#include "core/plan.h"

#include <QAbstractListModel>
#include <QList>

class PortalApi;

// A client's support plans (GET /api/v1/clients/{clientId}/plans), newest first, paged in with
// canFetchMore()/fetchMore() as a view scrolls. DisplayRole is the title; every field has a role.
class PlanListModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Roles {
        IdRole = Qt::UserRole + 1,
        TitleRole,
        DateRole, // QDate
        PublishedAtRole,
        PdfUrlRole,
        SizeBytesRole,
        PageCountRole,
        ApprovalRequestedRole,
        ApprovedRole,
        ApprovedAtRole,
        ApprovedByIdRole,
        ApprovedByNameRole,
        ApprovedByRoleRole, // ClientSummary::Role as int
        CanApproveRole,
        PlanRole, // QVariant of Plan
    };

    static constexpr int DefaultPageSize = 25;

    explicit PlanListModel(PortalApi *api, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    // Empties the list and loads the first page of this client's plans.
    void setClientId(const QString &clientId);
    QString clientId() const { return m_clientId; }
    void setPageSize(int size) { m_pageSize = size; }
    // Starts over from the first page; answers still under way are dropped.
    void reload();

    bool isLoading() const { return m_loading; }
    // The last load's failure; None after a successful load.
    ApiError lastError() const { return m_lastError; }
    const QList<Plan> &plans() const { return m_plans; }
    Plan plan(int row) const { return m_plans.value(row); }
    int indexOf(const QString &planId) const;
    // Replaces the plan with the same id (after an approval), so every view shows it at once.
    void updatePlan(const Plan &plan);

signals:
    void loadingChanged(bool loading);
    // A page arrived; `complete` when it was the last one.
    void loaded(bool complete);
    void loadFailed(const ApiError &error);

private:
    void fetchPage();
    void setLoading(bool loading);

    PortalApi *m_api;
    QString m_clientId;
    int m_pageSize = DefaultPageSize;
    QList<Plan> m_plans;
    QString m_nextCursor;
    bool m_hasMore = false;
    bool m_loading = false;
    bool m_failed = false; // fetchMore stops until reload(), so a view does not retry in a loop
    int m_generation = 0; // answers to an older generation are dropped
    ApiError m_lastError;
};
