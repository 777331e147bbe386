#pragma once

#include "commandline.h"

#include <QObject>

#include <memory>

class AppSettings;
class AppWindow;
class IdleCountdown;
struct KioskPolicy;
class LoginFlow;
class PortalApi;
class PortalConnection;
class QNetworkAccessManager;
class QSettings;
class QTemporaryDir;
class SessionGuard;
class Tour;
class DesktopNotifier;
class DossierWatcher;
class TrustedDeviceStore;
class Workspace;

// The composition root: creates the core objects and the window, and wires them together.
class Application : public QObject
{
    Q_OBJECT

public:
    explicit Application(CommandLine options, QObject *parent = nullptr);
    ~Application() override;

    void start();
    // An invitation link arriving while Portiek runs (macOS sends it as a QFileOpenEvent).
    void openLinkLater(const QString &text);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void loadExtraCaCertificates(const QString &file);
    void connectAtStart();
    void onConnected();
    // Kiosk mode (docs/kiosk.md): decides it, and wipes what a previous session left.
    void startKiosk();
    bool openLink();
    // Desktop notices of new messages, reports and plans (applicationnotify.cpp).
    void wireNotifications();
    void notify(const QString &title, const QString &text, const QString &part);
    void wireKiosk();
    void closeDialogs();
    void wipeAfterSignOut();

    CommandLine m_options;
    std::unique_ptr<KioskPolicy> m_kioskPolicy; // null unless in kiosk mode
    std::unique_ptr<QTemporaryDir> m_kioskData; // kiosk mode's settings, gone at exit
    IdleCountdown *m_countdown = nullptr;
    std::unique_ptr<QTemporaryDir> m_tourData; // the tour leaves the user's settings alone
    QSettings *m_qsettings = nullptr;
    std::unique_ptr<AppSettings> m_settings;
    QNetworkAccessManager *m_network = nullptr;
    PortalApi *m_api = nullptr;
    PortalConnection *m_connection = nullptr;
    TrustedDeviceStore *m_devices = nullptr;
    LoginFlow *m_loginFlow = nullptr;
    SessionGuard *m_sessionGuard = nullptr;
    std::unique_ptr<AppWindow> m_window;
    Workspace *m_workspace = nullptr;
    Tour *m_tour = nullptr;
    DesktopNotifier *m_notifier = nullptr;
    DossierWatcher *m_watcher = nullptr;
    int m_unreadSeen = -1; // unread messages at the last count; -1 before the first
};
