#pragma once

#include "ui/login/wizardpage.h"

class OrganizationHeader;
class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class StatusMessage;
struct Helpdesk;
struct OrganizationInfo;

// The first sign-in step: whose portal this is, username and password. What the user typed stays
// in the fields when the portal refuses it.
class CredentialsPage : public WizardPage
{
    Q_OBJECT

public:
    explicit CredentialsPage(QWidget *parent = nullptr);

    void setOrganization(const OrganizationInfo &organization, const QImage &logo);

    void setUsername(const QString &username);
    QString username() const;
    QString password() const;
    void clearPassword();

    // A refusal of the portal, shown under the password.
    void showError(const QString &text);
    // A notice that is no error, such as "your password has been changed".
    void showInfo(const QString &text);
    void clearMessages();

    // The username, or the password when the username is known.
    void focusFirstField() override;

signals:
    void signInRequested(const QString &username, const QString &password);
    void forgotPasswordRequested();
    void changePortalRequested();

private:
    void submit();
    void busyChanged(bool busy) override;

    OrganizationHeader *m_header;
    QLabel *m_welcome;
    QLineEdit *m_username;
    StatusMessage *m_usernameMessage;
    QLineEdit *m_password;
    QCheckBox *m_showPassword;
    StatusMessage *m_message;
    QPushButton *m_signIn;
    QPushButton *m_forgotPassword;
    QLabel *m_helpdesk;
    QPushButton *m_changePortal;
};
