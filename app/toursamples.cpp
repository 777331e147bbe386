#include "toursamples.h"

#include "core/clientlistmodel.h"
#include "core/loginflow.h"
#include "ui/appwindow.h"
#include "ui/home/homepage.h"
#include "ui/login/changepasswordpage.h"
#include "ui/login/clientpickerpage.h"
#include "ui/login/credentialspage.h"
#include "ui/login/forgotpasswordpage.h"
#include "ui/login/loginwizard.h"
#include "ui/login/resetpasswordpage.h"
#include "ui/login/smscodepage.h"
#include "ui/login/termspage.h"
#include "ui/widgets/codefield.h"

#include <QDateTime>
#include <QLineEdit>
#include <QStackedWidget>

namespace TourSamples {

namespace {

void showWizardPage(AppWindow *window, QWidget *page)
{
    auto *stack = window->findChild<QStackedWidget *>(QStringLiteral("appStack"));
    stack->setCurrentWidget(window->loginWizard());
    window->loginWizard()->setCurrentWidget(page);
    if (auto *wizardPage = qobject_cast<WizardPage *>(page)) {
        wizardPage->setBusy(false);
        wizardPage->focusFirstField();
    }
}

void type(QWidget *page, const char *field, const QString &text)
{
    if (auto *edit = page->findChild<QLineEdit *>(QLatin1String(field)))
        edit->setText(text);
}

SmsCodePage *smsPage(AppWindow *window)
{
    SmsCodePage *page = window->loginWizard()->smsCodePage();
    page->setCodeLength(6);
    page->setMaskedMobile(QStringLiteral("06-******78"));
    page->setResendAvailableAt(QDateTime::currentDateTimeUtc().addSecs(25));
    page->setRememberOffered(true);
    page->clearMessage();
    return page;
}

} // namespace

bool showCredentialsWithError(AppWindow *window)
{
    CredentialsPage *page = window->loginWizard()->credentialsPage();
    page->setUsername(QStringLiteral("gvandijk"));
    type(page, "passwordEdit", QStringLiteral("verkeerd wachtwoord"));
    showWizardPage(window, page);
    page->showError(
        CredentialsPage::tr("The username or password is not correct. Check both and try again."));
    return true;
}

bool showSmsCode(AppWindow *window)
{
    SmsCodePage *page = smsPage(window);
    showWizardPage(window, page);
    type(page, "smsCodeEdit", QStringLiteral("Uw inlogcode is 482915. Hij is 5 minuten geldig."));
    return true;
}

bool showSmsCodeWrong(AppWindow *window)
{
    SmsCodePage *page = smsPage(window);
    showWizardPage(window, page);
    type(page, "smsCodeEdit", QStringLiteral("482951"));
    page->showError(
        LoginFlow::tr("The code is not correct. You can try %n more time(s).", nullptr, 3));
    return true;
}

bool showChangePassword(AppWindow *window)
{
    ChangePasswordPage *page = window->loginWizard()->changePasswordPage();
    page->clearFields();
    page->setReason(ChangePasswordPage::Reason::TemporaryPassword);
    page->setPolicy(PasswordPolicy());
    page->setCurrentPassword(QStringLiteral("Kx7-pRw2-Lm9q"));
    showWizardPage(window, page);
    type(page, "newPasswordEdit", QStringLiteral("koffie met appeltaart"));
    type(page, "confirmPasswordEdit", QStringLiteral("koffie met"));
    return true;
}

bool showTerms(AppWindow *window)
{
    TermsPage *page = window->loginWizard()->termsPage();
    page->clearMessage();
    page->setTerms(
        QStringLiteral("Voorwaarden cliëntportaal Zorggroep De Linde"),
        QStringLiteral(
            "Dit cliëntportaal is alleen toegankelijk voor cliënten van Zorggroep De Linde en hun "
            "vertegenwoordigers en contactpersonen. Communicatie via dit cliëntportaal is "
            "beveiligd.\n\nWat u in het portaal ziet, komt uit uw dossier bij Zorggroep De Linde. "
            "Klopt er iets niet? Vertel het uw coördinerend begeleider.\n\nDeel uw "
            "gebruikersnaam, wachtwoord en inlogcodes met niemand.\n\nHeeft u technische vragen? "
            "Bel dan met de helpdesk: 020 123 45 67."));
    showWizardPage(window, page);
    return true;
}

bool showForgotPassword(AppWindow *window)
{
    ForgotPasswordPage *page = window->loginWizard()->forgotPasswordPage();
    page->clearMessage();
    page->setUsernameOrEmail(QStringLiteral("m.vandijk@ziggo.example"));
    showWizardPage(window, page);
    return true;
}

bool showResetPassword(AppWindow *window)
{
    ResetPasswordPage *page = window->loginWizard()->resetPasswordPage();
    page->clearFields();
    page->setCodeLength(8);
    page->setPolicy(PasswordPolicy());
    showWizardPage(window, page);
    type(page, "resetCodeEdit", QStringLiteral("K7QM 4XPA"));
    type(page, "newPasswordEdit", QStringLiteral("wandelen door het Vondelpark"));
    type(page, "confirmPasswordEdit", QStringLiteral("wandelen door het Vondelpark"));
    return true;
}

bool showClientPicker(AppWindow *window, LoginFlow *flow)
{
    ClientSummary gerard;
    gerard.id = QStringLiteral("100482");
    gerard.name = QStringLiteral("Gerard van Dijk");
    gerard.myRole = ClientSummary::Role::Representative;
    gerard.myRelation = QStringLiteral("zoon");
    ClientSummary truus = gerard;
    truus.id = QStringLiteral("100517");
    truus.name = QStringLiteral("Truus van Dijk-Smit");
    flow->clients()->setClients({ gerard, truus });
    ClientPickerPage *page = window->loginWizard()->clientPickerPage();
    page->setCanGoBack(false);
    showWizardPage(window, page);
    return true;
}

bool showHome(AppWindow *window)
{
    HomePage *home = window->homePage();
    home->setClientName(QStringLiteral("Gerard van Dijk"));
    home->setSignedInAs(QStringLiteral("Mark van Dijk"));
    home->setCanSwitchClient(true);
    home->setBusy(false);
    auto *stack = window->findChild<QStackedWidget *>(QStringLiteral("appStack"));
    stack->setCurrentWidget(home);
    return true;
}

} // namespace TourSamples
