#pragma once

#include "ui/login/wizardpage.h"

class QLineEdit;
class QPushButton;
class StatusMessage;

// Forgotten password, first step: the username or e-mail address to send a reset code to.
class ForgotPasswordPage : public WizardPage
{
    Q_OBJECT

public:
    explicit ForgotPasswordPage(QWidget *parent = nullptr);

    void setUsernameOrEmail(const QString &text);
    QString usernameOrEmail() const;
    void showError(const QString &text);
    void clearMessage();
    void focusFirstField() override;

signals:
    void resetCodeRequested(const QString &usernameOrEmail);

private:
    void submit();
    void busyChanged(bool busy) override;

    QLineEdit *m_account;
    StatusMessage *m_message;
    QPushButton *m_submit;
    QPushButton *m_back;
};
