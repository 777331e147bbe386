#include "core/accesslogmodel.h"

#include "core/logging.h"
#include "core/portalapi.h"

#include <QLocale>
#include <QUrl>

AccessLogModel::AccessLogModel(PortalApi *api, QObject *parent)
    : QAbstractTableModel(parent)
    , m_api(api)
{ }

void AccessLogModel::setClientId(const QString &clientId)
{
    m_clientId = clientId;
    reload();
}

void AccessLogModel::reload()
{
    if (m_pending) {
        ApiReply *reply = m_pending;
        m_pending = nullptr;
        // Its answer belongs to a list that is gone.
        disconnect(reply, nullptr, this, nullptr);
        reply->abort();
    }
    beginResetModel();
    m_entries.clear();
    m_nextCursor.clear();
    m_loaded = false;
    m_error = ApiError();
    endResetModel();
    if (m_clientId.isEmpty())
        emit loadingChanged(false);
    else
        requestPage(QString());
}

void AccessLogModel::retry()
{
    if (m_pending || !m_error.isError())
        return;
    if (m_pageCursor.isEmpty())
        reload();
    else
        requestPage(m_pageCursor);
}

void AccessLogModel::requestPage(const QString &cursor)
{
    QString path = QStringLiteral("/api/v1/clients/%1/access/log?limit=%2")
                       .arg(QString::fromLatin1(QUrl::toPercentEncoding(m_clientId)))
                       .arg(m_pageSize);
    if (!cursor.isEmpty())
        path += QStringLiteral("&cursor=") + QString::fromLatin1(QUrl::toPercentEncoding(cursor));
    m_error = ApiError();
    ApiReply *reply = m_api->get(path);
    m_pending = reply;
    m_pageCursor = cursor;
    m_nextCursor.clear();
    connect(reply, &ApiReply::finished, this,
            [this, reply, cursor] { onPageFinished(reply, cursor); });
    emit loadingChanged(true);
}

void AccessLogModel::onPageFinished(ApiReply *reply, const QString &cursor)
{
    if (reply != m_pending)
        return;
    m_pending = nullptr;
    if (!reply->isOk()) {
        fail(reply->error());
        return;
    }
    QList<AccessLogEntry> page;
    QString next;
    QString problem;
    if (!AccessLogEntry::pageFromJson(reply->json(), &page, &next, &problem)) {
        qCWarning(lcApi) << "access log: the portal's answer is not a log page:" << problem;
        fail(ApiError(ApiError::Kind::NotAPortal, problem));
        return;
    }
    if (!next.isEmpty() && next == cursor)
        next.clear();
    if (!page.isEmpty()) {
        const int first = int(m_entries.size());
        beginInsertRows(QModelIndex(), first, first + int(page.size()) - 1);
        m_entries.append(page);
        m_nextCursor = next;
        m_loaded = true;
        endInsertRows();
    } else {
        m_nextCursor = next;
        m_loaded = true;
    }
    emit loadingChanged(false);
    emit pageLoaded(cursor.isEmpty());
}

void AccessLogModel::fail(const ApiError &error)
{
    m_error = error;
    emit loadingChanged(false);
    emit loadFailed(error);
}

AccessLogEntry AccessLogModel::entryAt(int row) const
{
    return row >= 0 && row < m_entries.size() ? m_entries.at(row) : AccessLogEntry();
}

int AccessLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int AccessLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AccessLogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AccessLogEntry &entry = m_entries.at(index.row());
    const QString when = QLocale().toString(entry.at.toLocalTime(), QLocale::ShortFormat);
    if (role == Qt::AccessibleTextRole || role == Qt::ToolTipRole)
        return tr("%1: %2 %3").arg(when, entry.who(), entry.what());
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case WhenColumn:
        return when;
    case WhoColumn:
        return entry.who();
    case WhatColumn:
        return entry.what();
    default:
        return {};
    }
}

QVariant AccessLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case WhenColumn:
        return tr("When");
    case WhoColumn:
        return tr("Who");
    case WhatColumn:
        return tr("What");
    default:
        return {};
    }
}

bool AccessLogModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_loaded && !m_nextCursor.isEmpty() && !m_pending
        && !m_error.isError();
}

void AccessLogModel::fetchMore(const QModelIndex &parent)
{
    if (canFetchMore(parent))
        requestPage(m_nextCursor);
}
