#include "server/messages/portalpeople.h"

#include "server/storage/database.h"

#include <QJsonDocument>

#include <algorithm>

namespace Portiek::Server::PortalPeople {

bool canReceiveMessages(Role role, const Rights &rights)
{
    return role != Role::Contact || rights.messages;
}

std::optional<QList<PortalPerson>> list(const Database &database, const QString &clientId)
{
    QSqlQuery query;
    if (!database.exec(query,
                       QStringLiteral("SELECT p.id, p.given_name, p.family_name_prefix, "
                                      "p.family_name, l.my_role, l.relation, l.rights "
                                      "FROM client_links l JOIN people p ON p.id = l.person_id "
                                      "WHERE l.client_id = ? AND p.disabled = 0"),
                       { clientId }))
        return std::nullopt;
    QList<PortalPerson> people;
    while (query.next()) {
        PortalPerson person;
        person.id = query.value(0).toString();
        person.givenName = query.value(1).toString();
        person.familyName = query.value(3).toString();
        person.name = displayName(person.givenName, query.value(2).toString(), person.familyName);
        person.role = roleFromName(query.value(4).toString()).value_or(Role::Contact);
        person.relation = query.value(5).toString();
        const Rights rights = Rights::fromJson(
            QJsonDocument::fromJson(query.value(6).toString().toUtf8()).object());
        person.canReceiveMessages = canReceiveMessages(person.role, rights);
        people.append(person);
    }
    // Sorted here rather than in SQL: the same order on SQLite and PostgreSQL, whatever their
    // collations. A portal has a handful of people.
    std::sort(people.begin(), people.end(), [](const PortalPerson &a, const PortalPerson &b) {
        const int family = QString::compare(a.familyName, b.familyName, Qt::CaseInsensitive);
        if (family != 0)
            return family < 0;
        const int given = QString::compare(a.givenName, b.givenName, Qt::CaseInsensitive);
        return given != 0 ? given < 0 : a.id < b.id;
    });
    return people;
}

} // namespace Portiek::Server::PortalPeople
