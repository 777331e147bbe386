#include "server/signin/signinstate.h"

#include "server/signin/apijson.h"
#include "server/signin/signinrules.h"

#include <QJsonArray>

namespace Portiek::Server::SignInState {

QString maskMobile(const QString &e164)
{
    const QString lastTwo = e164.right(2);
    if (e164.startsWith(QLatin1String("+316")) && e164.size() == 12)
        return QStringLiteral("06-******") + lastTwo;
    QString masked = e164;
    for (qsizetype i = 0; i + 2 < masked.size(); ++i) {
        if (masked.at(i).isDigit())
            masked[i] = u'*';
    }
    return masked;
}

QJsonObject passwordPolicyJson(const PasswordPolicy &policy)
{
    return {
        { QStringLiteral("minLength"), policy.minLength },
        { QStringLiteral("maxLength"), policy.maxLength },
        { QStringLiteral("requireMixedCase"), policy.requireMixedCase },
        { QStringLiteral("requireNonLetter"), policy.requireNonLetter },
    };
}

QJsonObject pending(const SignInAttempts::Attempt &attempt, const QString &token,
                    const Person &person, const OrganizationConfig &organization,
                    const std::optional<SmsCodes::Code> &code)
{
    const QString next = attempt.next();
    QJsonObject state {
        { QStringLiteral("next"), next },
        { QStringLiteral("signInToken"), token },
        { QStringLiteral("expiresAt"), ApiJson::time(attempt.expiresAt) },
        { QStringLiteral("remainingSteps"), QJsonArray::fromStringList(attempt.remainingSteps) },
    };
    if (next == SignInAttempts::SmsCode && code) {
        const QDateTime resendAt
            = code->sentAt.addSecs(SignInRules::resendWaitSeconds(code->number));
        state.insert(SignInAttempts::SmsCode,
                     QJsonObject {
                         { QStringLiteral("maskedMobile"), maskMobile(person.mobile) },
                         { QStringLiteral("codeLength"), SignInRules::SmsCodeLength },
                         { QStringLiteral("sentAt"), ApiJson::time(code->sentAt) },
                         { QStringLiteral("codeExpiresAt"), ApiJson::time(code->expiresAt) },
                         { QStringLiteral("resendAvailableAt"), ApiJson::time(resendAt) },
                         { QStringLiteral("attemptsLeft"), code->used ? 0 : code->triesLeft },
                     });
    } else if (next == SignInAttempts::ChangePassword) {
        state.insert(SignInAttempts::ChangePassword,
                     QJsonObject {
                         { QStringLiteral("reason"),
                           attempt.temporaryPassword ? QStringLiteral("temporaryPassword")
                                                     : QStringLiteral("policy") },
                         { QStringLiteral("passwordPolicy"),
                           passwordPolicyJson(organization.passwordPolicy) },
                     });
    } else if (next == SignInAttempts::AcceptTerms) {
        state.insert(
            SignInAttempts::AcceptTerms,
            QJsonObject {
                { QStringLiteral("termsVersion"), organization.termsVersion },
                { QStringLiteral("acceptedVersion"),
                  person.termsVersionAccepted.isEmpty() ? QJsonValue(QJsonValue::Null)
                                                        : QJsonValue(person.termsVersionAccepted) },
                { QStringLiteral("termsUrl"), QStringLiteral("/api/v1/organization/terms") },
            });
    }
    return state;
}

QJsonObject done(const Sessions::Issued &session,
                 const std::optional<TrustedDevices::Issued> &device)
{
    const Sessions::Session &s = session.session;
    QJsonObject state {
        { QStringLiteral("next"), SignInAttempts::Done },
        { QStringLiteral("remainingSteps"), QJsonArray() },
        { QStringLiteral("session"),
          QJsonObject {
              { QStringLiteral("token"), session.token },
              { QStringLiteral("tokenType"), QStringLiteral("Bearer") },
              { QStringLiteral("idleTimeoutSeconds"), s.idleTimeoutSeconds },
              { QStringLiteral("idleExpiresAt"), ApiJson::time(s.idleExpiresAt) },
              { QStringLiteral("expiresAt"), ApiJson::time(s.expiresAt) },
              { QStringLiteral("kiosk"), s.kiosk },
          } },
    };
    if (device) {
        state.insert(QStringLiteral("trustedDevice"),
                     QJsonObject {
                         { QStringLiteral("id"), device->device.id },
                         { QStringLiteral("token"), device->token },
                         { QStringLiteral("name"), device->device.name },
                         { QStringLiteral("expiresAt"), ApiJson::time(device->device.expiresAt) },
                     });
    }
    return state;
}

void setDeviceTokenAccepted(QJsonObject &state, std::optional<bool> accepted)
{
    if (accepted)
        state.insert(QStringLiteral("deviceTokenAccepted"), *accepted);
}

} // namespace Portiek::Server::SignInState
