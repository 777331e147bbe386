#include "core/dossierwatcher.h"

#include "core/apireply.h"
#include "core/homeitems.h"
#include "core/logging.h"
#include "core/portalapi.h"

#include <QTimer>
#include <QUrl>

#include <algorithm>

namespace {

constexpr int ReportsLooked = 20; // newer than this many in one interval: "20 new reports"
constexpr int PlansLooked = 20;

QString clientPath(const QString &clientId)
{
    return QStringLiteral("/api/v1/clients/")
        + QString::fromLatin1(QUrl::toPercentEncoding(clientId));
}

} // namespace

DossierWatcher::DossierWatcher(PortalApi *api, QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &DossierWatcher::check);
}

void DossierWatcher::watch(const QString &clientId, const Rights &rights)
{
    abortPending();
    ++m_generation;
    m_clientId = clientId;
    m_rights = rights;
    m_syncEtag.clear();
    m_baseline = false;
    m_knownReports.clear();
    m_knownPlans.clear();
    m_nextMs = m_intervalMs;
    m_timer->stop();
    if (!clientId.isEmpty() && (rights.reportsRead || rights.plans))
        check();
}

void DossierWatcher::setIntervalMs(int ms)
{
    m_intervalMs = ms;
    m_nextMs = ms;
}

void DossierWatcher::check()
{
    if (m_clientId.isEmpty() || !m_pending.isEmpty())
        return;
    m_timer->stop();
    ApiReply *reply = m_api->get(clientPath(m_clientId) + QStringLiteral("/sync-status"),
                                 ApiReply::Expect::Json, m_syncEtag);
    m_pending.append(reply);
    const int generation = m_generation;
    connect(reply, &ApiReply::finished, this, [this, reply, generation] {
        m_pending.removeAll(reply);
        if (generation == m_generation)
            onSyncStatus(reply);
    });
}

void DossierWatcher::onSyncStatus(ApiReply *reply)
{
    if (reply->httpStatus() == 304) { // nothing imported since the last look
        scheduleNext(true);
        emit checked(false, true);
        return;
    }
    if (!reply->isOk()) {
        if (reply->error().httpStatus() == 401)
            m_clientId.clear(); // signed out: the session guard takes it from here
        else
            scheduleNext(false);
        emit checked(false, false);
        return;
    }
    m_syncEtag = reply->etag();
    readLists();
}

void DossierWatcher::readLists()
{
    const QString client = clientPath(m_clientId);
    const int generation = m_generation;
    const auto ask = [&](const QString &path, void (DossierWatcher::*handle)(ApiReply *)) {
        ApiReply *reply = m_api->get(path);
        m_pending.append(reply);
        connect(reply, &ApiReply::finished, this, [this, reply, generation, handle] {
            m_pending.removeAll(reply);
            if (generation != m_generation)
                return;
            (this->*handle)(reply);
            if (m_pending.isEmpty()) {
                m_baseline = true;
                scheduleNext(true);
                emit checked(true, true);
            }
        });
    };
    if (m_rights.reportsRead)
        ask(client + QStringLiteral("/reports?limit=%1").arg(ReportsLooked),
            &DossierWatcher::onReports);
    if (m_rights.plans)
        ask(client + QStringLiteral("/plans?approvalPending=true&limit=%1").arg(PlansLooked),
            &DossierWatcher::onPlans);
}

void DossierWatcher::onReports(ApiReply *reply)
{
    QList<HomeReport> reports;
    QString error;
    if (!reply->isOk() || !HomeItems::pageFromJson(reply->json(), &reports, &error)) {
        qCWarning(lcApi) << "watcher: reports not read:" << (reply->isOk() ? error : QString());
        return; // the next change of the sync status tries again
    }
    QStringList fresh;
    for (const HomeReport &report : std::as_const(reports)) {
        if (m_knownReports.contains(report.id))
            continue;
        m_knownReports.insert(report.id);
        fresh.append(report.category.isEmpty()
                         ? report.authorName
                         : QStringLiteral("%1, %2").arg(report.category, report.authorName));
    }
    if (m_baseline && !fresh.isEmpty())
        emit newReports(fresh);
}

void DossierWatcher::onPlans(ApiReply *reply)
{
    QList<HomePlan> plans;
    QString error;
    if (!reply->isOk() || !HomeItems::pageFromJson(reply->json(), &plans, &error)) {
        qCWarning(lcApi) << "watcher: plans not read:" << (reply->isOk() ? error : QString());
        return;
    }
    QStringList fresh;
    QSet<QString> pending;
    for (const HomePlan &plan : std::as_const(plans)) {
        pending.insert(plan.id);
        if (!m_knownPlans.contains(plan.id))
            fresh.append(plan.title);
    }
    m_knownPlans = pending; // approved plans drop out; one that waits again is news again
    if (m_baseline && !fresh.isEmpty())
        emit plansAwaitingApproval(fresh);
}

void DossierWatcher::scheduleNext(bool ok)
{
    if (m_clientId.isEmpty())
        return;
    m_nextMs = ok ? m_intervalMs : std::min(m_nextMs * 2, std::max(MaxIntervalMs, m_intervalMs));
    m_timer->start(m_nextMs);
}

void DossierWatcher::abortPending()
{
    const QList<QPointer<ApiReply>> pending = std::exchange(m_pending, {});
    for (const QPointer<ApiReply> &reply : pending) {
        if (reply)
            reply->abort();
    }
}
