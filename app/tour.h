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

// A scripted walk through every screen, as a new user would take it, saving a screenshot of
// each. The demo runs it headless; the user guide is made from its pictures.
class Tour : public QObject
{
    Q_OBJECT

public:
    Tour(AppWindow *window, PortalConnection *connection, LoginFlow *flow, QString directory,
         QString server, QObject *parent = nullptr);

    void start();

private:
    struct Step
    {
        QString screenshot; // file name without extension
        std::function<void()> action;
        std::function<bool()> ready;
    };

    void buildSteps();
    void addSignInSteps();
    void runStep();
    void poll();
    void typeAddressAndConnect(const QString &address);
    void finish(int status, const QString &message);

    AppWindow *m_window;
    PortalConnection *m_connection;
    LoginFlow *m_flow;
    QString m_directory;
    QString m_server;
    QList<Step> m_steps;
    int m_index = 0;
    bool m_ok = false;
    QTimer m_poll;
    QElapsedTimer m_elapsed;
};
