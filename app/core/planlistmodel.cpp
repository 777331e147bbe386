#include "core/planlistmodel.h"

#include "core/logging.h"
#include "core/portalapi.h"

#include <QUrl>

PlanListModel::PlanListModel(PortalApi *api, QObject *parent)
    : QAbstractListModel(parent)
    , m_api(api)
{ }

int PlanListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_plans.size());
}

QVariant PlanListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Plan &plan = m_plans.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case TitleRole:
        return plan.title;
    case IdRole:
        return plan.id;
    case DateRole:
        return plan.date;
    case PublishedAtRole:
        return plan.publishedAt;
    case PdfUrlRole:
        return plan.pdfUrl;
    case SizeBytesRole:
        return plan.sizeBytes;
    case PageCountRole:
        return plan.pageCount;
    case ApprovalRequestedRole:
        return plan.approvalRequested;
    case ApprovedRole:
        return plan.approved;
    case ApprovedAtRole:
        return plan.approved ? QVariant(plan.approval.approvedAt) : QVariant();
    case ApprovedByIdRole:
        return plan.approved ? QVariant(plan.approval.approverId) : QVariant();
    case ApprovedByNameRole:
        return plan.approved ? QVariant(plan.approval.approverName) : QVariant();
    case ApprovedByRoleRole:
        return plan.approved ? QVariant(int(plan.approval.approverRole)) : QVariant();
    case CanApproveRole:
        return plan.canApprove;
    case PlanRole:
        return QVariant::fromValue(plan);
    default:
        return {};
    }
}

QHash<int, QByteArray> PlanListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(IdRole, "planId");
    names.insert(TitleRole, "title");
    names.insert(DateRole, "date");
    names.insert(PublishedAtRole, "publishedAt");
    names.insert(PdfUrlRole, "pdfUrl");
    names.insert(SizeBytesRole, "sizeBytes");
    names.insert(PageCountRole, "pageCount");
    names.insert(ApprovalRequestedRole, "approvalRequested");
    names.insert(ApprovedRole, "approved");
    names.insert(ApprovedAtRole, "approvedAt");
    names.insert(ApprovedByIdRole, "approvedById");
    names.insert(ApprovedByNameRole, "approvedByName");
    names.insert(ApprovedByRoleRole, "approvedByRole");
    names.insert(CanApproveRole, "canApprove");
    names.insert(PlanRole, "plan");
    return names;
}

bool PlanListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_hasMore && !m_loading && !m_failed;
}

void PlanListModel::fetchMore(const QModelIndex &parent)
{
    if (canFetchMore(parent))
        fetchPage();
}

void PlanListModel::setClientId(const QString &clientId)
{
    m_clientId = clientId;
    reload();
}

void PlanListModel::reload()
{
    ++m_generation;
    beginResetModel();
    m_plans.clear();
    m_nextCursor.clear();
    // Not before the reset is over: a view (or a model tester) asks canFetchMore() during it.
    m_hasMore = false;
    m_failed = false;
    m_lastError = ApiError();
    endResetModel();
    setLoading(false);
    m_hasMore = !m_clientId.isEmpty();
    if (m_hasMore)
        fetchPage();
}

void PlanListModel::fetchPage()
{
    QString path = QStringLiteral("/api/v1/clients/%1/plans?limit=%2")
                       .arg(QString::fromLatin1(QUrl::toPercentEncoding(m_clientId)))
                       .arg(m_pageSize);
    if (!m_nextCursor.isEmpty())
        path += QStringLiteral("&cursor=")
            + QString::fromLatin1(QUrl::toPercentEncoding(m_nextCursor));
    setLoading(true);
    ApiReply *reply = m_api->get(path);
    const int generation = m_generation;
    connect(reply, &ApiReply::finished, this, [this, reply, generation] {
        if (generation != m_generation)
            return;
        setLoading(false);
        QList<Plan> page;
        QString cursor;
        QString problem;
        ApiError error = reply->error();
        if (!error.isError() && !Plan::pageFromJson(reply->json(), &page, &cursor, &problem)) {
            qCWarning(lcApi) << "plans page refused:" << problem;
            error = ApiError(ApiError::Kind::NotAPortal, problem);
        }
        if (error.isError()) {
            m_failed = true;
            m_lastError = error;
            emit loadFailed(error);
            return;
        }
        m_lastError = ApiError();
        // The cursor first: a view may ask for the next page as soon as the rows are in.
        m_nextCursor = cursor;
        m_hasMore = !cursor.isEmpty();
        const bool complete = !m_hasMore;
        if (!page.isEmpty()) {
            beginInsertRows({}, int(m_plans.size()), int(m_plans.size() + page.size()) - 1);
            m_plans.append(page);
            endInsertRows();
        }
        emit loaded(complete);
    });
}

void PlanListModel::setLoading(bool loading)
{
    if (m_loading == loading)
        return;
    m_loading = loading;
    emit loadingChanged(loading);
}

int PlanListModel::indexOf(const QString &planId) const
{
    for (int row = 0; row < m_plans.size(); ++row) {
        if (m_plans.at(row).id == planId)
            return row;
    }
    return -1;
}

void PlanListModel::updatePlan(const Plan &plan)
{
    const int row = indexOf(plan.id);
    if (row < 0)
        return;
    m_plans[row] = plan;
    const QModelIndex changed = index(row);
    emit dataChanged(changed, changed);
}
