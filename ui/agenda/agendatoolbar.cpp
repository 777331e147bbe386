#include "ui/agenda/agendatoolbar.h"

#include "ui/theme.h"

#include <QButtonGroup>
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
    , m_views(new QButtonGroup(this))
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
        choice->setCheckable(true);
        m_views->addButton(choice, int(view));
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

    connect(m_views, &QButtonGroup::idClicked, this,
            [this](int id) { emit viewChosen(AgendaPeriod::View(id)); });
    connect(m_previous, &QPushButton::clicked, this, &AgendaToolbar::previousClicked);
    connect(m_today, &QPushButton::clicked, this, &AgendaToolbar::todayClicked);
    connect(m_next, &QPushButton::clicked, this, &AgendaToolbar::nextClicked);
}

void AgendaToolbar::showPeriod(AgendaPeriod::View view, const QString &text)
{
    m_views->button(int(view))->setChecked(true);
    // The chosen view in bold as well as pressed: the Fusion style's pressed look is faint.
    for (QAbstractButton *choice : m_views->buttons()) {
        QFont font = choice->font();
        font.setBold(m_views->id(choice) == int(view));
        choice->setFont(font);
    }
    m_periodLabel->setText(text);
    m_periodLabel->setAccessibleName(tr("Shown: %1").arg(text));
}
