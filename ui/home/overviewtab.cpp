#include "ui/home/overviewtab.h"

#include "ui/home/overviewsection.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace {

constexpr int ReadableWidth = 900;

QFrame *makeEntry(QWidget *parent)
{
    auto *entry = new QFrame(parent);
    entry->setObjectName(QStringLiteral("overviewEntry"));
    // Its colours are in resources/style/portiek.qss, so they follow the high-contrast theme.
    return entry;
}

QLabel *makeText(const QString &text, QWidget *parent, bool bold = false)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    if (bold) {
        QFont font = label->font();
        font.setBold(true);
        label->setFont(font);
    }
    return label;
}

QString dayAndTime(const QDateTime &when)
{
    const QDateTime local = when.toLocalTime();
    const QLocale locale;
    return OverviewTab::tr("%1, %2").arg(
        locale.toString(local.date(), QStringLiteral("dddd d MMMM")),
        locale.toString(local.time(), QStringLiteral("HH:mm")));
}

} // namespace

OverviewTab::OverviewTab(QWidget *parent)
    : QWidget(parent)
    , m_syncStatus(new QLabel(this))
    , m_retry(new QPushButton(tr("Try again"), this))
    , m_reports(new OverviewSection(tr("Latest reports"), QStringLiteral("overviewReports"), this))
    , m_appointments(new OverviewSection(tr("Today and tomorrow"),
                                         QStringLiteral("overviewAppointments"), this))
    , m_plans(new OverviewSection(tr("Plans waiting for approval"), QStringLiteral("overviewPlans"),
                                  this))
{
    m_syncStatus->setObjectName(QStringLiteral("overviewSyncStatus"));
    m_syncStatus->setWordWrap(true);
    m_syncStatus->hide();
    m_retry->setObjectName(QStringLiteral("overviewRetryButton"));
    m_retry->setAccessibleName(tr("Try again to load the overview"));
    m_retry->hide();

    auto *content = new QWidget;
    content->setObjectName(QStringLiteral("overviewContent"));
    content->setMaximumWidth(ReadableWidth);
    auto *column = new QVBoxLayout(content);
    column->setContentsMargins(16, 16, 16, 16);
    column->setSpacing(24);
    auto *stamp = new QHBoxLayout;
    stamp->addWidget(m_syncStatus, 1);
    stamp->addWidget(m_retry);
    column->addLayout(stamp);
    column->addWidget(m_reports);
    column->addWidget(m_appointments);
    column->addWidget(m_plans);
    column->addStretch();

    auto *holder = new QWidget;
    auto *centre = new QHBoxLayout(holder);
    centre->setContentsMargins(0, 0, 0, 0);
    centre->addWidget(content, 1);
    centre->addStretch(0);

    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("overviewScroll"));
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidgetResizable(true);
    scroll->setWidget(holder);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);

    connect(m_retry, &QPushButton::clicked, this, [this] {
        if (m_summary)
            m_summary->reload();
    });
    updateAll();
}

void OverviewTab::setSummary(HomeSummary *summary)
{
    if (m_summary)
        disconnect(m_summary, nullptr, this, nullptr);
    m_summary = summary;
    if (summary)
        connect(summary, &HomeSummary::partChanged, this, &OverviewTab::showPart);
    updateAll();
}

void OverviewTab::updateAll()
{
    for (HomeSummary::Part part : { HomeSummary::Part::SyncStatus, HomeSummary::Part::Reports,
                                    HomeSummary::Part::Appointments, HomeSummary::Part::Plans })
        showPart(part);
}

void OverviewTab::showPart(HomeSummary::Part part)
{
    switch (part) {
    case HomeSummary::Part::SyncStatus:
        showSyncStatus();
        break;
    case HomeSummary::Part::Reports:
        showReports();
        break;
    case HomeSummary::Part::Appointments:
        showAppointments();
        break;
    case HomeSummary::Part::Plans:
        showPlans();
        break;
    }
    bool failed = false;
    if (m_summary) {
        for (HomeSummary::Part each : { HomeSummary::Part::SyncStatus, HomeSummary::Part::Reports,
                                        HomeSummary::Part::Appointments, HomeSummary::Part::Plans })
            failed = failed || m_summary->state(each) == HomeSummary::State::Failed;
    }
    m_retry->setVisible(failed && !m_summary->isLoading());
}

bool OverviewTab::showState(OverviewSection *section, HomeSummary::Part part,
                            const QString &failure)
{
    const HomeSummary::State state = m_summary ? m_summary->state(part) : HomeSummary::State::Idle;
    section->setVisible(state != HomeSummary::State::Hidden && state != HomeSummary::State::Idle);
    switch (state) {
    case HomeSummary::State::Loading:
        section->showLoading();
        return false;
    case HomeSummary::State::Failed:
        section->showError(failure + QLatin1Char(' ') + m_summary->error(part).userMessage());
        return false;
    case HomeSummary::State::Ready:
        section->clearEntries();
        return true;
    default:
        section->clearEntries();
        return false;
    }
}

void OverviewTab::showSyncStatus()
{
    const bool ready
        = m_summary && m_summary->state(HomeSummary::Part::SyncStatus) == HomeSummary::State::Ready;
    // Without the stamp the rest still stands; a failure shows in the blocks that matter.
    m_syncStatus->setVisible(ready);
    if (ready) {
        m_syncStatus->setText(m_summary->syncStatus().sentence(m_summary->now()));
        m_syncStatus->setAccessibleName(m_syncStatus->text());
    }
}

void OverviewTab::showReports()
{
    if (!showState(m_reports, HomeSummary::Part::Reports,
                   tr("The latest reports could not be loaded.")))
        return;
    const QList<HomeReport> reports = m_summary->latestReports();
    if (reports.isEmpty()) {
        m_reports->showEmpty(tr("There are no reports yet."));
        return;
    }
    for (const HomeReport &report : reports) {
        QFrame *entry = makeEntry(m_reports);
        const QString author = report.authorRole.isEmpty()
            ? report.authorName
            : tr("%1, %2").arg(report.authorName, report.authorRole);
        auto *heading
            = makeText(tr("%1 — %2").arg(dayAndTime(report.createdAt), author), entry, true);
        auto *text = makeText(report.excerpt(), entry);
        auto *open = new QPushButton(tr("Read report"), entry);
        open->setObjectName(QStringLiteral("openReportButton"));
        open->setAccessibleName(
            tr("Read the report of %1 by %2").arg(dayAndTime(report.createdAt), report.authorName));
        const QString id = report.id;
        connect(open, &QPushButton::clicked, this, [this, id] { emit openReportRequested(id); });
        auto *texts = new QVBoxLayout;
        texts->addWidget(heading);
        texts->addWidget(text);
        auto *layout = new QHBoxLayout(entry);
        layout->setContentsMargins(16, 12, 16, 12);
        layout->setSpacing(16);
        layout->addLayout(texts, 1);
        layout->addWidget(open, 0, Qt::AlignVCenter);
        m_reports->addEntry(entry);
    }
}

QWidget *OverviewTab::appointmentEntry(const HomeAppointment &appointment)
{
    QFrame *entry = makeEntry(m_appointments);
    entry->setProperty("appointmentId", appointment.id);
    const QLocale locale;
    const QString time = tr("%1 – %2").arg(
        locale.toString(appointment.start.toLocalTime().time(), QStringLiteral("HH:mm")),
        locale.toString(appointment.end.toLocalTime().time(), QStringLiteral("HH:mm")));
    auto *heading = makeText(tr("%1  %2").arg(time, appointment.title), entry, true);
    QStringList details;
    if (!appointment.location.isEmpty())
        details.append(appointment.location);
    if (!appointment.caregiver.isEmpty())
        details.append(appointment.caregiver);
    if (appointment.indicativeTime)
        details.append(tr("indicative time"));
    auto *layout = new QVBoxLayout(entry);
    layout->setContentsMargins(16, 10, 16, 10);
    layout->addWidget(heading);
    if (!details.isEmpty())
        layout->addWidget(makeText(details.join(QStringLiteral(" · ")), entry));
    entry->setAccessibleName(heading->text() + QLatin1String(". ")
                             + details.join(QStringLiteral(", ")));
    return entry;
}

void OverviewTab::showAppointments()
{
    if (!showState(m_appointments, HomeSummary::Part::Appointments,
                   tr("The appointments could not be loaded.")))
        return;
    const QDate today = m_summary->today();
    const QDateTime tomorrowStart(today.addDays(1), QTime(0, 0), Qt::LocalTime);
    QList<HomeAppointment> todays;
    QList<HomeAppointment> tomorrows;
    bool indicative = false;
    for (const HomeAppointment &appointment : m_summary->appointments()) {
        (appointment.start < tomorrowStart ? todays : tomorrows).append(appointment);
        indicative = indicative || appointment.indicativeTime;
    }
    m_appointments->addSubheading(tr("Today"), QStringLiteral("overviewToday"));
    if (todays.isEmpty())
        m_appointments->addEntry(makeText(tr("No appointments today."), m_appointments));
    for (const HomeAppointment &appointment : todays)
        m_appointments->addEntry(appointmentEntry(appointment));
    m_appointments->addSubheading(tr("Tomorrow"), QStringLiteral("overviewTomorrow"));
    if (tomorrows.isEmpty())
        m_appointments->addEntry(makeText(tr("No appointments tomorrow."), m_appointments));
    for (const HomeAppointment &appointment : tomorrows)
        m_appointments->addEntry(appointmentEntry(appointment));
    if (indicative) {
        QLabel *note = makeText(tr("The care team's times are indicative: they are not the exact "
                                   "times at which care is given."),
                                m_appointments);
        note->setObjectName(QStringLiteral("overviewIndicativeNote"));
        m_appointments->addEntry(note);
    }
}

void OverviewTab::showPlans()
{
    if (!showState(m_plans, HomeSummary::Part::Plans, tr("The plans could not be loaded.")))
        return;
    const QList<HomePlan> plans = m_summary->plansAwaitingApproval();
    if (plans.isEmpty()) {
        m_plans->showEmpty(tr("No plans are waiting for approval."));
        return;
    }
    const QLocale locale;
    for (const HomePlan &plan : plans) {
        QFrame *entry = makeEntry(m_plans);
        const QString date = locale.toString(plan.date, QStringLiteral("d MMMM yyyy"));
        auto *title = makeText(tr("%1, %2").arg(plan.title, date), entry, true);
        auto *status = makeText(plan.canApprove ? tr("Waiting for your approval.")
                                                : tr("Waiting for approval."),
                                entry);
        auto *open = new QPushButton(tr("Open plan"), entry);
        open->setObjectName(QStringLiteral("openPlanButton"));
        open->setAccessibleName(tr("Open the plan %1 of %2").arg(plan.title, date));
        const QString id = plan.id;
        connect(open, &QPushButton::clicked, this, [this, id] { emit openPlanRequested(id); });
        auto *text = new QVBoxLayout;
        text->addWidget(title);
        text->addWidget(status);
        auto *layout = new QHBoxLayout(entry);
        layout->setContentsMargins(16, 12, 16, 12);
        layout->addLayout(text, 1);
        layout->addWidget(open);
        m_plans->addEntry(entry);
    }
}
