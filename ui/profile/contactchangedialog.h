#pragma once

#include "core/clock.h"
#include "core/contactchange.h"

#include <QDialog>

class PortalApi;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTimer;
class StatusMessage;

// Changing my mobile number or e-mail address: first the new value and my password, then the code
// the portal sent to the new number or address, then a sentence that it is done.
class ContactChangeDialog : public QDialog
{
    Q_OBJECT

public:
    ContactChangeDialog(PortalApi *api, ContactChange::Channel channel, const QString &currentValue,
                        QWidget *parent = nullptr, Clock clock = systemClock());

    ContactChange *change() const { return m_change; }

signals:
    // The portal now uses the new value; `me` is the person as the portal answered.
    void changed(const Me &me, const QString &newValue);

private:
    QWidget *makeValuePage(const QString &currentValue);
    QWidget *makeCodePage();
    QWidget *makeDonePage();
    void followStep();
    void showError(const QString &text);
    void updateResend();
    void setBusy(bool busy);

    ContactChange *m_change;
    Clock m_clock;
    QStackedWidget *m_pages;
    QLineEdit *m_newValue = nullptr;
    QLineEdit *m_password = nullptr;
    QPushButton *m_sendCode = nullptr;
    QLabel *m_codeIntro = nullptr;
    QLineEdit *m_code = nullptr;
    QPushButton *m_confirm = nullptr;
    QPushButton *m_resend = nullptr;
    QLabel *m_resendWait = nullptr;
    QPushButton *m_back = nullptr;
    QLabel *m_doneText = nullptr;
    StatusMessage *m_message;
    QTimer *m_tick;
};
