#pragma once

#include <QJsonObject>
#include <QMetaType>
#include <QString>

// What a portal says about the care organisation behind it (GET /api/v1/organization).
struct PasswordPolicy
{
    int minLength = 12;
    int maxLength = 128;
    bool requireMixedCase = false;
    bool requireNonLetter = false;
};

struct Helpdesk
{
    QString phone;
    QString email;

    bool isEmpty() const { return phone.isEmpty() && email.isEmpty(); }
};

struct OrganizationInfo
{
    QString name;
    QString logoPath; // server-relative, empty when the organisation has no logo
    Helpdesk helpdesk;
    QString termsVersion;
    PasswordPolicy passwordPolicy;
    int apiVersion = 0;

    // Parses and checks the server's answer. On a problem, returns false and sets `error` to a
    // short English description for the log (never shown to users as is).
    static bool fromJson(const QJsonObject &json, OrganizationInfo *info, QString *error);
};

Q_DECLARE_METATYPE(OrganizationInfo)
