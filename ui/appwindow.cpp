#include "ui/appwindow.h"

#include "core/portalconnection.h"
#include "ui/login/connectpage.h"
#include "ui/login/signinpage.h"

#include <QStackedWidget>

AppWindow::AppWindow(PortalConnection *connection, QWidget *parent)
    : QMainWindow(parent)
    , m_connection(connection)
    , m_stack(new QStackedWidget(this))
    , m_connectPage(new ConnectPage(connection, m_stack))
    , m_signInPage(new SignInPage(connection, m_stack))
{
    setObjectName(QStringLiteral("appWindow"));
    m_stack->addWidget(m_connectPage);
    m_stack->addWidget(m_signInPage);
    setCentralWidget(m_stack);
    setMinimumSize(640, 480);
    resize(1024, 720);

    connect(m_connection, &PortalConnection::connected, this, &AppWindow::showSignInPage);
    connect(m_signInPage, &SignInPage::changePortalRequested, this,
            [this] { showConnectPage(m_connection->portalUrl().toString()); });
    updateTitle();
}

void AppWindow::showConnectPage(const QString &address)
{
    if (!address.isEmpty())
        m_connectPage->setAddress(address);
    m_stack->setCurrentWidget(m_connectPage);
    updateTitle();
}

void AppWindow::showSignInPage()
{
    m_signInPage->refresh();
    m_stack->setCurrentWidget(m_signInPage);
    updateTitle();
}

void AppWindow::updateTitle()
{
    const bool signingIn = m_stack->currentWidget() == m_signInPage;
    const QString organization = m_connection->organization().name;
    setWindowTitle(signingIn && !organization.isEmpty() ? tr("%1 — Portiek").arg(organization)
                                                        : tr("Portiek"));
}
