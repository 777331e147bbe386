#pragma once

#include "server/http/request.h"
#include "server/http/response.h"

#include <QByteArray>

#include <optional>

namespace Portiek::Server {

// One byte range of a document, inclusive (RFC 9110 §14.1.2).
struct ByteRange
{
    qint64 first = 0;
    qint64 last = 0;

    enum class Kind { Whole, Range, Unsatisfiable };
    // The `Range` header against a document of `size` bytes. Whole when there is none, when it
    // is not of the form "bytes=a-b", "bytes=a-" or "bytes=-n", or when it asks several ranges
    // (RFC 9110 lets a server ignore a Range it does not support and send the whole document).
    // Unsatisfiable when the range starts after the end (or asks an empty suffix).
    static Kind parse(const QByteArray &header, qint64 size, ByteRange *range);
};

// A GET of a whole document with its strong `etag` (RFC 9110 §13 and §14): 304 when
// `If-None-Match` matches; 206 with `Content-Range` for one satisfiable `Range` (when an
// `If-Range` is present it must equal the ETag, otherwise the whole document is sent); 416
// `range_not_satisfiable` with `Content-Range: bytes */size`; otherwise 200. Every answer
// but the 416 carries the ETag, `Accept-Ranges: bytes` and the content type.
Response rangedGet(const Request &request, const QByteArray &document, const QByteArray &etag,
                   const QByteArray &contentType);

} // namespace Portiek::Server
