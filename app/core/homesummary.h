#pragma once

#include "core/apierror.h"
#include "core/clock.h"
#include "core/homeitems.h"
#include "core/rights.h"
#include "core/syncstatus.h"

#include <QList>
#include <QObject>
#include <QPointer>

#include <optional>

class ApiReply;
class PortalApi;

// What the home overview shows for one client: the update stamp, the three latest reports,
// today's and tomorrow's appointments and the plans waiting for approval, with the unread
// message counts besides. One request (GET …/overview); a portal without that route gets each
// part's own request instead, in parallel. Each part stands alone: a part the person has no right
// to (or that the portal refuses with 403) is Hidden, one that fails otherwise is Failed with its
// error, and the others still show.
class HomeSummary : public QObject
{
    Q_OBJECT

public:
    enum class Part { SyncStatus, Reports, Appointments, Plans };
    Q_ENUM(Part)
    enum class State { Idle, Loading, Ready, Hidden, Failed };
    Q_ENUM(State)

    static constexpr int LatestReports = 3;
    static constexpr int MaxPlans = 20;
    static constexpr int MaxAppointments = 100;

    explicit HomeSummary(PortalApi *api, Clock clock = systemClock(), QObject *parent = nullptr);

    // Starts loading every part for `clientId`; answers for an earlier client are dropped.
    void load(const QString &clientId, const Rights &rights);
    void reload();
    void clear();

    QString clientId() const { return m_clientId; }
    State state(Part part) const;
    bool isLoading() const;
    ApiError error(Part part) const;

    SyncStatus syncStatus() const { return m_syncStatus; }
    QList<HomeReport> latestReports() const { return m_reports; }
    // Today's and tomorrow's, by start time; today() says which day is which.
    QList<HomeAppointment> appointments() const { return m_appointments; }
    QList<HomePlan> plansAwaitingApproval() const { return m_plans; }
    // The unread counts the overview brought along, once finished (none from a portal without
    // the overview route, or without the right to messages).
    struct UnreadCounts
    {
        int messages = 0;
        int conversations = 0;
    };
    std::optional<UnreadCounts> unreadCounts() const { return m_unread; }
    QDate today() const;
    QDateTime now() const { return m_clock(); }

signals:
    void partChanged(HomeSummary::Part part);
    // Every part has settled (Ready, Hidden or Failed).
    void finished();

private:
    struct PartState
    {
        State state = State::Idle;
        ApiError error;
    };

    void requestParts();
    void requestOverview();
    void settleOverview(ApiReply *reply, int generation);
    static QString overviewMember(Part part);
    void request(Part part, const QString &path);
    void settle(Part part, ApiReply *reply, int generation);
    bool parse(Part part, const QJsonObject &json, QString *error);
    void setState(Part part, State state, const ApiError &error = {});
    QString periodQuery() const; // from=…&to=…: today and tomorrow
    void abortPending();

    PortalApi *m_api;
    Clock m_clock;
    QString m_clientId;
    Rights m_rights;
    int m_generation = 0;
    PartState m_parts[4];
    QList<QPointer<ApiReply>> m_pending;
    SyncStatus m_syncStatus;
    QList<HomeReport> m_reports;
    QList<HomeAppointment> m_appointments;
    QList<HomePlan> m_plans;
    std::optional<UnreadCounts> m_unread;
    bool m_overviewMissing = false; // the portal answered 404 for the overview route
};
