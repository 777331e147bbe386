#include "server/me/pagecursor.h"

#include "server/http/problem.h"

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

std::optional<PageRequest> PageRequest::read(const Request &request, Response *problem)
{
    PageRequest page;
    const QUrlQuery query = request.query();
    if (query.hasQueryItem(QStringLiteral("limit"))) {
        bool isNumber = false;
        page.limit = query.queryItemValue(QStringLiteral("limit")).toInt(&isNumber);
        if (!isNumber || page.limit < 1 || page.limit > MaxLimit) {
            *problem = Problem::make(
                400, QStringLiteral("parameter_invalid"),
                QStringLiteral("limit must be a number from 1 to %1.").arg(MaxLimit));
            return std::nullopt;
        }
    }
    if (query.hasQueryItem(QStringLiteral("cursor"))) {
        const std::optional<int> offset
            = decodeCursor(query.queryItemValue(QStringLiteral("cursor")));
        if (!offset) {
            *problem = Problem::make(400, QStringLiteral("cursor_invalid"),
                                     QStringLiteral("The cursor is not valid; start again from "
                                                    "the first page."));
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
