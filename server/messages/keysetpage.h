#pragma once

#include "server/http/request.h"
#include "server/http/response.h"
#include "server/reports/reportcursor.h"

#include <QJsonArray>
#include <QJsonObject>

#include <optional>

namespace Portiek::Server {

// `?limit=&cursor=` of a list paged by a keyset cursor (ReportCursor: a position and an id),
// for messages, conversations, board posts and reactions: pages stay right while new items
// arrive.
struct KeysetPage
{
    int limit = 25;
    std::optional<ReportCursor> after;

    // nullopt with `*problem` set: 400 `parameter_invalid` (limit) or `cursor_invalid`.
    static std::optional<KeysetPage> read(const Request &request, Response *problem);
    // {"items": …, "nextCursor": … or null}
    static QJsonObject json(const QJsonArray &items, const std::optional<ReportCursor> &next);
};

} // namespace Portiek::Server
