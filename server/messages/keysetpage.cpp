#include "server/messages/keysetpage.h"

#include "server/http/problem.h"
#include "server/me/pagecursor.h"

namespace Portiek::Server {

std::optional<KeysetPage> KeysetPage::read(const Request &request, Response *problem)
{
    KeysetPage page;
    page.limit = PageRequest::DefaultLimit;
    if (!ListQuery::readLimit(request, &page.limit, problem))
        return std::nullopt;
    const QUrlQuery url = request.query();
    if (url.hasQueryItem(QStringLiteral("cursor"))) {
        page.after = ReportCursor::decode(
            url.queryItemValue(QStringLiteral("cursor"), QUrl::FullyDecoded));
        if (!page.after) {
            *problem = ListQuery::cursorInvalid();
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

} // namespace Portiek::Server
