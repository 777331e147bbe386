#include "server/dossier/clientroutes.h"

#include "server/accounts/accountstore.h"
#include "server/app/servercontext.h"
#include "server/dossier/idempotency.h"
#include "server/http/problem.h"

#include <QStringList>

namespace Portiek::Server {

ClientRoutes::ClientRoutes(Router &router, const ServerContext &context)
    : m_router(router)
    , m_context(context)
    , m_auth(context)
    , m_accessLog(std::make_shared<AccessLog>(context.database, context.clock))
{ }

QString ClientRoutes::accessFor(const QList<Right> &rights)
{
    QStringList names;
    for (const Right right : rights)
        names.append(Rights::name(right));
    return QStringLiteral("rights=") + names.join(QLatin1Char(','));
}

void ClientRoutes::add(const QByteArray &method, const QString &pathTemplate,
                       const QList<Right> &rights, Handler handler)
{
    if (!pathTemplate.startsWith(QLatin1String("/api/v1/clients/{clientId}")))
        qFatal("ClientRoutes: %s is not client-scoped", qUtf8Printable(pathTemplate));
    const AccountStore &accounts = m_context.accounts;
    const std::shared_ptr<AccessLog> accessLog = m_accessLog;
    // A change guarded by If-Match that is sent again after its answer was lost would find the
    // ETag it changed itself (412): with an Idempotency-Key the repeat gets the first answer.
    const bool keyed = method == "PUT" || method == "DELETE";
    Database &database = m_context.database;
    const Clock &clock = m_context.clock;
    Router::Handler guarded
        = m_auth.guard([&accounts, &database, &clock, accessLog, rights, keyed,
                        handler = std::move(handler)](const Request &request, const SignedIn &who) {
              const std::optional<ClientLink> link = accounts.linkFor(
                  who.person.id, request.pathParameter(QStringLiteral("clientId")));
              // The same answer whether the client does not exist or is someone else's.
              if (!link)
                  return Problem::make(403, QStringLiteral("client_not_accessible"));
              if (!link->rights.hasAll(rights))
                  return Problem::make(403, QStringLiteral("right_missing"));
              const ClientCall call { who, *link, *accessLog };
              if (keyed && request.hasHeader("Idempotency-Key")) {
                  return Idempotency(database, clock).run(request, who.person.id, [&] {
                      return handler(request, call);
                  });
              }
              return handler(request, call);
          });
    m_router.addRoute(method, pathTemplate, std::move(guarded), accessFor(rights));
}

void ClientRoutes::get(const QString &pathTemplate, const QList<Right> &rights, Handler handler)
{
    add(QByteArrayLiteral("GET"), pathTemplate, rights, std::move(handler));
}

void ClientRoutes::post(const QString &pathTemplate, const QList<Right> &rights, Handler handler)
{
    add(QByteArrayLiteral("POST"), pathTemplate, rights, std::move(handler));
}

void ClientRoutes::put(const QString &pathTemplate, const QList<Right> &rights, Handler handler)
{
    add(QByteArrayLiteral("PUT"), pathTemplate, rights, std::move(handler));
}

void ClientRoutes::del(const QString &pathTemplate, const QList<Right> &rights, Handler handler)
{
    add(QByteArrayLiteral("DELETE"), pathTemplate, rights, std::move(handler));
}

} // namespace Portiek::Server
