#include "server/accounts/person.h"

#include <QStringList>

namespace Portiek::Server {

QString roleName(Role role)
{
    switch (role) {
    case Role::Client:
        return QStringLiteral("client");
    case Role::Representative:
        return QStringLiteral("representative");
    case Role::Contact:
        return QStringLiteral("contact");
    }
    return {};
}

std::optional<Role> roleFromName(const QString &name)
{
    for (const Role role : { Role::Client, Role::Representative, Role::Contact }) {
        if (roleName(role) == name)
            return role;
    }
    return std::nullopt;
}

QString displayName(const QString &givenName, const QString &familyNamePrefix,
                    const QString &familyName)
{
    QStringList parts;
    for (const QString &part : { givenName, familyNamePrefix, familyName }) {
        if (!part.trimmed().isEmpty())
            parts.append(part.trimmed());
    }
    return parts.join(QLatin1Char(' '));
}

} // namespace Portiek::Server
