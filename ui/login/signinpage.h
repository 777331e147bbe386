#pragma once

#include <QWidget>

class OrganizationHeader;
class PortalConnection;
class QLabel;
class QPushButton;

// The sign-in screen: shows whose portal this is. The credential steps join it in the login flow.
class SignInPage : public QWidget
{
    Q_OBJECT

public:
    explicit SignInPage(PortalConnection *connection, QWidget *parent = nullptr);

    // Fills the page from the connection's organisation and logo.
    void refresh();

signals:
    void changePortalRequested();

private:
    PortalConnection *m_connection;
    OrganizationHeader *m_header;
    QLabel *m_welcome;
    QLabel *m_helpdesk;
    QPushButton *m_changePortal;
};
