#include "core/loginflow.h"

#include "core/apireply.h"
#include "core/clientlistmodel.h"
#include "core/logging.h"
#include "core/portalapi.h"
#include "core/trusteddevicestore.h"

#include <QJsonObject>
#include <QRegularExpression>
#include <QSysInfo>

#include <utility>

namespace {

constexpr int MaxDeviceNameLength = 100;

QString defaultDeviceName()
{
    QString name = QSysInfo::machineHostName().trimmed();
    const QString system = QSysInfo::prettyProductName().trimmed();
    if (name.isEmpty())
        name = system;
    else if (!system.isEmpty())
        name += QStringLiteral(" (%1)").arg(system);
    return name.left(MaxDeviceNameLength);
}

// Seconds from a to b as the server sees them, applied to our own clock: the two clocks may
// differ, the durations do not.
QDateTime localTime(const QDateTime &now, const QDateTime &serverFrom, const QDateTime &serverTo)
{
    return now.addSecs(std::max<qint64>(0, serverFrom.secsTo(serverTo)));
}

} // namespace

LoginFlow::LoginFlow(PortalApi *api, TrustedDeviceStore *devices, QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_devices(devices)
    , m_clients(new ClientListModel(this))
    , m_clock(systemClock())
    , m_deviceName(defaultDeviceName())
{
    connect(m_devices, &TrustedDeviceStore::unavailable, this, &LoginFlow::deviceMemoryUnavailable);
    connect(m_api, &PortalApi::sessionEnded, this, [this] { endSession(); });
}

LoginFlow::~LoginFlow()
{
    abortPending();
}

void LoginFlow::setKiosk(bool kiosk)
{
    m_kiosk = kiosk;
    if (kiosk)
        m_rememberDevice = false;
}

bool LoginFlow::canRememberDevice() const
{
    return !m_kiosk && m_devices->isAvailable();
}

int LoginFlow::retryAfterSeconds() const
{
    if (!m_retryAllowedAt.isValid())
        return 0;
    return int(std::max<qint64>(0, now().secsTo(m_retryAllowedAt)));
}

PasswordPolicy LoginFlow::passwordPolicy() const
{
    return m_step == Step::ChangePassword ? m_state.changePassword.passwordPolicy : m_orgPolicy;
}

PasswordPolicyCheck LoginFlow::checkNewPassword(const QString &currentPassword,
                                                const QString &newPassword,
                                                const QString &confirmation) const
{
    return PasswordPolicyCheck(passwordPolicy(), currentPassword, newPassword, confirmation);
}

QString LoginFlow::extractCode(const QString &typed, int length)
{
    // Only digits with spaces or dashes between them: the code as typed or copied.
    static const QRegularExpression typedCode(QStringLiteral("^[\\s\\-0-9]*$"));
    QString digits;
    if (typedCode.match(typed).hasMatch()) {
        for (const QChar c : typed) {
            if (c >= QLatin1Char('0') && c <= QLatin1Char('9'))
                digits.append(c);
        }
        return digits.size() == length ? digits : QString();
    }
    // A pasted message: the first group of exactly `length` digits.
    const QRegularExpression group(QStringLiteral("(?<![0-9])[0-9]{%1}(?![0-9])").arg(length));
    return group.match(typed).captured(0);
}

QString LoginFlow::deviceKey() const
{
    return TrustedDeviceStore::keyForPortal(m_api->baseUrl(), m_username);
}

// ---------------------------------------------------------------- plumbing

void LoginFlow::send(ApiReply *reply, Handler handler)
{
    const bool wasBusy = isBusy();
    m_pending = reply;
    connect(reply, &ApiReply::finished, this, [this, reply, handler] {
        if (m_pending != reply) // left behind by backToCredentials(), signOut(), …
            return;
        const bool busyBefore = isBusy();
        m_pending = nullptr;
        (this->*handler)(reply);
        notifyBusy(busyBefore);
    });
    notifyBusy(wasBusy);
}

void LoginFlow::notifyBusy(bool wasBusy)
{
    if (isBusy() != wasBusy)
        emit busyChanged(isBusy());
}

void LoginFlow::abortPending()
{
    if (ApiReply *reply = m_pending) {
        m_pending = nullptr;
        reply->abort();
    }
}

void LoginFlow::setStep(Step step)
{
    if (step == m_step)
        return;
    m_step = step;
    emit stepChanged(step);
}

void LoginFlow::fail(const ApiError &error)
{
    m_lastError = error;
    m_fieldErrors = error.fieldErrors();
    qCInfo(lcAuth) << "sign-in step failed:" << int(error.kind()) << error.problemCode()
                   << error.detail();
    if (error.retryAfterSeconds() >= 0
        && (error.problemCode() == QLatin1String("too_many_attempts")
            || error.problemCode() == QLatin1String("rate_limited"))) {
        m_retryAllowedAt = now().addSecs(error.retryAfterSeconds());
        emit detailsChanged();
    }
    failWith(messageFor(error));
}

void LoginFlow::failWith(const QString &message)
{
    m_notice.clear();
    m_errorMessage = message;
    emit errorChanged(message);
}

void LoginFlow::failValidation(const QList<FieldError> &errors)
{
    ApiError local(ApiError::Kind::Problem, QStringLiteral("checked before sending"));
    local.setProblemCode(QStringLiteral("validation_failed"));
    local.setFieldErrors(errors);
    m_lastError = local;
    m_fieldErrors = errors;
    failWith(messageFor(local));
}

void LoginFlow::clearError()
{
    m_lastError = ApiError();
    m_fieldErrors.clear();
    if (m_errorMessage.isEmpty())
        return;
    m_errorMessage.clear();
    emit errorChanged({});
}

void LoginFlow::setNotice(const QString &notice)
{
    m_notice = notice;
    emit noticeChanged(notice);
}

void LoginFlow::resetAttempt()
{
    m_state = SignInState();
    m_sentDeviceToken.clear();
    m_attemptsLeft = -1;
    m_resendAllowedAt = {};
    m_codeExpiresAt = {};
    m_resending = false;
    m_terms = {};
    m_termsLoaded = false;
    m_termsOutdated = false;
}

// ---------------------------------------------------------------- sign-in steps

void LoginFlow::signIn(const QString &username, const QString &password)
{
    if (isBusy() || m_step != Step::Credentials || retryAfterSeconds() > 0)
        return;
    clearError();
    if (username.trimmed().isEmpty() || password.isEmpty()) {
        failWith(tr("Type your username and your password."));
        return;
    }
    resetAttempt();
    m_username = username.trimmed();
    if (!canRememberDevice()) {
        onDeviceTokenLoaded(password, {});
        return;
    }
    m_loadingDeviceToken = true;
    emit busyChanged(true);
    m_devices->load(deviceKey(), this, [this, password](const QString &token) {
        m_loadingDeviceToken = false;
        onDeviceTokenLoaded(password, token);
        notifyBusy(true);
    });
}

void LoginFlow::onDeviceTokenLoaded(const QString &password, const QString &token)
{
    QJsonObject body { { QStringLiteral("username"), m_username },
                       { QStringLiteral("password"), password } };
    if (!token.isEmpty() && !m_kiosk)
        body.insert(QStringLiteral("deviceToken"), token);
    if (m_kiosk)
        body.insert(QStringLiteral("kiosk"), true);
    m_sentDeviceToken = m_kiosk ? QString() : token;
    // A key of its own for this press of "Sign in": sent again (by Qt after a connection closed
    // before the answer, or by the retry policy), the portal goes on with the attempt it started
    // instead of sending a second SMS code.
    send(m_api->post(QStringLiteral("/api/v1/sign-in"), body, PortalApi::newIdempotencyKey()),
         &LoginFlow::onSignInAnswer);
}

void LoginFlow::setRememberDevice(bool remember)
{
    m_rememberDevice = remember && canRememberDevice();
}

void LoginFlow::submitSmsCode(const QString &typed)
{
    if (isBusy() || m_step != Step::SmsCode || retryAfterSeconds() > 0)
        return;
    clearError();
    const QString code = extractCode(typed, m_state.smsCode.codeLength);
    if (code.isEmpty()) {
        failWith(tr("The code has %n digits. Type it as it is in the text message.", nullptr,
                    m_state.smsCode.codeLength));
        return;
    }
    QJsonObject body { { QStringLiteral("signInToken"), m_state.signInToken },
                       { QStringLiteral("code"), code } };
    if (m_rememberDevice && canRememberDevice()) {
        body.insert(QStringLiteral("rememberDevice"), true);
        body.insert(QStringLiteral("deviceName"), m_deviceName.left(MaxDeviceNameLength));
    }
    // Each step has a key of its own: were its answer lost and the step sent again, the portal
    // answers with where the sign-in now stands instead of "this sign-in has expired".
    send(m_api->post(QStringLiteral("/api/v1/sign-in/sms-code/verify"), body,
                     PortalApi::newIdempotencyKey()),
         &LoginFlow::onSignInAnswer);
}

void LoginFlow::requestNewSmsCode()
{
    if (isBusy() || m_step != Step::SmsCode || retryAfterSeconds() > 0)
        return;
    if (m_resendAllowedAt.isValid() && now() < m_resendAllowedAt)
        return;
    clearError();
    m_resending = true;
    // Its own key: sent again after a lost answer, the portal answers with the code already on
    // its way instead of "asked too soon".
    send(m_api->post(QStringLiteral("/api/v1/sign-in/sms-code"),
                     { { QStringLiteral("signInToken"), m_state.signInToken } },
                     PortalApi::newIdempotencyKey()),
         &LoginFlow::onSignInAnswer);
}

void LoginFlow::changePassword(const QString &currentPassword, const QString &newPassword)
{
    if (isBusy() || m_step != Step::ChangePassword)
        return;
    clearError();
    const PasswordPolicyCheck check = checkNewPassword(currentPassword, newPassword, newPassword);
    if (currentPassword.isEmpty() || !check.isAcceptable()) {
        QList<FieldError> errors;
        if (currentPassword.isEmpty())
            errors.append({ QStringLiteral("currentPassword"), QStringLiteral("incorrect") });
        for (const QString &code : check.failureCodes())
            errors.append({ QStringLiteral("newPassword"), code });
        failValidation(errors);
        return;
    }
    send(m_api->post(QStringLiteral("/api/v1/sign-in/password"),
                     { { QStringLiteral("signInToken"), m_state.signInToken },
                       { QStringLiteral("currentPassword"), currentPassword },
                       { QStringLiteral("newPassword"), newPassword } },
                     PortalApi::newIdempotencyKey()),
         &LoginFlow::onSignInAnswer);
}

void LoginFlow::onSignInAnswer(ApiReply *reply)
{
    const bool resending = std::exchange(m_resending, false);
    if (!reply->isOk()) {
        const ApiError &error = reply->error();
        const QString code = error.problemCode();
        if (code == QLatin1String("sign_in_expired")
            || code == QLatin1String("sign_in_step_not_expected")) {
            resetAttempt();
            setStep(Step::Credentials);
        } else if (code == QLatin1String("sms_code_invalid")) {
            m_attemptsLeft = error.attemptsLeft();
            emit detailsChanged();
        } else if (code == QLatin1String("sms_code_attempts_exhausted")) {
            m_attemptsLeft = 0;
            emit detailsChanged();
        } else if (code == QLatin1String("sms_code_resend_too_soon")
                   && error.retryAfterSeconds() >= 0) {
            m_resendAllowedAt = now().addSecs(error.retryAfterSeconds());
            emit detailsChanged();
        } else if (code == QLatin1String("terms_version_outdated")) {
            m_termsOutdated = true;
            fail(error);
            reloadTerms();
            return;
        }
        fail(error);
        return;
    }
    SignInState state;
    QString problem;
    if (!SignInState::fromJson(reply->json(), &state, &problem)) {
        fail(ApiError(ApiError::Kind::ServerUnavailable, problem));
        return;
    }
    applyState(state);
    if (resending && state.next == SignInState::Next::SmsCode)
        setNotice(tr("A new code has been sent to %1.").arg(state.smsCode.maskedMobile));
}

void LoginFlow::applyState(const SignInState &state)
{
    if (state.hasDeviceTokenAccepted && !state.deviceTokenAccepted
        && !m_sentDeviceToken.isEmpty()) {
        // Expired or revoked: forget it, so the next sign-in does not send it again.
        m_devices->remove(deviceKey());
        m_sentDeviceToken.clear();
    }
    m_state = state;
    switch (state.next) {
    case SignInState::Next::SmsCode: {
        const QDateTime current = now();
        m_attemptsLeft = state.smsCode.attemptsLeft;
        m_resendAllowedAt
            = localTime(current, state.smsCode.sentAt, state.smsCode.resendAvailableAt);
        m_codeExpiresAt = localTime(current, state.smsCode.sentAt, state.smsCode.codeExpiresAt);
        emit detailsChanged();
        setStep(Step::SmsCode);
        break;
    }
    case SignInState::Next::ChangePassword:
        emit detailsChanged();
        setStep(Step::ChangePassword);
        break;
    case SignInState::Next::AcceptTerms:
        m_termsOutdated = false;
        setStep(Step::Terms);
        reloadTerms();
        break;
    case SignInState::Next::Done:
        m_api->setSessionToken(state.session.token);
        // A token comes when the user asked for it, or in place of this computer's revoked
        // one after a password change; never on a kiosk.
        if (state.hasTrustedDevice && !m_kiosk && canRememberDevice())
            m_devices->save(deviceKey(), state.trustedDevice.token);
        m_sentDeviceToken.clear();
        onSessionIssued();
        break;
    }
}
