#include "core/boardpostlistmodel.h"

#include "core/logging.h"
#include "core/portalapi.h"

#include <QLocale>
#include <QUrl>

BoardPostListModel::BoardPostListModel(PortalApi *api, QObject *parent)
    : QAbstractListModel(parent)
    , m_api(api)
{ }

void BoardPostListModel::setClientId(const QString &clientId)
{
    m_clientId = clientId;
    restart();
}

void BoardPostListModel::setPageSize(int pageSize)
{
    m_pageSize = qBound(1, pageSize, 100);
}

void BoardPostListModel::reload()
{
    restart();
}

void BoardPostListModel::retry()
{
    if (m_pending || !m_error.isError())
        return;
    if (m_pageIsFirst)
        restart();
    else
        requestPage(m_pageCursor);
}

void BoardPostListModel::restart()
{
    cancelPending();
    beginResetModel();
    m_posts.clear();
    m_nextCursor.clear();
    m_loaded = false;
    m_error = ApiError();
    endResetModel();
    if (!m_clientId.isEmpty())
        requestPage(QString());
}

void BoardPostListModel::cancelPending()
{
    // Answers about another client's board may not reach this one.
    const auto changes = m_changes;
    m_changes.clear();
    for (const QPointer<ApiReply> &reply : changes) {
        if (reply) {
            disconnect(reply, nullptr, this, nullptr);
            reply->abort();
        }
    }
    if (!m_pending)
        return;
    ApiReply *reply = m_pending;
    m_pending = nullptr;
    disconnect(reply, nullptr, this, nullptr);
    reply->abort();
    emit loadingChanged(false);
}

void BoardPostListModel::requestPage(const QString &cursor)
{
    QString path = BoardPost::postsPath(m_clientId) + QStringLiteral("?limit=%1").arg(m_pageSize);
    if (!cursor.isEmpty())
        path += QStringLiteral("&cursor=") + QString::fromLatin1(QUrl::toPercentEncoding(cursor));
    m_error = ApiError();
    ApiReply *reply = m_api->get(path);
    m_pending = reply;
    m_pageCursor = cursor;
    m_pageIsFirst = cursor.isEmpty();
    m_nextCursor.clear();
    connect(reply, &ApiReply::finished, this,
            [this, reply, cursor] { onPageFinished(reply, cursor); });
    emit loadingChanged(true);
}

void BoardPostListModel::onPageFinished(ApiReply *reply, const QString &cursor)
{
    if (reply != m_pending)
        return;
    m_pending = nullptr;
    if (!reply->isOk()) {
        setError(reply->error());
        return;
    }
    QList<BoardPost> page;
    QString next;
    QString problem;
    if (!BoardPost::pageFromJson(reply->json(), &page, &next, &problem)) {
        qCWarning(lcApi) << "board: the portal's answer is not a page of posts:" << problem;
        setError(ApiError(ApiError::Kind::NotAPortal, problem));
        return;
    }
    if (!next.isEmpty() && next == cursor) {
        qCWarning(lcApi) << "board: the next cursor repeats the current one";
        next.clear();
    }
    // A post placed meanwhile moves older ones down a page: skip what is already listed.
    page.removeIf([this](const BoardPost &post) { return rowOf(post.id) >= 0; });
    if (!page.isEmpty()) {
        const int firstRow = int(m_posts.size());
        beginInsertRows(QModelIndex(), firstRow, firstRow + int(page.size()) - 1);
        m_posts.append(page);
        m_nextCursor = next;
        m_loaded = true;
        endInsertRows();
    } else {
        m_nextCursor = next;
        m_loaded = true;
    }
    emit loadingChanged(isLoading());
    emit pageLoaded(cursor.isEmpty());
}

void BoardPostListModel::setError(const ApiError &error)
{
    m_error = error;
    emit loadingChanged(false);
    emit loadFailed(error);
}

BoardPost BoardPostListModel::postAt(int row) const
{
    return row >= 0 && row < m_posts.size() ? m_posts.at(row) : BoardPost();
}

int BoardPostListModel::rowOf(const QString &postId) const
{
    for (int row = 0; row < m_posts.size(); ++row) {
        if (m_posts.at(row).id == postId)
            return row;
    }
    return -1;
}

bool BoardPostListModel::updatePost(const BoardPost &post)
{
    const int row = rowOf(post.id);
    if (row < 0)
        return false;
    m_posts[row] = post;
    emit dataChanged(index(row), index(row));
    return true;
}

void BoardPostListModel::removeRow(const QString &postId)
{
    const int row = rowOf(postId);
    if (row < 0)
        return;
    beginRemoveRows(QModelIndex(), row, row);
    m_posts.removeAt(row);
    endRemoveRows();
}

void BoardPostListModel::refreshPost(const QString &postId)
{
    if (m_clientId.isEmpty() || m_changes.value(postId))
        return;
    ApiReply *reply = m_api->get(BoardPost::postPath(m_clientId, postId));
    m_changes.insert(postId, reply);
    connect(reply, &ApiReply::finished, this, [this, reply, postId] {
        m_changes.remove(postId);
        if (reply->httpStatus() == 404) {
            removeRow(postId); // its author deleted it meanwhile
            return;
        }
        if (!reply->isOk()) {
            emit refreshFailed(postId, reply->error());
            return;
        }
        BoardPost post;
        QString problem;
        if (!BoardPost::fromJson(reply->json(), &post, &problem) || post.id != postId) {
            qCWarning(lcApi) << "board: the portal's answer is not the post:" << problem;
            emit refreshFailed(postId, ApiError(ApiError::Kind::NotAPortal, problem));
            return;
        }
        updatePost(post);
    });
}

void BoardPostListModel::deletePost(const QString &postId)
{
    if (m_clientId.isEmpty() || m_changes.value(postId))
        return;
    ApiReply *reply = m_api->del(BoardPost::postPath(m_clientId, postId));
    m_changes.insert(postId, reply);
    connect(reply, &ApiReply::finished, this, [this, reply, postId] {
        m_changes.remove(postId);
        // 404: it is gone already, which is what was asked.
        if (!reply->isOk() && reply->httpStatus() != 404) {
            emit deleteFailed(postId, reply->error());
            return;
        }
        removeRow(postId);
        emit postDeleted(postId);
    });
}

int BoardPostListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_posts.size());
}

QVariant BoardPostListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const BoardPost &post = m_posts.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return tr("%1, %2: %3")
            .arg(post.author.name,
                 QLocale().toString(post.createdAt.toLocalTime(), QLocale::LongFormat),
                 post.text.left(200).simplified());
    case IdRole:
        return post.id;
    case AuthorNameRole:
        return post.author.name;
    case CreatedAtRole:
        return post.createdAt;
    case TextRole:
        return post.text;
    case PhotoCountRole:
        return int(post.photos.size());
    case ReactionCountRole:
        return post.reactionCount;
    case CanDeleteRole:
        return post.canDelete;
    case PostRole:
        return QVariant::fromValue(post);
    default:
        return {};
    }
}

QHash<int, QByteArray> BoardPostListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(IdRole, "postId");
    names.insert(AuthorNameRole, "authorName");
    names.insert(CreatedAtRole, "createdAt");
    names.insert(TextRole, "text");
    names.insert(PhotoCountRole, "photoCount");
    names.insert(ReactionCountRole, "reactionCount");
    names.insert(CanDeleteRole, "canDelete");
    names.insert(PostRole, "post");
    return names;
}

bool BoardPostListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_loaded && !m_nextCursor.isEmpty() && !m_pending
        && !m_error.isError();
}

void BoardPostListModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    requestPage(m_nextCursor);
}
