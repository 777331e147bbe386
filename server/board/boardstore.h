#pragma once

#include "server/accounts/person.h"
#include "server/board/boardphotos.h"
#include "server/reports/reportcursor.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace Portiek::Server {

class Clock;
class Database;

// Who wrote a post or reaction, as they were then.
struct BoardAuthor
{
    QString id;
    QString name;
    QString role; // "client", "representative", "contact"
};

struct StoredReaction
{
    QString id; // "rea_…"
    QString postId;
    BoardAuthor author;
    QDateTime createdAt; // UTC, whole seconds
    QString text;
};

struct StoredPost
{
    QString id; // "pst_…"
    QString clientId;
    BoardAuthor author;
    QDateTime createdAt;
    QString text; // may be empty when there are photos
    QList<StoredBoardPhoto> photos;
    int reactionCount = 0;
    QList<StoredReaction> latestReactions; // the newest (at most 3), oldest of them first
};

// The bulletin board of each client (tables `board_posts`, `board_reactions`, migration 7).
// A deleted post takes its reactions and photos along (ON DELETE CASCADE). Writes join the
// caller's transaction (Idempotency's).
class BoardStore
{
public:
    static constexpr int TextMaxLength = 5000;
    static constexpr int ReactionMaxLength = 2000;
    static constexpr int MaxPhotos = 10;
    static constexpr int LatestReactions = 3;

    struct PostPage
    {
        QList<StoredPost> items;
        std::optional<ReportCursor> next;
    };
    struct ReactionPage
    {
        QList<StoredReaction> items;
        std::optional<ReportCursor> next;
    };

    BoardStore(Database &database, const Clock &clock);

    BoardPhotos &photos() { return m_photos; }

    // The photos must be usable (BoardPhotos::usable) already. nullopt when the database failed.
    std::optional<QString> createPost(const QString &clientId, const BoardAuthor &author,
                                      const QString &text, const QStringList &photoIds);
    // `*failed` tells a database failure.
    std::optional<StoredPost> findPost(const QString &clientId, const QString &postId,
                                       bool *failed) const;
    // Newest first (createdAt, then id, descending).
    std::optional<PostPage> posts(const QString &clientId, int limit,
                                  const std::optional<ReportCursor> &after) const;
    bool deletePost(const QString &postId);

    std::optional<StoredReaction> addReaction(const QString &postId, const BoardAuthor &author,
                                              const QString &text);
    std::optional<StoredReaction> findReaction(const QString &postId, const QString &reactionId,
                                               bool *failed) const;
    // Oldest first (createdAt, then id, ascending).
    std::optional<ReactionPage> reactions(const QString &postId, int limit,
                                          const std::optional<ReportCursor> &after) const;
    bool deleteReaction(const QString &reactionId);

private:
    bool loadDetails(StoredPost &post) const;
    QDateTime now() const;

    Database &m_database;
    const Clock &m_clock;
    BoardPhotos m_photos;
};

} // namespace Portiek::Server
