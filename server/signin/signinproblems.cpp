#include "server/signin/signinproblems.h"

#include "server/http/problem.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace Portiek::Server::SignInProblems {

namespace {

Response withRetryAfter(const QString &code, const QString &detail, qint64 seconds)
{
    Response response
        = withMembers(429, code, detail, { { QStringLiteral("retryAfterSeconds"), seconds } });
    response.setHeader(QByteArrayLiteral("Retry-After"), QByteArray::number(seconds));
    return response;
}

Response unauthorized(const QString &code, const QString &detail)
{
    Response response = Problem::make(401, code, detail);
    response.setHeader(QByteArrayLiteral("WWW-Authenticate"),
                       QByteArrayLiteral("Bearer realm=\"portiek\""));
    return response;
}

} // namespace

Response withMembers(int status, const QString &code, const QString &detail,
                     const QJsonObject &members)
{
    Response response = Problem::make(status, code, detail);
    QJsonObject problem = QJsonDocument::fromJson(response.body()).object();
    for (auto it = members.begin(); it != members.end(); ++it)
        problem.insert(it.key(), it.value());
    response.setBody(QJsonDocument(problem).toJson(QJsonDocument::Compact));
    return response;
}

Response invalidCredentials()
{
    return Problem::make(401, QStringLiteral("invalid_credentials"),
                         QStringLiteral("The username or password is not correct."));
}

Response signInExpired()
{
    return Problem::make(
        401, QStringLiteral("sign_in_expired"),
        QStringLiteral("This sign-in is unknown, expired or finished; start again."));
}

Response accountDisabled()
{
    return Problem::make(403, QStringLiteral("account_disabled"),
                         QStringLiteral("This account cannot be used; call the helpdesk."));
}

Response stepNotExpected(const QString &nextStep)
{
    return Problem::make(409, QStringLiteral("sign_in_step_not_expected"),
                         QStringLiteral("The next step is %1.").arg(nextStep));
}

Response termsVersionOutdated(const QString &currentVersion)
{
    return Problem::make(409, QStringLiteral("terms_version_outdated"),
                         QStringLiteral("The current terms version is %1.").arg(currentVersion));
}

Response smsCodeInvalid(int attemptsLeft)
{
    return withMembers(422, QStringLiteral("sms_code_invalid"),
                       QStringLiteral("The code is not correct."),
                       { { QStringLiteral("attemptsLeft"), attemptsLeft } });
}

Response smsCodeExpired()
{
    return Problem::make(422, QStringLiteral("sms_code_expired"),
                         QStringLiteral("The code has expired or was replaced by a newer one."));
}

Response smsCodeAttemptsExhausted()
{
    return Problem::make(422, QStringLiteral("sms_code_attempts_exhausted"),
                         QStringLiteral("This code has been tried too often; ask a new one."));
}

Response tooManyAttempts(qint64 retryAfterSeconds)
{
    return withRetryAfter(QStringLiteral("too_many_attempts"),
                          QStringLiteral("Too many failed attempts; wait before trying again."),
                          retryAfterSeconds);
}

Response resendTooSoon(qint64 retryAfterSeconds)
{
    return withRetryAfter(QStringLiteral("sms_code_resend_too_soon"),
                          QStringLiteral("A new code can be asked a little later."),
                          retryAfterSeconds);
}

Response resetCodeInvalid()
{
    return Problem::make(422, QStringLiteral("reset_code_invalid"),
                         QStringLiteral("The reset code is wrong, used or expired."));
}

Response validationFailed(const QList<FieldError> &errors)
{
    QJsonArray list;
    for (const FieldError &error : errors) {
        list.append(QJsonObject { { QStringLiteral("field"), error.field },
                                  { QStringLiteral("code"), error.code } });
    }
    return withMembers(422, QStringLiteral("validation_failed"),
                       QStringLiteral("Some fields are not valid."),
                       { { QStringLiteral("errors"), list } });
}

Response unauthenticated()
{
    return unauthorized(QStringLiteral("unauthenticated"),
                        QStringLiteral("Sign in first: no or an unknown session token."));
}

Response sessionExpired()
{
    return unauthorized(QStringLiteral("session_expired"),
                        QStringLiteral("The session has ended; sign in again."));
}

} // namespace Portiek::Server::SignInProblems
