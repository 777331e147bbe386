#pragma once

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QTimeZone>

// Measurement types and measurements as the portal sends them (docs/openapi.yaml), for tests.
namespace MeasurementFixtures {

inline QJsonObject component(const QString &code, const QString &name, double min, double max,
                             int decimals)
{
    return QJsonObject { { QStringLiteral("code"), code },
                         { QStringLiteral("name"), name },
                         { QStringLiteral("min"), min },
                         { QStringLiteral("max"), max },
                         { QStringLiteral("decimals"), decimals } };
}

inline QJsonObject type(const QString &code, const QString &name, const QString &unit,
                        const QJsonArray &components)
{
    return QJsonObject { { QStringLiteral("code"), code },
                         { QStringLiteral("name"), name },
                         { QStringLiteral("unit"), unit },
                         { QStringLiteral("components"), components } };
}

inline QJsonObject weight()
{
    return type(QStringLiteral("weight"), QStringLiteral("Gewicht"), QStringLiteral("kg"),
                { component(QStringLiteral("value"), QStringLiteral("Gewicht"), 20, 300, 1) });
}

inline QJsonObject bloodPressure()
{
    return type(
        QStringLiteral("bloodPressure"), QStringLiteral("Bloeddruk"), QStringLiteral("mmHg"),
        { component(QStringLiteral("systolic"), QStringLiteral("Bovendruk"), 50, 260, 0),
          component(QStringLiteral("diastolic"), QStringLiteral("Onderdruk"), 30, 160, 0) });
}

inline QJsonObject painScore()
{
    return type(QStringLiteral("painScore"), QStringLiteral("Pijnscore"), QString(),
                { component(QStringLiteral("value"), QStringLiteral("Pijnscore"), 0, 10, 0) });
}

inline QJsonObject typePage(const QJsonArray &types = { weight(), bloodPressure(), painScore() })
{
    return QJsonObject { { QStringLiteral("items"), types },
                         { QStringLiteral("nextCursor"), QJsonValue::Null } };
}

// A blood pressure of `n` hours before 12 March 2026 08:15 (+01:00).
inline QJsonObject pressure(int n, int systolic = 138, int diastolic = 84, bool canDelete = true)
{
    const QDateTime at
        = QDateTime(QDate(2026, 3, 12), QTime(8, 15), QTimeZone(3600)).addSecs(-3600 * n);
    return QJsonObject {
        { QStringLiteral("id"), QStringLiteral("msr_%1").arg(n) },
        { QStringLiteral("type"), QStringLiteral("bloodPressure") },
        { QStringLiteral("measuredAt"), at.toString(Qt::ISODate) },
        { QStringLiteral("values"),
          QJsonObject { { QStringLiteral("systolic"), systolic + n },
                        { QStringLiteral("diastolic"), diastolic } } },
        { QStringLiteral("note"), QJsonValue::Null },
        { QStringLiteral("enteredBy"),
          QJsonObject { { QStringLiteral("id"), QStringLiteral("per_7Hq2") },
                        { QStringLiteral("name"), QStringLiteral("Gerard van Dijk") },
                        { QStringLiteral("role"), QStringLiteral("client") },
                        { QStringLiteral("photoUrl"), QJsonValue::Null } } },
        { QStringLiteral("createdAt"), at.addSecs(100).toString(Qt::ISODate) },
        { QStringLiteral("canDelete"), canDelete },
    };
}

inline QJsonObject pressurePage(int first, int count, const QString &nextCursor = {})
{
    QJsonArray items;
    for (int n = first; n < first + count; ++n)
        items.append(pressure(n));
    return QJsonObject { { QStringLiteral("items"), items },
                         { QStringLiteral("nextCursor"),
                           nextCursor.isEmpty() ? QJsonValue(QJsonValue::Null)
                                                : QJsonValue(nextCursor) } };
}

inline const QString TypesPath = QStringLiteral("/api/v1/clients/100482/measurement-types");
inline const QString MeasurementsPath = QStringLiteral("/api/v1/clients/100482/measurements");

} // namespace MeasurementFixtures
