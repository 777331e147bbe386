#pragma once

#include "core/apireply.h"
#include "core/report.h"

#include <QAbstractListModel>
#include <QDateTime>
#include <QList>
#include <QPointer>

class PortalApi;

// A client's reports (GET /api/v1/clients/{id}/reports), newest first. The first page loads as
// soon as a client is set; later pages come through canFetchMore/fetchMore as a view scrolls,
// one request at a time. Only the rows fetched are kept. Changing the filter or reload() starts
// the list again from the top.
class ReportListModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Roles {
        IdRole = Qt::UserRole + 1,
        CreatedAtRole, // QDateTime
        UpdatedAtRole, // QDateTime, invalid when never corrected
        AuthorIdRole,
        AuthorNameRole,
        AuthorRoleRole, // "Persoonlijk begeleider"
        AuthorKindRole, // ReportAuthor::Kind as int
        CategoryRole,
        TextRole,
        SourceRole, // Report::Source as int
        ReportRole, // QVariant of Report
    };

    struct Filter
    {
        QDateTime from; // inclusive; invalid for no lower bound
        QDateTime to; // exclusive; invalid for no upper bound
        QString authorId; // empty for everyone
        QString words; // all must occur in the text; empty for all reports

        bool isEmpty() const;
        friend bool operator==(const Filter &a, const Filter &b);
        friend bool operator!=(const Filter &a, const Filter &b) { return !(a == b); }
    };

    static constexpr int DefaultPageSize = 25;
    static constexpr int MaxWordsLength = 200;

    explicit ReportListModel(PortalApi *api, QObject *parent = nullptr);

    // Starts the list of this client from the top, without filters; an empty id empties it.
    void setClientId(const QString &clientId);
    QString clientId() const { return m_clientId; }
    void setFilter(const Filter &filter);
    Filter filter() const { return m_filter; }
    void setPageSize(int pageSize);

    // Throws away what was fetched and starts again from the first page.
    void reload();
    // After a failed page: asks for that page again.
    void retry();

    bool isLoading() const { return m_pending; }
    // True once the first page of the current list has arrived (so an empty list is really empty).
    bool hasLoaded() const { return m_loaded; }
    // The last page has arrived: there is nothing more to fetch.
    bool isComplete() const
    {
        return m_loaded && m_nextCursor.isEmpty() && !m_pending && !m_error.isError();
    }
    ApiError error() const { return m_error; }
    Report reportAt(int row) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

signals:
    void loadingChanged(bool loading);
    // A page arrived; `first` for the first page of a (re)started list.
    void pageLoaded(bool first);
    // A page could not be fetched; the rows already there stay. error() keeps it until the next
    // request.
    void loadFailed(const ApiError &error);

private:
    void restart();
    // By value: callers pass m_nextCursor, which requestPage() clears.
    void requestPage(QString cursor);
    void cancelPending();
    void onPageFinished(ApiReply *reply, const QString &cursor);
    QString pagePath(const QString &cursor) const;
    void setError(const ApiError &error);

    PortalApi *m_api;
    QString m_clientId;
    Filter m_filter;
    int m_pageSize = DefaultPageSize;
    QList<Report> m_reports;
    QString m_nextCursor; // of the page to fetch next; empty while it is fetched, and at the end
    QString m_pageCursor; // of the page asked for last, for retry()
    bool m_pageIsFirst = false;
    bool m_loaded = false;
    QPointer<ApiReply> m_pending;
    ApiError m_error;
};
