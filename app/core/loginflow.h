#pragma once

#include "core/apierror.h"
#include "core/clientsummary.h"
#include "core/clock.h"
#include "core/me.h"
#include "core/organizationinfo.h"
#include "core/organizationterms.h"
#include "core/passwordpolicycheck.h"
#include "core/signinstate.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>

class ApiReply;
class ClientListModel;
class PortalApi;
class TrustedDeviceStore;

// Signing in, as a state machine the wizard pages only render (ARCHITECTURE.md, "LoginFlow").
// The server decides which steps apply; this class sends what the user typed, reads the answer,
// and moves to the step the server names. It also keeps the trusted-device token, loads the
// person and their clients after the session is issued, and signs out.
//
// How the UI uses it:
// - Show the page for step(); re-read on stepChanged(). While isBusy(), disable the page's
//   inputs and buttons (busyChanged()).
// - Show errorMessage() (empty = none) on the current page on errorChanged(); it is a complete,
//   translated sentence, with the helpdesk where a person is needed. Typed input is never
//   cleared by an error: the page keeps its fields. lastError() tells which kind it was (e.g.
//   lastError().problemCode() == "validation_failed" → fieldErrors() name the fields).
// - notice() is a friendly non-error line (a new code was sent, password set, signed out);
//   noticeChanged().
// - Credentials page: signIn(username, password); the username stays in username() after
//   sign-out. "Wachtwoord vergeten?" → forgotPassword().
// - SmsCode page: smsCode() says where the code went and how long it is; submitSmsCode() takes
//   what the user typed or pasted (a whole SMS text is fine: only the digits are kept);
//   requestNewSmsCode() is allowed from resendAllowedAt() (local time, for a countdown).
//   attemptsLeft() (-1 = unknown). "Remember this computer": setRememberDevice() before
//   submitting; offer it only when canRememberDevice().
// - After too many tries, retryAllowedAt() (local time) is in the future: count down
//   retryAfterSeconds() and keep the submit button disabled until then.
// - ChangePassword page: passwordPolicy() and PasswordPolicyCheck::rules()/ruleText() for the
//   list; checkNewPassword(current, new, confirm) on every keystroke to tick the rules;
//   changePassword(current, new) to submit.
// - Terms page: terms() once termsLoaded() (termsChanged()); acceptTerms(). termsOutdated()
//   after a 409: the text was reloaded, show it again.
// - ChooseClient page: clients() is a list model (name, photo); chooseClient(id).
// - SignedIn: currentClient() and me(); the main window's menu offers switchClient() (when
//   clients()->rowCount() > 1) and signOut().
// - ForgotPassword page: requestResetCode(usernameOrEmail) → ResetPassword page: resetCodeLength(),
//   confirmReset(code, newPassword) → back to Credentials with a notice. backToCredentials()
//   leaves either page.
// - deviceMemoryUnavailable() fires once when the keychain cannot be used: say once that this
//   computer cannot be remembered; signing in carries on.
class LoginFlow : public QObject
{
    Q_OBJECT

public:
    enum class Step {
        Credentials,
        SmsCode,
        ChangePassword,
        Terms,
        ChooseClient,
        SignedIn,
        ForgotPassword,
        ResetPassword,
    };
    Q_ENUM(Step)

    // "newPassword" / "currentPassword" with "too_short", "incorrect", …
    using FieldError = ApiError::FieldError;

    LoginFlow(PortalApi *api, TrustedDeviceStore *devices, QObject *parent = nullptr);
    ~LoginFlow() override;

    // Configuration, before signIn().
    void setHelpdesk(const Helpdesk &helpdesk) { m_helpdesk = helpdesk; }
    // Kiosk mode: never remembers this computer, and the server gives shorter session limits.
    void setKiosk(bool kiosk);
    bool isKiosk() const { return m_kiosk; }
    // Where this computer keeps the signed-in person's trusted-device token, and its key there
    // (portal host and username), for "My trusted devices".
    TrustedDeviceStore *trustedDeviceStore() const { return m_devices; }
    QString deviceKey() const;
    // The name the trusted-device list shows; defaults to the computer's name and system.
    void setDeviceName(const QString &name) { m_deviceName = name; }
    QString deviceName() const { return m_deviceName; }
    void setClock(Clock clock) { m_clock = std::move(clock); }
    // The organisation's policy, for the forgotten-password page (the sign-in's password step
    // brings its own).
    void setOrganizationPasswordPolicy(const PasswordPolicy &policy) { m_orgPolicy = policy; }

    Step step() const { return m_step; }
    bool isBusy() const { return !m_pending.isNull() || m_loadingDeviceToken; }
    QString errorMessage() const { return m_errorMessage; }
    const ApiError &lastError() const { return m_lastError; }
    QList<FieldError> fieldErrors() const { return m_fieldErrors; }
    QString notice() const { return m_notice; }
    QString username() const { return m_username; }

    // The SMS code step.
    const SignInState::SmsCode &smsCode() const { return m_state.smsCode; }
    int attemptsLeft() const { return m_attemptsLeft; }
    QDateTime resendAllowedAt() const { return m_resendAllowedAt; }
    QDateTime codeExpiresAt() const { return m_codeExpiresAt; }
    bool canRememberDevice() const;
    bool rememberDevice() const { return m_rememberDevice; }

    // After too_many_attempts / rate limits: when the user may try again (local time).
    QDateTime retryAllowedAt() const { return m_retryAllowedAt; }
    int retryAfterSeconds() const; // 0 when no wait

    // The password step.
    SignInState::ChangePassword::Reason changePasswordReason() const
    {
        return m_state.changePassword.reason;
    }
    // The policy for the new password on the current page.
    PasswordPolicy passwordPolicy() const;
    PasswordPolicyCheck checkNewPassword(const QString &currentPassword, const QString &newPassword,
                                         const QString &confirmation) const;

    // The terms step.
    bool termsLoaded() const { return m_termsLoaded; }
    const OrganizationTerms &terms() const { return m_terms; }
    bool termsOutdated() const { return m_termsOutdated; }

    // The steps still to do, `next` first, for a progress indicator ("smsCode", …).
    QStringList remainingSteps() const { return m_state.remainingSteps; }

    // After sign-in.
    ClientListModel *clients() const { return m_clients; }
    const ClientSummary &currentClient() const { return m_currentClient; }
    const Me &me() const { return m_me; }
    const SignInState::Session &session() const { return m_state.session; }

    // The forgotten-password steps.
    int resetCodeLength() const { return m_resetCodeLength; }

    // The code in what the user typed or pasted: "482 915", "482-915" or a whole SMS text
    // ("Uw inlogcode is 482915. Geldig 5 minuten.") give "482915". Empty when no code of
    // `length` digits is in it.
    static QString extractCode(const QString &typed, int length);

public slots:
    void signIn(const QString &username, const QString &password);
    void setRememberDevice(bool remember);
    void submitSmsCode(const QString &typed);
    void requestNewSmsCode();
    void changePassword(const QString &currentPassword, const QString &newPassword);
    void reloadTerms();
    void acceptTerms();
    void chooseClient(const QString &clientId);
    void switchClient();
    void signOut();
    // The session ended on the server's side (PortalApi::sessionEnded, SessionGuard): back to
    // Credentials with a sentence that says why; no DELETE /session needed.
    void endSession(const QString &reason = {});
    void forgotPassword();
    void requestResetCode(const QString &usernameOrEmail);
    void confirmReset(const QString &code, const QString &newPassword);
    // Leaves a sign-in that is under way (or the forgotten-password pages) for the first page.
    void backToCredentials();

signals:
    void stepChanged(LoginFlow::Step step);
    void busyChanged(bool busy);
    void errorChanged(const QString &message);
    void noticeChanged(const QString &notice);
    // Any of the step's details changed (smsCode(), attemptsLeft(), retryAllowedAt(), …).
    void detailsChanged();
    void termsChanged();
    void signedIn(); // entered SignedIn (also after chooseClient() on a switch)
    void signedOut();
    void deviceMemoryUnavailable();

private:
    using Handler = void (LoginFlow::*)(ApiReply *reply);

    void send(ApiReply *reply, Handler handler);
    void onSignInAnswer(ApiReply *reply);
    void applyState(const SignInState &state);
    void onDeviceTokenLoaded(const QString &password, const QString &token);
    void onSessionIssued();
    void onMe(ApiReply *reply);
    void fetchClientsPage(const QString &cursor);
    void onClientsPage(ApiReply *reply);
    void onClientsLoaded();
    void onTerms(ApiReply *reply);
    void onResetRequested(ApiReply *reply);
    void onResetConfirmed(ApiReply *reply);
    void fetchClientPhotos();

    void setStep(Step step);
    void notifyBusy(bool wasBusy);
    void abortPending();
    void endSignedIn();
    QString messageFor(const ApiError &error) const;
    void fail(const ApiError &error);
    void failWith(const QString &message);
    // A password refused before sending (the same codes the server would use).
    void failValidation(const QList<FieldError> &errors);
    void clearError();
    void setNotice(const QString &notice);
    void resetAttempt();
    QDateTime now() const { return m_clock(); }

    PortalApi *m_api;
    TrustedDeviceStore *m_devices;
    ClientListModel *m_clients;
    Clock m_clock;
    Helpdesk m_helpdesk;
    QString m_deviceName;
    bool m_kiosk = false;
    PasswordPolicy m_orgPolicy;

    Step m_step = Step::Credentials;
    QPointer<ApiReply> m_pending;
    bool m_loadingDeviceToken = false;
    QString m_errorMessage;
    ApiError m_lastError;
    QList<FieldError> m_fieldErrors;
    QString m_notice;

    QString m_username;
    QString m_sentDeviceToken;
    bool m_rememberDevice = false;
    bool m_resending = false;
    SignInState m_state;
    int m_attemptsLeft = -1;
    QDateTime m_resendAllowedAt;
    QDateTime m_codeExpiresAt;
    QDateTime m_retryAllowedAt;

    OrganizationTerms m_terms;
    bool m_termsLoaded = false;
    bool m_termsOutdated = false;

    Me m_me;
    QList<ClientSummary> m_loadedClients;
    int m_clientPages = 0;
    ClientSummary m_currentClient;

    QString m_resetUsernameOrEmail;
    int m_resetCodeLength = 0;
};
