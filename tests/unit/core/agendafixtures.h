#pragma once

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>

// Server answers for the agenda tests, shaped as docs/openapi.yaml's Appointment.
namespace AgendaFixtures {

inline const QString ClientId = QStringLiteral("100482");
inline const QString ListPath = QStringLiteral("/api/v1/clients/100482/appointments");

inline QString onePath(const QString &id)
{
    return ListPath + QLatin1Char('/') + id;
}

inline QString rfc3339(const QDateTime &time)
{
    const QDateTime local = time.toLocalTime();
    return local.toOffsetFromUtc(local.offsetFromUtc()).toString(Qt::ISODate);
}

inline QJsonObject careTeam(const QString &id, const QString &title, const QDateTime &start,
                            int minutes = 45)
{
    return QJsonObject {
        { QStringLiteral("id"), id },
        { QStringLiteral("kind"), QStringLiteral("careTeam") },
        { QStringLiteral("title"), title },
        { QStringLiteral("start"), rfc3339(start) },
        { QStringLiteral("end"), rfc3339(start.addSecs(60 * minutes)) },
        { QStringLiteral("location"), QStringLiteral("Eikenhof, kamer 2.14") },
        { QStringLiteral("note"), QJsonValue::Null },
        { QStringLiteral("caregiver"), QStringLiteral("Ruud Visser") },
        { QStringLiteral("indicativeTime"), true },
        { QStringLiteral("createdBy"), QJsonValue::Null },
        { QStringLiteral("canEdit"), false },
    };
}

inline QJsonObject own(const QString &id, const QString &title, const QDateTime &start,
                       bool canEdit = true, int minutes = 45)
{
    return QJsonObject {
        { QStringLiteral("id"), id },
        { QStringLiteral("kind"), QStringLiteral("own") },
        { QStringLiteral("title"), title },
        { QStringLiteral("start"), rfc3339(start) },
        { QStringLiteral("end"), rfc3339(start.addSecs(60 * minutes)) },
        { QStringLiteral("location"), QStringLiteral("Kapsalon Knip, Rembrandtweg 3") },
        { QStringLiteral("note"), QStringLiteral("Anouk brengt vader en haalt hem weer op.") },
        { QStringLiteral("caregiver"), QJsonValue::Null },
        { QStringLiteral("indicativeTime"), false },
        { QStringLiteral("createdBy"),
          QJsonObject { { QStringLiteral("id"), QStringLiteral("per_2Tn6") },
                        { QStringLiteral("name"), QStringLiteral("Anouk de Boer") },
                        { QStringLiteral("role"), QStringLiteral("contact") },
                        { QStringLiteral("photoUrl"), QJsonValue::Null } } },
        { QStringLiteral("canEdit"), canEdit },
    };
}

inline QJsonObject page(const QJsonArray &items, const QString &nextCursor = {})
{
    return QJsonObject { { QStringLiteral("items"), items },
                         { QStringLiteral("nextCursor"),
                           nextCursor.isEmpty() ? QJsonValue(QJsonValue::Null)
                                                : QJsonValue(nextCursor) } };
}

} // namespace AgendaFixtures
