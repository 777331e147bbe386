#pragma once

#include <QImage>
#include <QWidget>

class BusyIndicator;
class OverviewTab;
class PhotoBadge;
class QLabel;
class QListWidget;
class QPushButton;
class QTabWidget;
class QTimer;
class StatusMessage;

// The signed-in frame: a top bar with the chosen client's photo and name, "Switch client" for
// people who act for several, and "Sign out" at the top right; below it the parts of the portal,
// chosen in a list on the left (nine parts do not fit in a row of tabs at a large text size). The
// first part, "Start", is the overview; the composition root adds the others (Reports, Plans,
// Profile, …) only where the person has the right, and clears them when the client changes. The
// parts live in a QTabWidget whose own tab bar is hidden, so each keeps its place and state.
class HomePage : public QWidget
{
    Q_OBJECT

public:
    explicit HomePage(QWidget *parent = nullptr);

    void setClientName(const QString &name);
    // A null image shows the client's initials.
    void setClientPhoto(const QImage &photo);
    // Who is signed in, when that is someone else than the client (a representative).
    void setSignedInAs(const QString &name);
    void setCanSwitchClient(bool canSwitch);
    void setBusy(bool busy);

    OverviewTab *overviewTab() const { return m_overview; }
    QTabWidget *tabs() const { return m_tabs; }
    // The list of parts on the left: one keyboard stop, arrow keys move between parts.
    QListWidget *navigation() const { return m_nav; }
    // Adds a tab after the others; the page takes ownership. Returns its index.
    int addTab(QWidget *tab, const QString &title, const QString &objectName);
    // Removes and deletes every tab but "Start", and shows "Start".
    void clearTabs();
    // Shows the tab with this objectName; false when there is none.
    bool showTab(const QString &objectName);
    // Renames a part, e.g. "Messages (2)" when two messages are unread.
    void setTabTitle(const QString &objectName, const QString &title);

    // The session ends soon for lack of use: says when, with an "I'm still here" button.
    void showIdleWarning(const QDateTime &signOutAt);
    void hideIdleWarning();

signals:
    void switchClientRequested();
    void signOutRequested();
    void settingsRequested();
    // The Help button (F1 works anywhere; AppWindow handles it).
    void helpRequested();
    void stillHereRequested();

private:
    void stepTab(int step);
    void onCurrentChanged(int index);
    void fitNavigation();

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void fitPartHeight();

    QTimer *m_fitPart = nullptr;

    PhotoBadge *m_clientPhoto;
    QLabel *m_clientName;
    QLabel *m_signedInAs;
    QPushButton *m_switchClient;
    QPushButton *m_signOut;
    QPushButton *m_settingsButton = nullptr;
    QPushButton *m_helpButton = nullptr;
    BusyIndicator *m_busy;
    StatusMessage *m_idleWarning;
    QPushButton *m_stillHere;
    QListWidget *m_nav;
    QTabWidget *m_tabs;
    OverviewTab *m_overview;
};
