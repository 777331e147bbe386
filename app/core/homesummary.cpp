#include "core/homesummary.h"

#include "core/logging.h"
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
    const QString client = QStringLiteral("/api/v1/clients/") + encoded(m_clientId);
    request(Part::SyncStatus, client + QStringLiteral("/sync-status"));
    if (m_rights.reportsRead)
        request(Part::Reports, client + QStringLiteral("/reports?limit=%1").arg(LatestReports));
    else
        setState(Part::Reports, State::Hidden);
    if (m_rights.agendaView)
        request(Part::Appointments, client + appointmentsPath());
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

QString HomeSummary::appointmentsPath() const
{
    // From the start of today up to the start of the day after tomorrow, in this computer's zone.
    const QDateTime from(today(), QTime(0, 0), Qt::LocalTime);
    const QDateTime to(today().addDays(2), QTime(0, 0), Qt::LocalTime);
    // Joined, not arg()-ed: the encoded times hold "%3A", which a later arg() would fill in.
    return QStringLiteral("/appointments?from=") + encoded(withOffset(from))
        + QStringLiteral("&to=") + encoded(withOffset(to)) + QStringLiteral("&limit=")
        + QString::number(MaxAppointments);
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
