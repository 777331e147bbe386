#pragma once

#include "server/accounts/person.h"
#include "server/measurements/personref.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace Portiek::Server {

class PhotoStore;

// What a person enters ("Nieuwe meting"), checked by MeasurementInput.
struct NewMeasurement
{
    QString typeCode;
    QDateTime measuredAt; // UTC, whole seconds
    QJsonObject values; // one number per component, rounded to its decimals
    QString note; // empty: none
};

// A row of `measurements` (`Measurement` in docs/openapi.yaml).
struct MeasurementRecord
{
    QString id; // "msr_…"
    QString clientId;
    QString typeCode;
    QDateTime measuredAt;
    QJsonObject values;
    QString note;
    PersonRef enteredBy;
    QDateTime createdAt;

    // The person who entered it, the client and their representatives (`canDelete`).
    bool canDelete(const QString &personId, const ClientLink &link) const
    {
        return link.myRole != Role::Contact || enteredBy.id == personId;
    }
    QJsonObject toJson(const QString &personId, const ClientLink &link,
                       const PhotoStore &photos) const;
    // "/api/v1/clients/100482/measurements/msr_…".
    QString path() const;
};

} // namespace Portiek::Server
