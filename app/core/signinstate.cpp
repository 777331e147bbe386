#include "core/signinstate.h"

#include "core/jsonreader.h"

namespace {

const QLatin1String StepNames[] = { QLatin1String("smsCode"), QLatin1String("changePassword"),
                                    QLatin1String("acceptTerms"), QLatin1String("done") };

bool stepFromName(const QString &name, SignInState::Next *next)
{
    for (int i = 0; i < 4; ++i) {
        if (name == StepNames[i]) {
            *next = SignInState::Next(i);
            return true;
        }
    }
    return false;
}

void readSmsCode(JsonReader &reader, SignInState::SmsCode *step)
{
    JsonReader sms(reader.object(QLatin1String("smsCode")), QStringLiteral("smsCode"));
    step->maskedMobile = sms.string(QLatin1String("maskedMobile"), JsonReader::Required, 64);
    step->codeLength = sms.integer(QLatin1String("codeLength"), 4, 10);
    step->sentAt = sms.dateTime(QLatin1String("sentAt"));
    step->codeExpiresAt = sms.dateTime(QLatin1String("codeExpiresAt"));
    step->resendAvailableAt = sms.dateTime(QLatin1String("resendAvailableAt"));
    step->attemptsLeft = sms.integer(QLatin1String("attemptsLeft"), 0, 1000);
    if (reader.ok())
        reader.fail(sms.error());
}

void readPasswordPolicy(JsonReader &reader, PasswordPolicy *policy)
{
    JsonReader json(reader.object(QLatin1String("passwordPolicy")),
                    QStringLiteral("changePassword.passwordPolicy"));
    policy->minLength = json.integer(QLatin1String("minLength"), 1, 1024);
    policy->maxLength = json.integer(QLatin1String("maxLength"), 1, 4096);
    policy->requireMixedCase = json.boolean(QLatin1String("requireMixedCase"));
    policy->requireNonLetter = json.boolean(QLatin1String("requireNonLetter"));
    if (json.ok() && policy->minLength > policy->maxLength)
        json.fail(QStringLiteral("minLength is larger than maxLength"));
    reader.fail(json.error());
}

void readChangePassword(JsonReader &reader, SignInState::ChangePassword *step)
{
    JsonReader json(reader.object(QLatin1String("changePassword")),
                    QStringLiteral("changePassword"));
    const QString reason = json.string(QLatin1String("reason"));
    if (reason == QLatin1String("temporaryPassword"))
        step->reason = SignInState::ChangePassword::Reason::TemporaryPassword;
    else if (reason == QLatin1String("policy"))
        step->reason = SignInState::ChangePassword::Reason::Policy;
    else
        json.fail(QStringLiteral("changePassword.reason is unknown"));
    readPasswordPolicy(json, &step->passwordPolicy);
    reader.fail(json.error());
}

void readAcceptTerms(JsonReader &reader, SignInState::AcceptTerms *step)
{
    JsonReader json(reader.object(QLatin1String("acceptTerms")), QStringLiteral("acceptTerms"));
    step->termsVersion = json.string(QLatin1String("termsVersion"), JsonReader::Required, 64);
    step->acceptedVersion = json.string(QLatin1String("acceptedVersion"), JsonReader::Optional, 64);
    step->termsUrl = json.serverPath(QLatin1String("termsUrl"), JsonReader::Required);
    reader.fail(json.error());
}

void readSession(JsonReader &reader, SignInState::Session *session)
{
    JsonReader json(reader.object(QLatin1String("session")), QStringLiteral("session"));
    session->token = json.string(QLatin1String("token"), JsonReader::Required, 256);
    if (json.ok() && session->token.size() < 22)
        json.fail(QStringLiteral("session.token is too short"));
    if (json.string(QLatin1String("tokenType")) != QLatin1String("Bearer") && json.ok())
        json.fail(QStringLiteral("session.tokenType is not Bearer"));
    session->idleTimeoutSeconds
        = json.integer(QLatin1String("idleTimeoutSeconds"), 60, 7 * 24 * 3600);
    session->idleExpiresAt = json.dateTime(QLatin1String("idleExpiresAt"));
    session->expiresAt = json.dateTime(QLatin1String("expiresAt"));
    session->kiosk = json.boolean(QLatin1String("kiosk"));
    reader.fail(json.error());
}

void readTrustedDevice(JsonReader &reader, SignInState::TrustedDevice *device)
{
    JsonReader json(reader.object(QLatin1String("trustedDevice")), QStringLiteral("trustedDevice"));
    device->id = json.id(QLatin1String("id"));
    device->token = json.string(QLatin1String("token"), JsonReader::Required, 256);
    if (json.ok() && device->token.size() < 22)
        json.fail(QStringLiteral("trustedDevice.token is too short"));
    device->name = json.string(QLatin1String("name"), JsonReader::Required, 200);
    device->expiresAt = json.dateTime(QLatin1String("expiresAt"));
    reader.fail(json.error());
}

} // namespace

bool SignInState::fromJson(const QJsonObject &json, SignInState *state, QString *error)
{
    SignInState result;
    JsonReader reader(json);
    const QString next = reader.string(QLatin1String("next"), JsonReader::Required, 32);
    if (reader.ok() && !stepFromName(next, &result.next))
        reader.fail(QStringLiteral("next is an unknown step: %1").arg(next.left(32)));

    const QJsonArray remaining = reader.array(QLatin1String("remainingSteps"));
    for (const QJsonValue &step : remaining) {
        Next parsed;
        if (!step.isString() || !stepFromName(step.toString(), &parsed) || parsed == Next::Done) {
            reader.fail(QStringLiteral("remainingSteps holds an unknown step"));
            break;
        }
        result.remainingSteps.append(step.toString());
    }

    if (reader.has(QLatin1String("deviceTokenAccepted"))) {
        result.hasDeviceTokenAccepted = true;
        result.deviceTokenAccepted = reader.boolean(QLatin1String("deviceTokenAccepted"));
    }

    if (reader.ok() && result.next != Next::Done) {
        result.signInToken = reader.string(QLatin1String("signInToken"), JsonReader::Required, 256);
        if (reader.ok() && result.signInToken.size() < 16)
            reader.fail(QStringLiteral("signInToken is too short"));
        result.expiresAt = reader.dateTime(QLatin1String("expiresAt"));
    }

    switch (result.next) {
    case Next::SmsCode:
        readSmsCode(reader, &result.smsCode);
        break;
    case Next::ChangePassword:
        readChangePassword(reader, &result.changePassword);
        break;
    case Next::AcceptTerms:
        readAcceptTerms(reader, &result.acceptTerms);
        break;
    case Next::Done:
        readSession(reader, &result.session);
        if (reader.has(QLatin1String("trustedDevice"))) {
            result.hasTrustedDevice = true;
            readTrustedDevice(reader, &result.trustedDevice);
        }
        break;
    }

    if (!reader.ok()) {
        if (error)
            *error = reader.error();
        return false;
    }
    *state = result;
    return true;
}
