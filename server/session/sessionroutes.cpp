#include "server/session/sessionroutes.h"

#include "server/app/servercontext.h"
#include "server/http/router.h"
#include "server/session/authenticator.h"
#include "server/signin/apijson.h"
#include "server/signin/authevents.h"

namespace Portiek::Server {

QJsonObject sessionJson(const Sessions::Session &session)
{
    return {
        { QStringLiteral("personId"), session.personId },
        { QStringLiteral("signedInAt"), ApiJson::time(session.signedInAt) },
        { QStringLiteral("idleTimeoutSeconds"), session.idleTimeoutSeconds },
        { QStringLiteral("idleExpiresAt"), ApiJson::time(session.idleExpiresAt) },
        { QStringLiteral("expiresAt"), ApiJson::time(session.expiresAt) },
        { QStringLiteral("kiosk"), session.kiosk },
        { QStringLiteral("trustedDeviceId"),
          session.trustedDeviceId.isEmpty() ? QJsonValue(QJsonValue::Null)
                                            : QJsonValue(session.trustedDeviceId) },
    };
}

void registerSessionRoutes(Router &router, const ServerContext &context)
{
    const QString sessionPath = QStringLiteral("/api/v1/session");
    const Authenticator auth(context);

    // Reading when the session ends is what a session guard does while the person is away:
    // it must not count as activity, or the guard would keep the session alive by itself.
    router.get(sessionPath,
               auth.guard(
                   [](const Request &, const SignedIn &who) {
                       return ApiJson::privateJson(sessionJson(who.session));
                   },
                   Authenticator::Activity::DoesNotCount));

    router.del(sessionPath, auth.guard([context](const Request &request, const SignedIn &who) {
        Sessions(context.database, context.clock).end(who.session.tokenHash);
        AuthEvents(context.database, context.clock)
            .record(AuthEvents::Event::SignedOut, who.person.id, request.remoteAddress());
        return Response::noContent();
    }));

    // The guard has already moved the idle expiry: keep-alive only has to say so.
    router.post(QStringLiteral("/api/v1/session/keep-alive"),
                auth.guard([](const Request &, const SignedIn &who) {
                    return ApiJson::privateJson(sessionJson(who.session));
                }));
}

} // namespace Portiek::Server
