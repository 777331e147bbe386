#include "ui/login/changepasswordpage.h"

#include "ui/login/newpasswordfields.h"
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
    m_newPassword = new NewPasswordFields(this);
    m_showPasswords = addShowPasswordToggle(
        { m_current, m_newPassword->newField(), m_newPassword->confirmField() });
    m_newPassword->addChecklist();
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

    setTabOrderChain({ m_current, m_currentMessage, m_newPassword->newField(),
                       m_newPassword->newMessage(), m_newPassword->confirmField(),
                       m_newPassword->confirmMessage(), m_showPasswords, m_submit, m_back });

    connect(m_current, &QLineEdit::textChanged, this, &ChangePasswordPage::recheck);
    connect(m_newPassword, &NewPasswordFields::edited, this, &ChangePasswordPage::recheck);
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

PasswordChecklist *ChangePasswordPage::checklist() const
{
    return m_newPassword->checklist();
}

void ChangePasswordPage::setPolicy(const PasswordPolicy &policy)
{
    m_newPassword->setPolicy(policy, m_current->text());
}

void ChangePasswordPage::setCurrentPassword(const QString &password)
{
    m_current->setText(password);
}

void ChangePasswordPage::clearFields()
{
    m_current->clear();
    m_newPassword->clear();
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
        m_newPassword->showError(text);
    }
}

void ChangePasswordPage::clearMessages()
{
    m_currentMessage->clear();
    m_newPassword->clearMessages();
}

void ChangePasswordPage::focusFirstField()
{
    if (m_current->text().isEmpty())
        m_current->setFocus();
    else
        m_newPassword->newField()->setFocus();
}

void ChangePasswordPage::recheck()
{
    m_newPassword->recheck(m_current->text());
}

void ChangePasswordPage::submit()
{
    if (isBusy())
        return;
    clearMessages();
    if (m_current->text().isEmpty()) {
        m_currentMessage->showMessage(tr("Type your current password first."));
        m_current->setFocus();
    } else if (m_newPassword->validate(m_current->text())) {
        emit passwordChangeSubmitted(m_current->text(), m_newPassword->password());
    }
}

void ChangePasswordPage::busyChanged(bool busy)
{
    m_current->setReadOnly(busy);
    m_newPassword->setReadOnly(busy);
}
