#pragma once

#include "server/accounts/person.h"
#include "server/config/serverconfig.h"
#include "server/session/sessions.h"
#include "server/signin/signinattempts.h"
#include "server/signin/smscodes.h"
#include "server/signin/trusteddevices.h"

#include <QJsonObject>

#include <optional>

namespace Portiek::Server::SignInState {

// The `SignInState` answers of docs/openapi.yaml: exactly the object named by `next` is
// present; signInToken and expiresAt until `done`.

// "06-******78" for a Dutch mobile number, otherwise every digit but the last two hidden.
QString maskMobile(const QString &e164);

QJsonObject passwordPolicyJson(const PasswordPolicy &policy);

// A running attempt whose next step is not `done`. `code` is the current SMS code when the
// next step is smsCode.
QJsonObject pending(const SignInAttempts::Attempt &attempt, const QString &token,
                    const Person &person, const OrganizationConfig &organization,
                    const std::optional<SmsCodes::Code> &code);

// The final answer, with the session and (when one was issued) the trusted device.
QJsonObject done(const Sessions::Issued &session,
                 const std::optional<TrustedDevices::Issued> &device);

// deviceTokenAccepted, present only when the start request carried a deviceToken.
void setDeviceTokenAccepted(QJsonObject &state, std::optional<bool> accepted);

} // namespace Portiek::Server::SignInState
