#pragma once

#include "server/accounts/rights.h"
#include "signinfixture.h"

#include <QList>
#include <QPair>

// SignInFixture with a client and the people around them, each with a session token, for the
// tests of client-scoped routes (reports, plans, profile …):
//
// - client 100482 "Gerard van Dijk" with their own account (`clientToken`),
// - a representative with all rights (`representativeToken`),
// - a contact whose rights each test sets (`contactToken`, setContactRights()),
// - someone of another client, 100999 (`strangerToken`).
//
// Sessions are made directly (the sign-in itself is tested elsewhere).
class DossierFixture : public SignInFixture
{
public:
    static const QString ClientId; // "100482"
    static const QString OtherClientId; // "100999"

    DossierFixture();

    Portiek::Server::Person client;
    Portiek::Server::Person representative;
    Portiek::Server::Person contact;
    Portiek::Server::Person stranger;
    QString clientToken;
    QString representativeToken;
    QString contactToken;
    QString strangerToken;

    void setContactRights(const Portiek::Server::Rights &rights);
    // A new person linked to `clientId` as a contact with these rights; returns their token.
    QString addContact(const QString &username, const Portiek::Server::Rights &rights,
                       const QString &clientId = ClientId);

    using Headers = QList<QPair<QByteArray, QByteArray>>;
    // A person-facing call with a bearer token and extra headers; the body is sent raw.
    Portiek::Server::Response call(const QByteArray &method, const QString &path,
                                   const QString &token, const QByteArray &body = {},
                                   const Headers &headers = {}) const;
    Portiek::Server::Response callJson(const QByteArray &method, const QString &path,
                                       const QString &token, const QJsonObject &body,
                                       const Headers &headers = {}) const;
    // A call of the dossier import API with the right key (or `key` when given).
    Portiek::Server::Response importCall(const QByteArray &method, const QString &path,
                                         const QByteArray &body = {},
                                         const QByteArray &contentType = "application/json",
                                         const QByteArray &key = ImportKey) const;

    // A new session for the person; its token.
    QString sessionFor(const Portiek::Server::Person &person);
};
