#pragma once

#include "core/accesslog.h"
#include "core/apireply.h"

#include <QAbstractTableModel>
#include <QPointer>

class PortalApi;

// A client's access log (GET …/access/log), newest first, as a table: when, who, what. The
// first page loads when a client is set; later pages come through canFetchMore/fetchMore, one
// request at a time. After a failed page only retry() asks again.
class AccessLogModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { WhenColumn, WhoColumn, WhatColumn, ColumnCount };

    static constexpr int DefaultPageSize = 50;

    explicit AccessLogModel(PortalApi *api, QObject *parent = nullptr);

    void setClientId(const QString &clientId);
    QString clientId() const { return m_clientId; }
    void setPageSize(int pageSize) { m_pageSize = qBound(1, pageSize, 100); }
    void reload();
    void retry();

    bool isLoading() const { return m_pending; }
    bool hasLoaded() const { return m_loaded; }
    bool isComplete() const { return m_loaded && m_nextCursor.isEmpty() && !m_pending; }
    ApiError error() const { return m_error; }
    AccessLogEntry entryAt(int row) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

signals:
    void loadingChanged(bool loading);
    void pageLoaded(bool first);
    void loadFailed(const ApiError &error);

private:
    void requestPage(const QString &cursor);
    void onPageFinished(ApiReply *reply, const QString &cursor);
    void fail(const ApiError &error);

    PortalApi *m_api;
    QString m_clientId;
    int m_pageSize = DefaultPageSize;
    QList<AccessLogEntry> m_entries;
    QString m_nextCursor;
    QString m_pageCursor;
    bool m_loaded = false;
    QPointer<ApiReply> m_pending;
    ApiError m_error;
};
