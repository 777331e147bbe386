#include "core/messagelistmodel.h"

#include "core/logging.h"
#include "core/portalapi.h"

#include <QLocale>
#include <QUrl>

#include <algorithm>
#include <utility>

namespace {

QString segment(const QString &value)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(value));
}

} // namespace

MessageListModel::MessageListModel(PortalApi *api, QObject *parent)
    : QAbstractListModel(parent)
    , m_api(api)
{ }

void MessageListModel::setConversation(const QString &clientId, const QString &conversationId)
{
    m_clientId = clientId;
    m_conversationId = conversationId;
    m_markedReadId.clear();
    reload();
}

void MessageListModel::setPageSize(int pageSize)
{
    m_pageSize = qBound(1, pageSize, 100);
}

void MessageListModel::reload()
{
    cancelPending();
    beginResetModel();
    m_messages.clear();
    m_olderCursor.clear();
    m_loaded = false;
    m_error = ApiError();
    endResetModel();
    if (!m_clientId.isEmpty() && !m_conversationId.isEmpty())
        requestPage(QString());
}

void MessageListModel::retry()
{
    if (m_pending || !m_error.isError())
        return;
    if (m_pageCursor.isEmpty())
        reload();
    else
        requestPage(m_pageCursor);
}

bool MessageListModel::canFetchOlder() const
{
    return m_loaded && !m_olderCursor.isEmpty() && !m_pending && !m_error.isError();
}

void MessageListModel::fetchOlder()
{
    if (canFetchOlder())
        requestPage(m_olderCursor);
}

void MessageListModel::cancelPending()
{
    if (!m_pending)
        return;
    ApiReply *reply = m_pending;
    m_pending = nullptr;
    disconnect(reply, nullptr, this, nullptr);
    reply->abort();
    emit loadingChanged(false);
}

void MessageListModel::requestPage(QString cursor)
{
    QString path = QStringLiteral("/api/v1/clients/%1/conversations/%2/messages?limit=%3")
                       .arg(segment(m_clientId), segment(m_conversationId))
                       .arg(m_pageSize);
    if (!cursor.isEmpty())
        path += QStringLiteral("&cursor=") + segment(cursor);
    m_error = ApiError();
    ApiReply *reply = m_api->get(path);
    m_pending = reply;
    m_pageCursor = cursor;
    m_olderCursor.clear();
    connect(reply, &ApiReply::finished, this,
            [this, reply, cursor] { onPageFinished(reply, cursor); });
    emit loadingChanged(true);
}

void MessageListModel::onPageFinished(ApiReply *reply, const QString &cursor)
{
    if (reply != m_pending)
        return;
    m_pending = nullptr;
    QList<Message> page;
    QString next;
    QString problem;
    if (!reply->isOk()) {
        m_error = reply->error();
    } else if (!Message::pageFromJson(reply->json(), &page, &next, &problem)) {
        qCWarning(lcApi) << "messages: the portal's answer is not a message page:" << problem;
        m_error = ApiError(ApiError::Kind::NotAPortal, problem);
    }
    if (m_error.isError()) {
        emit loadingChanged(false);
        emit loadFailed(m_error);
        return;
    }
    if (!next.isEmpty() && next == cursor)
        next.clear();
    // The portal sends the newest first; on screen the oldest is on top.
    std::reverse(page.begin(), page.end());
    const bool newest = cursor.isEmpty();
    if (!page.isEmpty()) {
        beginInsertRows(QModelIndex(), 0, int(page.size()) - 1);
        m_messages = page + m_messages;
        m_olderCursor = next;
        m_loaded = true;
        endInsertRows();
    } else {
        m_olderCursor = next;
        m_loaded = true;
    }
    emit loadingChanged(false);
    emit pageLoaded(newest);
    if (newest)
        markRead();
}

void MessageListModel::appendSent(const Message &message)
{
    if (!message.isValid() || message.conversationId != m_conversationId)
        return;
    for (const Message &known : std::as_const(m_messages)) {
        if (known.id == message.id)
            return;
    }
    const int row = int(m_messages.size());
    beginInsertRows(QModelIndex(), row, row);
    m_messages.append(message);
    endInsertRows();
    // My own message is read by definition; moving the marker also covers any before it.
    markRead();
}

void MessageListModel::markRead()
{
    if (m_messages.isEmpty())
        return;
    const QString newestId = m_messages.last().id;
    if (newestId == m_markedReadId)
        return;
    const QString conversationId = m_conversationId;
    ApiReply *reply = m_api->put(QStringLiteral("/api/v1/clients/%1/conversations/%2/read-marker")
                                     .arg(segment(m_clientId), segment(conversationId)),
                                 QJsonObject { { QStringLiteral("lastReadMessageId"), newestId } });
    connect(reply, &ApiReply::finished, this, [this, reply, conversationId, newestId] {
        if (!reply->isOk()) {
            // Not worth a sentence: the messages are on screen; the count stays until next time.
            qCInfo(lcApi) << "messages: the read marker did not move:" << reply->error().detail();
            return;
        }
        if (conversationId == m_conversationId)
            m_markedReadId = newestId;
        emit markedRead(conversationId);
    });
}

Message MessageListModel::messageAt(int row) const
{
    return row >= 0 && row < m_messages.size() ? m_messages.at(row) : Message();
}

int MessageListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_messages.size());
}

QVariant MessageListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Message &message = m_messages.at(index.row());
    const bool mine = message.sender.id == m_myPersonId;
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return tr("%1, %2: %3")
            .arg(mine ? tr("You") : message.sender.name,
                 QLocale().toString(message.sentAt.toLocalTime(), QLocale::ShortFormat),
                 message.text);
    case IdRole:
        return message.id;
    case SenderIdRole:
        return message.sender.id;
    case SenderNameRole:
        return message.sender.name;
    case SentAtRole:
        return message.sentAt;
    case TextRole:
        return message.text;
    case IsMineRole:
        return mine;
    case MessageRole:
        return QVariant::fromValue(message);
    default:
        return {};
    }
}

QHash<int, QByteArray> MessageListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(IdRole, "messageId");
    names.insert(SenderIdRole, "senderId");
    names.insert(SenderNameRole, "senderName");
    names.insert(SentAtRole, "sentAt");
    names.insert(TextRole, "text");
    names.insert(IsMineRole, "isMine");
    names.insert(MessageRole, "message");
    return names;
}
