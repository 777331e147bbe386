#pragma once

#include "core/apireply.h"
#include "core/conversation.h"

#include <QAbstractListModel>
#include <QList>
#include <QPointer>

class PhotoLoader;
class PortalApi;

// My conversations in a client's portal (GET /api/v1/clients/{id}/conversations), the most
// recent first, each with whom it is with, its last message and how many messages I have not
// read. Pages come through canFetchMore/fetchMore as a view scrolls, one request at a time.
class ConversationListModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Roles {
        IdRole = Qt::UserRole + 1,
        TitleRole, // the other people's names
        UnreadCountRole,
        LastMessageTextRole,
        UpdatedAtRole,
        ConversationRole, // QVariant of Conversation
    };

    static constexpr int DefaultPageSize = 25;

    explicit ConversationListModel(PortalApi *api, QObject *parent = nullptr);

    void setPhotoLoader(PhotoLoader *photos);
    // Whose conversations these are: the signed-in person's id (GET /api/v1/me), so the rows
    // name the other people and own last messages say "You".
    void setMyPersonId(const QString &personId) { m_myPersonId = personId; }
    QString myPersonId() const { return m_myPersonId; }
    void setClientId(const QString &clientId);
    void setPageSize(int pageSize);
    void reload();
    void retry();

    bool isLoading() const { return m_pending; }
    bool hasLoaded() const { return m_loaded; }
    ApiError error() const { return m_error; }
    Conversation conversationAt(int row) const;
    int rowOf(const QString &conversationId) const;
    // The row of a conversation with exactly this one other person; -1 when none is loaded.
    int rowWithOnly(const QString &personId) const;
    // What the read marker did: this conversation has nothing unread any more.
    void setRead(const QString &conversationId);

    // "1 unread message", "3 unread messages", "No unread messages".
    static QString unreadText(int count);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

signals:
    void loadingChanged(bool loading);
    void pageLoaded(bool first);
    void loadFailed(const ApiError &error);

private:
    void requestPage(QString cursor); // by value: callers pass the member it clears
    void cancelPending();
    void onPageFinished(ApiReply *reply, const QString &cursor);
    void onPhotoReady(const QString &path);
    QString photoPathOf(const Conversation &conversation) const;
    QString describe(const Conversation &conversation, const QString &separator) const;

    PortalApi *m_api;
    QPointer<PhotoLoader> m_photos;
    QString m_myPersonId;
    QString m_clientId;
    int m_pageSize = DefaultPageSize;
    QList<Conversation> m_conversations;
    QString m_nextCursor;
    QString m_pageCursor;
    bool m_loaded = false;
    QPointer<ApiReply> m_pending;
    ApiError m_error;
};
