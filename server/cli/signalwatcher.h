#pragma once

#include <QObject>

class QSocketNotifier;

namespace Portiek::Server {

// Turns SIGINT and SIGTERM into a Qt signal, so the server leaves its event loop and exits with
// status 0 (systemd and test fixtures stop it with SIGTERM). A Unix signal handler may do almost
// nothing, so it only writes a byte into a socket pair that the event loop watches (the
// "self-pipe trick"). Elsewhere this does nothing. One instance at a time.
class SignalWatcher : public QObject
{
    Q_OBJECT

public:
    explicit SignalWatcher(QObject *parent = nullptr);
    ~SignalWatcher() override;

Q_SIGNALS:
    void terminationRequested();

private:
    QSocketNotifier *m_notifier = nullptr;
};

} // namespace Portiek::Server
