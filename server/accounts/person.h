#pragma once

#include "server/accounts/rights.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace Portiek::Server {

// `Role` in docs/openapi.yaml.
enum class Role { Client, Representative, Contact };

QString roleName(Role role); // "client", "representative", "contact"
std::optional<Role> roleFromName(const QString &name);

// "Gerard van Dijk": given name, prefix, family name, skipping what is empty.
QString displayName(const QString &givenName, const QString &familyNamePrefix,
                    const QString &familyName);

// A row of `people`: someone who signs in.
struct Person
{
    QString id; // "per_…", chosen by AccountStore::create
    QString username; // as typed at creation; looked up case-insensitively
    QString givenName;
    QString familyNamePrefix; // empty when none
    QString familyName;
    QString email;
    QString mobile; // E.164: +31612345678
    Role role = Role::Client;
    QString passwordHash; // Argon2id string; empty: cannot sign in with a password
    bool passwordTemporary = false;
    QDateTime temporaryPasswordExpiresAt; // null unless temporary
    QDateTime passwordChangedAt;
    QString termsVersionAccepted; // empty: none accepted yet
    bool disabled = false;
    QDateTime createdAt;

    QString name() const { return displayName(givenName, familyNamePrefix, familyName); }
};

// A row of `clients`: someone receiving care; the id is the dossier's ("100482").
struct ClientRecord
{
    QString id;
    QString givenName;
    QString familyNamePrefix;
    QString familyName;

    QString name() const { return displayName(givenName, familyNamePrefix, familyName); }
};

// A person's link to one client, as `ClientSummary` needs it.
struct ClientLink
{
    QString clientId;
    QString clientName;
    Role myRole = Role::Client;
    QString relation; // empty for the client themself ("zoon", "buurvrouw")
    Rights rights;
};

} // namespace Portiek::Server
