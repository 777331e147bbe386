#include "server/cli/signalwatcher.h"

#include <QSocketNotifier>

#ifdef Q_OS_UNIX
#include <csignal>
#include <sys/socket.h>
#include <unistd.h>
#endif

namespace Portiek::Server {

#ifdef Q_OS_UNIX

namespace {

int s_socketPair[2] = { -1, -1 };

void handleSignal(int)
{
    const char byte = 1;
    // write() is async-signal-safe; if the pipe is full a wake-up is already pending.
    [[maybe_unused]] const ssize_t written = ::write(s_socketPair[0], &byte, 1);
}

void setHandler(int signalNumber, void (*handler)(int))
{
    struct sigaction action = {};
    action.sa_handler = handler;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    ::sigaction(signalNumber, &action, nullptr);
}

} // namespace

SignalWatcher::SignalWatcher(QObject *parent)
    : QObject(parent)
{
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, s_socketPair) != 0) {
        qWarning("SignalWatcher: socketpair failed; SIGINT and SIGTERM will end the process "
                 "abruptly");
        return;
    }
    m_notifier = new QSocketNotifier(s_socketPair[1], QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, [this] {
        char byte = 0;
        [[maybe_unused]] const ssize_t bytesRead = ::read(s_socketPair[1], &byte, 1);
        Q_EMIT terminationRequested();
    });
    setHandler(SIGINT, handleSignal);
    setHandler(SIGTERM, handleSignal);
    // A client that vanishes mid-answer must not kill the server.
    setHandler(SIGPIPE, SIG_IGN);
}

SignalWatcher::~SignalWatcher()
{
    if (!m_notifier)
        return;
    setHandler(SIGINT, SIG_DFL);
    setHandler(SIGTERM, SIG_DFL);
    delete m_notifier;
    m_notifier = nullptr;
    ::close(s_socketPair[0]);
    ::close(s_socketPair[1]);
    s_socketPair[0] = s_socketPair[1] = -1;
}

#else

SignalWatcher::SignalWatcher(QObject *parent)
    : QObject(parent)
{ }

SignalWatcher::~SignalWatcher() = default;

#endif

} // namespace Portiek::Server
