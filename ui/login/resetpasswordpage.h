#pragma once

#include "core/organizationinfo.h"
#include "ui/login/wizardpage.h"

class NewPasswordFields;
class QCheckBox;
class QLineEdit;
class QPushButton;
class StatusMessage;

// Forgotten password, second step: the code from the e-mail and the new password, twice.
class ResetPasswordPage : public WizardPage
{
    Q_OBJECT

public:
    explicit ResetPasswordPage(QWidget *parent = nullptr);

    void setCodeLength(int length);
    void setPolicy(const PasswordPolicy &policy);
    void clearFields();

    // A refusal of the portal: a wrong code goes under the code, the rest under the password.
    void showError(const QString &field, const QString &text);
    void clearMessages();
    void focusFirstField() override;

    // The code as the server wants it: no spaces, capitals (people type what they read).
    static QString normalizedCode(const QString &typed);

signals:
    void resetConfirmed(const QString &code, const QString &newPassword);
    void newCodeRequested();

private:
    void recheck();
    void submit();
    void busyChanged(bool busy) override;

    int m_codeLength = 8;
    StatusMessage *m_sent;
    QLineEdit *m_code;
    StatusMessage *m_codeMessage;
    NewPasswordFields *m_newPassword;
    QCheckBox *m_showPasswords;
    QPushButton *m_submit;
    QPushButton *m_newCode;
    QPushButton *m_back;
};
