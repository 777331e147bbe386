#include "server/import/importroutes.h"

#include "server/app/servercontext.h"
#include "server/core/secrets.h"
#include "server/http/problem.h"
#include "server/logging.h"

namespace Portiek::Server {

struct ImportRoutes::Shared
{
    Shared(const ServerContext &context)
        : keyHash(context.config.importApiKey.isEmpty()
                      ? QByteArray()
                      : Secrets::tokenHash(QString::fromUtf8(context.config.importApiKey)))
        , systemName(context.config.config.importApi.systemName)
        , accessLog(context.database, context.clock)
        , stamps(context.database, context.clock)
    { }

    bool accepts(const Request &request) const
    {
        const QByteArray given = request.header("X-API-Key");
        if (keyHash.isEmpty() || given.isEmpty())
            return false;
        // Both sides hashed: equal lengths, so the comparison time says nothing about the key.
        return Secrets::constantTimeEquals(Secrets::tokenHash(QString::fromUtf8(given)), keyHash);
    }

    const QByteArray keyHash;
    const QString systemName;
    AccessLog accessLog;
    SyncStamps stamps;
};

ImportRoutes::ImportRoutes(Router &router, const ServerContext &context)
    : m_router(router)
    , m_shared(std::make_shared<Shared>(context))
{ }

void ImportRoutes::add(const QByteArray &method, const QString &pathTemplate, Handler handler)
{
    if (!pathTemplate.startsWith(QLatin1String("/api/v1/import/")))
        qFatal("ImportRoutes: %s is not an import route", qUtf8Printable(pathTemplate));
    const std::shared_ptr<Shared> shared = m_shared;
    m_router.addRoute(
        method, pathTemplate,
        [shared, handler = std::move(handler)](const Request &request) {
            if (!shared->accepts(request)) {
                qCWarning(lcServerImport).noquote()
                    << "import API: refused a request without a valid key from"
                    << request.remoteAddress().toString();
                return Problem::make(401, QStringLiteral("api_key_invalid"),
                                     QStringLiteral("Send the organisation's key in X-API-Key."));
            }
            return handler(request,
                           ImportCall { shared->systemName, shared->accessLog, shared->stamps });
        },
        QStringLiteral("import"));
}

void ImportRoutes::get(const QString &pathTemplate, Handler handler)
{
    add(QByteArrayLiteral("GET"), pathTemplate, std::move(handler));
}

void ImportRoutes::put(const QString &pathTemplate, Handler handler)
{
    add(QByteArrayLiteral("PUT"), pathTemplate, std::move(handler));
}

void ImportRoutes::del(const QString &pathTemplate, Handler handler)
{
    add(QByteArrayLiteral("DELETE"), pathTemplate, std::move(handler));
}

} // namespace Portiek::Server
