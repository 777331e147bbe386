#pragma once

#include <QDateTime>
#include <QJsonArray>
#include <QString>

#include <optional>

namespace Portiek::Server {

class Database;

// One page of a client's access log for listAccessLog, newest first, read straight from
// access_log (AccessLog writes it). The cursor is the sequence of the last entry on a page, as
// opaque base64url: entries recorded meanwhile — such as the log's own read — are newer, so
// they never shift the pages.
struct AccessLogPage
{
    struct Query
    {
        QDateTime from; // inclusive; null: no bound
        QDateTime to; // exclusive; null: no bound
        QString actorPersonId; // empty: everyone
        qint64 beforeSequence = 0; // 0: from the newest
        int limit = 25;
    };

    QJsonArray items; // `AccessLogEntry` objects
    qint64 nextBefore = 0; // 0: this was the last page

    // nullopt when the database failed.
    static std::optional<AccessLogPage> read(const Database &database, const QString &clientId,
                                             const Query &query);

    static QString encodeCursor(qint64 sequence);
    // 0 for anything encodeCursor() did not make.
    static qint64 decodeCursor(const QString &text);
};

} // namespace Portiek::Server
