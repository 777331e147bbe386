#pragma once

#include "ui/agenda/agendaperiod.h"

#include <QList>
#include <QWidget>

#include <utility>

class QLabel;
class QPushButton;

// A button of the Agenda tab, found by `name` in tests, with its accessible name and description.
QPushButton *agendaButton(const QString &text, const char *name, const QString &description,
                          QWidget *parent);

// The Agenda tab's choice of view (Today and tomorrow, Day, Week) on one row, and below it the
// days shown in words with Previous / Today / Next beside them. Two rows, so that every button
// shows its whole text in the smallest window we support.
class AgendaToolbar : public QWidget
{
    Q_OBJECT

public:
    explicit AgendaToolbar(QWidget *parent = nullptr);

    // Marks the view as chosen (pressed and bold) and shows the days in words.
    void showPeriod(AgendaPeriod::View view, const QString &text);

signals:
    void viewChosen(AgendaPeriod::View view);
    void previousClicked();
    void todayClicked();
    void nextClicked();

private:
    void checkOnly(AgendaPeriod::View view);

    QList<std::pair<AgendaPeriod::View, QPushButton *>> m_views;
    QPushButton *m_previous;
    QPushButton *m_today;
    QPushButton *m_next;
    QLabel *m_periodLabel;
};
