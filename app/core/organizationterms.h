#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QMetaType>
#include <QString>

// The organisation's current terms (GET /api/v1/organization/terms), shown in the sign-in's
// terms step. `text` is plain text; paragraphs are separated by an empty line.
struct OrganizationTerms
{
    QString version;
    QString title;
    QString text;
    QDateTime publishedAt;

    static bool fromJson(const QJsonObject &json, OrganizationTerms *terms, QString *error);
};

Q_DECLARE_METATYPE(OrganizationTerms)
