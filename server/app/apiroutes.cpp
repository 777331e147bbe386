#include "server/app/apiroutes.h"

#include "server/app/servercontext.h"
#include "server/appointments/appointmentroutes.h"
#include "server/clients/clientinforoutes.h"
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
    registerProfileRoutes(router, context);
    registerPhotoRoutes(router, context);
    registerContactChangeRoutes(router, context);
    registerPlanRoutes(router, context);
    registerAppointmentRoutes(router, context);
    registerReportRoutes(router, context);
}

} // namespace Portiek::Server
