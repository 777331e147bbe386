#include "server/me/pagecursor.h"

#include "server/http/problem.h"
#include "server/signin/apijson.h"

namespace Portiek::Server {

namespace {

const QByteArray CursorPrefix = QByteArrayLiteral("o:");

QString encodeCursor(int offset)
{
    return QString::fromLatin1(
        (CursorPrefix + QByteArray::number(offset))
            .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

std::optional<int> decodeCursor(const QString &cursor)
{
    const auto decoded = QByteArray::fromBase64Encoding(
        cursor.toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || !decoded.decoded.startsWith(CursorPrefix))
        return std::nullopt;
    bool isNumber = false;
    const int offset = decoded.decoded.mid(CursorPrefix.size()).toInt(&isNumber);
    if (!isNumber || offset < 0)
        return std::nullopt;
    return offset;
}

} // namespace

namespace ListQuery {

Response parameterInvalid(const QString &detail)
{
    return Problem::make(400, QStringLiteral("parameter_invalid"), detail);
}

Response cursorInvalid()
{
    return Problem::make(400, QStringLiteral("cursor_invalid"),
                         QStringLiteral("The cursor is not valid; start again from the first "
                                        "page."));
}

bool readLimit(const Request &request, int *limit, Response *problem)
{
    const QUrlQuery query = request.query();
    if (!query.hasQueryItem(QStringLiteral("limit")))
        return true;
    bool isNumber = false;
    const int value = query.queryItemValue(QStringLiteral("limit")).toInt(&isNumber);
    if (!isNumber || value < 1 || value > PageRequest::MaxLimit) {
        *problem = parameterInvalid(
            QStringLiteral("limit must be a number from 1 to %1.").arg(PageRequest::MaxLimit));
        return false;
    }
    *limit = value;
    return true;
}

bool readPeriod(const Request &request, QDateTime *from, QDateTime *to, Response *problem)
{
    const QUrlQuery query = request.query();
    for (const char *name : { "from", "to" }) {
        if (!query.hasQueryItem(QLatin1String(name)))
            continue;
        const QDateTime time
            = ApiJson::parseTime(query.queryItemValue(QLatin1String(name), QUrl::FullyDecoded));
        if (!time.isValid()) {
            *problem = parameterInvalid(QStringLiteral("%1 must be a date-time with an offset, "
                                                       "such as 2026-03-01T00:00:00+01:00.")
                                            .arg(QLatin1String(name)));
            return false;
        }
        *(qstrcmp(name, "from") == 0 ? from : to) = time;
    }
    return true;
}

} // namespace ListQuery

std::optional<PageRequest> PageRequest::read(const Request &request, Response *problem)
{
    PageRequest page;
    if (!ListQuery::readLimit(request, &page.limit, problem))
        return std::nullopt;
    const QUrlQuery query = request.query();
    if (query.hasQueryItem(QStringLiteral("cursor"))) {
        const std::optional<int> offset
            = decodeCursor(query.queryItemValue(QStringLiteral("cursor")));
        if (!offset) {
            *problem = ListQuery::cursorInvalid();
            return std::nullopt;
        }
        page.offset = *offset;
    }
    return page;
}

QJsonObject PageRequest::page(const QJsonArray &all) const
{
    QJsonArray items;
    for (qsizetype i = offset; i < all.size() && i < qsizetype(offset) + limit; ++i)
        items.append(all.at(i));
    const qsizetype next = qsizetype(offset) + limit;
    return { { QStringLiteral("items"), items },
             { QStringLiteral("nextCursor"),
               next < all.size() ? QJsonValue(encodeCursor(int(next)))
                                 : QJsonValue(QJsonValue::Null) } };
}

} // namespace Portiek::Server
