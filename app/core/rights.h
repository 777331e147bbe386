#pragma once

#include <QJsonObject>
#include <QMetaType>
#include <QString>

// What the signed-in person may see and do for one client (docs/openapi.yaml, Rights). The UI
// shows only what these allow; the server enforces them anyway.
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

    static Rights all();
    // Every right is required; anything missing or not a boolean fails.
    static bool fromJson(const QJsonObject &json, Rights *rights, QString *error);

    friend bool operator==(const Rights &a, const Rights &b);
    friend bool operator!=(const Rights &a, const Rights &b) { return !(a == b); }
};

Q_DECLARE_METATYPE(Rights)
