#include "core/reportlistmodel.h"

#include "core/apireply.h"
#include "core/logging.h"
#include "core/portalapi.h"

#include <QLocale>
#include <QUrl>

namespace {

// A query value, escaped so that "+" of an offset or "&" in words survive the trip.
QString queryValue(const QString &value)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(value));
}

QString queryTime(const QDateTime &time)
{
    // UTC with "Z": an RFC 3339 time with an offset, as the contract asks, whatever the zone.
    return queryValue(time.toUTC().toString(Qt::ISODate));
}

} // namespace

bool ReportListModel::Filter::isEmpty() const
{
    return !from.isValid() && !to.isValid() && authorId.isEmpty() && words.trimmed().isEmpty();
}

bool operator==(const ReportListModel::Filter &a, const ReportListModel::Filter &b)
{
    return a.from == b.from && a.to == b.to && a.authorId == b.authorId
        && a.words.simplified() == b.words.simplified();
}

ReportListModel::ReportListModel(PortalApi *api, QObject *parent)
    : QAbstractListModel(parent)
    , m_api(api)
{ }

void ReportListModel::setClientId(const QString &clientId)
{
    m_clientId = clientId;
    // Another client's list starts afresh: their authors and periods are not this one's.
    m_filter = Filter();
    restart();
}

void ReportListModel::setFilter(const Filter &filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    m_filter.words = m_filter.words.simplified().left(MaxWordsLength);
    restart();
}

void ReportListModel::setPageSize(int pageSize)
{
    m_pageSize = qBound(1, pageSize, 100);
}

void ReportListModel::reload()
{
    restart();
}

void ReportListModel::retry()
{
    if (m_pending || !m_error.isError())
        return;
    if (m_requestedPage <= 0 && m_heldPageRows.isEmpty())
        restart();
    else
        requestPage(m_requestedPage);
}

void ReportListModel::restart()
{
    cancelPending();
    beginResetModel();
    m_reports.clear();
    m_pageCursors.clear();
    m_heldPageRows.clear();
    m_firstHeldPage = 0;
    m_requestedPage = -1;
    m_loaded = false;
    m_error = ApiError();
    endResetModel();
    if (!m_clientId.isEmpty()) {
        m_pageCursors.append(QString());
        requestPage(0);
    }
}

void ReportListModel::cancelPending()
{
    if (!m_pending)
        return;
    ApiReply *reply = m_pending;
    m_pending = nullptr;
    // Its answer belongs to a list that is gone: not a word of it may reach this one.
    disconnect(reply, nullptr, this, nullptr);
    reply->abort();
    emit loadingChanged(false);
}

QString ReportListModel::pagePath(const QString &cursor) const
{
    QString path = QStringLiteral("/api/v1/clients/%1/reports?limit=%2")
                       .arg(queryValue(m_clientId))
                       .arg(m_pageSize);
    if (m_filter.from.isValid())
        path += QStringLiteral("&from=") + queryTime(m_filter.from);
    if (m_filter.to.isValid())
        path += QStringLiteral("&to=") + queryTime(m_filter.to);
    if (!m_filter.authorId.isEmpty())
        path += QStringLiteral("&author=") + queryValue(m_filter.authorId);
    if (!m_filter.words.isEmpty())
        path += QStringLiteral("&q=") + queryValue(m_filter.words);
    if (!cursor.isEmpty())
        path += QStringLiteral("&cursor=") + queryValue(cursor);
    return path;
}

void ReportListModel::requestPage(int page)
{
    m_error = ApiError();
    ApiReply *reply = m_api->get(pagePath(m_pageCursors.value(page)));
    m_pending = reply;
    m_requestedPage = page;
    connect(reply, &ApiReply::finished, this, [this, reply, page] { onPageFinished(reply, page); });
    emit loadingChanged(true);
}

void ReportListModel::onPageFinished(ApiReply *reply, int pageIndex)
{
    if (reply != m_pending)
        return;
    m_pending = nullptr;
    if (!reply->isOk()) {
        setError(reply->error());
        return;
    }
    QList<Report> page;
    QString next;
    QString problem;
    if (!Report::pageFromJson(reply->json(), &page, &next, &problem)) {
        qCWarning(lcApi) << "reports: the portal's answer is not a report page:" << problem;
        setError(ApiError(ApiError::Kind::NotAPortal, problem));
        return;
    }
    const QString cursor = m_pageCursors.value(pageIndex);
    // A cursor that does not move on would make a view ask for the same page forever.
    if (!next.isEmpty() && next == cursor) {
        qCWarning(lcApi) << "reports: the next cursor repeats the current one";
        next.clear();
    }
    // The first time this page is reached, its answer tells where the next one starts.
    if (pageIndex == m_pageCursors.size() - 1 && !next.isEmpty())
        m_pageCursors.append(next);
    const bool first = pageIndex == 0 && m_heldPageRows.isEmpty();
    m_loaded = true;
    if (pageIndex < m_firstHeldPage)
        prependPage(page);
    else
        appendPage(page);
    emit loadingChanged(isLoading());
    emit pageLoaded(first);
}

int ReportListModel::maxPagesHeld() const
{
    return qMax(2, MaxRowsHeld / m_pageSize);
}

void ReportListModel::appendPage(const QList<Report> &page)
{
    // A view may ask for the next page from inside endInsertRows(): the page counts as held
    // by then, and its next cursor is known.
    m_heldPageRows.append(int(page.size()));
    if (!page.isEmpty()) {
        const int firstRow = int(m_reports.size());
        beginInsertRows(QModelIndex(), firstRow, firstRow + int(page.size()) - 1);
        m_reports.append(page);
        endInsertRows();
    }
    if (m_heldPageRows.size() <= maxPagesHeld())
        return;
    const int rows = m_heldPageRows.takeFirst();
    ++m_firstHeldPage;
    if (rows > 0) {
        beginRemoveRows(QModelIndex(), 0, rows - 1);
        m_reports.remove(0, rows);
        endRemoveRows();
    }
}

void ReportListModel::prependPage(const QList<Report> &page)
{
    --m_firstHeldPage;
    m_heldPageRows.prepend(int(page.size()));
    if (!page.isEmpty()) {
        beginInsertRows(QModelIndex(), 0, int(page.size()) - 1);
        m_reports = page + m_reports;
        endInsertRows();
    }
    if (m_heldPageRows.size() <= maxPagesHeld())
        return;
    const int rows = m_heldPageRows.takeLast();
    if (rows > 0) {
        const int firstRow = int(m_reports.size()) - rows;
        beginRemoveRows(QModelIndex(), firstRow, int(m_reports.size()) - 1);
        m_reports.remove(firstRow, rows);
        endRemoveRows();
    }
}

void ReportListModel::fetchNewer()
{
    if (!hasNewer() || m_pending || m_error.isError())
        return;
    requestPage(m_firstHeldPage - 1);
}

void ReportListModel::setError(const ApiError &error)
{
    m_error = error;
    emit loadingChanged(false);
    emit loadFailed(error);
}

Report ReportListModel::reportAt(int row) const
{
    return row >= 0 && row < m_reports.size() ? m_reports.at(row) : Report();
}

int ReportListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_reports.size());
}

QVariant ReportListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Report &report = m_reports.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return tr("%1, %2").arg(
            QLocale().toString(report.createdAt.toLocalTime(), QLocale::LongFormat),
            report.author.name);
    case Qt::AccessibleTextRole:
    case Qt::ToolTipRole: {
        const QString when
            = QLocale().toString(report.createdAt.toLocalTime(), QLocale::LongFormat);
        const QString who = report.author.role.isEmpty()
            ? report.author.name
            : tr("%1 (%2)").arg(report.author.name, report.author.role);
        return tr("%1, written by %2, %3: %4")
            .arg(when, who, report.category, report.text.left(200).simplified());
    }
    case IdRole:
        return report.id;
    case CreatedAtRole:
        return report.createdAt;
    case UpdatedAtRole:
        return report.updatedAt;
    case AuthorIdRole:
        return report.author.id;
    case AuthorNameRole:
        return report.author.name;
    case AuthorRoleRole:
        return report.author.role;
    case AuthorKindRole:
        return int(report.author.kind);
    case CategoryRole:
        return report.category;
    case TextRole:
        return report.text;
    case SourceRole:
        return int(report.source);
    case ReportRole:
        return QVariant::fromValue(report);
    default:
        return {};
    }
}

QHash<int, QByteArray> ReportListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(IdRole, "reportId");
    names.insert(CreatedAtRole, "createdAt");
    names.insert(UpdatedAtRole, "updatedAt");
    names.insert(AuthorIdRole, "authorId");
    names.insert(AuthorNameRole, "authorName");
    names.insert(AuthorRoleRole, "authorRole");
    names.insert(AuthorKindRole, "authorKind");
    names.insert(CategoryRole, "category");
    names.insert(TextRole, "text");
    names.insert(SourceRole, "source");
    names.insert(ReportRole, "report");
    return names;
}

bool ReportListModel::canFetchMore(const QModelIndex &parent) const
{
    // Never a second request while one runs; after a failure only retry() asks again, so a view
    // does not hammer a portal that is down.
    return !parent.isValid() && m_loaded && hasOlderPage() && !m_pending && !m_error.isError();
}

void ReportListModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    requestPage(m_firstHeldPage + int(m_heldPageRows.size()));
}
