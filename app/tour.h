#pragma once

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QString>
#include <QTimer>

#include <functional>

class AppWindow;
class LoginFlow;
class PortalConnection;
class QWidget;
class Workspace;

// A scripted walk through every screen, as a new user would take it, saving a screenshot of
// each. The demo runs it headless; the user guide is made from its pictures.
class Tour : public QObject
{
    Q_OBJECT

public:
    Tour(AppWindow *window, PortalConnection *connection, LoginFlow *flow, QString directory,
         QString server, QObject *parent = nullptr);

    // Signs in for real as the demo representative, with the SMS code from the output of
    // `command` (the portal's outbox as JSON), and shows the dossier's screens.
    void setDossierTour(Workspace *workspace, const QString &outboxCommand);

    void start();

    // Called at every step, just before its screenshot, with the step's name and what is
    // photographed; tests inspect the screens here (tests/gui/tst_accessibility_tour.cpp).
    void setInspector(std::function<void(const QString &step, QWidget *target)> inspector)
    {
        m_inspector = std::move(inspector);
    }
    // By default the tour ends the application with its status; a test that takes the tour
    // several times waits for finished() instead (QCoreApplication::exit() would end every
    // event loop after it too).
    void setExitWhenDone(bool exit) { m_exitWhenDone = exit; }

signals:
    void finished(int status);

private:
    struct Step
    {
        QString screenshot; // file name without extension
        std::function<void()> action;
        std::function<bool()> ready;
        // What to photograph; the main window when empty.
        std::function<QWidget *()> target = {};
    };

    void buildSteps();
    void addSignInSteps();
    void addDossierSteps(); // tourdossier.cpp
    void addDailySteps(); // tourdaily.cpp
    void typeSmsCodeFromOutbox();
    void runStep();
    void poll();
    void typeAddressAndConnect(const QString &address);
    void finish(int status, const QString &message);

    AppWindow *m_window;
    PortalConnection *m_connection;
    LoginFlow *m_flow;
    QString m_directory;
    QString m_server;
    Workspace *m_workspace = nullptr;
    QString m_outboxCommand;
    QList<Step> m_steps;
    int m_index = 0;
    bool m_ok = false;
    QTimer m_poll;
    QElapsedTimer m_elapsed;
    std::function<void(const QString &, QWidget *)> m_inspector;
    bool m_exitWhenDone = true;
};
