#pragma once

#include "core/organizationinfo.h"

#include <QDateTime>
#include <QJsonObject>
#include <QMetaType>
#include <QString>
#include <QStringList>

// Where a sign-in attempt stands, as the server says in every answer under /api/v1/sign-in
// (docs/openapi.yaml, SignInState). Exactly the part named by `next` is filled in.
struct SignInState
{
    enum class Next { SmsCode, ChangePassword, AcceptTerms, Done };

    struct SmsCode
    {
        QString maskedMobile;
        int codeLength = 6;
        QDateTime sentAt;
        QDateTime codeExpiresAt;
        QDateTime resendAvailableAt;
        int attemptsLeft = 0;
    };

    struct ChangePassword
    {
        enum class Reason { TemporaryPassword, Policy };
        Reason reason = Reason::TemporaryPassword;
        PasswordPolicy passwordPolicy;
    };

    struct AcceptTerms
    {
        QString termsVersion;
        QString acceptedVersion; // empty the first time
        QString termsUrl;
    };

    struct Session
    {
        QString token;
        int idleTimeoutSeconds = 0;
        QDateTime idleExpiresAt;
        QDateTime expiresAt;
        bool kiosk = false;
    };

    struct TrustedDevice
    {
        QString id;
        QString token;
        QString name;
        QDateTime expiresAt;
    };

    Next next = Next::SmsCode;
    QString signInToken; // until done
    QDateTime expiresAt; // until done: when the attempt expires
    QStringList remainingSteps;
    // Present only when the start request carried a device token.
    bool hasDeviceTokenAccepted = false;
    bool deviceTokenAccepted = false;
    SmsCode smsCode;
    ChangePassword changePassword;
    AcceptTerms acceptTerms;
    Session session; // when done
    bool hasTrustedDevice = false;
    TrustedDevice trustedDevice; // when done, only if one was issued

    // Parses and checks the server's answer strictly. On a problem, returns false and sets
    // `error` to a short English description for the log.
    static bool fromJson(const QJsonObject &json, SignInState *state, QString *error);
};

Q_DECLARE_METATYPE(SignInState)
