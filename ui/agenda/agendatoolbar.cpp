#include "ui/agenda/agendatoolbar.h"

#include "ui/theme.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

#include <utility>

QPushButton *agendaButton(const QString &text, const char *name, const QString &description,
                          QWidget *parent)
{
    auto *result = new QPushButton(text, parent);
    result->setObjectName(QString::fromLatin1(name));
    result->setAccessibleName(text);
    result->setAccessibleDescription(description);
    return result;
}

AgendaToolbar::AgendaToolbar(QWidget *parent)
    : QWidget(parent)
    , m_previous(nullptr)
    , m_today(nullptr)
    , m_next(nullptr)
    , m_periodLabel(nullptr)
{
    setObjectName(QStringLiteral("agendaToolbar"));
    auto *viewRow = new QHBoxLayout;
    const std::pair<AgendaPeriod::View, QString> views[]
        = { { AgendaPeriod::View::Glance, tr("Today and tomorrow") },
            { AgendaPeriod::View::Day, tr("Day") },
            { AgendaPeriod::View::Week, tr("Week") } };
    for (const auto &[view, text] : views) {
        auto *choice = agendaButton(text,
                                    view == AgendaPeriod::View::Glance    ? "agendaGlanceButton"
                                        : view == AgendaPeriod::View::Day ? "agendaDayButton"
                                                                          : "agendaWeekButton",
                                    tr("Shows the agenda as: %1").arg(text), this);
        // Not in a QButtonGroup: Qt then lets Tab reach only the last-focused button and leaves
        // the others to the arrow keys, which many of our users would never find.
        choice->setCheckable(true);
        connect(choice, &QPushButton::clicked, this, [this, view = view] {
            checkOnly(view);
            emit viewChosen(view);
        });
        m_views.append({ view, choice });
        viewRow->addWidget(choice);
    }
    viewRow->addStretch(1);

    // Created after the view buttons, so Tab goes from the views to the days.
    m_previous
        = agendaButton(tr("Previous"), "agendaPreviousButton", tr("Shows the days before."), this);
    m_today = agendaButton(tr("Today"), "agendaTodayButton", tr("Goes back to today."), this);
    m_next = agendaButton(tr("Next"), "agendaNextButton", tr("Shows the days after."), this);
    m_periodLabel = new QLabel(this);
    m_periodLabel->setObjectName(QStringLiteral("agendaPeriodLabel"));
    m_periodLabel->setWordWrap(true);
    Theme::makeHeading(m_periodLabel, 2);
    auto *periodRow = new QHBoxLayout;
    periodRow->addWidget(m_periodLabel, 1);
    periodRow->addWidget(m_previous);
    periodRow->addWidget(m_today);
    periodRow->addWidget(m_next);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);
    layout->addLayout(viewRow);
    layout->addLayout(periodRow);

    connect(m_previous, &QPushButton::clicked, this, &AgendaToolbar::previousClicked);
    connect(m_today, &QPushButton::clicked, this, &AgendaToolbar::todayClicked);
    connect(m_next, &QPushButton::clicked, this, &AgendaToolbar::nextClicked);
}

void AgendaToolbar::showPeriod(AgendaPeriod::View view, const QString &text)
{
    checkOnly(view);
    m_periodLabel->setText(text);
    m_periodLabel->setAccessibleName(tr("Shown: %1").arg(text));
}

void AgendaToolbar::checkOnly(AgendaPeriod::View view)
{
    // The chosen view in bold as well as pressed: the Fusion style's pressed look is faint.
    for (const auto &[shows, choice] : std::as_const(m_views)) {
        choice->setChecked(shows == view);
        QFont font = choice->font();
        font.setBold(shows == view);
        choice->setFont(font);
    }
}
