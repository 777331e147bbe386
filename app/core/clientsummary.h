#pragma once

#include "core/rights.h"

#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>

// One client the signed-in person may act for (GET /api/v1/me/clients, ClientSummary).
struct ClientSummary
{
    enum class Role { Client, Representative, Contact };

    QString id;
    QString name;
    QString photoUrl; // server-relative; empty when the client has no photo
    Role myRole = Role::Client;
    QString myRelation; // "zoon", "buurvrouw"; empty for the client themself
    Rights rights;

    static bool fromJson(const QJsonObject &json, ClientSummary *client, QString *error);
    // One page of the list: its items and the cursor of the next page (empty on the last).
    static bool pageFromJson(const QJsonObject &json, QList<ClientSummary> *clients,
                             QString *nextCursor, QString *error);
};

Q_DECLARE_METATYPE(ClientSummary)
