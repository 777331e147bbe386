#pragma once

#include "ui/login/wizardpage.h"

class CodeField;
class QCheckBox;
class QLabel;
class QPushButton;
class StatusMessage;

// The SMS code step: where the code went, the code, a new code after a countdown, and "remember
// this computer" (never on a kiosk).
class SmsCodePage : public WizardPage
{
    Q_OBJECT

public:
    explicit SmsCodePage(QWidget *parent = nullptr);

    void setMaskedMobile(const QString &maskedMobile);
    void setCodeLength(int length);
    void setResendAvailableAt(const QDateTime &when);
    // On a kiosk computer nobody may be remembered: the choice is not offered.
    void setRememberOffered(bool offered);
    // The keychain failed: say so once, instead of offering what cannot work.
    void setRememberUnavailable(bool unavailable);

    QString code() const;
    bool rememberDevice() const;
    void clearCode();

    // A refusal of the code (wrong, expired, too many tries), shown under the code field.
    void showError(const QString &text);
    void showInfo(const QString &text);
    void clearMessage();

    // Also recounts the seconds until a new code may be asked.
    void updateCountdown() override;
    void focusFirstField() override;

signals:
    void codeSubmitted(const QString &code, bool rememberDevice);
    void resendRequested();

private:
    void submit();
    void busyChanged(bool busy) override;
    void updateRememberVisibility();

    QDateTime m_resendAvailableAt;
    bool m_rememberOffered = true;
    bool m_rememberUnavailable = false;
    QLabel *m_intro;
    CodeField *m_code;
    StatusMessage *m_message;
    QPushButton *m_submit;
    QPushButton *m_resend;
    QLabel *m_countdown;
    QCheckBox *m_remember;
    QLabel *m_rememberExplanation;
    StatusMessage *m_keychainNotice;
    QPushButton *m_back;
};
