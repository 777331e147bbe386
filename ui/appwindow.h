#pragma once

#include <QMainWindow>

class ConnectPage;
class HomePage;
class LoginFlow;
class LoginWizard;
class PortalConnection;
class QStackedWidget;

// The frame that hosts one screen at a time: connecting, the sign-in pages (which follow the
// LoginFlow's step), and the signed-in home page.
class AppWindow : public QMainWindow
{
    Q_OBJECT

public:
    AppWindow(PortalConnection *connection, LoginFlow *flow, QWidget *parent = nullptr);

    // Shows the address page, with `address` filled in (what the user chose before, if anything).
    void showConnectPage(const QString &address = {});
    // The sign-in pages for the connected portal, at the flow's current step.
    void showSignInPage();

    // The screen the user sees now: the address page, one of the sign-in pages, or home.
    QWidget *currentPage() const;

    ConnectPage *connectPage() const { return m_connectPage; }
    LoginWizard *loginWizard() const { return m_wizard; }
    HomePage *homePage() const { return m_homePage; }

private:
    void followFlow();
    void updateHome();
    void updateTitle();

    PortalConnection *m_connection;
    LoginFlow *m_flow;
    QStackedWidget *m_stack;
    ConnectPage *m_connectPage;
    LoginWizard *m_wizard;
    HomePage *m_homePage;
};
