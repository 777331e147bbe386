#pragma once

#include "server/accounts/person.h"
#include "server/signin/signinproblems.h"

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace Portiek::Server {

// The client's basic data as the care organisation knows them: `ImportClientProfile` in,
// `ClientProfile` out (docs/openapi.yaml). Empty strings are unknown (`null` in JSON).
struct ClientProfile
{
    struct Address
    {
        QString street;
        QString houseNumber;
        QString houseNumberAddition;
        QString postalCode;
        QString city;
    };
    struct Location
    {
        QString name;
        QString department;
    };
    struct Caregiver
    {
        QString name;
        QString phone;
    };

    QString clientId;
    ClientRecord name; // the client's name as the clients table keeps it
    QString clientNumber;
    QDate dateOfBirth; // null when unknown
    std::optional<Address> address;
    QString phone;
    QString email;
    std::optional<Location> location;
    std::optional<Caregiver> coordinatingCaregiver;
    QDateTime updatedAt; // when the dossier last changed these data

    // Reads an import body, checking every field; `*errors` gets one entry per problem (dotted
    // field paths, FieldError codes of the contract: required, invalid_format, too_long,
    // in_future). `today` bounds the date of birth.
    static std::optional<ClientProfile> fromImport(const QString &clientId,
                                                   const QJsonObject &object, const QDate &today,
                                                   QList<SignInProblems::FieldError> *errors);
    // `ClientProfile` of the contract.
    QJsonObject toJson() const;

    // The same data (updatedAt not compared): an import that changes nothing keeps updatedAt.
    bool sameData(const ClientProfile &other) const;
};

} // namespace Portiek::Server
