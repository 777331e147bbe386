#include "server/clients/clientinforoutes.h"

#include "server/app/servercontext.h"
#include "server/clients/syncschedule.h"
#include "server/core/clock.h"
#include "server/dossier/clientroutes.h"
#include "server/http/etag.h"
#include "server/import/syncstamps.h"
#include "server/me/meroutes.h"
#include "server/photos/photostore.h"
#include "server/signin/apijson.h"

namespace Portiek::Server {

void registerClientInfoRoutes(Router &router, const ServerContext &context)
{
    ClientRoutes routes(router, context);

    routes.get(QStringLiteral("/api/v1/clients/{clientId}"), {},
               [&context](const Request &request, const ClientCall &call) {
                   const PhotoStore photos(context);
                   return conditionalGet(request,
                                         Response::personalJson(clientSummaryJson(
                                             call.link, photos.clientUrl(call.clientId()))));
               });

    routes.get(
        QStringLiteral("/api/v1/clients/{clientId}/sync-status"), {},
        [&context](const Request &request, const ClientCall &call) {
            const ImportConfig &schedule = context.config.config.importApi;
            const QTimeZone zone = SyncSchedule::organisationZone();
            const SyncStamps stamps(context.database, context.clock);
            return conditionalGet(
                request,
                Response::personalJson({ { QStringLiteral("lastUpdatedAt"),
                                           ApiJson::time(stamps.lastUpdatedAt(call.clientId())) },
                                         { QStringLiteral("nextExpectedUpdateAt"),
                                           ApiJson::time(SyncSchedule::nextExpectedUpdate(
                                               context.clock.now(), schedule, zone)) },
                                         { QStringLiteral("schedule"),
                                           SyncSchedule::scheduleJson(schedule, zone) } }));
        });
}

} // namespace Portiek::Server
