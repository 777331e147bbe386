#include "ui/login/changepasswordpage.h"

#include "core/passwordpolicycheck.h"
#include "ui/widgets/passwordchecklist.h"
#include "ui/widgets/statusmessage.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

ChangePasswordPage::ChangePasswordPage(QWidget *parent)
    : WizardPage(parent)
    , m_intro(new QLabel(this))
    , m_currentMessage(new StatusMessage(this))
    , m_newMessage(new StatusMessage(this))
    , m_confirmMessage(new StatusMessage(this))
    , m_checklist(new PasswordChecklist(this))
    , m_submit(new QPushButton(tr("Save new password"), this))
{
    setObjectName(QStringLiteral("changePasswordPage"));
    setBackOnEscape(true);

    addHeading(tr("Choose a new password"));
    m_intro->setObjectName(QStringLiteral("changePasswordIntro"));
    m_intro->setWordWrap(true);
    column()->addWidget(m_intro);

    m_current = addLineEdit(tr("C&urrent password"), tr("Current password"),
                            QStringLiteral("currentPasswordEdit"));
    m_currentMessage->setObjectName(QStringLiteral("currentPasswordMessage"));
    column()->addWidget(m_currentMessage);
    m_new = addLineEdit(tr("&New password"), tr("New password"), QStringLiteral("newPasswordEdit"));
    m_newMessage->setObjectName(QStringLiteral("newPasswordMessage"));
    column()->addWidget(m_newMessage);
    m_confirm = addLineEdit(tr("Type the new password &again"), tr("New password again"),
                            QStringLiteral("confirmPasswordEdit"));
    m_confirmMessage->setObjectName(QStringLiteral("confirmPasswordMessage"));
    column()->addWidget(m_confirmMessage);
    m_showPasswords = addShowPasswordToggle({ m_current, m_new, m_confirm });

    auto *rulesTitle = new QLabel(tr("Your new password needs:"), this);
    column()->addWidget(rulesTitle);
    column()->addWidget(m_checklist);
    auto *hint = new QLabel(tr("A few ordinary words in a row make a strong password that is easy "
                               "to remember. Do not use your name or username."),
                            this);
    hint->setWordWrap(true);
    column()->addWidget(hint);

    m_submit->setObjectName(QStringLiteral("changePasswordButton"));
    m_submit->setAccessibleName(tr("Save new password"));
    addSubmitRow(m_submit);
    m_back = addLink(tr("Cancel signing in"), QStringLiteral("cancelSignInButton"));
    column()->addStretch();

    setTabOrderChain({ m_current, m_currentMessage, m_new, m_newMessage, m_confirm,
                       m_confirmMessage, m_showPasswords, m_submit, m_back });

    for (QLineEdit *field : { m_current, m_new, m_confirm })
        connect(field, &QLineEdit::textChanged, this, &ChangePasswordPage::recheck);
    connect(m_submit, &QPushButton::clicked, this, &ChangePasswordPage::submit);
    connect(m_back, &QPushButton::clicked, this, &ChangePasswordPage::backRequested);
    setReason(Reason::TemporaryPassword);
}

void ChangePasswordPage::setReason(Reason reason)
{
    m_intro->setText(reason == Reason::TemporaryPassword
                         ? tr("You signed in with a temporary password. Choose your own password "
                              "now; you will use it from now on.")
                         : tr("Your password no longer meets the rules of this portal. Choose a "
                              "new password now."));
}

void ChangePasswordPage::setPolicy(const PasswordPolicy &policy)
{
    m_policy = policy;
    m_checklist->setPolicy(policy);
    recheck();
}

void ChangePasswordPage::setCurrentPassword(const QString &password)
{
    m_current->setText(password);
}

void ChangePasswordPage::clearFields()
{
    m_current->clear();
    m_new->clear();
    m_confirm->clear();
    m_showPasswords->setChecked(false);
    clearMessages();
}

void ChangePasswordPage::showError(const QString &field, const QString &text)
{
    clearMessages();
    if (field == QLatin1String("currentPassword")) {
        m_currentMessage->showMessage(text);
        m_current->setFocus();
        m_current->selectAll();
    } else {
        m_newMessage->showMessage(text);
        m_new->setFocus();
    }
}

void ChangePasswordPage::clearMessages()
{
    m_currentMessage->clear();
    m_newMessage->clear();
    m_confirmMessage->clear();
}

void ChangePasswordPage::focusFirstField()
{
    if (m_current->text().isEmpty())
        m_current->setFocus();
    else
        m_new->setFocus();
}

void ChangePasswordPage::recheck()
{
    m_checklist->showCheck(
        PasswordPolicyCheck(m_policy, m_current->text(), m_new->text(), m_confirm->text()));
}

void ChangePasswordPage::submit()
{
    if (isBusy())
        return;
    clearMessages();
    const PasswordPolicyCheck check(m_policy, m_current->text(), m_new->text(), m_confirm->text());
    if (m_current->text().isEmpty()) {
        m_currentMessage->showMessage(tr("Type your current password first."));
        m_current->setFocus();
    } else if (!check.passes(PasswordPolicyCheck::Rule::MinLength)
               || !check.passes(PasswordPolicyCheck::Rule::MaxLength)
               || !check.passes(PasswordPolicyCheck::Rule::MixedCase)
               || !check.passes(PasswordPolicyCheck::Rule::NonLetter)
               || !check.passes(PasswordPolicyCheck::Rule::DiffersFromCurrent)) {
        m_newMessage->showMessage(
            tr("The new password does not meet every rule yet. The list below shows what is "
               "missing (✗)."));
        m_new->setFocus();
    } else if (!check.confirmationMatches()) {
        m_confirmMessage->showMessage(tr("The two new passwords are not the same. Type the new "
                                         "password again."));
        m_confirm->setFocus();
        m_confirm->selectAll();
    } else {
        emit passwordChangeSubmitted(m_current->text(), m_new->text());
    }
}

void ChangePasswordPage::busyChanged(bool busy)
{
    for (QLineEdit *field : { m_current, m_new, m_confirm })
        field->setReadOnly(busy);
}
