#include "ui/login/resetpasswordpage.h"

#include "core/passwordpolicycheck.h"
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
    , m_newMessage(new StatusMessage(this))
    , m_confirmMessage(new StatusMessage(this))
    , m_checklist(new PasswordChecklist(this))
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
    m_new = addLineEdit(tr("&New password"), tr("New password"), QStringLiteral("newPasswordEdit"));
    m_newMessage->setObjectName(QStringLiteral("newPasswordMessage"));
    column()->addWidget(m_newMessage);
    m_confirm = addLineEdit(tr("Type the new password &again"), tr("New password again"),
                            QStringLiteral("confirmPasswordEdit"));
    m_confirmMessage->setObjectName(QStringLiteral("confirmPasswordMessage"));
    column()->addWidget(m_confirmMessage);
    m_showPasswords = addShowPasswordToggle({ m_new, m_confirm });

    column()->addWidget(new QLabel(tr("Your new password needs:"), this));
    m_checklist->hideRule(PasswordPolicyCheck::Rule::DiffersFromCurrent);
    column()->addWidget(m_checklist);

    m_submit->setObjectName(QStringLiteral("confirmResetButton"));
    m_submit->setAccessibleName(tr("Save new password"));
    addSubmitRow(m_submit);
    m_newCode = addLink(tr("No e-mail? Ask for a new code"), QStringLiteral("newResetCodeButton"));
    m_back = addLink(tr("Back to signing in"), QStringLiteral("backToSignInButton"));
    column()->addStretch();

    setTabOrderChain({ m_sent, m_code, m_codeMessage, m_new, m_newMessage, m_confirm,
                       m_confirmMessage, m_showPasswords, m_submit, m_newCode, m_back });

    for (QLineEdit *field : { m_new, m_confirm })
        connect(field, &QLineEdit::textChanged, this, &ResetPasswordPage::recheck);
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
    m_policy = policy;
    m_checklist->setPolicy(policy);
    recheck();
}

void ResetPasswordPage::clearFields()
{
    m_code->clear();
    m_new->clear();
    m_confirm->clear();
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
        m_newMessage->showMessage(text);
        m_new->setFocus();
    }
}

void ResetPasswordPage::clearMessages()
{
    m_codeMessage->clear();
    m_newMessage->clear();
    m_confirmMessage->clear();
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
    m_checklist->showCheck(PasswordPolicyCheck(m_policy, {}, m_new->text(), m_confirm->text()));
}

void ResetPasswordPage::submit()
{
    if (isBusy())
        return;
    clearMessages();
    const QString code = normalizedCode(m_code->text());
    const PasswordPolicyCheck check(m_policy, {}, m_new->text(), m_confirm->text());
    if (code.size() != m_codeLength) {
        m_codeMessage->showMessage(
            tr("Type the code from the e-mail: %1 letters and digits.").arg(m_codeLength));
        m_code->setFocus();
    } else if (!check.passes(PasswordPolicyCheck::Rule::MinLength)
               || !check.passes(PasswordPolicyCheck::Rule::MaxLength)
               || !check.passes(PasswordPolicyCheck::Rule::MixedCase)
               || !check.passes(PasswordPolicyCheck::Rule::NonLetter)) {
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
        emit resetConfirmed(code, m_new->text());
    }
}

void ResetPasswordPage::busyChanged(bool busy)
{
    for (QLineEdit *field : { m_code, m_new, m_confirm })
        field->setReadOnly(busy);
}
