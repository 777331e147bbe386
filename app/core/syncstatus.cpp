#include "core/syncstatus.h"

#include "core/jsonreader.h"

#include <QRegularExpression>

namespace {

bool isClockTime(const QString &text, int maxHour)
{
    static const QRegularExpression pattern(QStringLiteral("^([0-9]{2}):([0-5][0-9])$"));
    const QRegularExpressionMatch match = pattern.match(text);
    return match.hasMatch() && match.captured(1).toInt() <= maxHour;
}

} // namespace

bool SyncStatus::fromJson(const QJsonObject &json, SyncStatus *status, QString *error)
{
    JsonReader reader(json, QStringLiteral("syncStatus"));
    SyncStatus result;
    result.lastUpdatedAt = reader.dateTime(QLatin1String("lastUpdatedAt"), JsonReader::Optional);
    result.nextExpectedUpdateAt = reader.dateTime(QLatin1String("nextExpectedUpdateAt"));
    JsonReader schedule(reader.object(QLatin1String("schedule")),
                        QStringLiteral("syncStatus.schedule"));
    if (reader.ok()) {
        result.intervalMinutes = schedule.integer(QLatin1String("intervalMinutes"), 1, 7 * 24 * 60);
        result.windowStart = schedule.string(QLatin1String("windowStart"), JsonReader::Required, 5);
        result.windowEnd = schedule.string(QLatin1String("windowEnd"), JsonReader::Required, 5);
        result.timeZone = schedule.string(QLatin1String("timeZone"), JsonReader::Required, 64);
        if (schedule.ok()
            && (!isClockTime(result.windowStart, 23) || !isClockTime(result.windowEnd, 24)))
            schedule.fail(QStringLiteral("syncStatus.schedule has a window that is no time"));
        if (!schedule.ok())
            reader.fail(schedule.error());
    }
    if (!reader.ok()) {
        if (error)
            *error = reader.error();
        return false;
    }
    *status = result;
    return true;
}

QString SyncStatus::sentence(const QDateTime &now, const QLocale &locale) const
{
    const QDate today = now.toLocalTime().date();
    const auto timeText = [&locale](const QDateTime &when) {
        return locale.toString(when.toLocalTime().time(), QStringLiteral("HH:mm"));
    };
    const auto dateText = [&locale](const QDateTime &when) {
        return locale.toString(when.toLocalTime().date(), QStringLiteral("d MMMM"));
    };

    QString updated;
    if (!lastUpdatedAt.isValid()) {
        updated = tr("Not updated yet");
    } else {
        const QDate day = lastUpdatedAt.toLocalTime().date();
        if (day == today)
            updated = tr("Updated at %1").arg(timeText(lastUpdatedAt));
        else if (day == today.addDays(-1))
            updated = tr("Updated yesterday at %1").arg(timeText(lastUpdatedAt));
        else
            updated
                = tr("Updated on %1 at %2").arg(dateText(lastUpdatedAt), timeText(lastUpdatedAt));
    }

    QString next;
    if (!nextExpectedUpdateAt.isValid() || nextExpectedUpdateAt < now) {
        next = tr("the next update is expected soon");
    } else {
        const QDate day = nextExpectedUpdateAt.toLocalTime().date();
        if (day == today)
            next = tr("next update around %1").arg(timeText(nextExpectedUpdateAt));
        else if (day == today.addDays(1))
            next = tr("next update tomorrow around %1").arg(timeText(nextExpectedUpdateAt));
        else
            next = tr("next update on %1 around %2")
                       .arg(dateText(nextExpectedUpdateAt), timeText(nextExpectedUpdateAt));
    }
    //: The two halves of the home screen's update stamp: "Updated at 07:02", "next update around
    //: 11:00".
    return tr("%1, %2.").arg(updated, next);
}
