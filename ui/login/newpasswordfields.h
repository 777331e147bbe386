#pragma once

#include "core/organizationinfo.h"

#include <QObject>

class PasswordChecklist;
class QLineEdit;
class StatusMessage;
class WizardPage;

// The new password typed twice, a message under each, and the policy checklist ticked while
// typing: the part that the password step of signing in and the forgotten-password page share.
// The page keeps what differs (the current password or the e-mailed code, buttons, tab order).
class NewPasswordFields : public QObject
{
    Q_OBJECT

public:
    // Adds both fields with their messages to `page`'s column.
    explicit NewPasswordFields(WizardPage *page);

    // Adds the checklist's heading and the checklist to the column.
    void addChecklist();

    QLineEdit *newField() const { return m_new; }
    StatusMessage *newMessage() const { return m_newMessage; }
    QLineEdit *confirmField() const { return m_confirm; }
    StatusMessage *confirmMessage() const { return m_confirmMessage; }
    PasswordChecklist *checklist() const { return m_checklist; }
    QString password() const;

    void setPolicy(const PasswordPolicy &policy, const QString &currentPassword);
    // Ticks the checklist for what is typed now; `currentPassword` is empty when there is none.
    void recheck(const QString &currentPassword);
    // Before sending: true when every rule passes and both fields agree; otherwise shows why
    // next to the field concerned, moves the focus there and returns false.
    bool validate(const QString &currentPassword);

    void showError(const QString &text);
    void clearMessages();
    void clear();
    void setReadOnly(bool readOnly);

signals:
    // Either field was edited.
    void edited();

private:
    WizardPage *m_page;
    PasswordPolicy m_policy;
    QLineEdit *m_new;
    StatusMessage *m_newMessage;
    QLineEdit *m_confirm;
    StatusMessage *m_confirmMessage;
    PasswordChecklist *m_checklist;
};
