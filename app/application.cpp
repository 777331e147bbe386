#include "application.h"

#include "core/appsettings.h"
#include "core/keychaintrusteddevicestore.h"
#include "core/kioskpolicy.h"
#include "core/kioskwipe.h"
#include "core/linkforwarder.h"
#include "core/logging.h"
#include "core/loginflow.h"
#include "core/memorytrusteddevicestore.h"
#include "core/portalapi.h"
#include "core/portalconnection.h"
#include "core/provisioning.h"
#include "core/sessionguard.h"
#include "tour.h"
#include "ui/appwindow.h"
#include "ui/home/homepage.h"
#include "ui/settings/settingscontroller.h"
#include "ui/theme.h"
#include "ui/widgets/activityfilter.h"
#include "ui/widgets/connectionnotice.h"
#include "workspace.h"

#include <QApplication>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QSslCertificate>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>

Application::Application(CommandLine options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
{
    // Before anything is read or shown: kiosk mode wipes what a previous session left.
    startKiosk();
    if (!m_options.tourDirectory.isEmpty()) {
        m_tourData = std::make_unique<QTemporaryDir>();
        m_qsettings = new QSettings(m_tourData->filePath(QStringLiteral("portiek.ini")),
                                    QSettings::IniFormat, this);
    } else if (m_kioskData) {
        m_qsettings = new QSettings(m_kioskData->filePath(QStringLiteral("portiek.ini")),
                                    QSettings::IniFormat, this);
    } else {
        m_qsettings = new QSettings(this);
    }
    m_settings = std::make_unique<AppSettings>(m_qsettings);
    m_network = new QNetworkAccessManager(this);
    m_api = new PortalApi(m_network, this);
    m_api->setAllowPlainHttpToLoopback(m_options.allowPlainHttp);
    // A portal that restarts or a connection that drops for a moment is bridged by itself.
    m_api->setRetryPolicy(RetryPolicy());
    m_connection = new PortalConnection(m_api, this);
    m_connection->setRememberedHelpdesk(m_settings->helpdesk());
    // The tour must leave the user's keychain alone, as it does their settings.
    if (m_tourData || m_kioskPolicy)
        m_devices = new MemoryTrustedDeviceStore(this);
    else
        m_devices = new KeychainTrustedDeviceStore(this);
    m_loginFlow = new LoginFlow(m_api, m_devices, this);
    m_loginFlow->setKiosk(m_kioskPolicy != nullptr);
    m_sessionGuard = new SessionGuard(m_api, this);
    connect(m_loginFlow, &LoginFlow::signedIn, this, [this] {
        const auto &session = m_loginFlow->session();
        if (!m_sessionGuard->isRunning())
            m_sessionGuard->start(session.idleTimeoutSeconds, session.expiresAt);
    });
    connect(m_loginFlow, &LoginFlow::signedOut, m_sessionGuard, &SessionGuard::stop);
    connect(m_sessionGuard, &SessionGuard::expired, m_loginFlow,
            [this](SessionGuard::Reason reason) {
                m_loginFlow->endSession(
                    reason == SessionGuard::Reason::Idle
                        ? tr("You were signed out because the portal was not used for a while. "
                             "Please sign in again.")
                        : tr("You were signed out because you were signed in for a long time. "
                             "Please sign in again."));
            });
    m_window = std::make_unique<AppWindow>(m_connection, m_loginFlow);
    m_window->connectionNotice()->watch(m_api);
    auto *settingsController = new SettingsController(m_settings.get(), m_window.get());
    connect(m_window.get(), &AppWindow::settingsRequested, settingsController,
            &SettingsController::openDialog);
    // The home page is made at the first sign-in.
    connect(m_window.get(), &AppWindow::homePageCreated, this, [this](HomePage *home) {
        if (!m_kioskPolicy) // kiosk mode shows its full-screen countdown instead (wireKiosk)
            connect(m_sessionGuard, &SessionGuard::warning, home, &HomePage::showIdleWarning);
        connect(m_sessionGuard, &SessionGuard::warningCleared, home, &HomePage::hideIdleWarning);
        connect(m_loginFlow, &LoginFlow::signedOut, home, &HomePage::hideIdleWarning);
        connect(home, &HomePage::stillHereRequested, m_sessionGuard, &SessionGuard::stillHere);
    });
    // Drafts live on disk so that nothing typed is lost, except on the tour's throwaway run.
    const QString draftFolder = m_tourData || m_kioskPolicy
        ? QString()
        : QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
            + QStringLiteral("/drafts");
    m_workspace = new Workspace(
        m_api, m_loginFlow, [this] { return m_window->homePage(); }, draftFolder, this);
    if (m_kioskPolicy)
        wireKiosk();
    else if (!m_tourData)
        wireNotifications();
    auto *activity = new ActivityFilter(this);
    qApp->installEventFilter(activity);
    connect(activity, &ActivityFilter::activity, m_sessionGuard, [this] {
        if (m_sessionGuard->isRunning())
            m_sessionGuard->noteActivity();
    });
    connect(m_connection, &PortalConnection::connected, this, &Application::onConnected);
}

Application::~Application() = default;

void Application::start()
{
    Provisioning provisioning;
    const QString provisioningFile = Provisioning::locate();
    QString problem;
    if (!provisioningFile.isEmpty()
        && !Provisioning::fromFile(provisioningFile, &provisioning, &problem))
        qCWarning(lcSettings) << "ignoring provisioning file:" << problem;

    const QString caFile
        = !m_options.caFile.isEmpty() ? m_options.caFile : provisioning.caCertificatesFile;
    if (!caFile.isEmpty())
        loadExtraCaCertificates(caFile);

    if (!m_options.tourDirectory.isEmpty()) {
        m_tour = new Tour(m_window.get(), m_connection, m_loginFlow, m_options.tourDirectory,
                          m_options.server, this);
        m_tour->setDossierTour(m_workspace, m_options.tourOutboxCommand);
        m_window->show();
        m_tour->start();
        return;
    }

    if (m_kioskPolicy)
        m_window->showFullScreen(); // one window, the whole screen, on a shared computer
    else if (Theme::textScale() >= 150)
        m_window->showMaximized(); // large text needs the room
    else
        m_window->show();
    qApp->installEventFilter(this); // links that arrive later (eventFilter)
    // Listening once the event loop runs, after the window is painted (it took a millisecond);
    // a link clicked in between opens a Portiek of its own, as one clicked a moment earlier would.
    if (!m_kioskPolicy) {
        QTimer::singleShot(0, this, [this] {
            auto *links = new LinkForwarder(LinkForwarder::socketName(), this);
            if (links->listen())
                connect(links, &LinkForwarder::linkReceived, this, &Application::openLinkLater);
        });
    }
    // An invitation link opens its portal; a shared computer keeps to its own.
    if (m_options.fromLink && !m_kioskPolicy && m_options.server.isEmpty() && openLink())
        return;
    if (!m_options.server.isEmpty()) {
        m_window->showConnectPage(m_options.server);
        m_connection->connectToAddress(m_options.server);
    } else if (const QUrl saved = m_settings->portalUrl(); saved.isValid() && !saved.isEmpty()) {
        m_window->showConnectPage(saved.toString());
        m_connection->connectToPortal(saved);
    } else if (m_kioskPolicy && !m_kioskPolicy->portal.isEmpty()) {
        m_window->showConnectPage(m_kioskPolicy->portal.toString());
        m_connection->connectToPortal(m_kioskPolicy->portal);
    } else if (!provisioning.serverUrl.isEmpty()) {
        m_window->showConnectPage(provisioning.serverUrl.toString());
        m_connection->connectToAddress(provisioning.serverUrl.toString());
    } else {
        m_window->showConnectPage();
    }
}

void Application::loadExtraCaCertificates(const QString &file)
{
    const QList<QSslCertificate> certificates = QSslCertificate::fromPath(file, QSsl::Pem);
    if (certificates.isEmpty()) {
        // Carry on: the connection then fails with a certificate error the user can act on.
        std::fprintf(stderr, "portiek: no certificates found in %s\n", qPrintable(file));
        return;
    }
    m_api->setExtraCaCertificates(certificates);
}

void Application::onConnected()
{
    m_settings->setPortalUrl(m_connection->portalUrl());
    m_settings->rememberOrganization(m_connection->organization());
}
