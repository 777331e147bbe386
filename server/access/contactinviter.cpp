#include "server/access/contactinviter.h"

#include "server/access/contactaccessstore.h"
#include "server/accounts/accountinput.h"
#include "server/accounts/accountstore.h"
#include "server/accounts/invitation.h"
#include "server/accounts/passwordhasher.h"
#include "server/app/servercontext.h"
#include "server/core/clock.h"
#include "server/outbox/outbox.h"
#include "server/reports/textfold.h"

namespace Portiek::Server {

namespace {

constexpr int UsernameBaseMaxLength = 56;
constexpr int UsernameTries = 1000;

} // namespace

ContactInviter::ContactInviter(const ServerContext &context)
    : m_context(context)
{ }

QString ContactInviter::freeUsername(const ContactInvite &invite) const
{
    // Initial and family name, as the demo accounts are made: "Fatima El Amrani" → "felamrani".
    const QString folded
        = TextFold::fold(invite.givenName.left(1) + QLatin1Char(' ') + invite.familyNamePrefix
                         + QLatin1Char(' ') + invite.familyName);
    QString base;
    for (const QChar c : folded) {
        if ((c >= QLatin1Char('a') && c <= QLatin1Char('z'))
            || (c >= QLatin1Char('0') && c <= QLatin1Char('9')))
            base.append(c);
    }
    if (base.size() < 3)
        base.prepend(QStringLiteral("contact"));
    base.truncate(UsernameBaseMaxLength);
    for (int n = 1; n <= UsernameTries; ++n) {
        const QString candidate = n == 1 ? base : base + QString::number(n);
        if (!m_context.accounts.findByUsername(candidate))
            return candidate;
    }
    return {};
}

bool ContactInviter::sendTemporaryPassword(const Person &person)
{
    const QString password = Invitation::temporaryPassword();
    const QDateTime expiresAt
        = m_context.clock.now().addDays(m_context.config.config.temporaryPasswordValidDays);
    const QString hash = m_context.passwordHasher.hash(password);
    if (hash.isEmpty() || !m_context.accounts.setPassword(person.id, hash, true, expiresAt))
        return false;
    const Invitation::Mail mail
        = Invitation::compose(m_context.config.config, person, password, expiresAt);
    return !m_context.outbox.enqueueEmail(person.id, person.email, mail.subject, mail.body)
                .isEmpty();
}

std::optional<Person> ContactInviter::createAccount(const ContactInvite &invite)
{
    Person person;
    person.givenName = invite.givenName;
    person.familyNamePrefix = invite.familyNamePrefix;
    person.familyName = invite.familyName;
    person.email = invite.email;
    person.mobile = invite.mobile;
    person.role = Role::Contact;
    // A name taken between the look-up and the insert: the next free one.
    for (int attempt = 0; attempt < 3; ++attempt) {
        person.username = freeUsername(invite);
        if (person.username.isEmpty())
            return std::nullopt;
        AccountStore::CreateError error = AccountStore::CreateError::None;
        const std::optional<Person> created = m_context.accounts.create(person, &error);
        if (created || error != AccountStore::CreateError::UsernameTaken)
            return created;
    }
    return std::nullopt;
}

ContactInviter::Result ContactInviter::invite(const QString &clientId, const QString &clientName,
                                              const ContactInvite &invite, const Person &inviter,
                                              Role inviterRole, QString *personId)
{
    AccountStore &accounts = m_context.accounts;
    // The same person: both the address and the number match (an address alone may be shared,
    // a client and their son).
    std::optional<Person> existing;
    for (const Person &person : accounts.findByEmail(invite.email)) {
        if (person.mobile == invite.mobile) {
            existing = person;
            break;
        }
    }
    if (existing && accounts.linkFor(existing->id, clientId))
        return Result::AlreadyLinked;
    // Closed when the last access ended (no links left) is re-opened; an account the
    // organisation blocked keeps its block.
    const bool reopen
        = existing && existing->disabled && accounts.linksForPerson(existing->id).isEmpty();

    const std::optional<Person> person = existing ? existing : createAccount(invite);
    if (!person
        || !accounts.linkClient(person->id, clientId, Role::Contact, invite.relation, invite.rights)
        || !ContactAccessStore(m_context.database, m_context.clock)
                .recordInvitation(clientId, person->id, inviter, inviterRole))
        return Result::Failed;
    *personId = person->id;

    if (!existing || reopen) {
        // A new account, or one closed when its last access ended: start afresh.
        if (reopen && !accounts.setDisabled(existing->id, false))
            return Result::Failed;
        return sendTemporaryPassword(*person) ? Result::Invited : Result::Failed;
    }
    // Someone who signs in already keeps their password; the e-mail only says what is new.
    const Invitation::Mail mail
        = Invitation::composeAccess(m_context.config.config, *person, clientName);
    return m_context.outbox.enqueueEmail(person->id, person->email, mail.subject, mail.body)
               .isEmpty()
        ? Result::Failed
        : Result::Invited;
}

bool ContactInviter::resend(const ContactAccess &contact)
{
    const std::optional<Person> person = m_context.accounts.findById(contact.person.id);
    return person && sendTemporaryPassword(*person)
        && ContactAccessStore(m_context.database, m_context.clock)
               .recordResent(contact.clientId, contact.person.id);
}

} // namespace Portiek::Server
