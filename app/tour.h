#pragma once

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QString>
#include <QTimer>

#include <functional>

class AppWindow;
class PortalConnection;

// A scripted walk through every screen, as a new user would take it, saving a screenshot of
// each. The demo runs it headless; the user guide is made from its pictures.
class Tour : public QObject
{
    Q_OBJECT

public:
    Tour(AppWindow *window, PortalConnection *connection, QString directory, QString server,
         QObject *parent = nullptr);

    void start();

private:
    struct Step
    {
        QString screenshot; // file name without extension
        std::function<void()> action;
        std::function<bool()> ready;
    };

    void buildSteps();
    void runStep();
    void poll();
    void typeAddressAndConnect(const QString &address);
    void finish(int status, const QString &message);

    AppWindow *m_window;
    PortalConnection *m_connection;
    QString m_directory;
    QString m_server;
    QList<Step> m_steps;
    int m_index = 0;
    QTimer m_poll;
    QElapsedTimer m_elapsed;
};
