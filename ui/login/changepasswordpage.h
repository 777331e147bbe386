#pragma once

#include "core/organizationinfo.h"
#include "ui/login/wizardpage.h"

class NewPasswordFields;
class PasswordChecklist;
class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class StatusMessage;

// The password step: the current password, a new one twice, and the rules ticked while typing.
class ChangePasswordPage : public WizardPage
{
    Q_OBJECT

public:
    enum class Reason { TemporaryPassword, Policy };

    explicit ChangePasswordPage(QWidget *parent = nullptr);

    void setReason(Reason reason);
    void setPolicy(const PasswordPolicy &policy);
    // The password just used to sign in, so that nobody has to type it twice in a row.
    void setCurrentPassword(const QString &password);
    void clearFields();

    // A refusal of the portal, next to the field it concerns ("currentPassword" or
    // "newPassword", as the server names them; anything else goes under the new password).
    void showError(const QString &field, const QString &text);
    void clearMessages();
    void focusFirstField() override;

    PasswordChecklist *checklist() const;

signals:
    void passwordChangeSubmitted(const QString &currentPassword, const QString &newPassword);

private:
    void recheck();
    void submit();
    void busyChanged(bool busy) override;

    QLabel *m_intro;
    QLineEdit *m_current;
    StatusMessage *m_currentMessage;
    NewPasswordFields *m_newPassword;
    QCheckBox *m_showPasswords;
    QPushButton *m_submit;
    QPushButton *m_back;
};
