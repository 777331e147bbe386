#pragma once

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>

class AccessTab;
class AgendaTab;
class BoardTab;
class DraftStore;
class HomePage;
class HomeSummary;
class LoginFlow;
class MeasurementsTab;
class MessagesTab;
class PhotoLoader;
class PlansTab;
class PortalApi;
class ProfileTab;
class ReportsTab;

// Fills the signed-in frame for the chosen client: the overview, and a tab for each part the
// person has the right to see (Reports, Plans, Agenda, Measurements, Messages, Board, Access)
// plus Profile, rebuilt whenever the client changes (the rights differ per client). Owns the
// per-person objects: the drafts, the photo cache.
class Workspace : public QObject
{
    Q_OBJECT

public:
    // `home` gives the home page; it is asked for at the first sign-in, as the page is made
    // only then. `draftFolder` empty: drafts in memory only (kiosk mode, the tour).
    Workspace(PortalApi *api, LoginFlow *flow, std::function<HomePage *()> home,
              QString draftFolder, QObject *parent = nullptr);
    ~Workspace() override;

    // The tabs of the current client; null where the person has no right to them.
    ReportsTab *reportsTab() const;
    PlansTab *plansTab() const;
    ProfileTab *profileTab() const;
    AgendaTab *agendaTab() const;
    MeasurementsTab *measurementsTab() const;
    MessagesTab *messagesTab() const;
    BoardTab *boardTab() const;
    AccessTab *accessTab() const;
    HomeSummary *summary() const { return m_summary; }
    DraftStore *drafts() const;

signals:
    // The client's unread messages, as the Messages part counts them (about once a minute).
    void messagesUnreadChanged(int unread);

private:
    // The home page, wired to this on first use.
    HomePage *home();
    void onSignedIn();
    void onSignedOut();
    void dropDrafts();
    void buildTabs();
    // A part asks the portal for its content only when the person first opens it, so the
    // home screen comes with as few requests as possible.
    void whenFirstShown(QWidget *tab, std::function<void()> start);
    void startTab(QWidget *tab);
    void buildDailyTabs();
    void showClientPhoto();

    PortalApi *m_api;
    LoginFlow *m_flow;
    std::function<HomePage *()> m_homeSource;
    HomePage *m_home = nullptr;
    QString m_draftFolder;
    QString m_personId;
    QHash<QWidget *, std::function<void()>> m_starters; // of the parts not opened yet
    // Deleted later, after the tabs that use it (HomePage::clearTabs deletes them later too).
    QPointer<DraftStore> m_drafts;
    PhotoLoader *m_photos;
    HomeSummary *m_summary;
    QPointer<ReportsTab> m_reports;
    QPointer<PlansTab> m_plans;
    QPointer<ProfileTab> m_profile;
    QPointer<AgendaTab> m_agenda;
    QPointer<MeasurementsTab> m_measurements;
    QPointer<MessagesTab> m_messages;
    QPointer<BoardTab> m_board;
    QPointer<AccessTab> m_access;
};
