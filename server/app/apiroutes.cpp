#include "server/app/apiroutes.h"

#include "server/access/contactaccessroutes.h"
#include "server/app/servercontext.h"
#include "server/appointments/appointmentroutes.h"
#include "server/board/boardroutes.h"
#include "server/clients/clientinforoutes.h"
#include "server/clients/overviewroute.h"
#include "server/measurements/measurementroutes.h"
#include "server/messages/messageroutes.h"
#include "server/organization/organizationroutes.h"
#include "server/photos/photoroutes.h"
#include "server/plans/planroutes.h"
#include "server/profile/contactchangeroutes.h"
#include "server/profile/profileroutes.h"
#include "server/reports/reportroutes.h"
#include "server/signin/signinroutes.h"

namespace Portiek::Server {

void registerApiRoutes(Router &router, ServerContext &context)
{
    registerOrganizationRoutes(router, context.config.config.organization, context.config.logo);
    registerSignInRoutes(router, context);
    registerClientInfoRoutes(router, context);
    registerOverviewRoute(router, context);
    registerProfileRoutes(router, context);
    registerPhotoRoutes(router, context);
    registerContactChangeRoutes(router, context);
    registerPlanRoutes(router, context);
    registerAppointmentRoutes(router, context);
    registerMeasurementRoutes(router, context);
    registerReportRoutes(router, context);
    registerMessageRoutes(router, context);
    registerBoardRoutes(router, context);
    registerAccessRoutes(router, context);
}

} // namespace Portiek::Server
