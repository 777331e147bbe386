#include "server/me/trusteddeviceroutes.h"

#include "server/http/etag.h"
#include "server/http/problem.h"
#include "server/http/router.h"
#include "server/me/pagecursor.h"
#include "server/session/authenticator.h"
#include "server/signin/apijson.h"
#include "server/signin/signinservices.h"

namespace Portiek::Server {

namespace {

QJsonObject deviceJson(const TrustedDevices::Device &device, const QString &currentDeviceId)
{
    return {
        { QStringLiteral("id"), device.id },
        { QStringLiteral("name"), device.name },
        { QStringLiteral("createdAt"), ApiJson::time(device.createdAt) },
        { QStringLiteral("lastUsedAt"), ApiJson::time(device.lastUsedAt) },
        { QStringLiteral("expiresAt"), ApiJson::time(device.expiresAt) },
        { QStringLiteral("current"), device.id == currentDeviceId },
    };
}

} // namespace

void registerTrustedDeviceRoutes(Router &router, const std::shared_ptr<SignInServices> &services)
{
    const Authenticator auth(services->context);
    const QString listPath = QStringLiteral("/api/v1/me/trusted-devices");

    router.get(listPath, auth.guard([services](const Request &request, const SignedIn &who) {
        Response problem;
        const std::optional<PageRequest> page = PageRequest::read(request, &problem);
        if (!page)
            return problem;
        QJsonArray all;
        for (const TrustedDevices::Device &device : services->trustedDevices.list(who.person.id))
            all.append(deviceJson(device, who.session.trustedDeviceId));
        return conditionalGet(request, Response::personalJson(page->page(all)));
    }));

    router.del(listPath, auth.guard([services](const Request &request, const SignedIn &who) {
        const int revoked = services->trustedDevices.revokeAll(who.person.id);
        if (revoked > 0) {
            services->events.record(AuthEvents::Event::DeviceRevoked, who.person.id,
                                    request.remoteAddress(),
                                    QStringLiteral("all %1 revoked by the person").arg(revoked));
        }
        return Response::noContent();
    }));

    router.del(listPath + QStringLiteral("/{deviceId}"),
               auth.guard([services](const Request &request, const SignedIn &who) {
                   const QString deviceId = request.pathParameter(QStringLiteral("deviceId"));
                   if (!services->trustedDevices.revoke(who.person.id, deviceId))
                       return Problem::notFound(QStringLiteral("There is no such device."));
                   services->events.record(AuthEvents::Event::DeviceRevoked, who.person.id,
                                           request.remoteAddress(), deviceId);
                   return Response::noContent();
               }));
}

} // namespace Portiek::Server
