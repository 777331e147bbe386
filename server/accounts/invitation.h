#pragma once

#include "server/accounts/person.h"
#include "server/config/serverconfig.h"

#include <QDateTime>
#include <QString>

namespace Portiek::Server {

// The e-mails a new account receives. Dutch: the people who read them are Dutch; the texts live
// here and nowhere else.
namespace Invitation {

struct Mail
{
    QString subject;
    QString body;
};

// Portal address, username and the temporary password, with when it stops working.
Mail compose(const ServerConfig &config, const Person &person, const QString &temporaryPassword,
             const QDateTime &expiresAt);

// To a person who has an account already and was given access to one more client: no password,
// just whose portal they now see and how to sign in.
Mail composeAccess(const ServerConfig &config, const Person &person, const QString &clientName);

// 12 random characters in three groups ("ABCD-EFGH-JKLM"), easy to read from an e-mail and to
// type; for `account create` and for contact persons invited in the portal.
QString temporaryPassword();

// "12 maart 2026 om 09:30" in Dutch local time (Europe/Amsterdam).
QString dutchDateTime(const QDateTime &time);

} // namespace Invitation

} // namespace Portiek::Server
