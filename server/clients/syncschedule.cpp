#include "server/clients/syncschedule.h"

namespace Portiek::Server::SyncSchedule {

namespace {

constexpr int MinutesPerDay = 24 * 60;

int minuteOfDay(const QTime &time)
{
    return time.msecsSinceStartOfDay() / 60000;
}

// The window's end as minutes; 00:00 after a later start means the end of the day.
int windowEndMinute(const ImportConfig &schedule)
{
    const int end = minuteOfDay(schedule.windowEnd);
    return end == 0 && minuteOfDay(schedule.windowStart) > 0 ? MinutesPerDay : end;
}

} // namespace

QDateTime nextExpectedUpdate(const QDateTime &now, const ImportConfig &schedule,
                             const QTimeZone &zone)
{
    const int interval = qMax(1, schedule.intervalMinutes);
    const int start = minuteOfDay(schedule.windowStart);
    const int end = qMin(windowEndMinute(schedule), MinutesPerDay - 1);
    const QDate today = now.toTimeZone(zone).date();
    // Yesterday too: near midnight the zone's date and UTC's differ. Two days ahead always hold
    // a time, since every day has at least the window's start.
    for (QDate day = today.addDays(-1); day <= today.addDays(2); day = day.addDays(1)) {
        for (int minute = start; minute <= end; minute += interval) {
            const QTime wallClock = QTime(0, 0).addSecs(minute * 60);
            const QDateTime candidate(day, wallClock, zone);
            // In the spring gap Qt either refuses the time or moves it; either way it is not a
            // time the schedule names on that day.
            if (!candidate.isValid() || candidate.time() != wallClock || candidate.date() != day)
                continue;
            if (candidate > now)
                return candidate.toUTC();
        }
    }
    return {};
}

QTimeZone organisationZone()
{
    static const QTimeZone zone(QByteArrayLiteral("Europe/Amsterdam"));
    return zone;
}

QJsonObject scheduleJson(const ImportConfig &schedule, const QTimeZone &zone)
{
    const QString end = windowEndMinute(schedule) == MinutesPerDay
        ? QStringLiteral("24:00")
        : schedule.windowEnd.toString(QStringLiteral("HH:mm"));
    return {
        { QStringLiteral("intervalMinutes"), schedule.intervalMinutes },
        { QStringLiteral("windowStart"), schedule.windowStart.toString(QStringLiteral("HH:mm")) },
        { QStringLiteral("windowEnd"), end },
        { QStringLiteral("timeZone"), QString::fromLatin1(zone.id()) },
    };
}

} // namespace Portiek::Server::SyncSchedule
