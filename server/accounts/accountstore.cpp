#include "server/accounts/accountstore.h"

#include "server/core/clock.h"
#include "server/core/secrets.h"
#include "server/storage/database.h"
#include "server/storage/transaction.h"

#include <QJsonDocument>
#include <QSqlQuery>
#include <QSqlRecord>

#include <algorithm>

namespace Portiek::Server {

namespace {

const QString PersonColumns = QStringLiteral(
    "id, username, given_name, family_name_prefix, family_name, email, mobile, role, "
    "password_hash, password_temporary, temporary_password_expires_at, password_changed_at, "
    "terms_version_accepted, disabled, created_at");

QVariant nullableText(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
}

Person readPerson(const QSqlQuery &query)
{
    Person person;
    person.id = query.value(0).toString();
    person.username = query.value(1).toString();
    person.givenName = query.value(2).toString();
    person.familyNamePrefix = query.value(3).toString();
    person.familyName = query.value(4).toString();
    person.email = query.value(5).toString();
    person.mobile = query.value(6).toString();
    person.role = roleFromName(query.value(7).toString()).value_or(Role::Contact);
    person.passwordHash = query.value(8).toString();
    person.passwordTemporary = query.value(9).toInt() != 0;
    person.temporaryPasswordExpiresAt = fromDbTime(query.value(10));
    person.passwordChangedAt = fromDbTime(query.value(11));
    person.termsVersionAccepted = query.value(12).toString();
    person.disabled = query.value(13).toInt() != 0;
    person.createdAt = fromDbTime(query.value(14));
    return person;
}

QString emailKey(const QString &email)
{
    return email.trimmed().toCaseFolded();
}

} // namespace

AccountStore::AccountStore(Database &database, const Clock &clock)
    : m_database(database)
    , m_clock(clock)
{ }

QString AccountStore::usernameKey(const QString &username)
{
    return username.trimmed().toCaseFolded();
}

std::optional<Person> AccountStore::create(Person person, CreateError *error)
{
    CreateError ignored;
    CreateError &result = error ? *error : ignored;
    result = CreateError::None;

    Transaction transaction(m_database);
    QSqlQuery query;
    if (!m_database.exec(query,
                         QStringLiteral("SELECT COUNT(*) FROM people WHERE username_key = ?"),
                         { usernameKey(person.username) })
        || !query.next()) {
        result = CreateError::DatabaseError;
        return std::nullopt;
    }
    if (query.value(0).toInt() > 0) {
        result = CreateError::UsernameTaken;
        return std::nullopt;
    }

    const QDateTime now = m_clock.now();
    person.id = Secrets::randomToken("per_", 12);
    person.username = person.username.trimmed();
    person.createdAt = now;
    if (!person.passwordHash.isEmpty())
        person.passwordChangedAt = now;
    if (!m_database.exec(
            query,
            QStringLiteral("INSERT INTO people (id, username, username_key, given_name, "
                           "family_name_prefix, family_name, email, email_key, mobile, role, "
                           "password_hash, password_temporary, temporary_password_expires_at, "
                           "password_changed_at, terms_version_accepted, disabled, created_at) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            { person.id, person.username, usernameKey(person.username), person.givenName,
              nullableText(person.familyNamePrefix), person.familyName, person.email,
              emailKey(person.email), person.mobile, roleName(person.role),
              nullableText(person.passwordHash), int(person.passwordTemporary),
              toDbTime(person.passwordTemporary ? person.temporaryPasswordExpiresAt : QDateTime()),
              toDbTime(person.passwordChangedAt), nullableText(person.termsVersionAccepted),
              int(person.disabled), toDbTime(person.createdAt) })
        || !transaction.commit()) {
        result = CreateError::DatabaseError;
        return std::nullopt;
    }
    if (!person.passwordTemporary)
        person.temporaryPasswordExpiresAt = QDateTime();
    return person;
}

std::optional<Person> AccountStore::findById(const QString &personId) const
{
    Statement query = m_database.statement(
        QStringLiteral("SELECT %1 FROM people WHERE id = ?").arg(PersonColumns));
    if (!query.exec({ personId }) || !query->next())
        return std::nullopt;
    return readPerson(*query);
}

std::optional<Person> AccountStore::findByUsername(const QString &username) const
{
    QSqlQuery query;
    if (!m_database.exec(
            query,
            QStringLiteral("SELECT %1 FROM people WHERE username_key = ?").arg(PersonColumns),
            { usernameKey(username) })
        || !query.next())
        return std::nullopt;
    return readPerson(query);
}

QList<Person> AccountStore::findByEmail(const QString &email) const
{
    QList<Person> people;
    QSqlQuery query;
    if (emailKey(email).isEmpty()
        || !m_database.exec(query,
                            QStringLiteral("SELECT %1 FROM people WHERE email_key = ? ORDER BY "
                                           "created_at, id")
                                .arg(PersonColumns),
                            { emailKey(email) }))
        return people;
    while (query.next())
        people.append(readPerson(query));
    return people;
}

bool AccountStore::setPassword(const QString &personId, const QString &passwordHash, bool temporary,
                               const QDateTime &temporaryExpiresAt)
{
    QSqlQuery query;
    return m_database.exec(
               query,
               QStringLiteral("UPDATE people SET password_hash = ?, password_temporary = ?, "
                              "temporary_password_expires_at = ?, password_changed_at = ? "
                              "WHERE id = ?"),
               { passwordHash, int(temporary),
                 toDbTime(temporary ? temporaryExpiresAt : QDateTime()), toDbTime(m_clock.now()),
                 personId })
        && query.numRowsAffected() == 1;
}

bool AccountStore::setTermsAccepted(const QString &personId, const QString &termsVersion)
{
    QSqlQuery query;
    return m_database.exec(query,
                           QStringLiteral("UPDATE people SET terms_version_accepted = ? "
                                          "WHERE id = ?"),
                           { nullableText(termsVersion), personId })
        && query.numRowsAffected() == 1;
}

bool AccountStore::setDisabled(const QString &personId, bool disabled)
{
    QSqlQuery query;
    return m_database.exec(query, QStringLiteral("UPDATE people SET disabled = ? WHERE id = ?"),
                           { int(disabled), personId })
        && query.numRowsAffected() == 1;
}

bool AccountStore::upsertClient(const ClientRecord &client)
{
    Transaction transaction(m_database);
    QSqlQuery query;
    if (!m_database.exec(query,
                         QStringLiteral("UPDATE clients SET given_name = ?, "
                                        "family_name_prefix = ?, family_name = ? WHERE id = ?"),
                         { client.givenName, nullableText(client.familyNamePrefix),
                           client.familyName, client.id }))
        return false;
    if (query.numRowsAffected() == 0
        && !m_database.exec(query,
                            QStringLiteral("INSERT INTO clients (id, given_name, "
                                           "family_name_prefix, family_name, created_at) "
                                           "VALUES (?, ?, ?, ?, ?)"),
                            { client.id, client.givenName, nullableText(client.familyNamePrefix),
                              client.familyName, toDbTime(m_clock.now()) }))
        return false;
    return transaction.commit();
}

std::optional<ClientRecord> AccountStore::findClient(const QString &clientId) const
{
    QSqlQuery query;
    if (!m_database.exec(query,
                         QStringLiteral("SELECT id, given_name, family_name_prefix, family_name "
                                        "FROM clients WHERE id = ?"),
                         { clientId })
        || !query.next())
        return std::nullopt;
    return ClientRecord { query.value(0).toString(), query.value(1).toString(),
                          query.value(2).toString(), query.value(3).toString() };
}

bool AccountStore::linkClient(const QString &personId, const QString &clientId, Role myRole,
                              const QString &relation, const Rights &rights)
{
    const QString rightsText
        = QString::fromUtf8(QJsonDocument(rights.toJson()).toJson(QJsonDocument::Compact));
    Transaction transaction(m_database);
    QSqlQuery query;
    if (!m_database.exec(query,
                         QStringLiteral("DELETE FROM client_links WHERE person_id = ? AND "
                                        "client_id = ?"),
                         { personId, clientId })
        || !m_database.exec(query,
                            QStringLiteral("INSERT INTO client_links (person_id, client_id, "
                                           "my_role, relation, rights, created_at) "
                                           "VALUES (?, ?, ?, ?, ?, ?)"),
                            { personId, clientId, roleName(myRole), nullableText(relation),
                              rightsText, toDbTime(m_clock.now()) }))
        return false;
    return transaction.commit();
}

namespace {

const QString LinkColumns = QStringLiteral(
    "SELECT c.id, c.given_name, c.family_name_prefix, c.family_name, l.my_role, l.relation, "
    "l.rights FROM client_links l JOIN clients c ON c.id = l.client_id WHERE l.person_id = ?");

ClientLink readLink(const QSqlQuery &query)
{
    ClientLink link;
    link.clientId = query.value(0).toString();
    link.clientName = displayName(query.value(1).toString(), query.value(2).toString(),
                                  query.value(3).toString());
    link.myRole = roleFromName(query.value(4).toString()).value_or(Role::Contact);
    link.relation = query.value(5).toString();
    link.rights
        = Rights::fromJson(QJsonDocument::fromJson(query.value(6).toString().toUtf8()).object());
    return link;
}

} // namespace

QList<ClientLink> AccountStore::linksForPerson(const QString &personId) const
{
    QList<ClientLink> links;
    QSqlQuery query;
    if (!m_database.exec(query, LinkColumns, { personId }))
        return links;
    while (query.next())
        links.append(readLink(query));
    std::sort(links.begin(), links.end(), [](const ClientLink &a, const ClientLink &b) {
        const int byName = QString::localeAwareCompare(a.clientName, b.clientName);
        return byName != 0 ? byName < 0 : a.clientId < b.clientId;
    });
    return links;
}

std::optional<ClientLink> AccountStore::linkFor(const QString &personId,
                                                const QString &clientId) const
{
    Statement query = m_database.statement(LinkColumns + QStringLiteral(" AND l.client_id = ?"));
    if (!query.exec({ personId, clientId }) || !query->next())
        return std::nullopt;
    return readLink(*query);
}

} // namespace Portiek::Server
