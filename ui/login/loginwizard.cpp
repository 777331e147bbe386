#include "ui/login/loginwizard.h"

#include "core/clientlistmodel.h"
#include "core/organizationinfo.h"
#include "ui/login/changepasswordpage.h"
#include "ui/login/clientpickerpage.h"
#include "ui/login/credentialspage.h"
#include "ui/login/forgotpasswordpage.h"
#include "ui/login/resetpasswordpage.h"
#include "ui/login/smscodepage.h"
#include "ui/login/termspage.h"

LoginWizard::LoginWizard(LoginFlow *flow, QWidget *parent)
    : PageStack(parent)
    , m_flow(flow)
    , m_credentials(new CredentialsPage(this))
    , m_smsCode(new SmsCodePage(this))
    , m_changePassword(new ChangePasswordPage(this))
    , m_terms(new TermsPage(this))
    , m_forgotPassword(new ForgotPasswordPage(this))
    , m_resetPassword(new ResetPasswordPage(this))
    , m_clientPicker(new ClientPickerPage(this))
{
    setObjectName(QStringLiteral("loginWizard"));
    for (QWidget *page :
         std::initializer_list<QWidget *> { m_credentials, m_smsCode, m_changePassword, m_terms,
                                            m_forgotPassword, m_resetPassword, m_clientPicker })
        addWidget(page);
    m_clientPicker->setModel(m_flow->clients(), ClientListModel::IdRole);

    connectPages();
    connect(m_flow, &LoginFlow::stepChanged, this, &LoginWizard::showStep);
    connect(m_flow, &LoginFlow::busyChanged, this, &LoginWizard::setBusy);
    connect(m_flow, &LoginFlow::errorChanged, this, &LoginWizard::showError);
    connect(m_flow, &LoginFlow::noticeChanged, this, &LoginWizard::showNotice);
    connect(m_flow, &LoginFlow::detailsChanged, this, &LoginWizard::showDetails);
    connect(m_flow, &LoginFlow::termsChanged, this, &LoginWizard::showTerms);
    connect(m_flow, &LoginFlow::signedIn, this, &LoginWizard::forgetPasswords);
    // Said once, on the page where "remember this computer" would have been.
    connect(m_flow, &LoginFlow::deviceMemoryUnavailable, m_smsCode,
            [this] { m_smsCode->setRememberUnavailable(true); });

    showStep(m_flow->step());
    setBusy(m_flow->isBusy());
}

void LoginWizard::connectPages()
{
    connect(m_credentials, &CredentialsPage::signInRequested, m_flow, &LoginFlow::signIn);
    connect(m_credentials, &CredentialsPage::forgotPasswordRequested, m_flow,
            &LoginFlow::forgotPassword);
    connect(m_credentials, &CredentialsPage::changePortalRequested, this,
            &LoginWizard::changePortalRequested);

    connect(m_smsCode, &SmsCodePage::codeSubmitted, m_flow,
            [this](const QString &code, bool remember) {
                m_flow->setRememberDevice(remember);
                m_flow->submitSmsCode(code);
            });
    connect(m_smsCode, &SmsCodePage::resendRequested, m_flow, &LoginFlow::requestNewSmsCode);
    connect(m_changePassword, &ChangePasswordPage::passwordChangeSubmitted, m_flow,
            &LoginFlow::changePassword);
    connect(m_terms, &TermsPage::termsAccepted, m_flow, &LoginFlow::acceptTerms);
    connect(m_forgotPassword, &ForgotPasswordPage::resetCodeRequested, m_flow,
            &LoginFlow::requestResetCode);
    connect(m_resetPassword, &ResetPasswordPage::resetConfirmed, m_flow, &LoginFlow::confirmReset);
    connect(m_resetPassword, &ResetPasswordPage::newCodeRequested, m_flow, [this] {
        // The flow starts "forgot password" from the first page only.
        m_flow->backToCredentials();
        m_flow->forgotPassword();
    });
    connect(m_clientPicker, &ClientPickerPage::clientChosen, m_flow, &LoginFlow::chooseClient);
    // Back from switching: the client that was open stays open.
    connect(m_clientPicker, &ClientPickerPage::backRequested, m_flow,
            [this] { m_flow->chooseClient(m_flow->currentClient().id); });

    for (WizardPage *page : std::initializer_list<WizardPage *> {
             m_smsCode, m_changePassword, m_terms, m_forgotPassword, m_resetPassword })
        connect(page, &WizardPage::backRequested, m_flow, &LoginFlow::backToCredentials);
}

void LoginWizard::setOrganization(const OrganizationInfo &organization, const QImage &logo)
{
    m_credentials->setOrganization(organization, logo);
    m_organizationPolicy = organization.passwordPolicy;
    m_flow->setOrganizationPasswordPolicy(organization.passwordPolicy);
    m_flow->setHelpdesk(organization.helpdesk);
}

void LoginWizard::setClock(Clock clock)
{
    for (int i = 0; i < count(); ++i) {
        if (auto *page = qobject_cast<WizardPage *>(widget(i)))
            page->setClock(clock);
    }
}

WizardPage *LoginWizard::pageFor(LoginFlow::Step step) const
{
    switch (step) {
    case LoginFlow::Step::Credentials:
        return m_credentials;
    case LoginFlow::Step::SmsCode:
        return m_smsCode;
    case LoginFlow::Step::ChangePassword:
        return m_changePassword;
    case LoginFlow::Step::Terms:
        return m_terms;
    case LoginFlow::Step::ChooseClient:
        return m_clientPicker;
    case LoginFlow::Step::ForgotPassword:
        return m_forgotPassword;
    case LoginFlow::Step::ResetPassword:
        return m_resetPassword;
    case LoginFlow::Step::SignedIn:
        break;
    }
    return nullptr;
}

WizardPage *LoginWizard::currentPage() const
{
    return qobject_cast<WizardPage *>(currentWidget());
}

void LoginWizard::showStep(LoginFlow::Step step)
{
    const LoginFlow::Step previous = std::exchange(m_shownStep, step);
    WizardPage *page = pageFor(step);
    if (!page)
        return; // signed in: the window shows the home page
    switch (step) {
    case LoginFlow::Step::Credentials:
        if (m_credentials->username().isEmpty())
            m_credentials->setUsername(m_flow->username());
        // Back from a later step (cancel, sign-out, a session that ended): the password was
        // used or abandoned; nothing of it stays on screen.
        if (previous != LoginFlow::Step::Credentials)
            forgetPasswords();
        m_credentials->clearMessages();
        break;
    case LoginFlow::Step::SmsCode:
        m_smsCode->clearCode();
        m_smsCode->clearMessage();
        break;
    case LoginFlow::Step::ChangePassword:
        m_changePassword->clearFields();
        m_changePassword->setReason(m_flow->changePasswordReason()
                                            == SignInState::ChangePassword::Reason::Policy
                                        ? ChangePasswordPage::Reason::Policy
                                        : ChangePasswordPage::Reason::TemporaryPassword);
        m_changePassword->setPolicy(m_flow->passwordPolicy());
        m_changePassword->setCurrentPassword(m_credentials->password());
        break;
    case LoginFlow::Step::Terms:
        m_terms->clearMessage();
        break;
    case LoginFlow::Step::ForgotPassword:
        m_forgotPassword->clearMessage();
        if (m_forgotPassword->usernameOrEmail().isEmpty())
            m_forgotPassword->setUsernameOrEmail(m_credentials->username());
        break;
    case LoginFlow::Step::ResetPassword:
        m_resetPassword->clearFields();
        m_resetPassword->setCodeLength(m_flow->resetCodeLength());
        m_resetPassword->setPolicy(m_organizationPolicy);
        break;
    case LoginFlow::Step::ChooseClient: {
        const QString current = m_flow->currentClient().id;
        m_clientPicker->clearMessage();
        m_clientPicker->setCanGoBack(!current.isEmpty());
        if (!current.isEmpty())
            m_clientPicker->setCurrentClient(current);
        break;
    }
    case LoginFlow::Step::SignedIn:
        break;
    }
    showDetails();
    showTerms();
    setCurrentWidget(page);
    page->setBusy(m_flow->isBusy());
    showError();
    showNotice();
    page->focusFirstField();
}

void LoginWizard::showError()
{
    const QString message = m_flow->errorMessage();
    const QList<LoginFlow::FieldError> fields = m_flow->fieldErrors();
    const QString field = fields.isEmpty() ? QString() : fields.first().field;
    switch (m_flow->step()) {
    case LoginFlow::Step::Credentials:
        if (!message.isEmpty())
            m_credentials->showError(message);
        else if (m_flow->notice().isEmpty())
            m_credentials->clearMessages();
        break;
    case LoginFlow::Step::SmsCode:
        if (!message.isEmpty())
            m_smsCode->showError(message);
        else
            m_smsCode->clearMessage();
        break;
    case LoginFlow::Step::ChangePassword:
        if (!message.isEmpty())
            m_changePassword->showError(field, message);
        else
            m_changePassword->clearMessages();
        break;
    case LoginFlow::Step::Terms:
        if (!message.isEmpty())
            m_terms->showMessage(message);
        else
            m_terms->clearMessage();
        break;
    case LoginFlow::Step::ForgotPassword:
        if (!message.isEmpty())
            m_forgotPassword->showError(message);
        else
            m_forgotPassword->clearMessage();
        break;
    case LoginFlow::Step::ResetPassword:
        if (message.isEmpty())
            m_resetPassword->clearMessages();
        else if (m_flow->lastError().problemCode() == QLatin1String("reset_code_invalid"))
            m_resetPassword->showError(QStringLiteral("code"), message);
        else
            m_resetPassword->showError(field, message);
        break;
    case LoginFlow::Step::ChooseClient:
        if (!message.isEmpty())
            m_clientPicker->showError(message);
        else
            m_clientPicker->clearMessage();
        break;
    case LoginFlow::Step::SignedIn:
        break;
    }
}

void LoginWizard::showNotice()
{
    const QString notice = m_flow->notice();
    if (notice.isEmpty() || !m_flow->errorMessage().isEmpty())
        return;
    if (m_flow->step() == LoginFlow::Step::Credentials)
        m_credentials->showInfo(notice);
    else if (m_flow->step() == LoginFlow::Step::SmsCode)
        m_smsCode->showInfo(notice);
    // The reset page says in its own words that a code may be on its way.
}

void LoginWizard::showDetails()
{
    const SignInState::SmsCode &sms = m_flow->smsCode();
    m_smsCode->setCodeLength(sms.codeLength);
    m_smsCode->setMaskedMobile(sms.maskedMobile);
    m_smsCode->setResendAvailableAt(m_flow->resendAllowedAt());
    m_smsCode->setRememberOffered(m_flow->canRememberDevice());
    for (int i = 0; i < count(); ++i) {
        if (auto *page = qobject_cast<WizardPage *>(widget(i)))
            page->setRetryAllowedAt(m_flow->retryAllowedAt());
    }
}

void LoginWizard::showTerms()
{
    if (m_flow->termsLoaded())
        m_terms->setTerms(m_flow->terms().title, m_flow->terms().text);
    else
        m_terms->setTerms({}, {});
}

void LoginWizard::setBusy(bool busy)
{
    if (WizardPage *page = currentPage())
        page->setBusy(busy);
    for (int i = 0; i < count(); ++i) {
        if (auto *page = qobject_cast<WizardPage *>(widget(i)); page && page != currentPage())
            page->setBusy(false);
    }
}

void LoginWizard::forgetPasswords()
{
    m_credentials->clearPassword();
    m_changePassword->clearFields();
    m_resetPassword->clearFields();
}
