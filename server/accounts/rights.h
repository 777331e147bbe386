#pragma once

#include <QJsonObject>

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

    bool operator==(const Rights &other) const { return toJson() == other.toJson(); }
    bool operator!=(const Rights &other) const { return !(*this == other); }
};

} // namespace Portiek::Server
