#include "server/profile/contactchangeroutes.h"

#include "server/accounts/accountinput.h"
#include "server/accounts/accountstore.h"
#include "server/accounts/passwordhasher.h"
#include "server/app/servercontext.h"
#include "server/core/clock.h"
#include "server/dossier/idempotency.h"
#include "server/http/problem.h"
#include "server/me/meroutes.h"
#include "server/outbox/outbox.h"
#include "server/photos/photostore.h"
#include "server/profile/contactchanges.h"
#include "server/session/authenticator.h"
#include "server/signin/apijson.h"
#include "server/signin/authevents.h"
#include "server/signin/signinproblems.h"
#include "server/signin/throttle.h"
#include "server/storage/database.h"
#include "server/storage/transaction.h"

#include <memory>

namespace Portiek::Server {

namespace {

using Channel = ContactChanges::Channel;
using FieldError = SignInProblems::FieldError;

constexpr int PasswordMax = 1024;
constexpr int MobileMax = 32;
constexpr int EmailMax = 254;
constexpr int CodeMin = 4;
constexpr int CodeMax = 16;

struct Services
{
    explicit Services(const ServerContext &shared)
        : context(shared)
        , changes(shared.database, shared.clock)
        , throttle(shared.database, shared.clock)
        , events(shared.database, shared.clock)
    { }

    const ServerContext &context;
    ContactChanges changes;
    Throttle throttle;
    AuthEvents events;
};

QString organisation(const Services &services)
{
    return services.context.config.config.organization.name;
}

// The same keys as a password change: a session left open must not become a way to guess the
// password or a code.
QStringList throttleKeys(const SignedIn &who, const Request &request)
{
    return { Throttle::accountKey(AccountStore::usernameKey(who.person.username)),
             Throttle::addressKey(request.remoteAddress()) };
}

// "06-******21" for a Dutch mobile, "+44*******21" otherwise.
QString maskedMobile(const QString &mobile)
{
    if (mobile.startsWith(QLatin1String("+316")) && mobile.size() == 12)
        return QStringLiteral("06-") + QString(6, u'*') + mobile.right(2);
    return mobile.left(3) + QString(qMax<qsizetype>(0, mobile.size() - 5), u'*') + mobile.right(2);
}

// "m***k@kpnmail.example".
QString maskedEmail(const QString &email)
{
    const qsizetype at = email.lastIndexOf(u'@');
    const QString local = email.left(at);
    const QString masked = local.size() <= 2
        ? local.left(1) + QStringLiteral("***")
        : local.left(1) + QStringLiteral("***") + local.right(1);
    return masked + email.mid(at);
}

// The new value normalised, or a field error.
QString checkedNewValue(Channel channel, const QString &text, const Person &person,
                        QList<FieldError> *errors)
{
    const QString field
        = channel == Channel::Sms ? QStringLiteral("newMobile") : QStringLiteral("newEmail");
    QString problem;
    const std::optional<QString> value = channel == Channel::Sms
        ? AccountInput::mobile(text, &problem)
        : AccountInput::email(text.trimmed(), &problem);
    // A Dutch number must be a mobile one (06…): a landline cannot receive the code.
    const bool dutchLandline = channel == Channel::Sms && value
        && value->startsWith(QLatin1String("+31"))
        && (!value->startsWith(QLatin1String("+316")) || value->size() != 12);
    if (!value || dutchLandline) {
        errors->append({ field, QStringLiteral("invalid_format") });
        return {};
    }
    const bool same = channel == Channel::Sms
        ? *value == person.mobile
        : value->toCaseFolded() == person.email.trimmed().toCaseFolded();
    if (same) {
        errors->append({ field, QStringLiteral("same_as_current") });
        return {};
    }
    return *value;
}

bool sendCode(Services &services, const Person &person, Channel channel, const QString &to,
              const ContactChanges::Issued &issued)
{
    const int minutes = ContactChanges::validSeconds(channel) / 60;
    if (channel == Channel::Sms) {
        return !services.context.outbox
                    .enqueueSms(person.id, to,
                                QStringLiteral("Uw code om dit mobiele nummer te gebruiken in het "
                                               "cliëntportaal van %1 is %2. De code is %3 "
                                               "minuten geldig.")
                                    .arg(organisation(services), issued.code)
                                    .arg(minutes))
                    .isEmpty();
    }
    return !services.context.outbox
                .enqueueEmail(
                    person.id, to,
                    QStringLiteral("Bevestig uw nieuwe e-mailadres voor het cliëntportaal van %1")
                        .arg(organisation(services)),
                    QStringLiteral("Beste %1,\n\n"
                                   "U wilt dit e-mailadres gebruiken voor het cliëntportaal van "
                                   "%2.\n\nUw code: %3\n\n"
                                   "Vul deze code in het portaal in. De code is %4 minuten "
                                   "geldig en werkt één keer.\n\n"
                                   "Heeft u dit niet gevraagd? Dan kunt u deze e-mail negeren.\n\n"
                                   "Met vriendelijke groet,\n%2\n")
                        .arg(person.name(), organisation(services), issued.code)
                        .arg(minutes))
                .isEmpty();
}

// The old number or address hears of the change, so a stolen session cannot quietly move the
// second factor away.
bool sendNotice(Services &services, const Person &before, Channel channel)
{
    if (channel == Channel::Sms) {
        return !services.context.outbox
                    .enqueueSms(before.id, before.mobile,
                                QStringLiteral("Uw mobiele nummer voor het cliëntportaal van %1 is "
                                               "gewijzigd. Was u dit niet? Bel dan de helpdesk.")
                                    .arg(organisation(services)))
                    .isEmpty();
    }
    return !services.context.outbox
                .enqueueEmail(before.id, before.email,
                              QStringLiteral("Uw e-mailadres voor het cliëntportaal van %1 is "
                                             "gewijzigd")
                                  .arg(organisation(services)),
                              QStringLiteral("Beste %1,\n\nUw e-mailadres voor het cliëntportaal "
                                             "van %2 is zojuist gewijzigd. Was u dit niet? Neem "
                                             "dan contact op met de helpdesk.\n\n"
                                             "Met vriendelijke groet,\n%2\n")
                                  .arg(before.name(), organisation(services)))
                .isEmpty();
}

// The answer to a request for a code: where it went and when another may be asked.
Response codeSent(Channel channel, const ContactChanges::Pending &pending)
{
    const QString &value = pending.newValue;
    return ApiJson::privateJson(
        { { QStringLiteral("channel"), ContactChanges::channelName(channel) },
          { QStringLiteral("maskedDestination"),
            channel == Channel::Sms ? maskedMobile(value) : maskedEmail(value) },
          { QStringLiteral("codeLength"), ContactChanges::codeLength(channel) },
          { QStringLiteral("sentAt"), ApiJson::time(pending.sentAt) },
          { QStringLiteral("codeExpiresAt"), ApiJson::time(pending.expiresAt) },
          { QStringLiteral("resendAvailableAt"), ApiJson::time(pending.resendAvailableAt()) } },
        202);
}

Response start(Services &services, Channel channel, const Request &request, const SignedIn &who)
{
    ApiJson::Body body(request);
    const QString newValue = body.required(channel == Channel::Sms ? QStringLiteral("newMobile")
                                                                   : QStringLiteral("newEmail"),
                                           channel == Channel::Sms ? MobileMax : EmailMax);
    const QString password = body.required(QStringLiteral("currentPassword"), PasswordMax);
    if (!body.ok())
        return body.problem();
    const std::optional<QString> key = Idempotency::optionalKey(request);
    if (!key)
        return Idempotency::malformedKey();

    const QStringList keys = throttleKeys(who, request);
    if (const qint64 wait = services.throttle.retryAfter(keys))
        return SignInProblems::tooManyAttempts(wait);
    if (!services.context.passwordHasher.verify(who.person.passwordHash, password)) {
        services.events.record(
            AuthEvents::Event::WrongPassword, who.person.id, request.remoteAddress(),
            QStringLiteral("%1 change").arg(ContactChanges::channelName(channel)));
        if (const qint64 wait = services.throttle.recordFailure(keys))
            return SignInProblems::tooManyAttempts(wait);
        return SignInProblems::validationFailed(
            { { QStringLiteral("currentPassword"), QStringLiteral("incorrect") } });
    }
    QList<FieldError> errors;
    const QString value = checkedNewValue(channel, newValue, who.person, &errors);
    if (!errors.isEmpty())
        return SignInProblems::validationFailed(errors);

    const QDateTime now = services.context.clock.now();
    const std::optional<ContactChanges::Pending> previous
        = services.changes.pending(who.person.id, channel);
    // The same request again (Qt sends a POST again by itself after a lost answer): its code
    // is on its way; the answer is the first one's, not "asked too soon".
    if (previous && !previous->used && !key->isEmpty() && previous->requestKey == *key
        && previous->newValue == value && now < previous->expiresAt)
        return codeSent(channel, *previous);
    if (previous && !previous->used && now < previous->resendAvailableAt())
        return SignInProblems::resendTooSoon(
            ApiJson::secondsUntil(now, previous->resendAvailableAt()));

    // The code and its message together, or neither.
    Transaction transaction(services.context.database);
    const std::optional<ContactChanges::Issued> issued
        = services.changes.issue(who.person.id, channel, value, *key);
    if (!issued || !sendCode(services, who.person, channel, value, *issued)
        || !transaction.commit())
        return Problem::internalError();

    return codeSent(channel, issued->pending);
}

bool storeNewValue(Database &database, const QString &personId, Channel channel,
                   const QString &value)
{
    QSqlQuery query;
    if (channel == Channel::Sms) {
        return database.exec(query, QStringLiteral("UPDATE people SET mobile = ? WHERE id = ?"),
                             { value, personId });
    }
    // email_key as AccountStore keeps it: the address case-folded.
    return database.exec(query,
                         QStringLiteral("UPDATE people SET email = ?, email_key = ? WHERE id = ?"),
                         { value, value.trimmed().toCaseFolded(), personId });
}

// The person as GET /api/v1/me shows them: the answer to a confirmed change.
Response meAnswer(Services &services, const QString &personId)
{
    const std::optional<Person> updated = services.context.accounts.findById(personId);
    if (!updated)
        return Problem::internalError();
    const PhotoStore photos(services.context);
    return ApiJson::privateJson(meJson(*updated, photos.meUrl(updated->id)));
}

Response confirm(Services &services, Channel channel, const Request &request, const SignedIn &who)
{
    ApiJson::Body body(request);
    const QString code = body.required(QStringLiteral("code"), CodeMax);
    if (body.ok() && code.size() < CodeMin)
        body.reject(QStringLiteral("code"), QStringLiteral("must be 4 to 16 characters"));
    if (!body.ok())
        return body.problem();
    const std::optional<QString> key = Idempotency::optionalKey(request);
    if (!key)
        return Idempotency::malformedKey();
    // The same confirmation again (its answer was lost): the change stands; the answer is the
    // first one's, not "code used", and no try is counted.
    if (services.changes.usedWith(who.person.id, channel, code, *key))
        return meAnswer(services, who.person.id);

    const QStringList keys = throttleKeys(who, request);
    if (const qint64 wait = services.throttle.retryAfter(keys))
        return SignInProblems::tooManyAttempts(wait);

    Database &database = services.context.database;
    Transaction transaction(database);
    QString value;
    switch (services.changes.check(who.person.id, channel, code, &value, *key)) {
    case ContactChanges::Check::NoPendingChange:
        return Problem::make(409, QStringLiteral("no_pending_change"),
                             QStringLiteral("No change is waiting for a code; start again."));
    case ContactChanges::Check::Expired:
        return Problem::make(422, QStringLiteral("contact_change_code_expired"),
                             QStringLiteral("The code has expired; ask for a new one."));
    case ContactChanges::Check::Wrong:
        // The counted try must stay, whatever the answer.
        if (!transaction.commit())
            return Problem::internalError();
        if (const qint64 wait = services.throttle.recordFailure(keys))
            return SignInProblems::tooManyAttempts(wait);
        return Problem::make(422, QStringLiteral("contact_change_code_invalid"),
                             QStringLiteral("The code is wrong or was used already."));
    case ContactChanges::Check::Failed:
        return Problem::internalError();
    case ContactChanges::Check::Right:
        break;
    }
    if (!storeNewValue(database, who.person.id, channel, value)
        || !sendNotice(services, who.person, channel) || !transaction.commit())
        return Problem::internalError();
    return meAnswer(services, who.person.id);
}

} // namespace

void registerContactChangeRoutes(Router &router, const ServerContext &context)
{
    const auto services = std::make_shared<Services>(context);
    const Authenticator auth(context);
    const auto add = [&](const QString &path, Channel channel, bool confirming) {
        router.post(path,
                    auth.guard([services, channel, confirming](const Request &request,
                                                               const SignedIn &who) {
                        return confirming ? confirm(*services, channel, request, who)
                                          : start(*services, channel, request, who);
                    }));
    };
    add(QStringLiteral("/api/v1/me/mobile-change"), Channel::Sms, false);
    add(QStringLiteral("/api/v1/me/mobile-change/confirm"), Channel::Sms, true);
    add(QStringLiteral("/api/v1/me/email-change"), Channel::Email, false);
    add(QStringLiteral("/api/v1/me/email-change/confirm"), Channel::Email, true);
}

} // namespace Portiek::Server
