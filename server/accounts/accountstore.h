#pragma once

#include "server/accounts/person.h"

#include <QList>
#include <QString>

#include <optional>

namespace Portiek::Server {

class Clock;
class Database;

// People, clients and the links between them, over the Database. Failures of the database
// itself are logged (portiek.server.storage) and read as "not found" / false.
class AccountStore
{
public:
    AccountStore(Database &database, const Clock &clock);

    enum class CreateError { None, UsernameTaken, DatabaseError };
    // Stores a new person: the store chooses `id` and `createdAt` (and `passwordChangedAt` when
    // a hash is given); the rest is taken as given. Returns the stored person.
    std::optional<Person> create(Person person, CreateError *error = nullptr);

    std::optional<Person> findById(const QString &personId) const;
    // Case-insensitive; surrounding spaces ignored.
    std::optional<Person> findByUsername(const QString &username) const;
    // Case-insensitive. Several accounts may share one address (a client and their son).
    QList<Person> findByEmail(const QString &email) const;

    // Stores a new password hash. Temporary passwords expire at `temporaryExpiresAt`; a
    // permanent one clears that. Sets password_changed_at to now. Revokes nothing.
    bool setPassword(const QString &personId, const QString &passwordHash, bool temporary,
                     const QDateTime &temporaryExpiresAt = {});
    bool setTermsAccepted(const QString &personId, const QString &termsVersion);
    bool setDisabled(const QString &personId, bool disabled);

    // Creates the client or updates their name.
    bool upsertClient(const ClientRecord &client);
    std::optional<ClientRecord> findClient(const QString &clientId) const;
    // Creates or replaces the person's link to the client.
    bool linkClient(const QString &personId, const QString &clientId, Role myRole,
                    const QString &relation, const Rights &rights);
    // Sorted by client name.
    QList<ClientLink> linksForPerson(const QString &personId) const;
    // The person's link to that client; nullopt when there is none (or no such client).
    std::optional<ClientLink> linkFor(const QString &personId, const QString &clientId) const;

    // The form usernames are compared in.
    static QString usernameKey(const QString &username);

private:
    Database &m_database;
    const Clock &m_clock;
};

} // namespace Portiek::Server
