#include "workspace.h"

#include "core/draftstore.h"
#include "core/homesummary.h"
#include "core/loginflow.h"
#include "core/messageunreadcount.h"
#include "core/photoloader.h"
#include "core/portalapi.h"
#include "ui/access/accesstab.h"
#include "ui/agenda/agendatab.h"
#include "ui/board/boardtab.h"
#include "ui/home/homepage.h"
#include "ui/home/overviewtab.h"
#include "ui/measurements/measurementstab.h"
#include "ui/messages/messagestab.h"
#include "ui/plans/planstab.h"
#include "ui/profile/profiletab.h"
#include "ui/profile/trusteddevicessection.h"
#include "ui/reports/reportstab.h"

#include <QTabWidget>

Workspace::Workspace(PortalApi *api, LoginFlow *flow, std::function<HomePage *()> home,
                     QString draftFolder, QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_flow(flow)
    , m_homeSource(std::move(home))
    , m_draftFolder(std::move(draftFolder))
    , m_photos(new PhotoLoader(api, this))
    , m_summary(new HomeSummary(api, systemClock(), this))
{
    connect(m_flow, &LoginFlow::signedIn, this, &Workspace::onSignedIn);
    connect(m_flow, &LoginFlow::signedOut, this, &Workspace::onSignedOut);
    connect(m_photos, &PhotoLoader::photoReady, this,
            [this](const QString &path, const QImage &photo) {
                if (m_home && path == PhotoLoader::clientPhotoPath(m_flow->currentClient().id))
                    m_home->setClientPhoto(photo);
            });
    // The overview brings the unread counts along; without them the count asks for itself.
    connect(m_summary, &HomeSummary::finished, this, [this] {
        if (!m_messages)
            return;
        MessageUnreadCount *unread = m_messages->unreadCount();
        if (const auto counts = m_summary->unreadCounts())
            unread->setCounts(counts->messages, counts->conversations);
        else
            unread->refresh();
    });
}

Workspace::~Workspace() = default;

HomePage *Workspace::home()
{
    if (m_home)
        return m_home;
    m_home = m_homeSource();
    m_home->overviewTab()->setSummary(m_summary);
    connect(m_home->tabs(), &QTabWidget::currentChanged, this,
            [this](int index) { startTab(m_home->tabs()->widget(index)); });
    // Opening the part first starts it (whenFirstShown), then the report or plan is chosen as
    // soon as the list that has it is there.
    connect(m_home->overviewTab(), &OverviewTab::openReportRequested, this,
            [this](const QString &reportId) {
                if (m_home->showTab(QStringLiteral("reportsTab")) && m_reports)
                    m_reports->selectReport(reportId);
            });
    connect(m_home->overviewTab(), &OverviewTab::openPlanRequested, this,
            [this](const QString &planId) {
                if (m_home->showTab(QStringLiteral("plansTab")) && m_plans)
                    m_plans->openPlanById(planId);
            });
    return m_home;
}

ReportsTab *Workspace::reportsTab() const
{
    return m_reports;
}

PlansTab *Workspace::plansTab() const
{
    return m_plans;
}

ProfileTab *Workspace::profileTab() const
{
    return m_profile;
}

AgendaTab *Workspace::agendaTab() const
{
    return m_agenda;
}

MeasurementsTab *Workspace::measurementsTab() const
{
    return m_measurements;
}

MessagesTab *Workspace::messagesTab() const
{
    return m_messages;
}

BoardTab *Workspace::boardTab() const
{
    return m_board;
}

AccessTab *Workspace::accessTab() const
{
    return m_access;
}

DraftStore *Workspace::drafts() const
{
    return m_drafts;
}

void Workspace::whenFirstShown(QWidget *tab, std::function<void()> start)
{
    m_starters.insert(tab, std::move(start));
}

void Workspace::startTab(QWidget *tab)
{
    const auto starter = m_starters.constFind(tab);
    if (starter == m_starters.cend())
        return;
    const std::function<void()> start = *starter;
    m_starters.erase(starter);
    start();
}

void Workspace::onSignedIn()
{
    const QString personId = m_flow->me().id;
    home()->clearTabs();
    m_starters.clear();
    if (!m_drafts || personId != m_personId) {
        dropDrafts();
        m_personId = personId;
        // Drafts are the person's own: on a shared computer nobody else sees them.
        const QString owner = m_api->baseUrl().host() + QLatin1Char('/') + personId;
        m_drafts = new DraftStore(m_draftFolder, owner, systemClock(), this);
        m_photos->clear();
    }
    buildTabs();
    showClientPhoto();
    m_summary->load(m_flow->currentClient().id, m_flow->currentClient().rights);
}

void Workspace::onSignedOut()
{
    if (m_home)
        m_home->clearTabs();
    m_starters.clear();
    m_summary->clear();
    m_photos->clear();
    dropDrafts();
    m_personId.clear();
}

void Workspace::dropDrafts()
{
    // The tabs were deleted later first; they save an open dialog's text as they go.
    if (m_drafts)
        m_drafts->deleteLater();
    m_drafts = nullptr;
}

void Workspace::buildTabs()
{
    const ClientSummary &client = m_flow->currentClient();
    if (client.rights.reportsRead) {
        m_reports = new ReportsTab(m_api, m_drafts.get());
        m_reports->setCanWrite(client.rights.reportsWrite);
        m_home->addTab(m_reports, tr("Reports"), QStringLiteral("reportsTab"));
        whenFirstShown(m_reports, [this, id = client.id] { m_reports->setClientId(id); });
    }
    if (client.rights.plans) {
        m_plans = new PlansTab(m_api);
        m_home->addTab(m_plans, tr("Plans"), QStringLiteral("plansTab"));
        whenFirstShown(m_plans, [this, id = client.id] { m_plans->setClientId(id); });
    }
    buildDailyTabs();
    // Everyone sees their own details here; the client's profile needs the right.
    m_profile = new ProfileTab(m_api, m_photos);
    m_home->addTab(m_profile, tr("Profile"), QStringLiteral("profileTab"));
    connect(m_profile, &ProfileTab::myPhotoChanged, this, &Workspace::showClientPhoto);
    whenFirstShown(m_profile, [this, client] {
        m_profile->setMe(m_flow->me());
        m_profile->setClient(client.id, client.rights.profile);
        // A kiosk never remembers a computer, so there is nothing to list there.
        if (m_flow->isKiosk())
            m_profile->trustedDevices()->hide();
        else
            m_profile->trustedDevices()->setLocalStore(m_flow->trustedDeviceStore(),
                                                       m_flow->deviceKey());
    });
    if (client.rights.manageAccess) {
        m_access = new AccessTab(m_api, m_drafts.get());
        m_home->addTab(m_access, tr("Access"), QStringLiteral("accessTab"));
        whenFirstShown(m_access, [this, client] { m_access->setClient(client); });
    }
}

void Workspace::buildDailyTabs()
{
    const ClientSummary &client = m_flow->currentClient();
    if (client.rights.agendaView) {
        m_agenda = new AgendaTab(m_api, m_drafts.get());
        m_home->addTab(m_agenda, tr("Agenda"), QStringLiteral("agendaTab"));
        whenFirstShown(m_agenda, [this, client] { m_agenda->setClient(client); });
    }
    if (client.rights.measurements) {
        m_measurements = new MeasurementsTab(m_api, m_drafts.get());
        m_home->addTab(m_measurements, tr("Measurements"), QStringLiteral("measurementsTab"));
        whenFirstShown(m_measurements, [this, client] { m_measurements->setClient(client); });
    }
    if (client.rights.messages) {
        m_messages = new MessagesTab(m_api, m_drafts.get(), m_photos, m_flow->me().id);
        m_home->addTab(m_messages, tr("Messages"), QStringLiteral("messagesTab"));
        // The number of unread messages in the part's name, in words a screen reader says too.
        connect(m_messages, &MessagesTab::unreadCountChanged, this, [this](int unread) {
            m_home->setTabTitle(QStringLiteral("messagesTab"),
                                MessageUnreadCount::tabTitle(unread));
            emit messagesUnreadChanged(unread);
        });
        // The count of unread messages from the start (the part's name, notices); the
        // conversations once the part is opened.
        m_messages->watchUnread(client);
        whenFirstShown(m_messages, [this, client] { m_messages->setClient(client); });
    }
    if (client.rights.board) {
        m_board = new BoardTab(m_api, m_drafts.get(), m_photos);
        m_home->addTab(m_board, tr("Board"), QStringLiteral("boardTab"));
        whenFirstShown(m_board, [this, client] { m_board->setClient(client); });
    }
}

void Workspace::showClientPhoto()
{
    const QString path = PhotoLoader::clientPhotoPath(m_flow->currentClient().id);
    m_photos->forget(path);
    m_home->setClientPhoto(m_photos->load(path));
}
