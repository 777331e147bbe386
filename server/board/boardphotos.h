#pragma once

#include "server/board/boardimage.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Portiek::Server {

class Clock;
class Database;

// `BoardPhoto` as stored: the sizes of the full version.
struct StoredBoardPhoto
{
    QString id; // "pho_…"
    int width = 0;
    int height = 0;
};

// Photos for board posts (table `board_photos`, migration 7). A photo is uploaded first and
// belongs to its uploader alone until a post of theirs uses it; one not used within 24 hours
// is deleted. Deleting a post deletes its photos (ON DELETE CASCADE).
class BoardPhotos
{
public:
    static constexpr qint64 UnusedSeconds = 24 * 60 * 60;

    BoardPhotos(Database &database, const Clock &clock);

    // Stores a processed image (BoardImage::process) and removes unused photos of any client
    // that are older than a day. nullopt when the database failed.
    std::optional<StoredBoardPhoto> add(const QString &clientId, const QString &uploaderId,
                                        const BoardImage::Result &image);
    // The JPEG of a photo of this client that `viewerId` may see: one in a post, or one they
    // uploaded themselves. Empty when there is none; `*failed` tells a database failure.
    QByteArray image(const QString &clientId, const QString &photoId, const QString &viewerId,
                     bool thumbnail, bool *failed) const;
    // For each id, whether `uploaderId` may put it in a new post: their own upload for this
    // client, not yet used and not expired. nullopt when the database failed.
    std::optional<QList<bool>> usable(const QString &clientId, const QString &uploaderId,
                                      const QStringList &photoIds) const;
    // Gives the photos to the post, in this order.
    bool attach(const QString &postId, const QStringList &photoIds);
    // The photos of a post, in their order.
    std::optional<QList<StoredBoardPhoto>> ofPost(const QString &postId) const;

private:
    Database &m_database;
    const Clock &m_clock;
};

} // namespace Portiek::Server
