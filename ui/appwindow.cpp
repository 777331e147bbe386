#include "ui/appwindow.h"

#include "core/clientlistmodel.h"
#include "core/loginflow.h"
#include "core/portalconnection.h"
#include "ui/home/homepage.h"
#include "ui/login/connectpage.h"
#include "ui/login/loginwizard.h"
#include "ui/login/wizardpage.h"

#include <QStackedWidget>

AppWindow::AppWindow(PortalConnection *connection, LoginFlow *flow, QWidget *parent)
    : QMainWindow(parent)
    , m_connection(connection)
    , m_flow(flow)
    , m_stack(new QStackedWidget(this))
    , m_connectPage(new ConnectPage(connection, m_stack))
    , m_wizard(new LoginWizard(flow, m_stack))
    , m_homePage(new HomePage(m_stack))
{
    setObjectName(QStringLiteral("appWindow"));
    m_stack->setObjectName(QStringLiteral("appStack"));
    m_stack->addWidget(m_connectPage);
    m_stack->addWidget(m_wizard);
    m_stack->addWidget(m_homePage);
    setCentralWidget(m_stack);
    setMinimumSize(640, 480);
    resize(1024, 720);

    connect(m_connection, &PortalConnection::connected, this, &AppWindow::showSignInPage);
    connect(m_wizard, &LoginWizard::changePortalRequested, this,
            [this] { showConnectPage(m_connection->portalUrl().toString()); });
    connect(m_flow, &LoginFlow::stepChanged, this, &AppWindow::followFlow);
    connect(m_flow, &LoginFlow::signedIn, this, &AppWindow::updateHome);
    connect(m_flow, &LoginFlow::busyChanged, m_homePage, &HomePage::setBusy);
    connect(m_flow->clients(), &QAbstractItemModel::modelReset, this, &AppWindow::updateHome);
    connect(m_homePage, &HomePage::switchClientRequested, m_flow, &LoginFlow::switchClient);
    connect(m_homePage, &HomePage::signOutRequested, m_flow, &LoginFlow::signOut);
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
    m_wizard->setOrganization(m_connection->organization(), m_connection->logo());
    followFlow();
    if (m_stack->currentWidget() == m_connectPage)
        m_stack->setCurrentWidget(m_wizard);
    if (auto *wizardPage = m_wizard->currentPage();
        wizardPage && m_stack->currentWidget() == m_wizard)
        wizardPage->focusFirstField();
    updateTitle();
}

QWidget *AppWindow::currentPage() const
{
    if (m_stack->currentWidget() == m_wizard)
        return m_wizard->currentWidget();
    return m_stack->currentWidget();
}

void AppWindow::followFlow()
{
    if (m_flow->step() == LoginFlow::Step::SignedIn) {
        updateHome();
        m_stack->setCurrentWidget(m_homePage);
        m_homePage->setFocus();
    } else if (m_stack->currentWidget() == m_homePage) {
        m_stack->setCurrentWidget(m_wizard);
        if (auto *page = m_wizard->currentPage())
            page->focusFirstField();
    }
    updateTitle();
}

void AppWindow::updateHome()
{
    const QString client = m_flow->currentClient().name;
    const QString person = m_flow->me().displayName;
    m_homePage->setClientName(client);
    m_homePage->setSignedInAs(person != client ? person : QString());
    m_homePage->setCanSwitchClient(m_flow->clients()->rowCount() > 1);
}

void AppWindow::updateTitle()
{
    const QString organization = m_connection->organization().name;
    const bool connected = m_stack->currentWidget() != m_connectPage;
    QString title = tr("Portiek");
    if (connected && !organization.isEmpty())
        title = tr("%1 — Portiek").arg(organization);
    if (m_stack->currentWidget() == m_homePage && !m_flow->currentClient().name.isEmpty())
        title = tr("%1 — %2 — Portiek").arg(m_flow->currentClient().name, organization);
    setWindowTitle(title);
}
