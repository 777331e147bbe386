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
// one request at a time. Changing the filter or reload() starts the list again from the top.
//
// A window of at most MaxRowsHeld rows is kept, whatever the length of the dossier: when a page
// comes in at the end, the oldest page held at the top is let go (rows removed), and
// hasNewer()/fetchNewer() bring such pages back from the top when the person scrolls up again
// (rows inserted at 0; a page at the end goes then). Only the cursors of the pages seen are
// kept, a few bytes a page.
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
    static constexpr int MaxRowsHeld = 500;
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
    // The last page has arrived and is held: there is nothing more to fetch at the end.
    bool isComplete() const
    {
        return m_loaded && !hasOlderPage() && !m_pending && !m_error.isError();
    }
    // Newer pages were let go from the top; fetchNewer() brings the one above back.
    bool hasNewer() const { return m_firstHeldPage > 0; }
    void fetchNewer();
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
    // Page `page` of the list, by the cursor that page was first reached with.
    void requestPage(int page);
    void cancelPending();
    void onPageFinished(ApiReply *reply, int page);
    void appendPage(const QList<Report> &page);
    void prependPage(const QList<Report> &page);
    int maxPagesHeld() const;
    // There is a page after the last one held (its cursor is known).
    bool hasOlderPage() const { return m_firstHeldPage + m_heldPageRows.size() < m_pageCursors.size(); }
    QString pagePath(const QString &cursor) const;
    void setError(const ApiError &error);

    PortalApi *m_api;
    QString m_clientId;
    Filter m_filter;
    int m_pageSize = DefaultPageSize;
    QList<Report> m_reports; // the pages held, in order
    // The cursor of every page reached so far (the first page's is empty): page i is known to
    // exist when i < size().
    QStringList m_pageCursors;
    int m_firstHeldPage = 0;
    QList<int> m_heldPageRows; // the number of rows of each page held
    int m_requestedPage = -1; // the page asked for last, for retry()
    bool m_loaded = false;
    QPointer<ApiReply> m_pending;
    ApiError m_error;
};
