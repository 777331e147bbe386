#include "ui/login/newpasswordfields.h"

#include "core/passwordpolicycheck.h"
#include "ui/login/wizardpage.h"
#include "ui/widgets/passwordchecklist.h"
#include "ui/widgets/statusmessage.h"

#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

NewPasswordFields::NewPasswordFields(WizardPage *page)
    : QObject(page)
    , m_page(page)
    , m_newMessage(new StatusMessage(page))
    , m_confirmMessage(new StatusMessage(page))
    , m_checklist(new PasswordChecklist(page))
{
    m_new = page->addLineEdit(tr("&New password"), tr("New password"),
                              QStringLiteral("newPasswordEdit"));
    m_newMessage->setObjectName(QStringLiteral("newPasswordMessage"));
    page->column()->addWidget(m_newMessage);
    m_confirm = page->addLineEdit(tr("Type the new password &again"), tr("New password again"),
                                  QStringLiteral("confirmPasswordEdit"));
    m_confirmMessage->setObjectName(QStringLiteral("confirmPasswordMessage"));
    page->column()->addWidget(m_confirmMessage);

    for (QLineEdit *field : { m_new, m_confirm })
        connect(field, &QLineEdit::textChanged, this, &NewPasswordFields::edited);
}

void NewPasswordFields::addChecklist()
{
    m_page->column()->addWidget(new QLabel(tr("Your new password needs:"), m_page));
    m_page->column()->addWidget(m_checklist);
}

QString NewPasswordFields::password() const
{
    return m_new->text();
}

void NewPasswordFields::setPolicy(const PasswordPolicy &policy, const QString &currentPassword)
{
    m_policy = policy;
    m_checklist->setPolicy(policy);
    recheck(currentPassword);
}

void NewPasswordFields::recheck(const QString &currentPassword)
{
    m_checklist->showCheck(
        PasswordPolicyCheck(m_policy, currentPassword, m_new->text(), m_confirm->text()));
}

bool NewPasswordFields::validate(const QString &currentPassword)
{
    using Rule = PasswordPolicyCheck::Rule;
    const PasswordPolicyCheck check(m_policy, currentPassword, m_new->text(), m_confirm->text());
    for (Rule rule : { Rule::MinLength, Rule::MaxLength, Rule::MixedCase, Rule::NonLetter,
                       Rule::DiffersFromCurrent }) {
        if (!check.passes(rule)) {
            m_newMessage->showMessage(
                tr("The new password does not meet every rule yet. The list below shows what is "
                   "missing (✗)."));
            m_new->setFocus();
            return false;
        }
    }
    if (!check.confirmationMatches()) {
        m_confirmMessage->showMessage(
            tr("The two new passwords are not the same. Type the new password again."));
        m_confirm->setFocus();
        m_confirm->selectAll();
        return false;
    }
    return true;
}

void NewPasswordFields::showError(const QString &text)
{
    m_newMessage->showMessage(text);
    m_new->setFocus();
}

void NewPasswordFields::clearMessages()
{
    m_newMessage->clear();
    m_confirmMessage->clear();
}

void NewPasswordFields::clear()
{
    m_new->clear();
    m_confirm->clear();
    clearMessages();
}

void NewPasswordFields::setReadOnly(bool readOnly)
{
    m_new->setReadOnly(readOnly);
    m_confirm->setReadOnly(readOnly);
}
