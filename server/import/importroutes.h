#pragma once

#include "server/dossier/accesslog.h"
#include "server/http/router.h"
#include "server/import/syncstamps.h"

#include <functional>
#include <memory>

namespace Portiek::Server {

struct ServerContext;

// What an import handler receives with the request.
struct ImportCall
{
    const QString &systemName; // the organisation's system, for the access log
    AccessLog &accessLog;
    SyncStamps &stamps; // touch() in the same transaction as the write

    // What every import write does last, inside its transaction: stamps the client's last
    // update and logs the organisation's system as the actor. False when either fails (the
    // caller rolls back and answers 500).
    bool recordWrite(const QString &clientId, AccessLog::Action action, const QString &resourceType,
                     const QString &resourceId) const
    {
        return stamps.touch(clientId)
            && accessLog.recordCareOrganisation(clientId, systemName, action, resourceType,
                                                resourceId);
    }
};

// Registers routes of the dossier import API (/api/v1/import/…). Before the handler runs the
// request must carry the organisation's key in `X-API-Key` (compared in constant time); without
// it, with another key, or with no key configured the answer is 401 `api_key_invalid`. Import
// routes are recorded as such ("import"), so the contract check can compare them.
class ImportRoutes
{
public:
    using Handler = std::function<Response(const Request &, const ImportCall &)>;

    ImportRoutes(Router &router, const ServerContext &context);

    void get(const QString &pathTemplate, Handler handler);
    void put(const QString &pathTemplate, Handler handler);
    void del(const QString &pathTemplate, Handler handler);

private:
    struct Shared;
    void add(const QByteArray &method, const QString &pathTemplate, Handler handler);

    Router &m_router;
    std::shared_ptr<Shared> m_shared;
};

} // namespace Portiek::Server
