#include "server/signin/signinflow.h"

#include "server/accounts/accountstore.h"
#include "server/accounts/passwordhasher.h"
#include "server/core/clock.h"
#include "server/http/problem.h"
#include "server/outbox/outbox.h"
#include "server/signin/apijson.h"
#include "server/signin/passwordchange.h"
#include "server/signin/signinproblems.h"
#include "server/signin/signinrules.h"
#include "server/signin/signinservices.h"
#include "server/signin/signinstate.h"
#include "server/storage/transaction.h"

namespace Portiek::Server {

namespace {

using Event = AuthEvents::Event;

bool termsNewerThanAccepted(const QString &current, const QString &accepted)
{
    // Versions are dates ("2026-01"), so text order is time order.
    return !current.isEmpty() && (accepted.isEmpty() || accepted < current);
}

// The steps that end a sign-in write half a dozen rows (device use, attempt, session, events,
// throttle): one commit, so one fsync on SQLite, instead of one each. In a rush of sign-ins
// the fsyncs, not Argon2id, took most of the time. A failed commit undoes it all, and then
// the answer cannot stand either.
template<typename Step> Response inOneTransaction(Database &database, Step step)
{
    Transaction transaction(database);
    if (!transaction.isActive())
        return Problem::internalError();
    Response response = step();
    if (!transaction.commit())
        return Problem::internalError();
    return response;
}

} // namespace

SignInFlow::SignInFlow(SignInServices &services)
    : m_services(services)
{ }

QString SignInFlow::smsText(const QString &organizationName, const QString &code)
{
    return QStringLiteral("Uw inlogcode voor het cliëntportaal van %1 is %2. De code is %3 "
                          "minuten geldig.")
        .arg(organizationName, code)
        .arg(SignInRules::SmsCodeValidSeconds / 60);
}

QStringList SignInFlow::throttleKeys(const QString &username, const QHostAddress &address) const
{
    return { Throttle::accountKey(AccountStore::usernameKey(username)),
             Throttle::addressKey(address) };
}

Response SignInFlow::failure(const QStringList &keys, AuthEvents::Event event,
                             const QString &personId, const QHostAddress &address,
                             const Response &answer, const QString &detail)
{
    m_services.events.record(event, personId, address, detail);
    const qint64 wait = m_services.throttle.recordFailure(keys);
    if (wait > 0) {
        m_services.events.record(Event::Locked, personId, address,
                                 QStringLiteral("next try in %1 s").arg(wait));
        return SignInProblems::tooManyAttempts(wait);
    }
    return answer;
}

Response SignInFlow::start(const StartRequest &request, const QHostAddress &address)
{
    const ServerContext &context = m_services.context;
    const QStringList keys = throttleKeys(request.username, address);
    if (const qint64 wait = m_services.throttle.retryAfter(keys))
        return SignInProblems::tooManyAttempts(wait);

    // The same work whether or not the username exists: one Argon2id verification.
    const std::optional<Person> person = context.accounts.findByUsername(request.username);
    bool right = false;
    QString refused;
    if (!person || person->passwordHash.isEmpty()) {
        context.passwordHasher.burnVerifyTime(request.password);
    } else {
        right = context.passwordHasher.verify(person->passwordHash, request.password);
    }
    // Before the temporary password's checks: the attempt it started is what used it up.
    if (right && !person->disabled) {
        if (std::optional<Response> resumed = resume(request, *person, address))
            return *resumed;
    }
    if (right && person->passwordTemporary) {
        const QDateTime now = context.clock.now();
        if (!person->temporaryPasswordExpiresAt.isValid()
            || now >= person->temporaryPasswordExpiresAt) {
            right = false;
            refused = QStringLiteral("temporary password expired");
        } else if (m_services.attempts.temporaryPasswordUsedSince(person->id,
                                                                  person->passwordChangedAt)) {
            right = false;
            refused = QStringLiteral("temporary password already used");
        }
    }
    if (!right) {
        return failure(keys, Event::WrongPassword, person ? person->id : QString(), address,
                       SignInProblems::invalidCredentials(), refused);
    }
    // The password was checked outside the transaction: no snapshot is held for its ~70 ms.
    return inOneTransaction(context.database,
                            [&] { return startVerified(request, *person, address); });
}

std::optional<Response> SignInFlow::resume(const StartRequest &request, const Person &person,
                                           const QHostAddress &address)
{
    // The same "Sign in" once more: Qt sends a POST again by itself when the connection closed
    // before the answer came. The attempt goes on under a new token, without a second SMS code
    // (its first one is on its way) and without using up a temporary password twice.
    if (request.startKey.isEmpty())
        return std::nullopt;
    bool found = false;
    Response answer = inOneTransaction(m_services.context.database, [&] {
        std::optional<SignInAttempts::Started> again
            = m_services.attempts.resume(person.id, request.startKey);
        if (!again)
            return Response();
        found = true;
        std::optional<bool> deviceTokenAccepted;
        if (!request.deviceToken.isEmpty())
            deviceTokenAccepted = !again->attempt.trustedDeviceId.isEmpty();
        return advance(again->attempt, again->token, person, address, deviceTokenAccepted);
    });
    if (!found)
        return std::nullopt;
    return answer;
}

Response SignInFlow::startVerified(const StartRequest &request, const Person &person,
                                   const QHostAddress &address)
{
    if (person.disabled) {
        m_services.events.record(Event::AccountDisabled, person.id, address);
        return SignInProblems::accountDisabled();
    }

    std::optional<bool> deviceTokenAccepted;
    QString deviceId;
    if (!request.deviceToken.isEmpty()) {
        // Never in kiosk mode: a shared computer is nobody's trusted device.
        if (!request.kiosk) {
            if (const auto device = m_services.trustedDevices.use(person.id, request.deviceToken))
                deviceId = device->id;
        }
        deviceTokenAccepted = !deviceId.isEmpty();
    }

    QStringList steps;
    if (deviceId.isEmpty())
        steps.append(SignInAttempts::SmsCode);
    if (person.passwordTemporary
        || !PasswordChange(m_services).meetsPolicy(person, request.password)) {
        steps.append(SignInAttempts::ChangePassword);
    }
    if (termsNewerThanAccepted(m_services.organization().termsVersion,
                               person.termsVersionAccepted)) {
        steps.append(SignInAttempts::AcceptTerms);
    }

    std::optional<SignInAttempts::Started> started
        = m_services.attempts.start(person.id, address, request.kiosk, steps,
                                    person.passwordTemporary, deviceId, request.startKey);
    if (!started
        || (steps.contains(SignInAttempts::SmsCode) && !sendCode(started->attempt, person)))
        return Problem::internalError();
    return advance(started->attempt, started->token, person, address, deviceTokenAccepted);
}

std::optional<SignInFlow::Running> SignInFlow::running(const QString &signInToken,
                                                       const QString &step, Response *problem) const
{
    const std::optional<SignInAttempts::Attempt> attempt = m_services.attempts.find(signInToken);
    const std::optional<Person> person
        = attempt ? m_services.context.accounts.findById(attempt->personId) : std::nullopt;
    if (!attempt || !person || person->disabled) {
        *problem = SignInProblems::signInExpired();
        return std::nullopt;
    }
    if (attempt->next() != step) {
        *problem = SignInProblems::stepNotExpected(attempt->next());
        return std::nullopt;
    }
    return Running { *attempt, *person };
}

bool SignInFlow::sendCode(SignInAttempts::Attempt &attempt, const Person &person,
                          const QString &requestKey)
{
    const int number = attempt.codesSent + 1;
    const std::optional<SmsCodes::Issued> issued
        = m_services.smsCodes.issue(attempt.id, number, requestKey);
    if (!issued)
        return false;
    attempt.codesSent = number;
    m_services.attempts.save(attempt);
    return !m_services.context.outbox
                .enqueueSms(person.id, person.mobile,
                            smsText(m_services.organization().name, issued->digits))
                .isEmpty();
}

Response SignInFlow::requestCode(const QString &signInToken, const QHostAddress &address,
                                 const QString &requestKey)
{
    Response problem;
    std::optional<Running> run = running(signInToken, SignInAttempts::SmsCode, &problem);
    if (!run)
        return problem;
    // The same request again (Qt sends a POST again by itself after a lost answer): its code is
    // on its way; the answer is the state with that code, not "asked too soon".
    const std::optional<SmsCodes::Code> current = m_services.smsCodes.current(run->attempt.id);
    if (current && !requestKey.isEmpty() && current->requestKey == requestKey && !current->used
        && m_services.context.clock.now() < current->expiresAt)
        return advance(run->attempt, signInToken, run->person, address);
    if (const qint64 wait
        = m_services.throttle.retryAfter(throttleKeys(run->person.username, address)))
        return SignInProblems::tooManyAttempts(wait);

    const QDateTime now = m_services.context.clock.now();
    if (run->attempt.codesSent > SignInRules::SmsResendsPerAttempt) {
        // This attempt has had its codes; a new sign-in may start when it has expired.
        return SignInProblems::tooManyAttempts(ApiJson::secondsUntil(now, run->attempt.expiresAt));
    }
    if (current) {
        const QDateTime resendAt
            = current->sentAt.addSecs(SignInRules::resendWaitSeconds(current->number));
        if (now < resendAt)
            return SignInProblems::resendTooSoon(ApiJson::secondsUntil(now, resendAt));
    }
    if (!sendCode(run->attempt, run->person, requestKey))
        return Problem::internalError();
    return advance(run->attempt, signInToken, run->person, address);
}

Response SignInFlow::verifyCode(const VerifyRequest &request, const QHostAddress &address)
{
    if (std::optional<Response> again
        = repeated(request.signInToken, SignInAttempts::SmsCode, request.key, address))
        return *again;
    Response problem;
    std::optional<Running> run = running(request.signInToken, SignInAttempts::SmsCode, &problem);
    if (!run)
        return problem;
    const QStringList keys = throttleKeys(run->person.username, address);
    if (const qint64 wait = m_services.throttle.retryAfter(keys))
        return SignInProblems::tooManyAttempts(wait);

    int triesLeft = 0;
    switch (m_services.smsCodes.check(run->attempt.id, request.code, &triesLeft)) {
    case SmsCodes::Check::Expired:
        return SignInProblems::smsCodeExpired();
    case SmsCodes::Check::Exhausted:
        return SignInProblems::smsCodeAttemptsExhausted();
    case SmsCodes::Check::Wrong:
        return failure(keys, Event::WrongCode, run->person.id, address,
                       SignInProblems::smsCodeInvalid(triesLeft));
    case SmsCodes::Check::Right:
        break;
    }
    run->attempt.remainingSteps.removeAll(SignInAttempts::SmsCode);
    run->attempt.stepDone = SignInAttempts::SmsCode;
    run->attempt.stepKey = request.key;
    if (request.rememberDevice && !run->attempt.kiosk)
        run->attempt.rememberDeviceName = request.deviceName;
    return advance(run->attempt, request.signInToken, run->person, address);
}

Response SignInFlow::changePassword(const QString &signInToken, const QString &currentPassword,
                                    const QString &newPassword, const QHostAddress &address,
                                    const QString &key)
{
    // The same change once more only when its new password is the one now set.
    if (std::optional<Response> again = repeated(
            signInToken, SignInAttempts::ChangePassword, key, address, [&](const Person &person) {
                return m_services.context.passwordHasher.verify(person.passwordHash, newPassword);
            }))
        return *again;
    Response problem;
    std::optional<Running> run = running(signInToken, SignInAttempts::ChangePassword, &problem);
    if (!run)
        return problem;
    const QStringList keys = throttleKeys(run->person.username, address);
    if (const qint64 wait = m_services.throttle.retryAfter(keys))
        return SignInProblems::tooManyAttempts(wait);

    if (!m_services.context.passwordHasher.verify(run->person.passwordHash, currentPassword)) {
        return failure(keys, Event::WrongPassword, run->person.id, address,
                       SignInProblems::validationFailed(
                           { { QStringLiteral("currentPassword"), QStringLiteral("incorrect") } }));
    }
    PasswordChange change(m_services);
    const QList<SignInProblems::FieldError> errors
        = change.check(run->person, newPassword, currentPassword);
    if (!errors.isEmpty())
        return SignInProblems::validationFailed(errors);

    // The computer whose token skipped the SMS step loses it with the change below; it gets a
    // fresh one under the same name in the final answer (SignInState in the contract).
    SignInAttempts::Attempt &attempt = run->attempt;
    if (!attempt.trustedDeviceId.isEmpty() && attempt.rememberDeviceName.isEmpty()) {
        if (const auto device
            = m_services.trustedDevices.find(run->person.id, attempt.trustedDeviceId))
            attempt.rememberDeviceName = device->name;
    }
    if (!change.apply(run->person, newPassword, {}, address, Event::PasswordChanged))
        return Problem::internalError();
    attempt.passwordChanged = true;
    attempt.remainingSteps.removeAll(SignInAttempts::ChangePassword);
    attempt.stepDone = SignInAttempts::ChangePassword;
    attempt.stepKey = key;
    return advance(attempt, signInToken, run->person, address);
}

Response SignInFlow::acceptTerms(const QString &signInToken, const QString &termsVersion,
                                 const QHostAddress &address, const QString &key)
{
    if (std::optional<Response> again
        = repeated(signInToken, SignInAttempts::AcceptTerms, key, address))
        return *again;
    Response problem;
    std::optional<Running> run = running(signInToken, SignInAttempts::AcceptTerms, &problem);
    if (!run)
        return problem;
    const QString current = m_services.organization().termsVersion;
    if (termsVersion != current)
        return SignInProblems::termsVersionOutdated(current);
    if (!m_services.context.accounts.setTermsAccepted(run->person.id, termsVersion))
        return Problem::internalError();
    run->attempt.remainingSteps.removeAll(SignInAttempts::AcceptTerms);
    run->attempt.stepDone = SignInAttempts::AcceptTerms;
    run->attempt.stepKey = key;
    return advance(run->attempt, signInToken, run->person, address);
}

Response SignInFlow::advance(SignInAttempts::Attempt &attempt, const QString &signInToken,
                             const Person &person, const QHostAddress &address,
                             std::optional<bool> deviceTokenAccepted)
{
    if (attempt.next() == SignInAttempts::Done)
        return finish(attempt, person, address, deviceTokenAccepted);
    if (!m_services.attempts.save(attempt))
        return Problem::internalError();
    const std::optional<SmsCodes::Code> code = attempt.next() == SignInAttempts::SmsCode
        ? m_services.smsCodes.current(attempt.id)
        : std::nullopt;
    QJsonObject state
        = SignInState::pending(attempt, signInToken, person, m_services.organization(), code);
    SignInState::setDeviceTokenAccepted(state, deviceTokenAccepted);
    return ApiJson::privateJson(state);
}

Response SignInFlow::finish(SignInAttempts::Attempt &attempt, const Person &person,
                            const QHostAddress &address, std::optional<bool> deviceTokenAccepted)
{
    return inOneTransaction(m_services.context.database, [&] {
        return issueSession(attempt, person, address, deviceTokenAccepted);
    });
}

Response SignInFlow::issueSession(SignInAttempts::Attempt &attempt, const Person &person,
                                  const QHostAddress &address,
                                  std::optional<bool> deviceTokenAccepted)
{
    // complete() succeeds once: two racing final steps cannot both get a session.
    if (!m_services.attempts.complete(attempt.id))
        return SignInProblems::signInExpired();
    return openSession(attempt, person, address, deviceTokenAccepted);
}

Response SignInFlow::openSession(SignInAttempts::Attempt &attempt, const Person &person,
                                 const QHostAddress &address,
                                 std::optional<bool> deviceTokenAccepted)
{
    std::optional<TrustedDevices::Issued> device;
    QString deviceId = attempt.passwordChanged ? QString() : attempt.trustedDeviceId;
    if (!attempt.kiosk && !attempt.rememberDeviceName.isEmpty()) {
        device = m_services.trustedDevices.issue(person.id, attempt.rememberDeviceName);
        if (device) {
            deviceId = device->device.id;
            m_services.events.record(Event::DeviceAdded, person.id, address, device->device.id);
        }
    }
    const std::optional<Sessions::Issued> session
        = m_services.sessions.create(person.id, attempt.kiosk, deviceId);
    if (!session
        || !m_services.attempts.saveIssued(attempt, session->session.tokenHash,
                                           device ? device->device.id : QString()))
        return Problem::internalError();
    m_services.throttle.reset(throttleKeys(person.username, address).first());
    m_services.events.record(Event::SignInSucceeded, person.id, address,
                             attempt.kiosk ? QStringLiteral("kiosk") : QString());
    QJsonObject state = SignInState::done(*session, device);
    SignInState::setDeviceTokenAccepted(state, deviceTokenAccepted);
    return ApiJson::privateJson(state);
}

std::optional<Response> SignInFlow::repeated(const QString &signInToken, const QString &step,
                                             const QString &key, const QHostAddress &address,
                                             const std::function<bool(const Person &)> &sameRequest)
{
    // Qt sends a POST again by itself when the connection closed before the answer came, and
    // the client's retry policy repeats a keyed one: the step was done, its answer was lost.
    std::optional<SignInAttempts::Repeat> repeat
        = m_services.attempts.findRepeat(signInToken, step, key);
    if (!repeat)
        return std::nullopt;
    const std::optional<Person> person
        = m_services.context.accounts.findById(repeat->attempt.personId);
    if (!person || person->disabled || (sameRequest && !sameRequest(*person)))
        return std::nullopt;
    if (!repeat->completed)
        return advance(repeat->attempt, signInToken, *person, address);
    // The session (and device token) of the lost answer never reached anyone: they end, and
    // the repeat gets new ones; nothing is ever sent that a server stored unhashed.
    return inOneTransaction(m_services.context.database, [&] {
        if (!repeat->sessionTokenHash.isEmpty())
            m_services.sessions.end(repeat->sessionTokenHash);
        if (!repeat->issuedDeviceId.isEmpty())
            m_services.trustedDevices.revoke(person->id, repeat->issuedDeviceId);
        return openSession(repeat->attempt, *person, address, std::nullopt);
    });
}

} // namespace Portiek::Server
