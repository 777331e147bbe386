#pragma once

#include "dossierfixture.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>

// What the report tests (tst_reports, tst_reportwrite) share: paths, an `ImportReport` body,
// and readers of the answers.
namespace ReportTestData {

using Portiek::Server::Response;

inline const QString Reports = QStringLiteral("/api/v1/clients/100482/reports");
inline const QDateTime Base(QDate(2025, 3, 12), QTime(6, 0), Qt::UTC);
inline const QStringList Authors = { QStringLiteral("Sanne Bakker"), QStringLiteral("Émile Zwart"),
                                     QStringLiteral("anna de Vries") };

inline QJsonObject importBody(const QDateTime &createdAt, const QString &author,
                              const QString &text)
{
    return { { QStringLiteral("createdAt"), createdAt.toString(Qt::ISODate) },
             { QStringLiteral("author"), QJsonObject { { QStringLiteral("name"), author } } },
             { QStringLiteral("category"), QStringLiteral("Dagrapportage") },
             { QStringLiteral("text"), text } };
}

inline DossierFixture::Headers keyHeader(const QByteArray &key)
{
    return { qMakePair(QByteArray("Idempotency-Key"), key) };
}

inline QJsonObject textBody(const QString &text)
{
    return { { QStringLiteral("text"), text } };
}

inline QString code(const Response &response)
{
    return SignInFixture::problemCode(response);
}

inline QJsonArray items(const Response &response)
{
    return SignInFixture::json(response).value(QStringLiteral("items")).toArray();
}

inline QStringList texts(const Response &response)
{
    QStringList list;
    for (const QJsonValue &item : items(response))
        list.append(item[QStringLiteral("text")].toString());
    return list;
}

} // namespace ReportTestData
