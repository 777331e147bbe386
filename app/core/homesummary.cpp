#include "core/homesummary.h"

#include "core/logging.h"
#include "core/messageunreadcount.h"
#include "core/portalapi.h"

#include <QUrl>

#include <algorithm>

namespace {

QString encoded(const QString &text)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(text));
}

// RFC 3339 with the offset this computer's zone has at that moment, as the contract wants.
QString withOffset(const QDateTime &local)
{
    return local.toOffsetFromUtc(local.offsetFromUtc()).toString(Qt::ISODate);
}

} // namespace

HomeSummary::HomeSummary(PortalApi *api, Clock clock, QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_clock(std::move(clock))
{ }

QDate HomeSummary::today() const
{
    return m_clock().toLocalTime().date();
}

HomeSummary::State HomeSummary::state(Part part) const
{
    return m_parts[int(part)].state;
}

ApiError HomeSummary::error(Part part) const
{
    return m_parts[int(part)].error;
}

bool HomeSummary::isLoading() const
{
    for (const PartState &part : m_parts) {
        if (part.state == State::Loading)
            return true;
    }
    return false;
}

void HomeSummary::abortPending()
{
    // A new generation first: the aborted replies still finish, and must change nothing.
    ++m_generation;
    const QList<QPointer<ApiReply>> pending = m_pending;
    m_pending.clear();
    for (const QPointer<ApiReply> &reply : pending) {
        if (reply)
            reply->abort();
    }
}

void HomeSummary::clear()
{
    abortPending();
    m_clientId.clear();
    m_rights = {};
    m_syncStatus = {};
    m_reports.clear();
    m_appointments.clear();
    m_plans.clear();
    m_unread.reset();
    for (PartState &part : m_parts)
        part = {};
}

void HomeSummary::load(const QString &clientId, const Rights &rights)
{
    clear();
    m_clientId = clientId;
    m_rights = rights;
    reload();
}

void HomeSummary::reload()
{
    if (m_clientId.isEmpty())
        return;
    abortPending();
    m_unread.reset();
    if (m_overviewMissing)
        requestParts();
    else
        requestOverview();
}

void HomeSummary::requestParts()
{
    const QString client = QStringLiteral("/api/v1/clients/") + encoded(m_clientId);
    request(Part::SyncStatus, client + QStringLiteral("/sync-status"));
    if (m_rights.reportsRead)
        request(Part::Reports, client + QStringLiteral("/reports?limit=%1").arg(LatestReports));
    else
        setState(Part::Reports, State::Hidden);
    if (m_rights.agendaView)
        request(Part::Appointments, client + QStringLiteral("/appointments?") + periodQuery()
                    + QStringLiteral("&limit=") + QString::number(MaxAppointments));
    else
        setState(Part::Appointments, State::Hidden);
    if (m_rights.plans)
        request(Part::Plans,
                client + QStringLiteral("/plans?approvalPending=true&limit=%1").arg(MaxPlans));
    else
        setState(Part::Plans, State::Hidden);
    if (!isLoading())
        emit finished();
}

void HomeSummary::requestOverview()
{
    setState(Part::SyncStatus, State::Loading);
    setState(Part::Reports, m_rights.reportsRead ? State::Loading : State::Hidden);
    setState(Part::Appointments, m_rights.agendaView ? State::Loading : State::Hidden);
    setState(Part::Plans, m_rights.plans ? State::Loading : State::Hidden);
    ApiReply *reply = m_api->get(QStringLiteral("/api/v1/clients/") + encoded(m_clientId)
                                 + QStringLiteral("/overview?") + periodQuery());
    m_pending.append(reply);
    const int generation = m_generation;
    connect(reply, &ApiReply::finished, this,
            [this, reply, generation] { settleOverview(reply, generation); });
}

void HomeSummary::settleOverview(ApiReply *reply, int generation)
{
    if (generation != m_generation)
        return;
    m_pending.removeAll(reply);
    if (!reply->isOk() && reply->httpStatus() == 404
        && reply->error().problemCode() != QLatin1String("client_not_accessible")) {
        // A portal without the overview: each part by its own route, from now on.
        qCInfo(lcApi) << "home overview: the portal has no overview route; asking each part";
        m_overviewMissing = true;
        requestParts();
        return;
    }
    const QJsonObject json = reply->json();
    const QJsonObject problems = json.value(QLatin1String("problems")).toObject();
    for (const Part part : { Part::SyncStatus, Part::Reports, Part::Appointments, Part::Plans }) {
        if (state(part) != State::Loading)
            continue;
        const QString member = overviewMember(part);
        if (!reply->isOk()) {
            const ApiError &error = reply->error();
            setState(part, error.httpStatus() == 403 ? State::Hidden : State::Failed, error);
        } else if (json.value(member).isObject()) {
            QString problem;
            if (parse(part, json.value(member).toObject(), &problem)) {
                setState(part, State::Ready);
            } else {
                qCWarning(lcApi) << "home overview: unusable" << member << problem;
                setState(part, State::Failed, ApiError(ApiError::Kind::NotAPortal, problem));
            }
        } else if (problems.contains(member)) {
            const QString detail
                = problems.value(member).toObject().value(QLatin1String("detail")).toString();
            setState(part, State::Failed, ApiError(ApiError::Kind::ServerUnavailable, detail));
        } else {
            setState(part, State::Hidden); // no right to it (any more)
        }
    }
    UnreadCounts unread;
    QString problem;
    if (reply->isOk() && json.value(QLatin1String("unreadCounts")).isObject()
        && MessageUnreadCount::readCounts(json.value(QLatin1String("unreadCounts")).toObject(),
                                          &unread.messages, &unread.conversations, &problem))
        m_unread = unread;
    emit finished();
}

QString HomeSummary::overviewMember(Part part)
{
    switch (part) {
    case Part::SyncStatus:
        return QStringLiteral("syncStatus");
    case Part::Reports:
        return QStringLiteral("latestReports");
    case Part::Appointments:
        return QStringLiteral("appointments");
    case Part::Plans:
        return QStringLiteral("plansAwaitingApproval");
    }
    return {};
}

QString HomeSummary::periodQuery() const
{
    // From the start of today up to the start of the day after tomorrow, in this computer's zone.
    const QDateTime from(today(), QTime(0, 0), Qt::LocalTime);
    const QDateTime to(today().addDays(2), QTime(0, 0), Qt::LocalTime);
    // Joined, not arg()-ed: the encoded times hold "%3A", which a later arg() would fill in.
    return QStringLiteral("from=") + encoded(withOffset(from)) + QStringLiteral("&to=")
        + encoded(withOffset(to));
}

void HomeSummary::request(Part part, const QString &path)
{
    setState(part, State::Loading);
    ApiReply *reply = m_api->get(path);
    m_pending.append(reply);
    const int generation = m_generation;
    connect(reply, &ApiReply::finished, this,
            [this, part, reply, generation] { settle(part, reply, generation); });
}

void HomeSummary::settle(Part part, ApiReply *reply, int generation)
{
    if (generation != m_generation)
        return;
    m_pending.removeAll(reply);
    if (!reply->isOk()) {
        const ApiError &error = reply->error();
        // No right (any more), or not this person's client: the block is left out, not an error.
        setState(part, error.httpStatus() == 403 ? State::Hidden : State::Failed, error);
    } else {
        QString problem;
        if (parse(part, reply->json(), &problem)) {
            setState(part, State::Ready);
        } else {
            qCWarning(lcApi) << "home overview: unusable answer:" << problem;
            setState(part, State::Failed, ApiError(ApiError::Kind::NotAPortal, problem));
        }
    }
    if (!isLoading())
        emit finished();
}

bool HomeSummary::parse(Part part, const QJsonObject &json, QString *error)
{
    switch (part) {
    case Part::SyncStatus:
        return SyncStatus::fromJson(json, &m_syncStatus, error);
    case Part::Reports:
        if (!HomeItems::pageFromJson(json, &m_reports, error))
            return false;
        // The newest three, however many a portal sends.
        if (m_reports.size() > LatestReports)
            m_reports.resize(LatestReports);
        return true;
    case Part::Appointments:
        if (!HomeItems::pageFromJson(json, &m_appointments, error))
            return false;
        std::stable_sort(
            m_appointments.begin(), m_appointments.end(),
            [](const HomeAppointment &a, const HomeAppointment &b) { return a.start < b.start; });
        return true;
    case Part::Plans:
        return HomeItems::pageFromJson(json, &m_plans, error);
    }
    return false;
}

void HomeSummary::setState(Part part, State state, const ApiError &error)
{
    m_parts[int(part)] = { state, error };
    emit partChanged(part);
}
