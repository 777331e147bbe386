#include "server/signin/passwordchange.h"

#include "server/accounts/accountstore.h"
#include "server/accounts/passwordhasher.h"
#include "server/accounts/passwordrules.h"
#include "server/signin/signinservices.h"

namespace Portiek::Server {

namespace {

PasswordRules::PersonalData personalData(const Person &person)
{
    return { person.username, person.givenName, person.familyName };
}

} // namespace

PasswordChange::PasswordChange(SignInServices &services)
    : m_services(services)
{ }

QList<SignInProblems::FieldError> PasswordChange::check(const Person &person,
                                                        const QString &newPassword,
                                                        const QString &currentPassword) const
{
    const QStringList codes
        = PasswordRules::check(newPassword, m_services.organization().passwordPolicy,
                               personalData(person), currentPassword);
    QList<SignInProblems::FieldError> errors;
    const QString field = QStringLiteral("newPassword");
    for (const QString &code : codes)
        errors.append({ field, code });
    // Last, and only when the rest is fine: it costs one Argon2id verification.
    if (errors.isEmpty() && currentPassword.isEmpty() && !person.passwordHash.isEmpty()
        && m_services.context.passwordHasher.verify(person.passwordHash, newPassword)) {
        errors.append({ field, QStringLiteral("same_as_current") });
    }
    return errors;
}

bool PasswordChange::meetsPolicy(const Person &person, const QString &password) const
{
    return PasswordRules::check(password, m_services.organization().passwordPolicy,
                                personalData(person))
        .isEmpty();
}

bool PasswordChange::apply(const Person &person, const QString &newPassword,
                           const QString &keepSessionTokenHash, const QHostAddress &address,
                           AuthEvents::Event event)
{
    const QString hash = m_services.context.passwordHasher.hash(newPassword);
    if (hash.isEmpty() || !m_services.context.accounts.setPassword(person.id, hash, false))
        return false;
    m_services.events.record(event, person.id, address);
    // Whoever knew the old password may have remembered a computer or kept a session open.
    const int revoked = m_services.trustedDevices.revokeAll(person.id);
    if (revoked > 0) {
        m_services.events.record(AuthEvents::Event::DeviceRevoked, person.id, address,
                                 QStringLiteral("%1 revoked by the password change").arg(revoked));
    }
    m_services.sessions.endAllFor(person.id, keepSessionTokenHash);
    return true;
}

} // namespace Portiek::Server
