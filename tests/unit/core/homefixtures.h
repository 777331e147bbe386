#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

// Answers of the portal for the home overview and the profile, as in docs/openapi.yaml.
namespace HomeFixtures {

inline const QString Client = QStringLiteral("100482");
inline const QString Base = QStringLiteral("/api/v1/clients/100482");

inline QJsonObject syncStatus(const QString &last = QStringLiteral("2026-03-12T07:02:41+01:00"),
                              const QString &next = QStringLiteral("2026-03-12T11:00:00+01:00"))
{
    return { { "lastUpdatedAt", last.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(last) },
             { "nextExpectedUpdateAt", next },
             { "schedule",
               QJsonObject { { "intervalMinutes", 240 },
                             { "windowStart", "07:00" },
                             { "windowEnd", "23:00" },
                             { "timeZone", "Europe/Amsterdam" } } } };
}

inline QJsonObject report(const QString &id, const QString &createdAt, const QString &author,
                          const QString &text)
{
    return { { "id", id },
             { "createdAt", createdAt },
             { "updatedAt", QJsonValue::Null },
             { "author",
               QJsonObject { { "id", "aut_" + id },
                             { "name", author },
                             { "role", "Persoonlijk begeleider" },
                             { "kind", "careTeam" } } },
             { "category", "Dagrapportage" },
             { "text", text },
             { "source", "dossier" } };
}

inline QJsonObject reportPage()
{
    return { { "items",
               QJsonArray {
                   report("rep_1", "2026-03-12T08:47:00+01:00", "Sanne Bakker",
                          "Meneer heeft goed geslapen. Na het ontbijt samen een wandeling gemaakt "
                          "naar de vijver."),
                   report("rep_2", "2026-03-11T19:15:22+01:00", "Ruud Visser",
                          "Rustige avond; meneer keek naar het journaal."),
                   report("rep_3", "2026-03-11T08:10:00+01:00", "Sanne Bakker",
                          "Bij het ontbijt wat verward, later op de dag beter.") } },
             { "nextCursor", "c_next" } };
}

inline QJsonObject appointment(const QString &id, const QString &kind, const QString &title,
                               const QString &start, const QString &end)
{
    const bool careTeam = kind == QLatin1String("careTeam");
    return { { "id", id },
             { "kind", kind },
             { "title", title },
             { "start", start },
             { "end", end },
             { "location", careTeam ? "Eikenhof, kamer 2.14" : "Kapsalon Knip" },
             { "note", QJsonValue::Null },
             { "caregiver", careTeam ? QJsonValue("Ruud Visser") : QJsonValue(QJsonValue::Null) },
             { "indicativeTime", careTeam },
             { "createdBy", QJsonValue::Null },
             { "canEdit", !careTeam } };
}

inline QJsonObject appointmentPage()
{
    return { { "items",
               QJsonArray { appointment("apt_2", "own", "Kapper", "2026-03-13T14:00:00+01:00",
                                        "2026-03-13T14:45:00+01:00"),
                            appointment("apt_1", "careTeam", "Ochtendzorg",
                                        "2026-03-12T08:00:00+01:00",
                                        "2026-03-12T08:45:00+01:00") } },
             { "nextCursor", QJsonValue::Null } };
}

inline QJsonObject planPage()
{
    return { { "items",
               QJsonArray {
                   QJsonObject { { "id", "pln_2026_03" },
                                 { "title", "Ondersteuningsplan 2026" },
                                 { "date", "2026-03-09" },
                                 { "publishedAt", "2026-03-09T15:02:11+01:00" },
                                 { "pdfUrl", "/api/v1/clients/100482/plans/pln_2026_03/pdf" },
                                 { "sizeBytes", 184322 },
                                 { "pageCount", 7 },
                                 { "approvalRequested", true },
                                 { "approval", QJsonValue::Null },
                                 { "canApprove", true } } } },
             { "nextCursor", QJsonValue::Null } };
}

inline QJsonObject profile()
{
    return { { "clientId", "100482" },
             { "clientNumber", "100482" },
             { "name",
               QJsonObject { { "givenName", "Gerard" },
                             { "familyNamePrefix", "van" },
                             { "familyName", "Dijk" } } },
             { "displayName", "Gerard van Dijk" },
             { "dateOfBirth", "1941-08-23" },
             { "address",
               QJsonObject { { "street", "Lindelaan" },
                             { "houseNumber", "14" },
                             { "houseNumberAddition", "B" },
                             { "postalCode", "1181 JK" },
                             { "city", "Amstelveen" } } },
             { "phone", "020 641 22 83" },
             { "email", QJsonValue::Null },
             { "location",
               QJsonObject { { "name", "Parkzicht" },
                             { "department", "Eikenhof, 2e verdieping" } } },
             { "coordinatingCaregiver",
               QJsonObject { { "name", "Sanne Bakker" }, { "phone", "020 123 45 80" } } },
             { "updatedAt", "2026-03-12T07:02:41+01:00" } };
}

inline QJsonObject me(const QString &email = QStringLiteral("m.vandijk@ziggo.example"),
                      const QString &mobile = QStringLiteral("+31612345678"))
{
    return { { "id", "per_9Rm4" },
             { "username", "mvandijk" },
             { "name",
               QJsonObject { { "givenName", "Mark" },
                             { "familyNamePrefix", "van" },
                             { "familyName", "Dijk" } } },
             { "displayName", "Mark van Dijk" },
             { "role", "representative" },
             { "email", email },
             { "mobile", mobile },
             { "photoUrl", QJsonValue::Null },
             { "termsVersionAccepted", "2026-01" },
             { "passwordChangedAt", QJsonValue::Null } };
}

inline QJsonObject pendingChange(const QString &channel, const QString &masked, int codeLength,
                                 const QString &resendAt
                                 = QStringLiteral("2026-03-12T10:06:00+01:00"))
{
    return { { "channel", channel },
             { "maskedDestination", masked },
             { "codeLength", codeLength },
             { "sentAt", "2026-03-12T10:05:00+01:00" },
             { "codeExpiresAt", "2026-03-12T10:35:00+01:00" },
             { "resendAvailableAt", resendAt } };
}

} // namespace HomeFixtures
