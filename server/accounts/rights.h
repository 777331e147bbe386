#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

namespace Portiek::Server {

// What a person may see and do for one client: `Rights` in docs/openapi.yaml. Stored as that
// JSON object's text in client_links.rights.
struct Rights
{
    bool reportsRead = false;
    bool reportsWrite = false;
    bool plans = false;
    bool agendaView = false;
    bool agendaEdit = false;
    bool measurements = false;
    bool messages = false;
    bool board = false;
    bool profile = false;
    bool manageAccess = false;

    // The client themself and their representatives.
    static Rights all();

    QJsonObject toJson() const;
    // Missing or non-boolean members read as false; the implications (reportsWrite needs
    // reportsRead, agendaEdit needs agendaView) are applied.
    static Rights fromJson(const QJsonObject &object);

    // One right, named as in the JSON ("reportsRead"); for the rights a route needs.
    using Right = bool Rights::*;
    static QString name(Right right);
    // Whether every one of `needed` is granted (an empty list: yes).
    bool hasAll(const QList<Right> &needed) const;

    bool operator==(const Rights &other) const { return toJson() == other.toJson(); }
    bool operator!=(const Rights &other) const { return !(*this == other); }
};

} // namespace Portiek::Server
