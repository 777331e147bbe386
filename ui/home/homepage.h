#pragma once

#include <QWidget>

class BusyIndicator;
class QLabel;
class QPushButton;
class StatusMessage;

// The signed-in frame: a top bar with the chosen client, "Switch client" for people who act for
// several, and "Sign out" at the top right. The tabs of later issues go into its body.
class HomePage : public QWidget
{
    Q_OBJECT

public:
    explicit HomePage(QWidget *parent = nullptr);

    void setClientName(const QString &name);
    // Who is signed in, when that is someone else than the client (a representative).
    void setSignedInAs(const QString &name);
    void setCanSwitchClient(bool canSwitch);
    void setBusy(bool busy);

    // The session ends soon for lack of use: says when, with an "I'm still here" button.
    void showIdleWarning(const QDateTime &signOutAt);
    void hideIdleWarning();

signals:
    void switchClientRequested();
    void signOutRequested();
    void stillHereRequested();

private:
    QLabel *m_clientName;
    QLabel *m_signedInAs;
    QPushButton *m_switchClient;
    QPushButton *m_signOut;
    BusyIndicator *m_busy;
    StatusMessage *m_idleWarning;
    QPushButton *m_stillHere;
    QLabel *m_body;
};
