// Application: desktop notices of what came in while Portiek runs (core/dossierwatcher.h,
// ui/notifications/desktopnotifier.h). Not in kiosk mode: a shared computer tells nobody anything.
#include "application.h"
#include "core/appsettings.h"
#include "core/dossierwatcher.h"
#include "core/loginflow.h"
#include "ui/appwindow.h"
#include "ui/home/homepage.h"
#include "ui/notifications/desktopnotifier.h"
#include "workspace.h"

namespace {
constexpr int MaxTitlesShown = 3;

QString listed(QStringList titles)
{
    if (titles.size() > MaxTitlesShown)
        titles = titles.mid(0, MaxTitlesShown) << QStringLiteral("…");
    return titles.join(QLatin1Char('\n'));
}
} // namespace

void Application::wireNotifications()
{
    m_notifier = new DesktopNotifier(m_window.get(), this);
    m_watcher = new DossierWatcher(m_api, this);
    connect(m_loginFlow, &LoginFlow::signedIn, this, [this] {
        const ClientSummary &client = m_loginFlow->currentClient();
        m_notifier->setEnabled(m_settings->notifications());
        m_watcher->watch(client.id, client.rights);
        m_unreadSeen = -1;
    });
    connect(m_loginFlow, &LoginFlow::signedOut, this, [this] {
        m_watcher->watch(QString(), Rights());
        m_notifier->setEnabled(false);
    });
    connect(m_watcher, &DossierWatcher::newReports, this, [this](const QStringList &titles) {
        notify(tr("%n new report(s) about %1", nullptr, int(titles.size()))
                   .arg(m_loginFlow->currentClient().name),
               listed(titles), QStringLiteral("reportsTab"));
    });
    connect(m_watcher, &DossierWatcher::plansAwaitingApproval, this,
            [this](const QStringList &titles) {
                notify(tr("%n plan(s) wait for your approval", nullptr, int(titles.size())),
                       listed(titles), QStringLiteral("plansTab"));
            });
    connect(m_workspace, &Workspace::messagesUnreadChanged, this, [this](int unread) {
        // The first count after signing in is what was already there.
        if (m_unreadSeen >= 0 && unread > m_unreadSeen) {
            notify(tr("%n new message(s)", nullptr, unread - m_unreadSeen),
                   tr("For %1. Open Portiek to read them.").arg(m_loginFlow->currentClient().name),
                   QStringLiteral("messagesTab"));
        }
        m_unreadSeen = unread;
    });
    connect(m_notifier, &DesktopNotifier::openRequested, m_window.get(),
            [this](const QString &part) { m_window->homePage()->showTab(part); });
}

void Application::notify(const QString &title, const QString &text, const QString &part)
{
    // The settings may have changed since signing in.
    m_notifier->setEnabled(m_settings->notifications());
    m_notifier->notify(title, text, part);
}
