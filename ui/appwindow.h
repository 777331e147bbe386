#pragma once

#include <QMainWindow>

class ConnectPage;
class PortalConnection;
class QStackedWidget;
class SignInPage;

// The frame that hosts one screen at a time: connecting, signing in, and later the client's tabs.
class AppWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit AppWindow(PortalConnection *connection, QWidget *parent = nullptr);

    // Shows the address page, with `address` filled in (what the user chose before, if anything).
    void showConnectPage(const QString &address = {});
    void showSignInPage();

    ConnectPage *connectPage() const { return m_connectPage; }
    SignInPage *signInPage() const { return m_signInPage; }

private:
    void updateTitle();

    PortalConnection *m_connection;
    QStackedWidget *m_stack;
    ConnectPage *m_connectPage;
    SignInPage *m_signInPage;
};
