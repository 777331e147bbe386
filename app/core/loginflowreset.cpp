// LoginFlow's forgotten-password pages: ask a code by e-mail, then set a new password with it.
#include "core/apireply.h"
#include "core/jsonreader.h"
#include "core/loginflow.h"
#include "core/portalapi.h"

void LoginFlow::forgotPassword()
{
    if (m_step != Step::Credentials)
        return;
    const bool wasBusy = isBusy();
    abortPending();
    clearError();
    setNotice({});
    m_resetCodeLength = 0;
    setStep(Step::ForgotPassword);
    notifyBusy(wasBusy);
}

void LoginFlow::requestResetCode(const QString &usernameOrEmail)
{
    if (isBusy() || (m_step != Step::ForgotPassword && m_step != Step::ResetPassword))
        return;
    clearError();
    const QString who = usernameOrEmail.trimmed();
    if (who.isEmpty()) {
        failWith(tr("Type your username or e-mail address."));
        return;
    }
    m_resetUsernameOrEmail = who;
    // A key of its own for this request: sent again after a lost answer, the portal neither
    // replaces the code that is on its way nor counts it as another request.
    send(m_api->post(QStringLiteral("/api/v1/password-reset"),
                     { { QStringLiteral("usernameOrEmail"), who } },
                     PortalApi::newIdempotencyKey()),
         &LoginFlow::onResetRequested);
}

void LoginFlow::onResetRequested(ApiReply *reply)
{
    if (!reply->isOk()) {
        fail(reply->error());
        return;
    }
    JsonReader json(reply->json());
    const int codeLength = json.integer(QLatin1String("codeLength"), 4, 16);
    const int expiresIn = json.integer(QLatin1String("expiresInSeconds"), 60, 7 * 24 * 3600);
    if (!json.ok()) {
        fail(ApiError(ApiError::Kind::ServerUnavailable, json.error()));
        return;
    }
    m_resetCodeLength = codeLength;
    // The same words whether or not the account exists: the portal does not tell either.
    setNotice(tr("If this account exists, an e-mail with a code is on its way. The code is valid "
                 "for %n minute(s).",
                 nullptr, expiresIn / 60));
    emit detailsChanged();
    setStep(Step::ResetPassword);
}

void LoginFlow::confirmReset(const QString &code, const QString &newPassword)
{
    if (isBusy() || m_step != Step::ResetPassword)
        return;
    clearError();
    QString cleaned = code;
    cleaned.remove(QLatin1Char(' ')).remove(QLatin1Char('-'));
    cleaned = cleaned.toUpper();
    if (cleaned.size() < 4 || cleaned.size() > 16) {
        failWith(tr("Type the code from the e-mail."));
        return;
    }
    const PasswordPolicyCheck check = checkNewPassword({}, newPassword, newPassword);
    if (!check.isAcceptable()) {
        QList<FieldError> errors;
        for (const QString &failure : check.failureCodes())
            errors.append({ QStringLiteral("newPassword"), failure });
        failValidation(errors);
        return;
    }
    // Its own key: sent again after a lost answer, the portal answers as it did the first time
    // instead of "wrong code" (the code was used by the first).
    send(m_api->post(QStringLiteral("/api/v1/password-reset/confirm"),
                     { { QStringLiteral("usernameOrEmail"), m_resetUsernameOrEmail },
                       { QStringLiteral("code"), cleaned },
                       { QStringLiteral("newPassword"), newPassword } },
                     PortalApi::newIdempotencyKey()),
         &LoginFlow::onResetConfirmed);
}

void LoginFlow::onResetConfirmed(ApiReply *reply)
{
    if (!reply->isOk()) {
        fail(reply->error());
        return;
    }
    if (!m_resetUsernameOrEmail.contains(QLatin1Char('@')))
        m_username = m_resetUsernameOrEmail;
    m_resetUsernameOrEmail.clear();
    m_resetCodeLength = 0;
    setStep(Step::Credentials);
    setNotice(tr("Your new password is set. Sign in with it; you will be asked for a code by "
                 "text message."));
}
