#include "server/messages/keysetpage.h"

#include "server/http/problem.h"
#include "server/me/pagecursor.h"

namespace Portiek::Server {

std::optional<KeysetPage> KeysetPage::read(const Request &request, Response *problem)
{
    const QUrlQuery url = request.query();
    KeysetPage page;
    page.limit = PageRequest::DefaultLimit;
    if (url.hasQueryItem(QStringLiteral("limit"))) {
        bool isNumber = false;
        page.limit = url.queryItemValue(QStringLiteral("limit")).toInt(&isNumber);
        if (!isNumber || page.limit < 1 || page.limit > PageRequest::MaxLimit) {
            *problem = Problem::make(
                400, QStringLiteral("parameter_invalid"),
                QStringLiteral("limit must be a number from 1 to %1.").arg(PageRequest::MaxLimit));
            return std::nullopt;
        }
    }
    if (url.hasQueryItem(QStringLiteral("cursor"))) {
        page.after = ReportCursor::decode(
            url.queryItemValue(QStringLiteral("cursor"), QUrl::FullyDecoded));
        if (!page.after) {
            *problem = Problem::make(400, QStringLiteral("cursor_invalid"),
                                     QStringLiteral("The cursor is not valid; start again from "
                                                    "the first page."));
            return std::nullopt;
        }
    }
    return page;
}

QJsonObject KeysetPage::json(const QJsonArray &items, const std::optional<ReportCursor> &next)
{
    return { { QStringLiteral("items"), items },
             { QStringLiteral("nextCursor"),
               next ? QJsonValue(next->encode()) : QJsonValue(QJsonValue::Null) } };
}

Response personalJson(const QJsonObject &object, int status)
{
    Response response = Response::json(object, status);
    response.setHeader(QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("private, no-cache"));
    return response;
}

} // namespace Portiek::Server
