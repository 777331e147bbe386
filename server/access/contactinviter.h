#pragma once

#include "server/access/contactaccess.h"
#include "server/access/contactinput.h"

#include <QString>

#include <optional>

namespace Portiek::Server {

struct ServerContext;

// Gives a new contact person access, as inviteContact describes: an account of their own with a
// temporary password (AccountStore, Invitation, the outbox — the same as `portiek-server account
// create`), or, when an account with this e-mail address *and* mobile number exists, a link of
// that account with an e-mail that tells them. Runs inside the caller's transaction; nothing is
// sent when it rolls back, because the outbox is in the same database.
class ContactInviter
{
public:
    explicit ContactInviter(const ServerContext &context);

    enum class Result { Invited, AlreadyLinked, Failed };
    // `clientName` for the e-mail to an existing account; `*personId` is the contact's id.
    Result invite(const QString &clientId, const QString &clientName, const ContactInvite &invite,
                  const Person &inviter, Role inviterRole, QString *personId);

    // A new temporary password by e-mail; the previous one stops working at once.
    bool resend(const ContactAccess &contact);

private:
    std::optional<Person> createAccount(const ContactInvite &invite);
    // A fresh temporary password, stored and e-mailed with the invitation.
    bool sendTemporaryPassword(const Person &person);
    // "fel.amrani" style from the name; a number appended while it is taken.
    QString freeUsername(const ContactInvite &invite) const;

    const ServerContext &m_context;
};

} // namespace Portiek::Server
