#include "server/board/boardphotos.h"

#include "server/core/clock.h"
#include "server/core/secrets.h"
#include "server/storage/database.h"
#include "server/storage/transaction.h"

namespace Portiek::Server {

BoardPhotos::BoardPhotos(Database &database, const Clock &clock)
    : m_database(database)
    , m_clock(clock)
{ }

std::optional<StoredBoardPhoto> BoardPhotos::add(const QString &clientId, const QString &uploaderId,
                                                 const BoardImage::Result &image)
{
    const StoredBoardPhoto photo { Secrets::randomToken("pho_", 12), image.size.width(),
                                   image.size.height() };
    const qint64 now = m_clock.now().toSecsSinceEpoch();
    Transaction transaction(m_database);
    QSqlQuery purge;
    QSqlQuery insert;
    if (!transaction.isActive()
        || !m_database.exec(purge,
                            QStringLiteral("DELETE FROM board_photos WHERE post_id IS NULL AND "
                                           "created_at < ?"),
                            { now - UnusedSeconds })
        || !m_database.exec(insert,
                            QStringLiteral("INSERT INTO board_photos (id, client_id, uploader_id, "
                                           "width, height, image, thumbnail, created_at) "
                                           "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                            { photo.id, clientId, uploaderId, photo.width, photo.height,
                              QString::fromLatin1(image.full.toBase64()),
                              QString::fromLatin1(image.thumbnail.toBase64()), now })
        || !transaction.commit())
        return std::nullopt;
    return photo;
}

QByteArray BoardPhotos::image(const QString &clientId, const QString &photoId,
                              const QString &viewerId, bool thumbnail, bool *failed) const
{
    QSqlQuery query;
    *failed = !m_database.exec(
        query,
        QStringLiteral("SELECT %1 FROM board_photos WHERE client_id = ? AND id = ? AND "
                       "(post_id IS NOT NULL OR uploader_id = ?)")
            .arg(thumbnail ? QStringLiteral("thumbnail") : QStringLiteral("image")),
        { clientId, photoId, viewerId });
    if (*failed || !query.next())
        return {};
    return QByteArray::fromBase64(query.value(0).toString().toLatin1());
}

std::optional<QList<bool>> BoardPhotos::usable(const QString &clientId, const QString &uploaderId,
                                               const QStringList &photoIds) const
{
    const qint64 oldest = m_clock.now().toSecsSinceEpoch() - UnusedSeconds;
    QList<bool> answers;
    for (const QString &id : photoIds) {
        QSqlQuery query;
        if (!m_database.exec(query,
                             QStringLiteral("SELECT 1 FROM board_photos WHERE id = ? AND "
                                            "client_id = ? AND uploader_id = ? AND post_id IS "
                                            "NULL AND created_at >= ?"),
                             { id, clientId, uploaderId, oldest }))
            return std::nullopt;
        answers.append(query.next());
    }
    return answers;
}

bool BoardPhotos::attach(const QString &postId, const QStringList &photoIds)
{
    for (qsizetype i = 0; i < photoIds.size(); ++i) {
        QSqlQuery query;
        if (!m_database.exec(query,
                             QStringLiteral("UPDATE board_photos SET post_id = ?, photo_order = ? "
                                            "WHERE id = ? AND post_id IS NULL"),
                             { postId, int(i), photoIds.at(i) })
            || query.numRowsAffected() != 1)
            return false;
    }
    return true;
}

std::optional<QList<StoredBoardPhoto>> BoardPhotos::ofPost(const QString &postId) const
{
    QSqlQuery query;
    if (!m_database.exec(query,
                         QStringLiteral("SELECT id, width, height FROM board_photos WHERE "
                                        "post_id = ? ORDER BY photo_order"),
                         { postId }))
        return std::nullopt;
    QList<StoredBoardPhoto> photos;
    while (query.next())
        photos.append(
            { query.value(0).toString(), query.value(1).toInt(), query.value(2).toInt() });
    return photos;
}

} // namespace Portiek::Server
