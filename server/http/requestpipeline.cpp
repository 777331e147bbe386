#include "server/http/requestpipeline.h"

#include "server/http/problem.h"
#include "server/http/router.h"
#include "server/logging.h"

#include <QElapsedTimer>

namespace Portiek::Server {

RequestPipeline::RequestPipeline(const Router &router, qint64 maxRequestBodyBytes)
    : m_router(router)
    , m_maxRequestBodyBytes(maxRequestBodyBytes)
{ }

Response RequestPipeline::process(const Request &request) const
{
    QElapsedTimer timer;
    timer.start();

    Response response = route(request);
    addStandardHeaders(response);

    // Method, encoded path, status and time only. Never the query string, headers or bodies:
    // they carry passwords, login codes, session tokens and personal data.
    qCInfo(lcServerHttp).noquote().nospace()
        << request.method() << ' ' << request.path() << ' ' << response.status() << ' '
        << QString::number(double(timer.nsecsElapsed()) / 1e6, 'f', 1) << " ms";
    return response;
}

Response RequestPipeline::route(const Request &request) const
{
    // QHttpServer 6.4 has already read the whole body into memory before we see the request,
    // so this limit protects the handlers, not the server's memory. In production a reverse
    // proxy in front must cap the body size (and the time a client may take to send it).
    // A route may take more (the plan import's PDF); every other keeps the configured limit.
    const qint64 routeLimit = m_router.maxBodyBytesFor(request);
    const qint64 limit = routeLimit > 0 ? routeLimit : m_maxRequestBodyBytes;
    const QByteArray contentLength = request.header("Content-Length");
    bool isNumber = false;
    const qint64 declaredLength = contentLength.trimmed().toLongLong(&isNumber);
    if ((isNumber && declaredLength > limit) || request.body().size() > limit)
        return Problem::payloadTooLarge(limit);
    return m_router.dispatch(request);
}

void RequestPipeline::addStandardHeaders(Response &response)
{
    response.setHeader(QByteArrayLiteral("X-Content-Type-Options"), QByteArrayLiteral("nosniff"));
    response.setHeader(QByteArrayLiteral("Strict-Transport-Security"),
                       QByteArrayLiteral("max-age=31536000"));
    // Dossier data must not linger in caches; public resources opt in to caching themselves.
    if (!response.hasHeader("Cache-Control"))
        response.setHeader(QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store"));
}

} // namespace Portiek::Server
