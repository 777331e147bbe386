#include "ui/login/resetpasswordpage.h"

#include "core/passwordpolicycheck.h"
#include "ui/login/newpasswordfields.h"
#include "ui/widgets/passwordchecklist.h"
#include "ui/widgets/statusmessage.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

ResetPasswordPage::ResetPasswordPage(QWidget *parent)
    : WizardPage(parent)
    , m_sent(new StatusMessage(this))
    , m_codeMessage(new StatusMessage(this))
    , m_submit(new QPushButton(tr("Save new password"), this))
{
    setObjectName(QStringLiteral("resetPasswordPage"));
    setBackOnEscape(true);

    addHeading(tr("Choose a new password"));
    m_sent->setObjectName(QStringLiteral("resetCodeSentMessage"));
    column()->addWidget(m_sent);
    // The same words whether or not the account exists: the portal does not say either.
    m_sent->showMessage(tr("If we know this username or e-mail address, we have sent an e-mail "
                           "with a code. It can take a few minutes to arrive."),
                        StatusMessage::Tone::Info);

    m_code = addLineEdit(tr("&Code from the e-mail"), tr("Code from the e-mail"),
                         QStringLiteral("resetCodeEdit"));
    m_code->setMaximumWidth(320);
    m_code->setInputMethodHints(Qt::ImhPreferUppercase | Qt::ImhNoPredictiveText);
    m_codeMessage->setObjectName(QStringLiteral("resetCodeMessage"));
    column()->addWidget(m_codeMessage);
    m_newPassword = new NewPasswordFields(this);
    m_showPasswords
        = addShowPasswordToggle({ m_newPassword->newField(), m_newPassword->confirmField() });
    m_newPassword->addChecklist();
    // Who forgot the password has no current one to compare with.
    m_newPassword->checklist()->hideRule(PasswordPolicyCheck::Rule::DiffersFromCurrent);

    m_submit->setObjectName(QStringLiteral("confirmResetButton"));
    m_submit->setAccessibleName(tr("Save new password"));
    addSubmitRow(m_submit);
    m_newCode = addLink(tr("No e-mail? Ask for a new code"), QStringLiteral("newResetCodeButton"));
    m_back = addLink(tr("Back to signing in"), QStringLiteral("backToSignInButton"));
    column()->addStretch();

    setTabOrderChain({ m_sent, m_code, m_codeMessage, m_newPassword->newField(),
                       m_newPassword->newMessage(), m_newPassword->confirmField(),
                       m_newPassword->confirmMessage(), m_showPasswords, m_submit, m_newCode,
                       m_back });

    connect(m_newPassword, &NewPasswordFields::edited, this, &ResetPasswordPage::recheck);
    connect(m_submit, &QPushButton::clicked, this, &ResetPasswordPage::submit);
    connect(m_newCode, &QPushButton::clicked, this, &ResetPasswordPage::newCodeRequested);
    connect(m_back, &QPushButton::clicked, this, &ResetPasswordPage::backRequested);
    setCodeLength(8);
}

void ResetPasswordPage::setCodeLength(int length)
{
    m_codeLength = length > 0 ? length : 8;
    // Room for spaces people type between groups of characters.
    m_code->setMaxLength(m_codeLength * 2);
}

void ResetPasswordPage::setPolicy(const PasswordPolicy &policy)
{
    m_newPassword->setPolicy(policy, {});
}

void ResetPasswordPage::clearFields()
{
    m_code->clear();
    m_newPassword->clear();
    m_showPasswords->setChecked(false);
    clearMessages();
}

void ResetPasswordPage::showError(const QString &field, const QString &text)
{
    clearMessages();
    if (field == QLatin1String("code")) {
        m_codeMessage->showMessage(text);
        m_code->setFocus();
        m_code->selectAll();
    } else {
        m_newPassword->showError(text);
    }
}

void ResetPasswordPage::clearMessages()
{
    m_codeMessage->clear();
    m_newPassword->clearMessages();
}

void ResetPasswordPage::focusFirstField()
{
    m_code->setFocus();
}

QString ResetPasswordPage::normalizedCode(const QString &typed)
{
    static const QRegularExpression spaces(QStringLiteral("[\\s-]"));
    return QString(typed).remove(spaces).toUpper();
}

void ResetPasswordPage::recheck()
{
    m_newPassword->recheck({});
}

void ResetPasswordPage::submit()
{
    if (isBusy())
        return;
    clearMessages();
    const QString code = normalizedCode(m_code->text());
    if (code.size() != m_codeLength) {
        m_codeMessage->showMessage(
            tr("Type the code from the e-mail: %1 letters and digits.").arg(m_codeLength));
        m_code->setFocus();
    } else if (m_newPassword->validate({})) {
        emit resetConfirmed(code, m_newPassword->password());
    }
}

void ResetPasswordPage::busyChanged(bool busy)
{
    m_code->setReadOnly(busy);
    m_newPassword->setReadOnly(busy);
}
