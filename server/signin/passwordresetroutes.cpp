#include "server/signin/passwordresetroutes.h"

#include "server/accounts/accountstore.h"
#include "server/dossier/idempotency.h"
#include "server/http/problem.h"
#include "server/http/router.h"
#include "server/outbox/outbox.h"
#include "server/signin/apijson.h"
#include "server/signin/passwordchange.h"
#include "server/signin/signinproblems.h"
#include "server/signin/signinrules.h"
#include "server/signin/signinservices.h"

namespace Portiek::Server {

namespace {

using Event = AuthEvents::Event;

constexpr int UsernameOrEmailMax = 254;
constexpr int CodeMax = 16;
constexpr int PasswordMax = 1024;

// The active accounts a name stands for: the one with that username, or else every account
// with that e-mail address (a client and their son may share one).
QList<Person> accountsFor(const AccountStore &accounts, const QString &usernameOrEmail)
{
    QList<Person> found;
    if (const std::optional<Person> person = accounts.findByUsername(usernameOrEmail))
        found.append(*person);
    else if (usernameOrEmail.contains(u'@'))
        found = accounts.findByEmail(usernameOrEmail);
    found.removeIf([](const Person &person) { return person.disabled; });
    return found;
}

QString resetEmail(const Person &person, const QString &organization, const QString &code)
{
    return QStringLiteral(
               "Beste %1,\n\n"
               "U heeft gevraagd om een nieuw wachtwoord voor het cliëntportaal van %2.\n\n"
               "Gebruikersnaam: %3\n"
               "Herstelcode: %4\n\n"
               "Vul deze code in het portaal in om een nieuw wachtwoord te kiezen. De code is "
               "%5 minuten geldig en werkt één keer.\n\n"
               "Heeft u dit niet gevraagd? Dan kunt u deze e-mail negeren; uw wachtwoord blijft "
               "hetzelfde.\n\n"
               "Met vriendelijke groet,\n%2\n")
        .arg(person.name(), organization, person.username, code)
        .arg(SignInRules::ResetCodeValidSeconds / 60);
}

Response requestReset(SignInServices &services, const Request &request)
{
    ApiJson::Body body(request);
    const QString name = body.required(QStringLiteral("usernameOrEmail"), UsernameOrEmailMax);
    if (!body.ok())
        return body.problem();
    const std::optional<QString> key = Idempotency::optionalKey(request);
    if (!key)
        return Idempotency::malformedKey();
    const QString &requestKey = *key;
    const QHostAddress address = request.remoteAddress();
    const QList<Person> people = accountsFor(services.context.accounts, name);
    const QString firstSubject
        = people.isEmpty() ? PasswordResets::decoySubject(name) : people.first().id;
    const QJsonObject answer { { QStringLiteral("codeLength"), SignInRules::ResetCodeLength },
                               { QStringLiteral("expiresInSeconds"),
                                 SignInRules::ResetCodeValidSeconds } };
    // The same request again (Qt sends a POST again by itself after a lost answer): its code is
    // on its way, so no new one replaces it and the repeat is no other request. A decoy is
    // answered alike.
    if (services.passwordResets.issuedFor(firstSubject, requestKey))
        return ApiJson::privateJson(answer, 202);

    const QStringList keys = { Throttle::resetKey(name), Throttle::resetAddressKey(address) };
    if (const qint64 wait = services.throttle.retryAfter(keys))
        return SignInProblems::tooManyAttempts(wait);
    services.throttle.recordFailure(keys); // every request counts: no mail bombing

    for (const Person &person : people) {
        const QString code = services.passwordResets.issue(person.id, person.id, requestKey);
        if (code.isEmpty())
            return Problem::internalError();
        services.context.outbox.enqueueEmail(
            person.id, person.email,
            QStringLiteral("Nieuw wachtwoord voor het cliëntportaal van %1")
                .arg(services.organization().name),
            resetEmail(person, services.organization().name, code));
        services.events.record(Event::PasswordResetRequested, person.id, address);
    }
    // Nobody: store a code nobody receives and log the request, so that the answer takes
    // (nearly) the same work; only the outbox write is missing.
    if (people.isEmpty()) {
        services.passwordResets.issue(PasswordResets::decoySubject(name), {}, requestKey);
        services.events.record(Event::PasswordResetRequested, {}, address,
                               QStringLiteral("no active account matched"));
    }

    return ApiJson::privateJson(answer, 202);
}

Response confirmReset(SignInServices &services, const Request &request)
{
    ApiJson::Body body(request);
    const QString name = body.required(QStringLiteral("usernameOrEmail"), UsernameOrEmailMax);
    const QString code = body.required(QStringLiteral("code"), CodeMax);
    const QString newPassword = body.required(QStringLiteral("newPassword"), PasswordMax);
    if (!body.ok())
        return body.problem();
    const std::optional<QString> key = Idempotency::optionalKey(request);
    if (!key)
        return Idempotency::malformedKey();
    const QHostAddress address = request.remoteAddress();
    const QList<Person> people = accountsFor(services.context.accounts, name);
    // The same confirmation again (its answer was lost): the password it set stands. Not a
    // wrong code, and no try counted; only while its new password is the one set.
    for (const Person &person : people) {
        if (services.passwordResets.usedWith(person.id, code, *key)
            && services.context.passwordHasher.verify(person.passwordHash, newPassword))
            return Response::noContent();
    }

    const QStringList keys = { Throttle::accountKey(AccountStore::usernameKey(name)),
                               Throttle::resetAddressKey(address) };
    if (const qint64 wait = services.throttle.retryAfter(keys))
        return SignInProblems::tooManyAttempts(wait);

    std::optional<Person> owner;
    for (const Person &person : people) {
        if (!owner
            && services.passwordResets.check(person.id, code) == PasswordResets::Check::Right)
            owner = person;
    }
    if (people.isEmpty())
        services.passwordResets.check(PasswordResets::decoySubject(name), code);
    if (!owner) {
        for (const Person &person : people)
            services.events.record(Event::WrongResetCode, person.id, address);
        if (const qint64 wait = services.throttle.recordFailure(keys))
            return SignInProblems::tooManyAttempts(wait);
        return SignInProblems::resetCodeInvalid();
    }

    // Only now the password rules: the code has shown that this person asked.
    PasswordChange change(services);
    const QList<SignInProblems::FieldError> errors = change.check(*owner, newPassword);
    if (!errors.isEmpty())
        return SignInProblems::validationFailed(errors);
    if (!change.apply(*owner, newPassword, {}, address, Event::PasswordReset))
        return Problem::internalError();
    services.passwordResets.markUsed(owner->id, *key);
    services.throttle.reset(Throttle::accountKey(AccountStore::usernameKey(owner->username)));
    return Response::noContent();
}

} // namespace

void registerPasswordResetRoutes(Router &router, const std::shared_ptr<SignInServices> &services)
{
    router.post(QStringLiteral("/api/v1/password-reset"),
                [services](const Request &request) { return requestReset(*services, request); });
    router.post(QStringLiteral("/api/v1/password-reset/confirm"),
                [services](const Request &request) { return confirmReset(*services, request); });
}

} // namespace Portiek::Server
