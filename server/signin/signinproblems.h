#pragma once

#include "server/http/response.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace Portiek::Server::SignInProblems {

// The problem+json answers of sign-in, sessions and password reset (docs/openapi.yaml,
// responses SignInRejected … TooManyRequests). Details never name the account or the secret.

// Problem::make with extra members (retryAfterSeconds, attemptsLeft, errors).
Response withMembers(int status, const QString &code, const QString &detail,
                     const QJsonObject &members);

Response invalidCredentials();
Response signInExpired();
Response accountDisabled();
Response stepNotExpected(const QString &nextStep);
Response termsVersionOutdated(const QString &currentVersion);

Response smsCodeInvalid(int attemptsLeft);
Response smsCodeExpired();
Response smsCodeAttemptsExhausted();

// 429 with Retry-After and the same number in retryAfterSeconds.
Response tooManyAttempts(qint64 retryAfterSeconds);
Response resendTooSoon(qint64 retryAfterSeconds);

Response resetCodeInvalid();

struct FieldError
{
    QString field;
    QString code;
};
Response validationFailed(const QList<FieldError> &errors);

// 401 for the session-protected API, with WWW-Authenticate.
Response unauthenticated();
Response sessionExpired();

} // namespace Portiek::Server::SignInProblems
