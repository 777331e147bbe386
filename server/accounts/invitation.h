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

// "12 maart 2026 om 09:30" in Dutch local time (Europe/Amsterdam).
QString dutchDateTime(const QDateTime &time);

} // namespace Invitation

} // namespace Portiek::Server
