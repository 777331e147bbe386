#pragma once

#include "server/accounts/person.h"
#include "server/signin/authevents.h"
#include "server/signin/signinproblems.h"

#include <QHostAddress>
#include <QList>
#include <QString>

namespace Portiek::Server {

struct SignInServices;

// Choosing a new password, the same way everywhere (sign-in step, PUT /me/password, reset):
// the organisation's policy and the fixed rules, then store it and let go of everything the
// old password opened — trusted devices and sessions.
class PasswordChange
{
public:
    explicit PasswordChange(SignInServices &services);

    // Field errors on `newPassword` (PasswordRules' codes); empty when acceptable. Without
    // `currentPassword` (a reset), "same as current" is checked against the stored hash.
    QList<SignInProblems::FieldError> check(const Person &person, const QString &newPassword,
                                            const QString &currentPassword = {}) const;
    // Whether an existing password still meets the policy (else the sign-in asks a new one).
    bool meetsPolicy(const Person &person, const QString &password) const;

    // Stores the new (permanent) password, revokes all trusted devices and ends the person's
    // sessions except `keepSessionTokenHash`. Records `event`. False when storing failed.
    bool apply(const Person &person, const QString &newPassword,
               const QString &keepSessionTokenHash, const QHostAddress &address,
               AuthEvents::Event event);

private:
    SignInServices &m_services;
};

} // namespace Portiek::Server
