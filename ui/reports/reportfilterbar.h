#pragma once

#include "core/clock.h"
#include "core/reportlistmodel.h"

#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QTimer;
class ReportAuthorListModel;

// Search words, a period ("Past week", or two dates) and an author, for the report list. Every
// change gives a new ReportListModel::Filter; typing waits a moment so each key does not start
// a new search.
class ReportFilterBar : public QWidget
{
    Q_OBJECT

public:
    enum Period { AllTime, PastWeek, PastMonth, PastYear, ChosenDates };

    static constexpr int TypingDelayMs = 500;

    explicit ReportFilterBar(ReportAuthorListModel *authors, QWidget *parent = nullptr);

    // "Past week" counts back from this clock's today (tests pass a fixed one).
    void setClock(Clock clock) { m_clock = std::move(clock); }
    ReportListModel::Filter filter() const;
    // Back to all reports by everyone, without words.
    void reset();

signals:
    void filterChanged(const ReportListModel::Filter &filter);

private:
    void onPeriodChanged();
    void fillAuthors();
    void emitIfChanged();

    ReportAuthorListModel *m_authors;
    Clock m_clock = systemClock();
    QLineEdit *m_search;
    QComboBox *m_period;
    QWidget *m_dates = nullptr;
    QLabel *m_fromLabel;
    QDateEdit *m_from;
    QLabel *m_toLabel;
    QDateEdit *m_to;
    QComboBox *m_author;
    QTimer *m_typing;
    ReportListModel::Filter m_last;
};
