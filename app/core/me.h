#pragma once

#include <QJsonObject>
#include <QMetaType>
#include <QString>

// The signed-in person (GET /api/v1/me), as far as the client needs it.
struct Me
{
    QString id;
    QString username;
    QString displayName;
    QString role; // client, representative or contact
    QString email;
    QString mobile;
    QString photoUrl; // server-relative, empty when none
    QString termsVersionAccepted; // empty when never accepted

    static bool fromJson(const QJsonObject &json, Me *me, QString *error);
};

Q_DECLARE_METATYPE(Me)
