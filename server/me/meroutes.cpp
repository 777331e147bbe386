#include "server/me/meroutes.h"

#include "server/accounts/accountstore.h"
#include "server/accounts/passwordhasher.h"
#include "server/http/etag.h"
#include "server/http/problem.h"
#include "server/http/router.h"
#include "server/me/pagecursor.h"
#include "server/me/trusteddeviceroutes.h"
#include "server/photos/photostore.h"
#include "server/session/authenticator.h"
#include "server/signin/apijson.h"
#include "server/signin/passwordchange.h"
#include "server/signin/signinservices.h"

namespace Portiek::Server {

namespace {

constexpr int PasswordMax = 1024;

QJsonValue nullIfEmpty(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

Response changePassword(SignInServices &services, const Request &request, const SignedIn &who)
{
    ApiJson::Body body(request);
    const QString current = body.required(QStringLiteral("currentPassword"), PasswordMax);
    const QString next = body.required(QStringLiteral("newPassword"), PasswordMax);
    if (!body.ok())
        return body.problem();

    // A session left open must not become a way to guess the password: same waits as sign-in.
    const QStringList keys = { Throttle::accountKey(AccountStore::usernameKey(who.person.username)),
                               Throttle::addressKey(request.remoteAddress()) };
    if (const qint64 wait = services.throttle.retryAfter(keys))
        return SignInProblems::tooManyAttempts(wait);
    if (!services.context.passwordHasher.verify(who.person.passwordHash, current)) {
        services.events.record(AuthEvents::Event::WrongPassword, who.person.id,
                               request.remoteAddress(), QStringLiteral("password change"));
        if (const qint64 wait = services.throttle.recordFailure(keys))
            return SignInProblems::tooManyAttempts(wait);
        return SignInProblems::validationFailed(
            { { QStringLiteral("currentPassword"), QStringLiteral("incorrect") } });
    }
    PasswordChange change(services);
    const QList<SignInProblems::FieldError> errors = change.check(who.person, next, current);
    if (!errors.isEmpty())
        return SignInProblems::validationFailed(errors);
    // This session stays; every other one and every trusted device (this one's too) goes.
    if (!change.apply(who.person, next, who.session.tokenHash, request.remoteAddress(),
                      AuthEvents::Event::PasswordChanged)) {
        return Problem::internalError();
    }
    return Response::noContent();
}

} // namespace

QJsonObject meJson(const Person &person, const QString &photoUrl)
{
    return {
        { QStringLiteral("id"), person.id },
        { QStringLiteral("username"), person.username },
        { QStringLiteral("name"),
          QJsonObject {
              { QStringLiteral("givenName"), person.givenName },
              { QStringLiteral("familyNamePrefix"), nullIfEmpty(person.familyNamePrefix) },
              { QStringLiteral("familyName"), person.familyName } } },
        { QStringLiteral("displayName"), person.name() },
        { QStringLiteral("role"), roleName(person.role) },
        { QStringLiteral("email"), person.email },
        { QStringLiteral("mobile"), person.mobile },
        { QStringLiteral("photoUrl"), nullIfEmpty(photoUrl) },
        { QStringLiteral("termsVersionAccepted"), nullIfEmpty(person.termsVersionAccepted) },
        { QStringLiteral("passwordChangedAt"), ApiJson::time(person.passwordChangedAt) },
    };
}

QJsonObject clientSummaryJson(const ClientLink &link, const QString &photoUrl)
{
    return {
        { QStringLiteral("id"), link.clientId },
        { QStringLiteral("name"), link.clientName },
        { QStringLiteral("photoUrl"), nullIfEmpty(photoUrl) },
        { QStringLiteral("myRole"), roleName(link.myRole) },
        { QStringLiteral("myRelation"), nullIfEmpty(link.relation) },
        { QStringLiteral("rights"), link.rights.toJson() },
    };
}

void registerMeRoutes(Router &router, const std::shared_ptr<SignInServices> &services)
{
    const Authenticator auth(services->context);

    router.get(QStringLiteral("/api/v1/me"),
               auth.guard([services](const Request &request, const SignedIn &who) {
                   const PhotoStore photos(services->context);
                   return conditionalGet(
                       request,
                       Response::personalJson(meJson(who.person, photos.meUrl(who.person.id))));
               }));

    router.get(QStringLiteral("/api/v1/me/clients"),
               auth.guard([services](const Request &request, const SignedIn &who) {
                   Response problem;
                   const std::optional<PageRequest> page = PageRequest::read(request, &problem);
                   if (!page)
                       return problem;
                   QJsonArray all;
                   const PhotoStore photos(services->context);
                   for (const ClientLink &link :
                        services->context.accounts.linksForPerson(who.person.id))
                       all.append(clientSummaryJson(link, photos.clientUrl(link.clientId)));
                   return conditionalGet(request, Response::personalJson(page->page(all)));
               }));

    router.put(QStringLiteral("/api/v1/me/password"),
               auth.guard([services](const Request &request, const SignedIn &who) {
                   return changePassword(*services, request, who);
               }));

    registerTrustedDeviceRoutes(router, services);
}

} // namespace Portiek::Server
