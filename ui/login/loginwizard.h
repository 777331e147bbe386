#pragma once

#include "core/clock.h"
#include "core/loginflow.h"
#include "ui/widgets/pagestack.h"

#include <QImage>

class ChangePasswordPage;
class ClientPickerPage;
class CredentialsPage;
class ForgotPasswordPage;
class ResetPasswordPage;
class SmsCodePage;
class TermsPage;
class WizardPage;
struct OrganizationInfo;

// The sign-in pages, one shown at a time: always the one for LoginFlow's step. The pages render
// the flow's state and hand what the user does back to it; this class does the wiring between.
class LoginWizard : public PageStack
{
    Q_OBJECT

public:
    explicit LoginWizard(LoginFlow *flow, QWidget *parent = nullptr);

    void setOrganization(const OrganizationInfo &organization, const QImage &logo);
    // The clock for countdowns; tests pass the one they also give the flow.
    void setClock(Clock clock);

    // The page for the flow's step (none for SignedIn).
    WizardPage *pageFor(LoginFlow::Step step) const;
    WizardPage *currentPage() const;

    CredentialsPage *credentialsPage() const { return m_credentials; }
    SmsCodePage *smsCodePage() const { return m_smsCode; }
    ChangePasswordPage *changePasswordPage() const { return m_changePassword; }
    TermsPage *termsPage() const { return m_terms; }
    ForgotPasswordPage *forgotPasswordPage() const { return m_forgotPassword; }
    ResetPasswordPage *resetPasswordPage() const { return m_resetPassword; }
    ClientPickerPage *clientPickerPage() const { return m_clientPicker; }

signals:
    void changePortalRequested();

private:
    void connectPages();
    void showStep(LoginFlow::Step step);
    void showError();
    void showNotice();
    void showDetails();
    void showTerms();
    void setBusy(bool busy);
    void forgetPasswords();

    LoginFlow *m_flow;
    PasswordPolicy m_organizationPolicy;
    CredentialsPage *m_credentials;
    SmsCodePage *m_smsCode;
    ChangePasswordPage *m_changePassword;
    TermsPage *m_terms;
    ForgotPasswordPage *m_forgotPassword;
    ResetPasswordPage *m_resetPassword;
    ClientPickerPage *m_clientPicker;
    LoginFlow::Step m_shownStep = LoginFlow::Step::Credentials;
};
