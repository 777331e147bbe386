#pragma once

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QTimeZone>

// Reports as the portal sends them (docs/openapi.yaml, Report and ReportPage), for tests.
namespace ReportFixtures {

inline QJsonObject author(const QString &id = QStringLiteral("aut_sbakker"),
                          const QString &name = QStringLiteral("Sanne Bakker"),
                          const QString &role = QStringLiteral("Persoonlijk begeleider"),
                          const QString &kind = QStringLiteral("careTeam"))
{
    return QJsonObject { { QStringLiteral("id"), id },
                         { QStringLiteral("name"), name },
                         { QStringLiteral("role"), role },
                         { QStringLiteral("kind"), kind } };
}

// Report number `n`: the higher n, the older (pages come newest first).
inline QJsonObject report(int n, const QString &text = {})
{
    const QDateTime created
        = QDateTime(QDate(2026, 3, 12), QTime(8, 47), QTimeZone(3600)).addSecs(-3600 * n);
    return QJsonObject {
        { QStringLiteral("id"), QStringLiteral("rep_%1").arg(n) },
        { QStringLiteral("createdAt"), created.toString(Qt::ISODate) },
        { QStringLiteral("updatedAt"), QJsonValue::Null },
        { QStringLiteral("author"), author() },
        { QStringLiteral("category"), QStringLiteral("Dagrapportage") },
        { QStringLiteral("text"),
          text.isEmpty() ? QStringLiteral("Meneer heeft goed geslapen (%1). Na het ontbijt samen "
                                          "een wandeling gemaakt naar de vijver.")
                               .arg(n)
                         : text },
        { QStringLiteral("source"), QStringLiteral("dossier") },
    };
}

// Reports first..first+count-1, and the cursor of the next page (null when empty).
inline QJsonObject page(int first, int count, const QString &nextCursor = {})
{
    QJsonArray items;
    for (int n = first; n < first + count; ++n)
        items.append(report(n));
    return QJsonObject { { QStringLiteral("items"), items },
                         { QStringLiteral("nextCursor"),
                           nextCursor.isEmpty() ? QJsonValue(QJsonValue::Null)
                                                : QJsonValue(nextCursor) } };
}

inline QJsonObject authorPage()
{
    return QJsonObject {
        { QStringLiteral("items"),
          QJsonArray { author(QStringLiteral("aut_imulder"), QStringLiteral("dr. Inge Mulder"),
                              QStringLiteral("Specialist ouderengeneeskunde")),
                       author(QStringLiteral("aut_per_9Rm4"), QStringLiteral("Mark van Dijk"),
                              QStringLiteral("Wettelijk vertegenwoordiger"),
                              QStringLiteral("portal")),
                       author() } },
        { QStringLiteral("nextCursor"), QJsonValue::Null },
    };
}

inline const QString ReportsPath = QStringLiteral("/api/v1/clients/100482/reports");
inline const QString AuthorsPath = QStringLiteral("/api/v1/clients/100482/report-authors");

} // namespace ReportFixtures
