#include "ui/agenda/agendaperiod.h"

#include <QLocale>

AgendaPeriod::AgendaPeriod(View view, const QDate &day)
    : m_view(view)
    , m_first(view == View::Week ? day.addDays(1 - day.dayOfWeek()) : day)
{ }

int AgendaPeriod::days() const
{
    return m_view == View::Week ? 7 : m_view == View::Day ? 1 : 2;
}

QDateTime AgendaPeriod::from() const
{
    return QDateTime(m_first, QTime(0, 0));
}

QDateTime AgendaPeriod::to() const
{
    return QDateTime(m_first.addDays(days()), QTime(0, 0));
}

AgendaPeriod AgendaPeriod::next() const
{
    return AgendaPeriod(m_view, m_first.addDays(days()));
}

AgendaPeriod AgendaPeriod::previous() const
{
    return AgendaPeriod(m_view, m_first.addDays(-days()));
}

QString AgendaPeriod::text(const QDate &today) const
{
    const QLocale locale;
    const QString dayFormat = QStringLiteral("dddd d MMMM");
    const QString yearFormat = QStringLiteral("dddd d MMMM yyyy");
    switch (m_view) {
    case View::Glance:
        if (m_first == today)
            return tr("Today and tomorrow");
        return tr("%1 and %2")
            .arg(locale.toString(m_first, dayFormat), locale.toString(last(), yearFormat));
    case View::Day:
        if (m_first == today)
            return tr("%1 (today)").arg(locale.toString(m_first, yearFormat));
        if (m_first == today.addDays(1))
            return tr("%1 (tomorrow)").arg(locale.toString(m_first, yearFormat));
        return locale.toString(m_first, yearFormat);
    case View::Week:
        return tr("Week %1: %2 to %3")
            .arg(m_first.weekNumber())
            .arg(locale.toString(m_first, QStringLiteral("d MMMM")),
                 locale.toString(last(), QStringLiteral("d MMMM yyyy")));
    }
    return {};
}
