#pragma once

#include "server/http/request.h"
#include "server/http/response.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>

#include <optional>

namespace Portiek::Server {

// The query parameters that lists share (docs/openapi.yaml: Limit, Cursor, From, To), read the
// same way by every module. Each reader returns false with `*problem` set to the 400 to answer,
// and leaves its output untouched when the parameter is absent.
namespace ListQuery {

Response parameterInvalid(const QString &detail); // 400 parameter_invalid
Response cursorInvalid(); // 400 cursor_invalid
// `limit`: 1 to PageRequest::MaxLimit.
bool readLimit(const Request &request, int *limit, Response *problem);
// `from` (inclusive) and `to` (exclusive): RFC 3339 date-times with an offset.
bool readPeriod(const Request &request, QDateTime *from, QDateTime *to, Response *problem);

} // namespace ListQuery

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
