#pragma once

#include "core/apireply.h"
#include "core/message.h"

#include <QAbstractListModel>
#include <QList>
#include <QPointer>

class PortalApi;

// The messages of one conversation (GET …/conversations/{id}/messages), oldest at the top and
// the newest at the bottom, as a chat reads. The portal pages from the newest back, so the first
// page is the latest messages and fetchOlder() puts an older page above them; a view asks for it
// when the person scrolls up or presses "Show older messages". canFetchMore() stays false: a
// view's automatic fetch at the bottom would fetch the wrong end.
//
// Once the newest messages are in, the read marker is moved to the newest one
// (PUT …/read-marker), so what the person sees counts as read.
class MessageListModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Roles {
        IdRole = Qt::UserRole + 1,
        SenderIdRole,
        SenderNameRole,
        SentAtRole,
        TextRole,
        IsMineRole,
        MessageRole, // QVariant of Message
    };

    static constexpr int DefaultPageSize = 25;

    explicit MessageListModel(PortalApi *api, QObject *parent = nullptr);

    void setMyPersonId(const QString &personId) { m_myPersonId = personId; }
    // Shows this conversation from its newest messages; empty ids empty the list.
    void setConversation(const QString &clientId, const QString &conversationId);
    QString conversationId() const { return m_conversationId; }
    void setPageSize(int pageSize);
    void reload();
    void retry();

    bool canFetchOlder() const;
    void fetchOlder();
    // A message the portal has just accepted from me: it goes at the bottom.
    void appendSent(const Message &message);

    bool isLoading() const { return m_pending; }
    bool hasLoaded() const { return m_loaded; }
    ApiError error() const { return m_error; }
    Message messageAt(int row) const;
    // The id the read marker was last moved to in this conversation.
    QString markedReadId() const { return m_markedReadId; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

signals:
    void loadingChanged(bool loading);
    // `newest`: the first page (the latest messages); otherwise older ones went on top.
    void pageLoaded(bool newest);
    void loadFailed(const ApiError &error);
    // The portal counts this conversation as read up to its newest message.
    void markedRead(const QString &conversationId);

private:
    void requestPage(QString cursor); // by value: callers pass the member it clears
    void cancelPending();
    void onPageFinished(ApiReply *reply, const QString &cursor);
    void markRead();

    PortalApi *m_api;
    QString m_myPersonId;
    QString m_clientId;
    QString m_conversationId;
    int m_pageSize = DefaultPageSize;
    QList<Message> m_messages; // oldest first
    QString m_olderCursor;
    QString m_pageCursor;
    bool m_loaded = false;
    QPointer<ApiReply> m_pending;
    ApiError m_error;
    QString m_markedReadId;
};
