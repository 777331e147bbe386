#include "ui/appwindow.h"

#include "core/clientlistmodel.h"
#include "core/loginflow.h"
#include "core/portalconnection.h"
#include "ui/help/helpdialog.h"
#include "ui/help/helpkey.h"
#include "ui/help/helptopics.h"
#include "ui/home/homepage.h"
#include "ui/login/connectpage.h"
#include "ui/login/loginwizard.h"
#include "ui/login/wizardpage.h"
#include "ui/widgets/connectionnotice.h"
#include "ui/widgets/pagestack.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QListWidget>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

AppWindow::AppWindow(PortalConnection *connection, LoginFlow *flow, QWidget *parent)
    : QMainWindow(parent)
    , m_connection(connection)
    , m_flow(flow)
    , m_central(new QWidget(this))
    , m_stack(new PageStack(m_central))
    , m_connectPage(new ConnectPage(connection, m_stack))
    , m_connectionNotice(new ConnectionNotice(m_central))
{
    setObjectName(QStringLiteral("appWindow"));
    m_stack->setObjectName(QStringLiteral("appStack"));
    m_stack->addWidget(m_connectPage);
    m_signInBar = new QWidget(m_central);
    m_signInBar->setObjectName(QStringLiteral("signInTopBar"));
    auto *barLayout = new QHBoxLayout(m_signInBar);
    barLayout->setContentsMargins(16, 8, 16, 0);
    barLayout->addStretch(1);
    auto *helpButton = new QPushButton(tr("Help"), m_signInBar);
    helpButton->setObjectName(QStringLiteral("signInHelpButton"));
    helpButton->setAccessibleName(tr("Help"));
    helpButton->setAccessibleDescription(tr("Explains this page (F1)."));
    connect(helpButton, &QPushButton::clicked, this, [this] { showHelp(); });
    barLayout->addWidget(helpButton);
    auto *settingsButton = new QPushButton(tr("Settings"), m_signInBar);
    settingsButton->setObjectName(QStringLiteral("signInSettingsButton"));
    settingsButton->setAccessibleName(tr("Settings"));
    settingsButton->setAccessibleDescription(tr("Text size, contrast and language (Ctrl+,)."));
    connect(settingsButton, &QPushButton::clicked, this, &AppWindow::settingsRequested);
    barLayout->addWidget(settingsButton);
    auto *centralLayout = new QVBoxLayout(m_central);
    centralLayout->setContentsMargins(0, 0, 0, 0);
    centralLayout->setSpacing(0);
    centralLayout->addWidget(m_signInBar);
    centralLayout->addWidget(m_connectionNotice);
    centralLayout->addWidget(m_stack, 1);
    setCentralWidget(m_central);
    connect(m_stack, &QStackedWidget::currentChanged, this,
            [this] { m_signInBar->setVisible(m_stack->currentWidget() != m_homePage); });
    // F1 in any of Portiek's windows, dialogs included, explains what is on screen.
    new HelpKey([this] { showHelp(); }, this);
    setMinimumSize(640, 480);
    resize(1024, 720);

    connect(m_connection, &PortalConnection::connected, this, &AppWindow::showSignInPage);
    connect(m_flow, &LoginFlow::stepChanged, this, &AppWindow::followFlow);
    connect(m_flow, &LoginFlow::signedIn, this, &AppWindow::updateHome);
    connect(m_flow->clients(), &QAbstractItemModel::modelReset, this, &AppWindow::updateHome);
    updateTitle();
}

LoginWizard *AppWindow::loginWizard()
{
    if (m_wizard)
        return m_wizard;
    m_wizard = new LoginWizard(m_flow, m_stack);
    m_stack->addWidget(m_wizard);
    connect(m_wizard, &LoginWizard::changePortalRequested, this,
            [this] { showConnectPage(m_connection->portalUrl().toString()); });
    return m_wizard;
}

HomePage *AppWindow::homePage()
{
    if (m_homePage)
        return m_homePage;
    m_homePage = new HomePage(m_stack);
    m_stack->addWidget(m_homePage);
    connect(m_homePage, &HomePage::settingsRequested, this, &AppWindow::settingsRequested);
    connect(m_homePage, &HomePage::helpRequested, this, [this] { showHelp(); });
    connect(m_flow, &LoginFlow::busyChanged, m_homePage, &HomePage::setBusy);
    connect(m_homePage, &HomePage::switchClientRequested, m_flow, &LoginFlow::switchClient);
    connect(m_homePage, &HomePage::signOutRequested, m_flow, &LoginFlow::signOut);
    m_homePage->setBusy(m_flow->isBusy());
    emit homePageCreated(m_homePage);
    updateHome();
    return m_homePage;
}

void AppWindow::showConnectPage(const QString &address)
{
    if (!address.isEmpty())
        m_connectPage->setAddress(address);
    m_stack->setCurrentWidget(m_connectPage);
    m_connectPage->focusAddress();
    updateTitle();
}

void AppWindow::showSignInPage()
{
    loginWizard()->setOrganization(m_connection->organization(), m_connection->logo());
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
    if (m_wizard && m_stack->currentWidget() == m_wizard)
        return m_wizard->currentWidget();
    return m_stack->currentWidget();
}

void AppWindow::followFlow()
{
    if (m_flow->step() == LoginFlow::Step::SignedIn) {
        HomePage *home = homePage();
        updateHome();
        m_stack->setCurrentWidget(home);
        home->setFocus();
    } else if (m_homePage && m_stack->currentWidget() == m_homePage) {
        m_stack->setCurrentWidget(loginWizard());
        if (auto *page = m_wizard->currentPage())
            page->focusFirstField();
    }
    updateTitle();
}

void AppWindow::updateHome()
{
    if (!m_homePage)
        return; // not signed in yet: the home page is filled in when it is made
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

HelpDialog *AppWindow::helpDialog() const
{
    return m_help;
}

QString AppWindow::currentHelpTopic() const
{
    // The focused widget says most (a dialog of a part, the trusted devices in the profile);
    // the help's own window does not count.
    const QWidget *focus = QApplication::focusWidget();
    if (focus && !(m_help && (focus == m_help || m_help->isAncestorOf(focus)))) {
        if (const QString topic = HelpTopics::forWidget(focus); !topic.isEmpty())
            return topic;
    }
    const QWidget *page = currentPage();
    if (m_homePage && page == m_homePage)
        page = m_homePage->tabs()->currentWidget();
    const QString topic = HelpTopics::forWidget(page);
    return topic.isEmpty() ? QStringLiteral("start") : topic;
}

void AppWindow::showHelp(const QString &topic)
{
    if (topic.isEmpty() && m_help && m_help->isActiveWindow())
        return; // F1 in the help itself: it is open already, at the page being read
    const QString shown = topic.isEmpty() ? currentHelpTopic() : topic;
    // An open modal dialog blocks every window but its own children, so the help belongs to it.
    QWidget *owner = QApplication::activeModalWidget();
    if (owner == m_help)
        owner = nullptr;
    if (!owner)
        owner = this;
    if (m_help && m_help->parentWidget() != owner)
        delete m_help;
    if (!m_help) {
        m_help = new HelpDialog(HelpTopics::currentLanguage(), owner);
        m_help->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_help->setHelpdesk(m_connection->helpdesk());
    m_help->showTopic(shown);
    m_help->show();
    m_help->raise();
    m_help->activateWindow();
    m_help->topicList()->setFocus();
}
