#pragma once

#include "server/http/request.h"
#include "server/http/response.h"
#include "server/http/routetemplate.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <functional>

namespace Portiek::Server {

// The route table. Modules register their routes at start-up; every request is answered
// synchronously by one handler (QHttpServer 6.4 crashes on deferred answers to a socket that has
// gone, see PLATFORM-NOTES.md).
//
//     router.get("/api/v1/clients/{clientId}/reports", [this](const Request &request) {
//         return listReports(request.pathParameter("clientId"));
//     });
class Router
{
public:
    using Handler = std::function<Response(const Request &)>;

    struct RouteInfo
    {
        QByteArray method;
        QString pathTemplate;
        // Who may call it, as the module that registered it says: empty when it did not say;
        // "rights=reportsRead,plans" (or "rights=" for any person linked to the client) for
        // client-scoped routes (ClientRoutes), "import" for the dossier import API. Printed by
        // `portiek-server routes`; the contract check and the rights-matrix test read it.
        QString access;
        // The largest request body this route takes, when it is not the pipeline's default
        // (`limits.maxRequestBodyBytes`); 0: the default.
        qint64 maxBodyBytes = 0;
    };

    // `method` is upper case ("GET", "POST", …). An invalid template or a second handler for the
    // same method and template is a programmer error and stops the program at start-up.
    void addRoute(const QByteArray &method, const QString &pathTemplate, Handler handler,
                  const QString &access = {});
    void get(const QString &pathTemplate, Handler handler, const QString &access = {});
    void post(const QString &pathTemplate, Handler handler, const QString &access = {});
    void put(const QString &pathTemplate, Handler handler, const QString &access = {});
    // DELETE ("delete" is a keyword)
    void del(const QString &pathTemplate, Handler handler, const QString &access = {});

    // Lets one registered route take bodies up to `bytes` instead of the pipeline's default
    // (the plan import's 25 MiB PDF); every other route keeps the default. A route that is not
    // registered is a programmer error and stops the program.
    void setMaxBodyBytes(const QByteArray &method, const QString &pathTemplate, qint64 bytes);
    // The body limit of the route that would answer `request`; 0 when that route keeps the
    // default or no route would answer it. RequestPipeline asks before dispatching.
    qint64 maxBodyBytesFor(const Request &request) const;

    // Every registered route, sorted by path then method: for `portiek-server routes` and the
    // contract test that checks each one is described in docs/openapi.yaml.
    QList<RouteInfo> routes() const;

    // Answers the request: the handler's response, or problem+json for 404 (unknown path),
    // 405 (known path, other method; with Allow) and 500 (the handler threw or answered nothing
    // sane). HEAD is answered by the GET handler; the HTTP layer leaves out the body.
    Response dispatch(const Request &request) const;

    // Whether a handler's answer can be sent as it is: a known status of 200 or more, no body on
    // 204/304, and no line breaks in header names or values (header injection).
    static bool isSane(const Response &response);

private:
    struct Route
    {
        QByteArray method;
        RouteTemplate pathTemplate;
        Handler handler;
        QString access;
        qint64 maxBodyBytes = 0;
    };

    // The route that answers `request` (HEAD by GET unless a HEAD route exists) with its path
    // parameters; `allowed` collects the methods of every route whose path matches.
    const Route *match(const Request &request, QHash<QString, QString> *parameters,
                       QList<QByteArray> *allowed) const;
    Response invoke(const Route &route, const Request &request) const;

    QList<Route> m_routes;
};

} // namespace Portiek::Server
