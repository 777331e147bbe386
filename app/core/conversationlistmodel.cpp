#include "core/conversationlistmodel.h"

#include "core/contactphoto.h"
#include "core/logging.h"
#include "core/photoloader.h"
#include "core/portalapi.h"

#include <QFont>
#include <QLocale>
#include <QStringList>
#include <QUrl>

#include <utility>

namespace {

QString queryValue(const QString &value)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(value));
}

} // namespace

ConversationListModel::ConversationListModel(PortalApi *api, QObject *parent)
    : QAbstractListModel(parent)
    , m_api(api)
{ }

void ConversationListModel::setPhotoLoader(PhotoLoader *photos)
{
    if (m_photos)
        disconnect(m_photos, nullptr, this, nullptr);
    m_photos = photos;
    if (photos)
        connect(photos, &PhotoLoader::photoReady, this, &ConversationListModel::onPhotoReady);
}

void ConversationListModel::setClientId(const QString &clientId)
{
    m_clientId = clientId;
    reload();
}

void ConversationListModel::setPageSize(int pageSize)
{
    m_pageSize = qBound(1, pageSize, 100);
}

void ConversationListModel::reload()
{
    cancelPending();
    beginResetModel();
    m_conversations.clear();
    m_nextCursor.clear();
    m_loaded = false;
    m_error = ApiError();
    endResetModel();
    if (!m_clientId.isEmpty())
        requestPage(QString());
}

void ConversationListModel::retry()
{
    if (m_pending || !m_error.isError())
        return;
    if (m_pageCursor.isEmpty())
        reload();
    else
        requestPage(m_pageCursor);
}

void ConversationListModel::cancelPending()
{
    if (!m_pending)
        return;
    ApiReply *reply = m_pending;
    m_pending = nullptr;
    disconnect(reply, nullptr, this, nullptr);
    reply->abort();
    emit loadingChanged(false);
}

void ConversationListModel::requestPage(QString cursor)
{
    QString path = QStringLiteral("/api/v1/clients/%1/conversations?limit=%2")
                       .arg(queryValue(m_clientId))
                       .arg(m_pageSize);
    if (!cursor.isEmpty())
        path += QStringLiteral("&cursor=") + queryValue(cursor);
    m_error = ApiError();
    ApiReply *reply = m_api->get(path);
    m_pending = reply;
    m_pageCursor = cursor;
    m_nextCursor.clear();
    connect(reply, &ApiReply::finished, this,
            [this, reply, cursor] { onPageFinished(reply, cursor); });
    emit loadingChanged(true);
}

void ConversationListModel::onPageFinished(ApiReply *reply, const QString &cursor)
{
    if (reply != m_pending)
        return;
    m_pending = nullptr;
    QList<Conversation> page;
    QString next;
    QString problem;
    if (!reply->isOk()) {
        m_error = reply->error();
    } else if (!Conversation::pageFromJson(reply->json(), &page, &next, &problem)) {
        qCWarning(lcApi) << "conversations: the portal's answer is not a page:" << problem;
        m_error = ApiError(ApiError::Kind::NotAPortal, problem);
    }
    if (m_error.isError()) {
        emit loadingChanged(false);
        emit loadFailed(m_error);
        return;
    }
    if (!next.isEmpty() && next == cursor)
        next.clear(); // a cursor that does not move on would ask for this page forever
    if (!page.isEmpty()) {
        const int first = int(m_conversations.size());
        beginInsertRows(QModelIndex(), first, first + int(page.size()) - 1);
        m_conversations.append(page);
        m_nextCursor = next;
        m_loaded = true;
        endInsertRows();
    } else {
        m_nextCursor = next;
        m_loaded = true;
    }
    if (m_photos) {
        for (const Conversation &conversation : std::as_const(page)) {
            const QString photo = photoPathOf(conversation);
            if (!photo.isEmpty())
                m_photos->load(photo);
        }
    }
    emit loadingChanged(false);
    emit pageLoaded(cursor.isEmpty());
}

Conversation ConversationListModel::conversationAt(int row) const
{
    return row >= 0 && row < m_conversations.size() ? m_conversations.at(row) : Conversation();
}

int ConversationListModel::rowOf(const QString &conversationId) const
{
    for (int row = 0; row < m_conversations.size(); ++row) {
        if (m_conversations.at(row).id == conversationId)
            return row;
    }
    return -1;
}

int ConversationListModel::rowWithOnly(const QString &personId) const
{
    for (int row = 0; row < m_conversations.size(); ++row) {
        if (m_conversations.at(row).hasOnly(personId, m_myPersonId))
            return row;
    }
    return -1;
}

void ConversationListModel::setRead(const QString &conversationId)
{
    const int row = rowOf(conversationId);
    if (row < 0 || m_conversations.at(row).unreadCount == 0)
        return;
    m_conversations[row].unreadCount = 0;
    emit dataChanged(index(row), index(row));
}

QString ConversationListModel::unreadText(int count)
{
    if (count <= 0)
        return tr("No unread messages");
    return count == 1 ? tr("1 unread message") : tr("%L1 unread messages").arg(count);
}

QString ConversationListModel::photoPathOf(const Conversation &conversation) const
{
    const QList<ContactPerson> others = conversation.others(m_myPersonId);
    return others.isEmpty() ? QString() : others.first().photoPath;
}

void ConversationListModel::onPhotoReady(const QString &path)
{
    for (int row = 0; row < m_conversations.size(); ++row) {
        if (photoPathOf(m_conversations.at(row)) == path)
            emit dataChanged(index(row), index(row), { Qt::DecorationRole });
    }
}

QString ConversationListModel::describe(const Conversation &conversation,
                                        const QString &separator) const
{
    QStringList lines { conversation.title(m_myPersonId) };
    lines.append(unreadText(conversation.unreadCount));
    const Message &last = conversation.lastMessage;
    if (last.isValid()) {
        const QString who = last.sender.id == m_myPersonId ? tr("You") : last.sender.name;
        QString text = last.text.simplified();
        if (text.size() > 80)
            text = text.left(79) + QChar(0x2026);
        lines.append(tr("%1: %2").arg(who, text));
    }
    return lines.join(separator);
}

int ConversationListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_conversations.size());
}

QVariant ConversationListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Conversation &conversation = m_conversations.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return describe(conversation, QStringLiteral("\n"));
    case Qt::AccessibleTextRole:
    case Qt::ToolTipRole:
        return describe(conversation, QStringLiteral(". "));
    case Qt::DecorationRole: {
        const QString path = photoPathOf(conversation);
        const QImage photo = m_photos && !path.isEmpty() ? m_photos->cached(path) : QImage();
        return ContactPhoto::decoration(photo, conversation.title(m_myPersonId));
    }
    case Qt::FontRole: {
        if (conversation.unreadCount == 0)
            return {};
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    case IdRole:
        return conversation.id;
    case TitleRole:
        return conversation.title(m_myPersonId);
    case UnreadCountRole:
        return conversation.unreadCount;
    case LastMessageTextRole:
        return conversation.lastMessage.text;
    case UpdatedAtRole:
        return conversation.updatedAt;
    case ConversationRole:
        return QVariant::fromValue(conversation);
    default:
        return {};
    }
}

QHash<int, QByteArray> ConversationListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(IdRole, "conversationId");
    names.insert(TitleRole, "title");
    names.insert(UnreadCountRole, "unreadCount");
    names.insert(LastMessageTextRole, "lastMessageText");
    names.insert(UpdatedAtRole, "updatedAt");
    names.insert(ConversationRole, "conversation");
    return names;
}

bool ConversationListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_loaded && !m_nextCursor.isEmpty() && !m_pending
        && !m_error.isError();
}

void ConversationListModel::fetchMore(const QModelIndex &parent)
{
    if (canFetchMore(parent))
        requestPage(m_nextCursor);
}
