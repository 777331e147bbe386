#pragma once

#include "server/accounts/person.h"
#include "server/http/response.h"
#include "server/signin/authevents.h"
#include "server/signin/signinattempts.h"

#include <QHostAddress>
#include <QString>

#include <functional>
#include <optional>

namespace Portiek::Server {

struct SignInServices;

// The sign-in state machine of docs/openapi.yaml: password → SMS code (skipped with a valid
// trusted-device token) → password change → terms → session. Each method answers one sign-in
// request whose body SignInRoutes has already read.
class SignInFlow
{
public:
    explicit SignInFlow(SignInServices &services);

    struct StartRequest
    {
        QString username;
        QString password;
        QString deviceToken; // empty: none sent
        bool kiosk = false;
        QString startKey; // the Idempotency-Key header; empty: none sent
    };
    struct VerifyRequest
    {
        QString signInToken;
        QString code;
        bool rememberDevice = false;
        QString deviceName;
        QString key; // the Idempotency-Key header; empty: none sent
    };

    Response start(const StartRequest &request, const QHostAddress &address);
    // `requestKey`: the request's Idempotency-Key, empty when none.
    Response requestCode(const QString &signInToken, const QHostAddress &address,
                         const QString &requestKey = {});
    // A step sent again with the key it was done with (its answer was lost) is answered with
    // where the attempt now stands; after the final step, with a new session in place of the
    // one that never arrived (repeated()).
    Response verifyCode(const VerifyRequest &request, const QHostAddress &address);
    Response changePassword(const QString &signInToken, const QString &currentPassword,
                            const QString &newPassword, const QHostAddress &address,
                            const QString &key = {});
    Response acceptTerms(const QString &signInToken, const QString &termsVersion,
                         const QHostAddress &address, const QString &key = {});

    // The SMS text, in Dutch like everything people receive.
    static QString smsText(const QString &organizationName, const QString &code);

private:
    struct Running
    {
        SignInAttempts::Attempt attempt;
        Person person;
    };
    // The attempt behind the token, if it is running and `step` is its next step.
    std::optional<Running> running(const QString &signInToken, const QString &step,
                                   Response *problem) const;
    QStringList throttleKeys(const QString &username, const QHostAddress &address) const;
    // Records the event and the failure; the lock's 429 when this failure starts a wait.
    Response failure(const QStringList &keys, AuthEvents::Event event, const QString &personId,
                     const QHostAddress &address, const Response &answer,
                     const QString &detail = {});
    bool sendCode(SignInAttempts::Attempt &attempt, const Person &person,
                  const QString &requestKey = {});
    Response advance(SignInAttempts::Attempt &attempt, const QString &signInToken,
                     const Person &person, const QHostAddress &address,
                     std::optional<bool> deviceTokenAccepted = std::nullopt);
    // After a right password: the running attempt this request started before, if it is sent
    // again (nullopt when it is not).
    std::optional<Response> resume(const StartRequest &request, const Person &person,
                                   const QHostAddress &address);
    // After a right password: the attempt, and at once the session when no step is left.
    Response startVerified(const StartRequest &request, const Person &person,
                           const QHostAddress &address);
    Response finish(SignInAttempts::Attempt &attempt, const Person &person,
                    const QHostAddress &address, std::optional<bool> deviceTokenAccepted);
    Response issueSession(SignInAttempts::Attempt &attempt, const Person &person,
                          const QHostAddress &address, std::optional<bool> deviceTokenAccepted);
    // The session (and the trusted device asked for) of a completed attempt.
    Response openSession(SignInAttempts::Attempt &attempt, const Person &person,
                         const QHostAddress &address, std::optional<bool> deviceTokenAccepted);
    // The step `step` done before with `key`, sent again: the attempt's state, or for its
    // final step a new session replacing the undelivered one. nullopt when this is no repeat
    // (or `sameRequest` says the body differs): the step then runs as usual.
    std::optional<Response> repeated(const QString &signInToken, const QString &step,
                                     const QString &key, const QHostAddress &address,
                                     const std::function<bool(const Person &)> &sameRequest = {});

    SignInServices &m_services;
};

} // namespace Portiek::Server
