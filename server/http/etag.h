#pragma once

#include "server/http/request.h"
#include "server/http/response.h"

#include <QByteArray>

namespace Portiek::Server {

// A strong entity tag for these exact bytes: a quoted, truncated BLAKE2b hash (collisions do not
// matter here, a changed resource only has to get a different tag).
QByteArray strongETag(const QByteArray &body);

// RFC 9110 §13.1.2: true when `If-None-Match` is `*` or lists `etag` (weak comparison, so a
// `W/` prefix that a proxy added still matches).
bool ifNoneMatchMatches(const QByteArray &ifNoneMatch, const QByteArray &etag);

// Tags a 200 response with its ETag (unless it already carries one) and, when the request already
// holds that version, turns it into a 304 without body that keeps ETag and Cache-Control.
Response conditionalGet(const Request &request, Response response);

} // namespace Portiek::Server
