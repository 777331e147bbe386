#include "server/http/router.h"

#include "server/http/problem.h"
#include "server/logging.h"

#include <QHttpServerResponder>
#include <QMetaEnum>

#include <algorithm>
#include <exception>

namespace Portiek::Server {

void Router::addRoute(const QByteArray &method, const QString &pathTemplate, Handler handler,
                      const QString &access)
{
    QString error;
    const std::optional<RouteTemplate> parsed = RouteTemplate::parse(pathTemplate, &error);
    if (!parsed)
        qFatal("Router: %s", qUtf8Printable(error));
    if (method.isEmpty() || method.toUpper() != method)
        qFatal("Router: method \"%s\" must be upper case", method.constData());
    if (!handler)
        qFatal("Router: %s %s has no handler", method.constData(), qUtf8Printable(pathTemplate));
    for (const Route &route : std::as_const(m_routes)) {
        if (route.method == method && route.pathTemplate == *parsed) {
            qFatal("Router: %s %s is registered twice", method.constData(),
                   qUtf8Printable(pathTemplate));
        }
    }
    m_routes.append({ method, *parsed, std::move(handler), access, 0 });
}

void Router::get(const QString &pathTemplate, Handler handler, const QString &access)
{
    addRoute(QByteArrayLiteral("GET"), pathTemplate, std::move(handler), access);
}

void Router::post(const QString &pathTemplate, Handler handler, const QString &access)
{
    addRoute(QByteArrayLiteral("POST"), pathTemplate, std::move(handler), access);
}

void Router::put(const QString &pathTemplate, Handler handler, const QString &access)
{
    addRoute(QByteArrayLiteral("PUT"), pathTemplate, std::move(handler), access);
}

void Router::del(const QString &pathTemplate, Handler handler, const QString &access)
{
    addRoute(QByteArrayLiteral("DELETE"), pathTemplate, std::move(handler), access);
}

QList<Router::RouteInfo> Router::routes() const
{
    QList<RouteInfo> infos;
    infos.reserve(m_routes.size());
    for (const Route &route : m_routes)
        infos.append(
            { route.method, route.pathTemplate.pattern(), route.access, route.maxBodyBytes });
    std::sort(infos.begin(), infos.end(), [](const RouteInfo &a, const RouteInfo &b) {
        if (a.pathTemplate != b.pathTemplate)
            return a.pathTemplate < b.pathTemplate;
        return a.method < b.method;
    });
    return infos;
}

const Router::Route *Router::match(const Request &request, QHash<QString, QString> *parameters,
                                   QList<QByteArray> *allowed) const
{
    const bool isHead = request.method() == "HEAD";
    const Route *best = nullptr;
    const std::optional<QStringList> segments = RouteTemplate::splitPath(request.path());
    if (!segments)
        return nullptr;
    for (const Route &route : m_routes) {
        const std::optional<QHash<QString, QString>> matched = route.pathTemplate.match(*segments);
        if (!matched)
            continue;
        if (!allowed->contains(route.method))
            allowed->append(route.method);
        const bool methodFits
            = route.method == request.method() || (isHead && route.method == "GET");
        // An explicit HEAD route wins over answering HEAD with the GET handler.
        const bool better = !best || route.pathTemplate.isMoreSpecificThan(best->pathTemplate)
            || (isHead && route.method == "HEAD" && best->method == "GET"
                && route.pathTemplate == best->pathTemplate);
        if (methodFits && better) {
            best = &route;
            *parameters = *matched;
        }
    }
    return best;
}

void Router::setMaxBodyBytes(const QByteArray &method, const QString &pathTemplate, qint64 bytes)
{
    for (Route &route : m_routes) {
        if (route.method == method && route.pathTemplate.pattern() == pathTemplate) {
            route.maxBodyBytes = bytes;
            return;
        }
    }
    qFatal("Router: no route %s %s to set a body limit for", method.constData(),
           qUtf8Printable(pathTemplate));
}

qint64 Router::maxBodyBytesFor(const Request &request) const
{
    QHash<QString, QString> parameters;
    QList<QByteArray> allowed;
    const Route *route = match(request, &parameters, &allowed);
    return route ? route->maxBodyBytes : 0;
}

Response Router::dispatch(const Request &request) const
{
    QHash<QString, QString> bestParameters;
    QList<QByteArray> allowed;
    const Route *best = match(request, &bestParameters, &allowed);

    if (best) {
        Request routed = request;
        routed.setPathParameters(bestParameters);
        return invoke(*best, routed);
    }
    if (allowed.isEmpty())
        return Problem::notFound();

    if (allowed.contains("GET") && !allowed.contains("HEAD"))
        allowed.append(QByteArrayLiteral("HEAD"));
    std::sort(allowed.begin(), allowed.end());
    return Problem::methodNotAllowed(request.method(), allowed);
}

Response Router::invoke(const Route &route, const Request &request) const
{
    // The messages name the template: it identifies the failing handler whatever the ids were.
    try {
        Response response = route.handler(request);
        if (isSane(response))
            return response;
        qCWarning(lcServerHttp).noquote()
            << "handler for" << route.method << route.pathTemplate.pattern()
            << "answered an unusable response with status" << response.status();
    } catch (const std::exception &exception) {
        qCWarning(lcServerHttp).noquote()
            << "handler for" << route.method << route.pathTemplate.pattern()
            << "threw:" << exception.what();
    } catch (...) {
        qCWarning(lcServerHttp).noquote()
            << "handler for" << route.method << route.pathTemplate.pattern()
            << "threw a non-standard exception";
    }
    return Problem::internalError();
}

bool Router::isSane(const Response &response)
{
    // QHttpServerResponder looks the reason phrase up in a table and throws std::out_of_range
    // for a status it does not know, so only its known codes may reach it.
    static const QMetaEnum knownStatuses = QMetaEnum::fromType<QHttpServerResponder::StatusCode>();
    const int status = response.status();
    if (status < 200 || !knownStatuses.valueToKey(status))
        return false;
    if ((status == 204 || status == 304) && !response.body().isEmpty())
        return false;
    const auto hasLineBreak
        = [](const QByteArray &text) { return text.contains('\r') || text.contains('\n'); };
    for (const Response::Header &header : response.headers()) {
        if (header.first.isEmpty() || hasLineBreak(header.first) || hasLineBreak(header.second))
            return false;
    }
    return true;
}

} // namespace Portiek::Server
