#pragma once

#include "core/apireply.h"
#include "core/boardpost.h"

#include <QAbstractListModel>
#include <QHash>
#include <QList>
#include <QPointer>

class PortalApi;

// A client's bulletin board (GET /api/v1/clients/{id}/board/posts), newest first. The first
// page loads as soon as a client is set; later pages come through canFetchMore/fetchMore, one
// request at a time. Also keeps the rows current after a change: refreshPost() reads one post
// again (after a reaction), deletePost() removes it at the portal and then from the list.
class BoardPostListModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Roles {
        IdRole = Qt::UserRole + 1,
        AuthorNameRole,
        CreatedAtRole, // QDateTime
        TextRole,
        PhotoCountRole,
        ReactionCountRole,
        CanDeleteRole,
        PostRole, // QVariant of BoardPost
    };

    static constexpr int DefaultPageSize = 10;

    explicit BoardPostListModel(PortalApi *api, QObject *parent = nullptr);

    // Starts this client's board from the top; an empty id empties it.
    void setClientId(const QString &clientId);
    QString clientId() const { return m_clientId; }
    void setPageSize(int pageSize);
    void reload();
    // After a failed page: asks for that page again.
    void retry();

    bool isLoading() const { return m_pending; }
    bool hasLoaded() const { return m_loaded; }
    ApiError error() const { return m_error; }
    BoardPost postAt(int row) const;
    int rowOf(const QString &postId) const;

    // Reads the post again (its reactions changed); postChanged follows.
    void refreshPost(const QString &postId);
    // Replaces the row of this post (e.g. with all its reactions); false when it is not listed.
    bool updatePost(const BoardPost &post);
    // Deletes the post at the portal; the row goes when the portal says it is gone.
    void deletePost(const QString &postId);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

signals:
    void loadingChanged(bool loading);
    void pageLoaded(bool first);
    void loadFailed(const ApiError &error);
    void postDeleted(const QString &postId);
    void deleteFailed(const QString &postId, const ApiError &error);
    void refreshFailed(const QString &postId, const ApiError &error);

private:
    void restart();
    void requestPage(const QString &cursor);
    void cancelPending();
    void onPageFinished(ApiReply *reply, const QString &cursor);
    void setError(const ApiError &error);
    void removeRow(const QString &postId);

    PortalApi *m_api;
    QString m_clientId;
    int m_pageSize = DefaultPageSize;
    QList<BoardPost> m_posts;
    QString m_nextCursor;
    QString m_pageCursor;
    bool m_pageIsFirst = false;
    bool m_loaded = false;
    QPointer<ApiReply> m_pending;
    QHash<QString, QPointer<ApiReply>> m_changes; // refreshes and deletions by post id
    ApiError m_error;
};
