#include "ui/login/forgotpasswordpage.h"

#include "ui/widgets/statusmessage.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

ForgotPasswordPage::ForgotPasswordPage(QWidget *parent)
    : WizardPage(parent)
    , m_account(nullptr)
    , m_message(new StatusMessage(this))
    , m_submit(new QPushButton(tr("Send me a code"), this))
{
    setObjectName(QStringLiteral("forgotPasswordPage"));
    setBackOnEscape(true);

    addHeading(tr("Forgot your password?"));
    auto *intro = new QLabel(tr("Type your username or your e-mail address. We will send you an "
                                "e-mail with a code. With that code you choose a new password."),
                             this);
    intro->setWordWrap(true);
    column()->addWidget(intro);

    m_account = addLineEdit(tr("&Username or e-mail address"), tr("Username or e-mail address"),
                            QStringLiteral("usernameOrEmailEdit"));
    m_account->setMaxLength(254);
    m_account->setInputMethodHints(Qt::ImhNoAutoUppercase | Qt::ImhNoPredictiveText);
    m_message->setObjectName(QStringLiteral("forgotPasswordMessage"));
    column()->addWidget(m_message);

    m_submit->setObjectName(QStringLiteral("requestResetCodeButton"));
    m_submit->setAccessibleName(tr("Send me a code"));
    addSubmitRow(m_submit);
    m_back = addLink(tr("Back to signing in"), QStringLiteral("backToSignInButton"));
    column()->addStretch();

    setTabOrderChain({ m_account, m_message, m_submit, m_back });

    connect(m_submit, &QPushButton::clicked, this, &ForgotPasswordPage::submit);
    connect(m_back, &QPushButton::clicked, this, &ForgotPasswordPage::backRequested);
}

void ForgotPasswordPage::setUsernameOrEmail(const QString &text)
{
    m_account->setText(text);
}

QString ForgotPasswordPage::usernameOrEmail() const
{
    return m_account->text().trimmed();
}

void ForgotPasswordPage::showError(const QString &text)
{
    m_message->showMessage(text);
    m_account->setFocus();
}

void ForgotPasswordPage::clearMessage()
{
    m_message->clear();
}

void ForgotPasswordPage::focusFirstField()
{
    m_account->setFocus();
}

void ForgotPasswordPage::submit()
{
    if (isBusy())
        return;
    if (usernameOrEmail().isEmpty()) {
        m_message->showMessage(tr("Type your username or your e-mail address first."));
        m_account->setFocus();
        return;
    }
    m_message->clear();
    emit resetCodeRequested(usernameOrEmail());
}

void ForgotPasswordPage::busyChanged(bool busy)
{
    m_account->setReadOnly(busy);
}
