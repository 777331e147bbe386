#pragma once

#include <QMainWindow>
#include <QPointer>

class ConnectPage;
class ConnectionNotice;
class HelpDialog;
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
    // The sign-in pages and the home page are made when first needed (most starts show only
    // the address page or the sign-in pages at first); these make them if they are not there.
    LoginWizard *loginWizard();
    HomePage *homePage();
    // Above every screen: "Portiek tries again in 4 seconds" while a request is retried.
    ConnectionNotice *connectionNotice() const { return m_connectionNotice; }

    // Opens the help (F1 anywhere, or a Help button) at `topic`; without one, at the topic of
    // what the user is looking at (currentHelpTopic()).
    void showHelp(const QString &topic = {});
    // The help topic for the focused widget, or else the page or part on screen.
    QString currentHelpTopic() const;
    // The help window, once it has been opened (null before).
    HelpDialog *helpDialog() const;

signals:
    // The Settings button of the sign-in pages or of home.
    void settingsRequested();
    // The home page has just been made (on the first sign-in): time to wire it up.
    void homePageCreated(HomePage *home);

private:
    void followFlow();
    void updateHome();
    void updateTitle();

    PortalConnection *m_connection;
    LoginFlow *m_flow;
    // Made first, and every page inside it: moving a styled widget tree to another parent
    // afterwards polishes all of it again, which cost a third of the start.
    QWidget *m_central;
    QStackedWidget *m_stack;
    // Above the address and sign-in pages (home has its own top bar): Settings.
    QWidget *m_signInBar = nullptr;
    ConnectPage *m_connectPage;
    LoginWizard *m_wizard = nullptr;
    HomePage *m_homePage = nullptr;
    ConnectionNotice *m_connectionNotice;
    QPointer<HelpDialog> m_help;
};
