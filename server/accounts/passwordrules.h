#pragma once

#include "server/config/serverconfig.h"

#include <QString>
#include <QStringList>

namespace Portiek::Server {

// Whether a new password may be used, by the organisation's PasswordPolicy and the rules of
// ARCHITECTURE.md. The answer is the contract's error codes for `newPassword`, in this order:
// too_short, too_long, too_common, contains_personal_data, same_as_current, needs_mixed_case,
// needs_non_letter. Empty: acceptable.
namespace PasswordRules {

// What a password must not contain: the username and the parts of the name of 3 or more
// characters ("Dijk-Smit": "dijk", "smit"). The family name prefix ("van") is left out.
struct PersonalData
{
    QString username;
    QString givenName;
    QString familyName;
};

QStringList check(const QString &candidate, const PasswordPolicy &policy,
                  const PersonalData &person, const QString &currentPassword = {});

// True when `candidate`, ignoring case and what follows the last letter ("Welkom01!" counts
// as "welkom"), is on the list of common passwords (common-passwords.txt, built in).
bool isCommon(const QString &candidate);

} // namespace PasswordRules

} // namespace Portiek::Server
