#include "core/sessionguard.h"

#include "core/apireply.h"
#include "core/jsonreader.h"
#include "core/logging.h"
#include "core/portalapi.h"

#include <QTimer>

#include <algorithm>

namespace {

// Re-check at least this often, so a changed system clock or a sleeping laptop is noticed.
constexpr qint64 MaxTimerMs = 30000;

} // namespace

SessionGuard::SessionGuard(PortalApi *api, QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_timer(new QTimer(this))
    , m_clock(systemClock())
{
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &SessionGuard::check);
}

void SessionGuard::setLocalLimits(int maxIdleSeconds, int maxSessionSeconds)
{
    m_maxIdleSeconds = std::max(maxIdleSeconds, 0);
    m_maxSessionSeconds = std::max(maxSessionSeconds, 0);
}

int SessionGuard::cappedIdle(int serverIdleSeconds) const
{
    const int idle = std::max(serverIdleSeconds, 1);
    return m_maxIdleSeconds > 0 ? std::min(idle, m_maxIdleSeconds) : idle;
}

QDateTime SessionGuard::cappedExpiry(const QDateTime &serverExpiresAt) const
{
    if (!m_localExpiresAt.isValid())
        return serverExpiresAt;
    if (!serverExpiresAt.isValid())
        return m_localExpiresAt;
    return std::min(serverExpiresAt, m_localExpiresAt);
}

void SessionGuard::start(int idleTimeoutSeconds, const QDateTime &expiresAt)
{
    m_localExpiresAt = m_maxSessionSeconds > 0 ? now().addSecs(m_maxSessionSeconds) : QDateTime();
    m_idleTimeoutSeconds = cappedIdle(idleTimeoutSeconds);
    m_expiresAt = cappedExpiry(expiresAt);
    m_lastActivity = now();
    m_lastServerContact = m_lastActivity;
    m_running = true;
    setWarning(false);
    schedule();
}

void SessionGuard::stop()
{
    m_running = false;
    m_timer->stop();
    if (m_keepAlive)
        m_keepAlive->abort();
    setWarning(false);
}

QDateTime SessionGuard::idleDeadline() const
{
    return m_lastActivity.addSecs(m_idleTimeoutSeconds);
}

QDateTime SessionGuard::warnAt() const
{
    const int lead = std::min(m_warningSeconds, m_idleTimeoutSeconds / 2);
    return idleDeadline().addSecs(-lead);
}

QDateTime SessionGuard::signOutAt() const
{
    const QDateTime idle = idleDeadline();
    return m_expiresAt.isValid() && m_expiresAt < idle ? m_expiresAt : idle;
}

int SessionGuard::secondsLeft() const
{
    if (!m_running)
        return 0;
    return int(std::max<qint64>(0, now().secsTo(signOutAt())));
}

void SessionGuard::noteActivity()
{
    if (m_running && !m_warning)
        m_lastActivity = now();
}

void SessionGuard::stillHere()
{
    if (!m_running)
        return;
    m_lastActivity = now();
    sendKeepAlive(true);
}

void SessionGuard::check()
{
    if (!m_running)
        return;
    const QDateTime current = now();
    if (m_expiresAt.isValid() && current >= m_expiresAt) {
        stop();
        emit expired(Reason::Absolute);
        return;
    }
    if (current >= idleDeadline()) {
        stop();
        emit expired(Reason::Idle);
        return;
    }
    if (current >= warnAt()) {
        if (!m_warning) {
            setWarning(true);
            emit warning(signOutAt());
        }
    } else if (m_lastActivity > m_lastServerContact
               && current >= m_lastServerContact.addSecs(m_idleTimeoutSeconds / 2)) {
        sendKeepAlive(false);
    }
    schedule();
}

void SessionGuard::schedule()
{
    if (!m_running)
        return;
    const QDateTime current = now();
    QDateTime next = m_warning ? signOutAt() : std::min(warnAt(), signOutAt());
    if (m_lastActivity > m_lastServerContact)
        next = std::min(next, m_lastServerContact.addSecs(m_idleTimeoutSeconds / 2));
    const qint64 ms = std::clamp<qint64>(current.msecsTo(next), 0, MaxTimerMs);
    m_timer->start(int(ms));
}

void SessionGuard::sendKeepAlive(bool userAsked)
{
    if (m_keepAlive)
        return;
    ApiReply *reply = m_api->post(QStringLiteral("/api/v1/session/keep-alive"));
    m_keepAlive = reply;
    connect(reply, &ApiReply::finished, this,
            [this, reply, userAsked] { onKeepAlive(reply, userAsked); });
}

void SessionGuard::onKeepAlive(ApiReply *reply, bool userAsked)
{
    if (!m_running)
        return;
    if (!reply->isOk()) {
        if (reply->error().httpStatus() == 401) {
            stop();
            emit expired(Reason::Idle);
        } else if (userAsked) {
            emit keepAliveFailed();
        }
        return;
    }
    m_lastServerContact = now();
    JsonReader session(reply->json(), QStringLiteral("session"));
    const int idle = session.integer(QLatin1String("idleTimeoutSeconds"), 60, 7 * 24 * 3600);
    const QDateTime expiresAt = session.dateTime(QLatin1String("expiresAt"));
    if (session.ok()) {
        m_idleTimeoutSeconds = cappedIdle(idle);
        m_expiresAt = cappedExpiry(expiresAt);
    } else {
        qCInfo(lcAuth) << "keep-alive answer not understood:" << session.error();
    }
    if (userAsked && m_warning) {
        setWarning(false);
        emit warningCleared();
    }
    schedule();
}

void SessionGuard::setWarning(bool warning)
{
    m_warning = warning;
}
