#include "server/http/byterange.h"

#include "server/http/etag.h"
#include "server/http/problem.h"

namespace Portiek::Server {

namespace {

// Digits only (no sign, no blanks), and not so many that they overflow.
std::optional<qint64> number(const QByteArray &text)
{
    if (text.isEmpty() || text.size() > 18)
        return std::nullopt;
    for (const char c : text) {
        if (c < '0' || c > '9')
            return std::nullopt;
    }
    return text.toLongLong();
}

} // namespace

ByteRange::Kind ByteRange::parse(const QByteArray &header, qint64 size, ByteRange *range)
{
    const QByteArray value = header.trimmed();
    if (!value.startsWith("bytes="))
        return Kind::Whole;
    const QByteArray spec = value.mid(6).trimmed();
    const qsizetype dash = spec.indexOf('-');
    if (dash < 0 || spec.contains(','))
        return Kind::Whole;
    const QByteArray firstText = spec.left(dash).trimmed();
    const QByteArray lastText = spec.mid(dash + 1).trimmed();

    if (firstText.isEmpty()) {
        // "bytes=-n": the last n bytes.
        const std::optional<qint64> suffix = number(lastText);
        if (!suffix)
            return Kind::Whole;
        if (*suffix == 0 || size == 0)
            return Kind::Unsatisfiable;
        range->first = qMax<qint64>(0, size - *suffix);
        range->last = size - 1;
        return Kind::Range;
    }
    const std::optional<qint64> first = number(firstText);
    if (!first)
        return Kind::Whole;
    const std::optional<qint64> last = lastText.isEmpty() ? first : number(lastText);
    if (!last || *last < *first)
        return Kind::Whole; // RFC 9110: an invalid range-spec makes the whole header invalid
    if (*first >= size)
        return Kind::Unsatisfiable;
    range->first = *first;
    range->last = lastText.isEmpty() ? size - 1 : qMin(*last, size - 1);
    return Kind::Range;
}

Response rangedGet(const Request &request, const QByteArray &document, const QByteArray &etag,
                   const QByteArray &contentType)
{
    Response whole(200, document, contentType);
    whole.setHeader(QByteArrayLiteral("ETag"), etag);
    whole.setHeader(QByteArrayLiteral("Accept-Ranges"), QByteArrayLiteral("bytes"));

    // If-None-Match comes before Range (RFC 9110 §13.2.2).
    const QByteArray ifNoneMatch = request.header("If-None-Match");
    if (!ifNoneMatch.isEmpty() && ifNoneMatchMatches(ifNoneMatch, etag))
        return conditionalGet(request, whole);
    if (!request.hasHeader("Range") || request.method() != "GET")
        return whole;
    // If-Range with a strong comparison; a date or another tag means the client's partial
    // copy is of another version: it gets the whole document.
    if (request.hasHeader("If-Range") && request.header("If-Range").trimmed() != etag)
        return whole;

    ByteRange range;
    const qint64 size = document.size();
    switch (ByteRange::parse(request.header("Range"), size, &range)) {
    case ByteRange::Kind::Whole:
        return whole;
    case ByteRange::Kind::Unsatisfiable: {
        Response refused = Problem::make(416, QStringLiteral("range_not_satisfiable"),
                                         QStringLiteral("The document has %1 bytes.").arg(size));
        refused.setHeader(QByteArrayLiteral("Content-Range"),
                          "bytes */" + QByteArray::number(size));
        return refused;
    }
    case ByteRange::Kind::Range:
        break;
    }
    Response partial(206, document.mid(range.first, range.last - range.first + 1), contentType);
    partial.setHeader(QByteArrayLiteral("ETag"), etag);
    partial.setHeader(QByteArrayLiteral("Accept-Ranges"), QByteArrayLiteral("bytes"));
    partial.setHeader(QByteArrayLiteral("Content-Range"),
                      "bytes " + QByteArray::number(range.first) + '-'
                          + QByteArray::number(range.last) + '/' + QByteArray::number(size));
    return partial;
}

} // namespace Portiek::Server
