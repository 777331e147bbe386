#pragma once

#include "server/http/request.h"
#include "server/http/response.h"

#include <QJsonArray>
#include <QJsonObject>

#include <optional>

namespace Portiek::Server {

// Cursor pages (`?limit=&cursor=`, docs/openapi.yaml) over a list the server holds in full,
// such as a person's clients or devices. The cursor is an opaque position in that list.
struct PageRequest
{
    static constexpr int DefaultLimit = 25;
    static constexpr int MaxLimit = 100;

    int limit = DefaultLimit;
    int offset = 0;

    // nullopt with `*problem` set: 400 parameter_invalid (limit) or cursor_invalid.
    static std::optional<PageRequest> read(const Request &request, Response *problem);

    // {"items": [...this page...], "nextCursor": … or null}.
    QJsonObject page(const QJsonArray &all) const;
};

} // namespace Portiek::Server
