#include "server/signin/signinroutes.h"

#include "server/app/servercontext.h"
#include "server/dossier/idempotency.h"
#include "server/http/problem.h"
#include "server/http/router.h"
#include "server/me/meroutes.h"
#include "server/session/sessionroutes.h"
#include "server/signin/apijson.h"
#include "server/signin/passwordresetroutes.h"
#include "server/signin/signinflow.h"
#include "server/signin/signinrules.h"
#include "server/signin/signinservices.h"
#include "server/signin/termsroute.h"

#include <algorithm>
#include <memory>

namespace Portiek::Server {

namespace {

// Maximum lengths of docs/openapi.yaml (SignInStartRequest and friends).
constexpr int UsernameMax = 128;
constexpr int PasswordMax = 1024;
constexpr int DeviceTokenMax = 256;
constexpr int TokenMax = 256;
constexpr int TermsVersionMax = 64;
constexpr int CodeMin = 4;
constexpr int CodeMax = 10;

bool isDigits(const QString &text)
{
    return std::all_of(text.begin(), text.end(), [](QChar c) { return c >= u'0' && c <= u'9'; });
}

} // namespace

void registerSignInRoutes(Router &router, const ServerContext &context)
{
    // Each handler holds `services` too: the flow only refers to it.
    auto services = std::make_shared<SignInServices>(context);
    auto flow = std::make_shared<SignInFlow>(*services);

    router.post(QStringLiteral("/api/v1/sign-in"), [services, flow](const Request &request) {
        ApiJson::Body body(request);
        SignInFlow::StartRequest start;
        start.username = body.required(QStringLiteral("username"), UsernameMax);
        start.password = body.required(QStringLiteral("password"), PasswordMax);
        start.deviceToken = body.optional(QStringLiteral("deviceToken"), DeviceTokenMax);
        start.kiosk = body.flag(QStringLiteral("kiosk"), false);
        if (!body.ok())
            return body.problem();
        // Optional here: a client that sends one is spared a second SMS code when its request
        // is repeated (SignInFlow::resume).
        const std::optional<QString> key = Idempotency::optionalKey(request);
        if (!key)
            return Idempotency::malformedKey();
        start.startKey = *key;
        return flow->start(start, request.remoteAddress());
    });

    router.post(QStringLiteral("/api/v1/sign-in/sms-code"),
                [services, flow](const Request &request) {
                    ApiJson::Body body(request);
                    const QString token = body.required(QStringLiteral("signInToken"), TokenMax);
                    if (!body.ok())
                        return body.problem();
                    const std::optional<QString> key = Idempotency::optionalKey(request);
                    if (!key)
                        return Idempotency::malformedKey();
                    return flow->requestCode(token, request.remoteAddress(), *key);
                });

    router.post(
        QStringLiteral("/api/v1/sign-in/sms-code/verify"),
        [services, flow](const Request &request) {
            ApiJson::Body body(request);
            SignInFlow::VerifyRequest verify;
            verify.signInToken = body.required(QStringLiteral("signInToken"), TokenMax);
            verify.code = body.required(QStringLiteral("code"), CodeMax);
            verify.rememberDevice = body.flag(QStringLiteral("rememberDevice"), false);
            verify.deviceName
                = body.optional(QStringLiteral("deviceName"), SignInRules::DeviceNameMaxLength)
                      .trimmed();
            if (!isDigits(verify.code) || verify.code.size() < CodeMin)
                body.reject(QStringLiteral("code"), QStringLiteral("must be 4 to 10 digits"));
            if (verify.rememberDevice && verify.deviceName.isEmpty()) {
                body.reject(QStringLiteral("deviceName"),
                            QStringLiteral("is required with \"rememberDevice\""));
            }
            if (!body.ok())
                return body.problem();
            const std::optional<QString> key = Idempotency::optionalKey(request);
            if (!key)
                return Idempotency::malformedKey();
            verify.key = *key;
            return flow->verifyCode(verify, request.remoteAddress());
        });

    router.post(
        QStringLiteral("/api/v1/sign-in/password"), [services, flow](const Request &request) {
            ApiJson::Body body(request);
            const QString token = body.required(QStringLiteral("signInToken"), TokenMax);
            const QString current = body.required(QStringLiteral("currentPassword"), PasswordMax);
            const QString next = body.required(QStringLiteral("newPassword"), PasswordMax);
            if (!body.ok())
                return body.problem();
            const std::optional<QString> key = Idempotency::optionalKey(request);
            if (!key)
                return Idempotency::malformedKey();
            return flow->changePassword(token, current, next, request.remoteAddress(), *key);
        });

    router.post(QStringLiteral("/api/v1/sign-in/terms"), [services, flow](const Request &request) {
        ApiJson::Body body(request);
        const QString token = body.required(QStringLiteral("signInToken"), TokenMax);
        const QString version = body.required(QStringLiteral("termsVersion"), TermsVersionMax);
        if (!body.ok())
            return body.problem();
        const std::optional<QString> key = Idempotency::optionalKey(request);
        if (!key)
            return Idempotency::malformedKey();
        return flow->acceptTerms(token, version, request.remoteAddress(), *key);
    });

    registerTermsRoute(router, context.config);
    registerPasswordResetRoutes(router, services);
    registerSessionRoutes(router, context);
    registerMeRoutes(router, services);
}

} // namespace Portiek::Server
