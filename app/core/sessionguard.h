#pragma once

#include "core/clock.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>

class ApiReply;
class PortalApi;
class QTimer;

// Keeps an eye on the session's limits while signed in (ARCHITECTURE.md, "Session guard"): warns
// a while before the idle limit, offers "I'm still here" (POST /api/v1/session/keep-alive), and
// asks for sign-out when the idle limit or the absolute limit is reached.
//
// The app calls noteActivity() on user input (the ui installs the event filter), start() after
// sign-in with the session's limits, and stop() at sign-out; on expired() it signs out.
// Time comes from an injected clock; tests move the clock and call check() instead of sleeping.
class SessionGuard : public QObject
{
    Q_OBJECT

public:
    enum class Reason { Idle, Absolute };
    Q_ENUM(Reason)

    static constexpr int DefaultWarningSeconds = 120;

    explicit SessionGuard(PortalApi *api, QObject *parent = nullptr);

    void setClock(Clock clock) { m_clock = std::move(clock); }
    // How long before the idle limit to warn (capped to half the idle time for short limits).
    void setWarningSeconds(int seconds) { m_warningSeconds = seconds; }
    // Kiosk mode: local limits that the session never exceeds, whatever the server allows. The
    // idle limit becomes min(server, maxIdleSeconds), the absolute limit at most
    // maxSessionSeconds after start(); 0 leaves that limit to the server.
    void setLocalLimits(int maxIdleSeconds, int maxSessionSeconds);

    // Starts guarding a session: `idleTimeoutSeconds` of no activity ends it, and it ends at
    // `expiresAt` whatever happens.
    void start(int idleTimeoutSeconds, const QDateTime &expiresAt);
    void stop();
    bool isRunning() const { return m_running; }
    bool isWarning() const { return m_warning; }

    // When the session will end for idleness (or at the absolute limit, whichever is first).
    QDateTime signOutAt() const;
    int secondsLeft() const;

public slots:
    // User input: moves the local idle limit. Ignored while the warning shows; the user answers
    // it with stillHere(), so a stray mouse move cannot hide the warning unseen.
    void noteActivity();
    // "I'm still here": tells the server (keep-alive), which moves its idle limit too.
    void stillHere();
    // Evaluates the limits now; the internal timer calls this, tests call it after moving time.
    void check();

signals:
    // The idle limit is near: show the warning with a countdown to signOutAt().
    void warning(const QDateTime &signOutAt);
    void warningCleared();
    // The session is over: sign out. Emitted once per start().
    void expired(SessionGuard::Reason reason);
    // The keep-alive failed for another reason than an ended session (network): the warning
    // stays; the app may say so.
    void keepAliveFailed();

private:
    void sendKeepAlive(bool userAsked);
    void onKeepAlive(ApiReply *reply, bool userAsked);
    QDateTime idleDeadline() const;
    QDateTime warnAt() const;
    void schedule();
    void setWarning(bool warning);
    QDateTime now() const { return m_clock(); }
    int cappedIdle(int serverIdleSeconds) const;
    QDateTime cappedExpiry(const QDateTime &serverExpiresAt) const;

    PortalApi *m_api;
    QTimer *m_timer;
    Clock m_clock;
    int m_warningSeconds = DefaultWarningSeconds;
    bool m_running = false;
    bool m_warning = false;
    int m_idleTimeoutSeconds = 0;
    QDateTime m_lastActivity;
    // The last time the server surely heard from us (start or keep-alive): its idle limit runs
    // from there, so activity the server cannot see is passed on with a quiet keep-alive.
    QDateTime m_lastServerContact;
    QDateTime m_expiresAt;
    int m_maxIdleSeconds = 0;
    int m_maxSessionSeconds = 0;
    QDateTime m_localExpiresAt; // start() + m_maxSessionSeconds
    QPointer<ApiReply> m_keepAlive;
};
