#include "server/plans/importanswer.h"

#include "server/http/problem.h"
#include "server/import/syncstamps.h"
#include "server/signin/apijson.h"

#include <QJsonObject>
#include <QRegularExpression>

namespace Portiek::Server::ImportAnswer {

bool isValidId(const QString &id)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9._~-]{1,64}$"));
    return pattern.match(id).hasMatch();
}

Response badId(const QString &parameter)
{
    return Problem::make(
        400, QStringLiteral("parameter_invalid"),
        QStringLiteral("%1 must be 1 to 64 of A-Z a-z 0-9 . _ ~ -.").arg(parameter));
}

Response result(bool created, const QString &clientId, const QString &externalId, const QString &id,
                const QString &location, const SyncStamps &stamps)
{
    Response response
        = Response::json(QJsonObject { { QStringLiteral("clientId"), clientId },
                                       { QStringLiteral("externalId"), externalId },
                                       { QStringLiteral("id"), id },
                                       { QStringLiteral("created"), created },
                                       { QStringLiteral("lastUpdatedAt"),
                                         ApiJson::time(stamps.lastUpdatedAt(clientId)) } },
                         created ? 201 : 200);
    if (created)
        response.setHeader(QByteArrayLiteral("Location"), location.toUtf8());
    return response;
}

} // namespace Portiek::Server::ImportAnswer
