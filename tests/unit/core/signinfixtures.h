#pragma once

// Answers as the portal gives them (docs/openapi.yaml examples), for the sign-in tests.

#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>

namespace Fixtures {

inline const QString SignInToken = QStringLiteral("si_8fJ2kLq0Zx7Vb3Nm5Rt9Yw1Pd6Hs4Gc2");
inline const QString SessionToken = QStringLiteral("st_W5n9Qe2Rk7Tz1Xc4Vb8Mp3Ls6Jd0Hf2Ga9Uy");
inline const QString DeviceToken = QStringLiteral("dt_q3Yp0mX9Lw2sVb7NcRt5Kz8HjFd4Ga1e");

inline QJsonArray steps(const QStringList &names)
{
    return QJsonArray::fromStringList(names);
}

inline QJsonObject smsCodeState(int attemptsLeft = 5)
{
    return {
        { "next", "smsCode" },
        { "signInToken", SignInToken },
        { "expiresAt", "2026-03-12T09:45:00+01:00" },
        { "remainingSteps", steps({ "smsCode", "changePassword", "acceptTerms" }) },
        { "smsCode",
          QJsonObject { { "maskedMobile", "06-******78" },
                        { "codeLength", 6 },
                        { "sentAt", "2026-03-12T09:30:02+01:00" },
                        { "codeExpiresAt", "2026-03-12T09:35:02+01:00" },
                        { "resendAvailableAt", "2026-03-12T09:30:32+01:00" },
                        { "attemptsLeft", attemptsLeft } } },
    };
}

inline QJsonObject policy(bool mixedCase = false, bool nonLetter = false)
{
    return { { "minLength", 12 },
             { "maxLength", 128 },
             { "requireMixedCase", mixedCase },
             { "requireNonLetter", nonLetter } };
}

inline QJsonObject changePasswordState(const QString &reason = QStringLiteral("temporaryPassword"))
{
    return {
        { "next", "changePassword" },
        { "signInToken", SignInToken },
        { "expiresAt", "2026-03-12T09:45:00+01:00" },
        { "remainingSteps", steps({ "changePassword", "acceptTerms" }) },
        { "changePassword", QJsonObject { { "reason", reason }, { "passwordPolicy", policy() } } },
    };
}

inline QJsonObject acceptTermsState()
{
    return {
        { "next", "acceptTerms" },
        { "signInToken", SignInToken },
        { "expiresAt", "2026-03-12T09:45:00+01:00" },
        { "remainingSteps", steps({ "acceptTerms" }) },
        { "acceptTerms",
          QJsonObject { { "termsVersion", "2026-01" },
                        { "acceptedVersion", QJsonValue::Null },
                        { "termsUrl", "/api/v1/organization/terms" } } },
    };
}

inline QJsonObject session(bool kiosk = false)
{
    return { { "token", SessionToken },
             { "tokenType", "Bearer" },
             { "idleTimeoutSeconds", 900 },
             { "idleExpiresAt", "2026-03-12T09:45:02+01:00" },
             { "expiresAt", "2026-03-12T17:30:02+01:00" },
             { "kiosk", kiosk } };
}

inline QJsonObject doneState(bool withDevice = false)
{
    QJsonObject state { { "next", "done" },
                        { "remainingSteps", QJsonArray() },
                        { "session", session() } };
    if (withDevice)
        state.insert("trustedDevice",
                     QJsonObject { { "id", "dev_4Kp8Wz" },
                                   { "token", DeviceToken },
                                   { "name", "Laptop van Gerard (Windows)" },
                                   { "expiresAt", "2026-06-10T09:34:30+02:00" } });
    return state;
}

inline QJsonObject terms(const QString &version = QStringLiteral("2026-01"))
{
    return { { "version", version },
             { "title", "Voorwaarden cliëntportaal Zorggroep De Linde" },
             { "text", "Dit cliëntportaal is alleen toegankelijk voor cliënten.\n\nVragen? Bel." },
             { "publishedAt", "2026-01-05T09:00:00+01:00" } };
}

inline QJsonObject me()
{
    return { { "id", "per_9Rm4" },
             { "username", "mvandijk" },
             { "name",
               QJsonObject { { "givenName", "Mark" },
                             { "familyNamePrefix", "van" },
                             { "familyName", "Dijk" } } },
             { "displayName", "Mark van Dijk" },
             { "role", "representative" },
             { "email", "m.vandijk@ziggo.example" },
             { "mobile", "+31612345678" },
             { "photoUrl", "/api/v1/me/photo" },
             { "termsVersionAccepted", "2026-01" },
             { "passwordChangedAt", "2026-01-14T20:12:09+01:00" } };
}

inline QJsonObject allRights(bool value = true)
{
    QJsonObject rights;
    for (const char *name : { "reportsRead", "reportsWrite", "plans", "agendaView", "agendaEdit",
                              "measurements", "messages", "board", "profile", "manageAccess" })
        rights.insert(QLatin1String(name), value);
    return rights;
}

inline QJsonObject client(const QString &id, const QString &name, bool withPhoto = false)
{
    return { { "id", id },
             { "name", name },
             { "photoUrl",
               withPhoto ? QJsonValue(QStringLiteral("/api/v1/clients/%1/photo").arg(id))
                         : QJsonValue(QJsonValue::Null) },
             { "myRole", "representative" },
             { "myRelation", "zoon" },
             { "rights", allRights() } };
}

inline QJsonObject clientsPage(const QJsonArray &items, const QString &nextCursor = {})
{
    return { { "items", items },
             { "nextCursor",
               nextCursor.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(nextCursor) } };
}

} // namespace Fixtures
