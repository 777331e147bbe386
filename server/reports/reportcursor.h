#pragma once

#include <QString>

#include <optional>

namespace Portiek::Server {

// A keyset cursor for the report list: the (createdAt, id) of the last report on a page, as
// opaque base64url. The next page starts right after that position, so reports that arrive
// meanwhile neither shift the pages nor appear twice, and a cursor never expires. (The
// offset cursors of PageRequest would be slow and unstable over 10,000 reports.)
struct ReportCursor
{
    qint64 createdAt = 0; // Unix seconds UTC, as stored
    QString id;

    QString encode() const;
    // nullopt for anything encode() did not make.
    static std::optional<ReportCursor> decode(const QString &text);
};

} // namespace Portiek::Server
