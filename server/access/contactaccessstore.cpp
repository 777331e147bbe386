#include "server/access/contactaccessstore.h"

#include "server/core/clock.h"
#include "server/storage/database.h"
#include "server/storage/transaction.h"

#include <QJsonDocument>
#include <QSqlQuery>

#include <algorithm>

namespace Portiek::Server {

namespace {

// client_links joined with the person, the invitation (when the portal sent one) and the
// person's newest session.
const QString SelectContacts = QStringLiteral(
    "SELECT p.id, p.given_name, p.family_name_prefix, p.family_name, p.email, p.mobile, "
    "l.relation, l.rights, l.created_at, i.invited_at, i.invited_by_person_id, "
    "i.invited_by_name, i.invited_by_role, i.last_sent_at, "
    "(SELECT MAX(s.created_at) FROM sessions s WHERE s.person_id = p.id) "
    "FROM client_links l JOIN people p ON p.id = l.person_id "
    "LEFT JOIN contact_invitations i ON i.person_id = l.person_id AND i.client_id = l.client_id "
    "WHERE l.client_id = ? AND l.my_role = 'contact'");

ContactAccess readContact(const QSqlQuery &query, const QString &clientId)
{
    ContactAccess contact;
    contact.clientId = clientId;
    contact.person.id = query.value(0).toString();
    contact.person.givenName = query.value(1).toString();
    contact.person.familyNamePrefix = query.value(2).toString();
    contact.person.familyName = query.value(3).toString();
    contact.person.email = query.value(4).toString();
    contact.person.mobile = query.value(5).toString();
    contact.person.role = Role::Contact;
    contact.relation = query.value(6).toString();
    contact.rights
        = Rights::fromJson(QJsonDocument::fromJson(query.value(7).toByteArray()).object());
    contact.rights.manageAccess = false;
    // Linked by the organisation: the link's own time, nobody as inviter.
    contact.invitedAt = fromDbTime(query.value(9).isNull() ? query.value(8) : query.value(9));
    contact.invitedById = query.value(10).toString();
    contact.invitedByName = query.value(11).toString();
    if (!query.value(12).isNull())
        contact.invitedByRole = roleFromName(query.value(12).toString());
    contact.lastSentAt = fromDbTime(query.value(13));
    contact.lastSignInAt = fromDbTime(query.value(14));
    return contact;
}

} // namespace

ContactAccessStore::ContactAccessStore(Database &database, const Clock &clock)
    : m_database(database)
    , m_clock(clock)
{ }

std::optional<QList<ContactAccess>> ContactAccessStore::select(const QString &clientId,
                                                               const QString &personId) const
{
    QSqlQuery query;
    const bool one = !personId.isEmpty();
    if (!m_database.exec(
            query, SelectContacts + (one ? QStringLiteral(" AND l.person_id = ?") : QString()),
            one ? QVariantList { clientId, personId } : QVariantList { clientId }))
        return std::nullopt;
    QList<ContactAccess> contacts;
    while (query.next())
        contacts.append(readContact(query, clientId));
    return contacts;
}

std::optional<QList<ContactAccess>> ContactAccessStore::list(const QString &clientId) const
{
    std::optional<QList<ContactAccess>> contacts = select(clientId, QString());
    if (!contacts)
        return contacts;
    std::sort(contacts->begin(), contacts->end(),
              [](const ContactAccess &a, const ContactAccess &b) {
                  for (const auto &[left, right] :
                       { std::pair(a.person.familyName, b.person.familyName),
                         std::pair(a.person.givenName, b.person.givenName) }) {
                      const int order = QString::localeAwareCompare(left, right);
                      if (order != 0)
                          return order < 0;
                  }
                  return a.person.id < b.person.id;
              });
    return contacts;
}

std::optional<ContactAccess> ContactAccessStore::find(const QString &clientId,
                                                      const QString &personId, bool *failed) const
{
    const std::optional<QList<ContactAccess>> found
        = personId.isEmpty() ? QList<ContactAccess>() : select(clientId, personId);
    *failed = !found;
    if (!found || found->isEmpty())
        return std::nullopt;
    return found->constFirst();
}

bool ContactAccessStore::setRights(const QString &clientId, const QString &personId,
                                   const Rights &rights)
{
    Rights stored = rights;
    stored.manageAccess = false;
    QSqlQuery query;
    return m_database.exec(
               query,
               QStringLiteral("UPDATE client_links SET rights = ? WHERE person_id = ? AND "
                              "client_id = ? AND my_role = 'contact'"),
               { QString::fromUtf8(QJsonDocument(stored.toJson()).toJson(QJsonDocument::Compact)),
                 personId, clientId })
        && query.numRowsAffected() == 1;
}

bool ContactAccessStore::recordInvitation(const QString &clientId, const QString &personId,
                                          const Person &inviter, Role inviterRole)
{
    const QVariant now = toDbTime(m_clock.now());
    Transaction transaction(m_database);
    QSqlQuery query;
    return m_database.exec(query,
                           QStringLiteral("DELETE FROM contact_invitations WHERE person_id = ? "
                                          "AND client_id = ?"),
                           { personId, clientId })
        && m_database.exec(
            query,
            QStringLiteral("INSERT INTO contact_invitations (person_id, client_id, "
                           "invited_at, invited_by_person_id, invited_by_name, "
                           "invited_by_role, last_sent_at) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?)"),
            { personId, clientId, now, inviter.id, inviter.name(), roleName(inviterRole), now })
        && transaction.commit();
}

bool ContactAccessStore::recordResent(const QString &clientId, const QString &personId)
{
    const QVariant now = toDbTime(m_clock.now());
    QSqlQuery query;
    if (!m_database.exec(query,
                         QStringLiteral("UPDATE contact_invitations SET last_sent_at = ? "
                                        "WHERE person_id = ? AND client_id = ?"),
                         { now, personId, clientId }))
        return false;
    if (query.numRowsAffected() == 1)
        return true;
    // Linked by the organisation: from now on the portal has sent an invitation, by nobody.
    return m_database.exec(query,
                           QStringLiteral("INSERT INTO contact_invitations (person_id, client_id, "
                                          "invited_at, last_sent_at) SELECT person_id, client_id, "
                                          "created_at, ? FROM client_links WHERE person_id = ? "
                                          "AND client_id = ?"),
                           { now, personId, clientId });
}

bool ContactAccessStore::end(const QString &clientId, const QString &personId)
{
    Transaction transaction(m_database);
    QSqlQuery query;
    return m_database.exec(query,
                           QStringLiteral("DELETE FROM contact_invitations WHERE person_id = ? "
                                          "AND client_id = ?"),
                           { personId, clientId })
        && m_database.exec(query,
                           QStringLiteral("DELETE FROM client_links WHERE person_id = ? AND "
                                          "client_id = ? AND my_role = 'contact'"),
                           { personId, clientId })
        && query.numRowsAffected() == 1 && transaction.commit();
}

int ContactAccessStore::linkCount(const QString &personId) const
{
    QSqlQuery query;
    if (!m_database.exec(query,
                         QStringLiteral("SELECT COUNT(*) FROM client_links WHERE person_id = ?"),
                         { personId })
        || !query.next())
        return -1;
    return query.value(0).toInt();
}

} // namespace Portiek::Server
