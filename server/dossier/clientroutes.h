#pragma once

#include "server/accounts/rights.h"
#include "server/dossier/accesslog.h"
#include "server/http/router.h"
#include "server/session/authenticator.h"

#include <QList>

#include <functional>
#include <memory>

namespace Portiek::Server {

struct ServerContext;

// What a client-scoped handler receives with the request: who asks, their link to the client
// (the rights are checked already) and the access log.
struct ClientCall
{
    const SignedIn &who;
    const ClientLink &link;
    AccessLog &accessLog;

    QString clientId() const { return link.clientId; }
    // Writes this person's access-log entry. When it fails the handler answers
    // Problem::internalError(): dossier data never leave unlogged.
    bool log(AccessLog::Action action, const QString &resourceType,
             const QString &resourceId = {}) const
    {
        return accessLog.recordPerson(who.person, link, action, resourceType, resourceId);
    }
};

// Registers routes under /api/v1/clients/{clientId}/… with the rights they need, the
// `x-portiek-rights` of docs/openapi.yaml:
//
//     ClientRoutes routes(router, context);
//     routes.get(QStringLiteral("/api/v1/clients/{clientId}/reports"), { &Rights::reportsRead },
//                [](const Request &request, const ClientCall &call) { … });
//
// Before the handler runs: a session (401 otherwise, see Authenticator), a link of that person
// to the client (403 `client_not_accessible` otherwise, also for ids that do not exist) and
// every listed right (403 `right_missing`). The rights are recorded with the route, so
// `portiek-server routes` prints them, the contract check compares them with the contract, and
// the rights-matrix test tries every route with and without each of them.
class ClientRoutes
{
public:
    using Right = Rights::Right;
    using Handler = std::function<Response(const Request &, const ClientCall &)>;

    ClientRoutes(Router &router, const ServerContext &context);

    void get(const QString &pathTemplate, const QList<Right> &rights, Handler handler);
    void post(const QString &pathTemplate, const QList<Right> &rights, Handler handler);
    void put(const QString &pathTemplate, const QList<Right> &rights, Handler handler);
    void del(const QString &pathTemplate, const QList<Right> &rights, Handler handler);

    // The access word of Router::RouteInfo for these rights: "rights=reportsRead,plans".
    static QString accessFor(const QList<Right> &rights);

private:
    void add(const QByteArray &method, const QString &pathTemplate, const QList<Right> &rights,
             Handler handler);

    Router &m_router;
    const ServerContext &m_context;
    Authenticator m_auth;
    std::shared_ptr<AccessLog> m_accessLog;
};

} // namespace Portiek::Server
