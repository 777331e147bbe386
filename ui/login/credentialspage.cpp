#include "ui/login/credentialspage.h"

#include "core/apierror.h"
#include "core/organizationinfo.h"
#include "ui/widgets/organizationheader.h"
#include "ui/widgets/statusmessage.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

CredentialsPage::CredentialsPage(QWidget *parent)
    : WizardPage(parent)
    , m_header(new OrganizationHeader(this))
    , m_welcome(new QLabel(this))
    , m_username(nullptr)
    , m_usernameMessage(new StatusMessage(this))
    , m_password(nullptr)
    , m_showPassword(nullptr)
    , m_message(new StatusMessage(this))
    , m_signIn(new QPushButton(tr("Sign in"), this))
    , m_forgotPassword(new QPushButton(tr("Forgot your password?"), this))
    , m_helpdesk(new QLabel(this))
    , m_changePortal(new QPushButton(tr("Choose another portal"), this))
{
    // The name the rest of the app and the tour know the sign-in screen by.
    setObjectName(QStringLiteral("signInPage"));
    m_welcome->setObjectName(QStringLiteral("signInWelcome"));
    m_welcome->setWordWrap(true);

    column()->addWidget(m_header);
    column()->addWidget(m_welcome);
    column()->addSpacing(4);
    m_username = addLineEdit(tr("&Username"), tr("Username"), QStringLiteral("usernameEdit"));
    m_username->setMaxLength(128);
    m_username->setInputMethodHints(Qt::ImhNoAutoUppercase | Qt::ImhNoPredictiveText);
    m_usernameMessage->setObjectName(QStringLiteral("usernameMessage"));
    column()->addWidget(m_usernameMessage);
    m_password = addLineEdit(tr("&Password"), tr("Password"), QStringLiteral("passwordEdit"));
    m_password->setMaxLength(1024);
    m_showPassword = addShowPasswordToggle({ m_password });
    m_message->setObjectName(QStringLiteral("signInMessage"));
    column()->addWidget(m_message);

    m_signIn->setObjectName(QStringLiteral("signInButton"));
    m_signIn->setAccessibleName(tr("Sign in"));
    addSubmitRow(m_signIn);

    m_forgotPassword->setObjectName(QStringLiteral("forgotPasswordButton"));
    m_forgotPassword->setAccessibleName(tr("Forgot your password?"));
    m_forgotPassword->setFlat(true);
    m_forgotPassword->setCursor(Qt::PointingHandCursor);
    m_helpdesk->setObjectName(QStringLiteral("signInHelpdesk"));
    m_helpdesk->setWordWrap(true);
    m_helpdesk->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_changePortal->setObjectName(QStringLiteral("changePortalButton"));
    m_changePortal->setAccessibleName(tr("Choose another portal"));
    m_changePortal->setFlat(true);
    m_changePortal->setCursor(Qt::PointingHandCursor);

    auto *links = new QHBoxLayout;
    links->addWidget(m_forgotPassword);
    links->addStretch();
    links->addWidget(m_changePortal);
    column()->addLayout(links);
    column()->addWidget(m_helpdesk);
    column()->addStretch();

    setTabOrderChain({ m_username, m_usernameMessage, m_password, m_showPassword, m_message,
                       m_signIn, m_forgotPassword, m_changePortal, m_helpdesk });

    connect(m_signIn, &QPushButton::clicked, this, &CredentialsPage::submit);
    connect(m_forgotPassword, &QPushButton::clicked, this,
            &CredentialsPage::forgotPasswordRequested);
    connect(m_changePortal, &QPushButton::clicked, this, &CredentialsPage::changePortalRequested);
}

void CredentialsPage::setOrganization(const OrganizationInfo &organization, const QImage &logo)
{
    m_header->setOrganization(organization, logo);
    m_welcome->setText(tr("Welcome to the client portal of %1. Sign in with your username and "
                          "password.")
                           .arg(organization.name));
    const QString help = ApiError::helpdeskSentence(organization.helpdesk);
    m_helpdesk->setText(help);
    m_helpdesk->setVisible(!help.isEmpty());
}

void CredentialsPage::setUsername(const QString &username)
{
    m_username->setText(username);
}

QString CredentialsPage::username() const
{
    return m_username->text().trimmed();
}

QString CredentialsPage::password() const
{
    return m_password->text();
}

void CredentialsPage::clearPassword()
{
    m_password->clear();
    m_showPassword->setChecked(false);
}

void CredentialsPage::showError(const QString &text)
{
    m_usernameMessage->clear();
    m_message->showMessage(text);
    // Keep what was typed; selecting it lets the user type over it at once.
    m_password->setFocus();
    m_password->selectAll();
}

void CredentialsPage::showInfo(const QString &text)
{
    m_usernameMessage->clear();
    m_message->showMessage(text, StatusMessage::Tone::Info);
}

void CredentialsPage::clearMessages()
{
    m_usernameMessage->clear();
    m_message->clear();
}

void CredentialsPage::focusFirstField()
{
    if (username().isEmpty())
        m_username->setFocus();
    else
        m_password->setFocus();
}

void CredentialsPage::submit()
{
    if (isBusy())
        return;
    clearMessages();
    if (username().isEmpty()) {
        m_usernameMessage->showMessage(tr("Type your username first."));
        m_username->setFocus();
        return;
    }
    if (m_password->text().isEmpty()) {
        m_message->showMessage(tr("Type your password first."));
        m_password->setFocus();
        return;
    }
    emit signInRequested(username(), m_password->text());
}

void CredentialsPage::busyChanged(bool busy)
{
    m_username->setReadOnly(busy);
    m_password->setReadOnly(busy);
    m_forgotPassword->setEnabled(!busy);
}
