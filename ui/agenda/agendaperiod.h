#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QString>

// The days the Agenda tab shows: today and tomorrow at a glance (as the portals' manuals show
// it), one day, or a week from Monday to Sunday.
class AgendaPeriod
{
    Q_DECLARE_TR_FUNCTIONS(AgendaPeriod)

public:
    enum class View { Glance, Day, Week };

    AgendaPeriod() = default;
    // The period of `view` that holds `day` (a week starts on its Monday).
    AgendaPeriod(View view, const QDate &day);

    View view() const { return m_view; }
    QDate first() const { return m_first; }
    QDate last() const { return m_first.addDays(days() - 1); }
    int days() const;
    // [from, to) in this computer's zone, for the list's query.
    QDateTime from() const;
    QDateTime to() const;
    AgendaPeriod next() const;
    AgendaPeriod previous() const;
    // "Today and tomorrow", "Monday 23 November 2026 (today)", "Week 48: 23 to 29 November 2026".
    QString text(const QDate &today) const;

private:
    View m_view = View::Glance;
    QDate m_first;
};
