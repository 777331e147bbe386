#include "server/http/problem.h"

#include <QJsonObject>

namespace Portiek::Server::Problem {

QString reasonPhrase(int status)
{
    switch (status) {
    case 400:
        return QStringLiteral("Bad Request");
    case 401:
        return QStringLiteral("Unauthorized");
    case 403:
        return QStringLiteral("Forbidden");
    case 404:
        return QStringLiteral("Not Found");
    case 405:
        return QStringLiteral("Method Not Allowed");
    case 406:
        return QStringLiteral("Not Acceptable");
    case 409:
        return QStringLiteral("Conflict");
    case 410:
        return QStringLiteral("Gone");
    case 412:
        return QStringLiteral("Precondition Failed");
    case 413:
        return QStringLiteral("Payload Too Large");
    case 415:
        return QStringLiteral("Unsupported Media Type");
    case 422:
        return QStringLiteral("Unprocessable Content");
    case 428:
        return QStringLiteral("Precondition Required");
    case 429:
        return QStringLiteral("Too Many Requests");
    case 500:
        return QStringLiteral("Internal Server Error");
    case 501:
        return QStringLiteral("Not Implemented");
    case 503:
        return QStringLiteral("Service Unavailable");
    default:
        return QStringLiteral("Error");
    }
}

Response make(int status, const QString &code, const QString &detail)
{
    QJsonObject problem {
        { QStringLiteral("type"), QStringLiteral("urn:portiek:problem:") + code },
        { QStringLiteral("title"), reasonPhrase(status) },
        { QStringLiteral("status"), status },
        { QStringLiteral("code"), code },
    };
    if (!detail.isEmpty())
        problem.insert(QStringLiteral("detail"), detail);
    Response response = Response::json(problem, status);
    response.setHeader(QByteArrayLiteral("Content-Type"), QByteArray(MediaType));
    return response;
}

Response badRequest(const QString &detail)
{
    return make(400, QStringLiteral("malformed_request"), detail);
}

Response notFound(const QString &detail)
{
    return make(404, QStringLiteral("not_found"),
                detail.isEmpty() ? QStringLiteral("There is no resource at this path.") : detail);
}

Response methodNotAllowed(const QByteArray &method, const QList<QByteArray> &allowedMethods)
{
    // The method comes from QtHttpServer's fixed list, so echoing it cannot inject anything.
    Response response = make(405, QStringLiteral("method_not_allowed"),
                             QStringLiteral("This resource does not support the %1 method.")
                                 .arg(QString::fromLatin1(method)));
    response.setHeader(QByteArrayLiteral("Allow"), allowedMethods.join(", "));
    return response;
}

Response payloadTooLarge(qint64 limitBytes)
{
    return make(
        413, QStringLiteral("payload_too_large"),
        QStringLiteral("The request body is larger than the limit of %1 bytes.").arg(limitBytes));
}

Response internalError()
{
    return make(500, QStringLiteral("internal_error"),
                QStringLiteral("The server could not answer this request."));
}

} // namespace Portiek::Server::Problem
