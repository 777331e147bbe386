// Application: opening an invitation link (core/invitationlink.h).
#include "application.h"
#include "core/appsettings.h"
#include "core/logging.h"
#include "core/loginflow.h"
#include "core/portalconnection.h"
#include "ui/appwindow.h"
#include "ui/login/connectpage.h"
#include "ui/login/credentialspage.h"
#include "ui/login/loginwizard.h"

#include <QFileOpenEvent>
#include <QUrl>

namespace {

bool samePortal(const QUrl &a, const QUrl &b)
{
    return a.host().compare(b.host(), Qt::CaseInsensitive) == 0 && a.port(443) == b.port(443);
}

} // namespace

bool Application::openLink()
{
    const QUrl saved = m_settings->portalUrl();
    const bool hasSaved = saved.isValid() && !saved.isEmpty();
    if (!m_options.linkProblem.isEmpty()) {
        qCWarning(lcConnection) << "invitation link not used:" << m_options.linkProblem;
        if (hasSaved)
            return false; // the portal of before, as if started without the link
        m_window->showConnectPage();
        m_window->connectPage()->showNotice(
            tr("Portiek could not read the link you clicked. Type the portal's address from your "
               "invitation yourself."));
        return true;
    }

    m_window->loginWizard()->credentialsPage()->setUsername(m_options.username);
    const QUrl wanted(m_options.linkServer);
    m_window->showConnectPage(m_options.linkServer);
    if (hasSaved && !samePortal(saved, wanted)) {
        // A link can come from anyone: a new portal is connected to only when the person says so.
        m_window->connectPage()->showNotice(
            tr("This link leads to another portal than the one you used before: %1. Check the "
               "address, then press Connect.")
                .arg(wanted.host()));
        return true;
    }
    m_connection->connectToAddress(m_options.linkServer);
    return true;
}

void Application::openLinkLater(const QString &text)
{
    if (m_kioskPolicy || m_tour)
        return;
    m_window->raise();
    m_window->activateWindow();
    // Someone is signed in: the link is for signing in, so it waits for no one and changes
    // nothing; bringing Portiek to the front is answer enough.
    if (m_loginFlow->step() == LoginFlow::Step::SignedIn)
        return;
    m_options.linkServer.clear();
    m_options.username.clear();
    m_options.linkProblem.clear();
    m_options.applyLink(text);
    openLink();
}

bool Application::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::FileOpen) {
        const QUrl url = static_cast<QFileOpenEvent *>(event)->url();
        if (url.scheme().compare(QLatin1String("portiek"), Qt::CaseInsensitive) == 0) {
            openLinkLater(url.toString());
            return true;
        }
    }
    return QObject::eventFilter(watched, event);
}
