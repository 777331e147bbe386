#include "ui/reports/reportfilterbar.h"

#include "core/reportauthorlistmodel.h"

#include <QComboBox>
#include <QDateEdit>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QTimer>

ReportFilterBar::ReportFilterBar(ReportAuthorListModel *authors, QWidget *parent)
    : QWidget(parent)
    , m_authors(authors)
    , m_search(new QLineEdit(this))
    , m_period(new QComboBox(this))
    , m_fromLabel(new QLabel(tr("From"), this))
    , m_from(new QDateEdit(this))
    , m_toLabel(new QLabel(tr("To and including"), this))
    , m_to(new QDateEdit(this))
    , m_author(new QComboBox(this))
    , m_typing(new QTimer(this))
{
    setObjectName(QStringLiteral("reportFilterBar"));
    m_search->setObjectName(QStringLiteral("reportSearchField"));
    m_search->setPlaceholderText(tr("Search for words"));
    m_search->setClearButtonEnabled(true);
    m_search->setMaxLength(ReportListModel::MaxWordsLength);
    m_search->setAccessibleName(tr("Search in reports"));
    m_search->setAccessibleDescription(tr("Shows only reports that contain all these words."));

    m_period->setObjectName(QStringLiteral("reportPeriodFilter"));
    m_period->addItem(tr("All"), AllTime);
    m_period->addItem(tr("Past week"), PastWeek);
    m_period->addItem(tr("Past month"), PastMonth);
    m_period->addItem(tr("Past year"), PastYear);
    m_period->addItem(tr("Choose dates…"), ChosenDates);
    m_period->setAccessibleName(tr("Period"));

    for (QDateEdit *edit : { m_from, m_to }) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("d-M-yyyy"));
    }
    m_from->setObjectName(QStringLiteral("reportFromDate"));
    m_from->setAccessibleName(tr("From date"));
    m_to->setObjectName(QStringLiteral("reportToDate"));
    m_to->setAccessibleName(tr("To and including date"));
    m_fromLabel->setBuddy(m_from);
    m_toLabel->setBuddy(m_to);

    m_author->setObjectName(QStringLiteral("reportAuthorFilter"));
    m_author->setAccessibleName(tr("Written by"));
    // Room for a short name or period; the list that opens shows the long ones whole. The
    // search field keeps the rest, also at large text.
    for (QComboBox *choice : { m_period, m_author }) {
        choice->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        choice->setMinimumContentsLength(10);
    }
    m_author->addItem(tr("Everyone"), QString());

    // As tall as the line edits of the style sheet: easy to hit, easy to see.
    for (QWidget *control : { static_cast<QWidget *>(m_period), static_cast<QWidget *>(m_author),
                              static_cast<QWidget *>(m_from), static_cast<QWidget *>(m_to) })
        control->setMinimumHeight(40);

    auto *searchLabel = new QLabel(tr("&Search"), this);
    searchLabel->setBuddy(m_search);
    auto *periodLabel = new QLabel(tr("&Period"), this);
    periodLabel->setBuddy(m_period);
    auto *authorLabel = new QLabel(tr("&Written by"), this);
    authorLabel->setBuddy(m_author);

    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setHorizontalSpacing(12);
    layout->setVerticalSpacing(4);
    layout->addWidget(searchLabel, 0, 0);
    layout->addWidget(m_search, 1, 0);
    layout->addWidget(periodLabel, 0, 1);
    layout->addWidget(m_period, 1, 1);
    layout->addWidget(authorLabel, 0, 2);
    layout->addWidget(m_author, 1, 2);
    layout->setColumnStretch(0, 2);
    // Shown only for "Choose dates…"; hidden as a whole so it takes no room otherwise.
    m_dates = new QWidget(this);
    m_dates->setObjectName(QStringLiteral("reportDates"));
    auto *dates = new QHBoxLayout(m_dates);
    dates->setContentsMargins(0, 4, 0, 0);
    dates->setSpacing(8);
    dates->addWidget(m_fromLabel);
    dates->addWidget(m_from);
    dates->addSpacing(12);
    dates->addWidget(m_toLabel);
    dates->addWidget(m_to);
    dates->addStretch();
    layout->addWidget(m_dates, 2, 0, 1, 3);
    m_dates->hide();

    m_typing->setSingleShot(true);
    m_typing->setInterval(TypingDelayMs);
    connect(m_typing, &QTimer::timeout, this, &ReportFilterBar::emitIfChanged);
    connect(m_search, &QLineEdit::textEdited, m_typing, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (text.isEmpty()) // the clear button: no need to wait
            emitIfChanged();
    });
    connect(m_search, &QLineEdit::returnPressed, this, &ReportFilterBar::emitIfChanged);
    connect(m_period, &QComboBox::currentIndexChanged, this, &ReportFilterBar::onPeriodChanged);
    connect(m_from, &QDateEdit::dateChanged, this, &ReportFilterBar::emitIfChanged);
    connect(m_to, &QDateEdit::dateChanged, this, &ReportFilterBar::emitIfChanged);
    connect(m_author, &QComboBox::currentIndexChanged, this, &ReportFilterBar::emitIfChanged);
    connect(m_authors, &QAbstractItemModel::modelReset, this, &ReportFilterBar::fillAuthors);
}

void ReportFilterBar::onPeriodChanged()
{
    const bool chosen = m_period->currentData().toInt() == ChosenDates;
    if (chosen && !m_dates->isVisibleTo(this)) {
        const QDate today = m_clock().toLocalTime().date();
        const QSignalBlocker fromBlocker(m_from);
        const QSignalBlocker toBlocker(m_to);
        m_from->setDate(today.addMonths(-1));
        m_to->setDate(today);
    }
    m_dates->setVisible(chosen);
    emitIfChanged();
}

void ReportFilterBar::fillAuthors()
{
    const QString chosen = m_author->currentData().toString();
    const QSignalBlocker blocker(m_author);
    m_author->clear();
    m_author->addItem(tr("Everyone"), QString());
    for (int row = 0; row < m_authors->rowCount(); ++row) {
        const QModelIndex index = m_authors->index(row);
        m_author->addItem(index.data().toString(), index.data(ReportAuthorListModel::IdRole));
    }
    const int found = m_author->findData(chosen);
    m_author->setCurrentIndex(found < 0 ? 0 : found);
    if (found < 0 && !chosen.isEmpty())
        emitIfChanged();
}

ReportListModel::Filter ReportFilterBar::filter() const
{
    ReportListModel::Filter filter;
    filter.words = m_search->text().simplified();
    filter.authorId = m_author->currentData().toString();
    const QDateTime now = m_clock().toLocalTime();
    const QDate today = now.date();
    switch (m_period->currentData().toInt()) {
    case PastWeek:
        filter.from = today.addDays(-7).startOfDay();
        break;
    case PastMonth:
        filter.from = today.addMonths(-1).startOfDay();
        break;
    case PastYear:
        filter.from = today.addYears(-1).startOfDay();
        break;
    case ChosenDates: {
        // People think of "to" as a whole day; the portal's bound is exclusive.
        const QDate from = qMin(m_from->date(), m_to->date());
        const QDate to = qMax(m_from->date(), m_to->date());
        filter.from = from.startOfDay();
        filter.to = to.addDays(1).startOfDay();
        break;
    }
    default:
        break;
    }
    return filter;
}

void ReportFilterBar::reset()
{
    const QSignalBlocker searchBlocker(m_search);
    const QSignalBlocker periodBlocker(m_period);
    const QSignalBlocker authorBlocker(m_author);
    m_typing->stop();
    m_search->clear();
    m_period->setCurrentIndex(0);
    m_author->setCurrentIndex(0);
    m_dates->hide();
    m_last = filter();
}

void ReportFilterBar::emitIfChanged()
{
    m_typing->stop();
    const ReportListModel::Filter current = filter();
    if (current == m_last)
        return;
    m_last = current;
    emit filterChanged(current);
}
