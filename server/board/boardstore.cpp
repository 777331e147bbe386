#include "server/board/boardstore.h"

#include "server/core/clock.h"
#include "server/core/secrets.h"
#include "server/storage/database.h"
#include "server/storage/transaction.h"

namespace Portiek::Server {

namespace {

const QString PostColumns
    = QStringLiteral("id, client_id, author_id, author_name, author_role, created_at, body");
const QString ReactionColumns
    = QStringLiteral("id, post_id, author_id, author_name, author_role, created_at, body");

StoredPost postFromRow(const QSqlQuery &query)
{
    StoredPost post;
    post.id = query.value(0).toString();
    post.clientId = query.value(1).toString();
    post.author
        = { query.value(2).toString(), query.value(3).toString(), query.value(4).toString() };
    post.createdAt = fromDbTime(query.value(5));
    post.text = query.value(6).toString();
    return post;
}

StoredReaction reactionFromRow(const QSqlQuery &query)
{
    return { query.value(0).toString(),
             query.value(1).toString(),
             { query.value(2).toString(), query.value(3).toString(), query.value(4).toString() },
             fromDbTime(query.value(5)),
             query.value(6).toString() };
}

} // namespace

BoardStore::BoardStore(Database &database, const Clock &clock)
    : m_database(database)
    , m_clock(clock)
    , m_photos(database, clock)
{ }

QDateTime BoardStore::now() const
{
    const QDateTime now = m_clock.now().toUTC();
    return now.addMSecs(-now.time().msec());
}

std::optional<QString> BoardStore::createPost(const QString &clientId, const BoardAuthor &author,
                                              const QString &text, const QStringList &photoIds)
{
    const QString id = Secrets::randomToken("pst_", 12);
    Transaction transaction(m_database);
    QSqlQuery insert;
    if (!transaction.isActive()
        || !m_database.exec(
            insert,
            QStringLiteral("INSERT INTO board_posts (%1) VALUES "
                           "(?, ?, ?, ?, ?, ?, ?)")
                .arg(PostColumns),
            { id, clientId, author.id, author.name, author.role, toDbTime(now()), text })
        || !m_photos.attach(id, photoIds) || !transaction.commit())
        return std::nullopt;
    return id;
}

bool BoardStore::loadDetails(StoredPost &post) const
{
    const std::optional<QList<StoredBoardPhoto>> photos = m_photos.ofPost(post.id);
    if (!photos)
        return false;
    post.photos = *photos;
    QSqlQuery count;
    if (!m_database.exec(count,
                         QStringLiteral("SELECT COUNT(*) FROM board_reactions WHERE post_id = ?"),
                         { post.id })
        || !count.next())
        return false;
    post.reactionCount = count.value(0).toInt();
    count.finish();
    QSqlQuery latest;
    if (!m_database.exec(latest,
                         QStringLiteral("SELECT %1 FROM board_reactions WHERE post_id = ? "
                                        "ORDER BY created_at DESC, id DESC LIMIT ?")
                             .arg(ReactionColumns),
                         { post.id, LatestReactions }))
        return false;
    while (latest.next())
        post.latestReactions.prepend(reactionFromRow(latest));
    return true;
}

std::optional<StoredPost> BoardStore::findPost(const QString &clientId, const QString &postId,
                                               bool *failed) const
{
    QSqlQuery query;
    *failed = !m_database.exec(
        query,
        QStringLiteral("SELECT %1 FROM board_posts WHERE client_id = ? AND id = ?")
            .arg(PostColumns),
        { clientId, postId });
    if (*failed || !query.next())
        return std::nullopt;
    StoredPost post = postFromRow(query);
    query.finish();
    *failed = !loadDetails(post);
    return *failed ? std::nullopt : std::optional(post);
}

std::optional<BoardStore::PostPage>
BoardStore::posts(const QString &clientId, int limit,
                  const std::optional<ReportCursor> &after) const
{
    QString sql = QStringLiteral("SELECT %1 FROM board_posts WHERE client_id = ?").arg(PostColumns);
    QVariantList values { clientId };
    if (after) {
        sql += QStringLiteral(" AND (created_at < ? OR (created_at = ? AND id < ?))");
        values << after->createdAt << after->createdAt << after->id;
    }
    sql += QStringLiteral(" ORDER BY created_at DESC, id DESC LIMIT ?");
    values.append(limit + 1);
    QSqlQuery query;
    if (!m_database.exec(query, sql, values))
        return std::nullopt;
    PostPage page;
    while (query.next())
        page.items.append(postFromRow(query));
    query.finish();
    if (page.items.size() > limit) {
        page.items.resize(limit);
        page.next = ReportCursor { page.items.constLast().createdAt.toSecsSinceEpoch(),
                                   page.items.constLast().id };
    }
    for (StoredPost &post : page.items) {
        if (!loadDetails(post))
            return std::nullopt;
    }
    return page;
}

bool BoardStore::deletePost(const QString &postId)
{
    Transaction transaction(m_database);
    QSqlQuery photos;
    QSqlQuery reactions;
    QSqlQuery post;
    // Explicitly as well as by cascade: a PostgreSQL schema restored without its foreign keys
    // must not keep photos of a post someone deleted.
    return transaction.isActive()
        && m_database.exec(photos, QStringLiteral("DELETE FROM board_photos WHERE post_id = ?"),
                           { postId })
        && m_database.exec(
            reactions, QStringLiteral("DELETE FROM board_reactions WHERE post_id = ?"), { postId })
        && m_database.exec(post, QStringLiteral("DELETE FROM board_posts WHERE id = ?"), { postId })
        && transaction.commit();
}

std::optional<StoredReaction>
BoardStore::addReaction(const QString &postId, const BoardAuthor &author, const QString &text)
{
    const StoredReaction reaction { Secrets::randomToken("rea_", 12), postId, author, now(), text };
    QSqlQuery insert;
    if (!m_database.exec(insert,
                         QStringLiteral("INSERT INTO board_reactions (%1) VALUES "
                                        "(?, ?, ?, ?, ?, ?, ?)")
                             .arg(ReactionColumns),
                         { reaction.id, postId, author.id, author.name, author.role,
                           toDbTime(reaction.createdAt), text }))
        return std::nullopt;
    return reaction;
}

std::optional<StoredReaction>
BoardStore::findReaction(const QString &postId, const QString &reactionId, bool *failed) const
{
    QSqlQuery query;
    *failed = !m_database.exec(query,
                               QStringLiteral("SELECT %1 FROM board_reactions WHERE post_id = ? "
                                              "AND id = ?")
                                   .arg(ReactionColumns),
                               { postId, reactionId });
    if (*failed || !query.next())
        return std::nullopt;
    return reactionFromRow(query);
}

std::optional<BoardStore::ReactionPage>
BoardStore::reactions(const QString &postId, int limit,
                      const std::optional<ReportCursor> &after) const
{
    QString sql
        = QStringLiteral("SELECT %1 FROM board_reactions WHERE post_id = ?").arg(ReactionColumns);
    QVariantList values { postId };
    if (after) {
        sql += QStringLiteral(" AND (created_at > ? OR (created_at = ? AND id > ?))");
        values << after->createdAt << after->createdAt << after->id;
    }
    sql += QStringLiteral(" ORDER BY created_at, id LIMIT ?");
    values.append(limit + 1);
    QSqlQuery query;
    if (!m_database.exec(query, sql, values))
        return std::nullopt;
    ReactionPage page;
    while (query.next())
        page.items.append(reactionFromRow(query));
    if (page.items.size() > limit) {
        page.items.resize(limit);
        page.next = ReportCursor { page.items.constLast().createdAt.toSecsSinceEpoch(),
                                   page.items.constLast().id };
    }
    return page;
}

bool BoardStore::deleteReaction(const QString &reactionId)
{
    QSqlQuery query;
    return m_database.exec(query, QStringLiteral("DELETE FROM board_reactions WHERE id = ?"),
                           { reactionId });
}

} // namespace Portiek::Server
