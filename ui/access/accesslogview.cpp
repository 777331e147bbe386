#include "ui/access/accesslogview.h"

#include "core/accesslogmodel.h"
#include "ui/theme.h"
#include "ui/widgets/busyindicator.h"
#include "ui/widgets/statusmessage.h"
#include "ui/widgets/wraprow.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QRegularExpression>
#include <QSet>
#include <QStyle>
#include <QTableView>
#include <QVBoxLayout>

AccessLogView::AccessLogView(PortalApi *api, QWidget *parent)
    : QWidget(parent)
    , m_model(new AccessLogModel(api, this))
    , m_table(new QTableView(this))
    , m_status(new StatusMessage(this))
    , m_busy(new BusyIndicator(this))
    , m_more(new QPushButton(tr("Show older entries"), this))
    , m_retry(new QPushButton(tr("Try again"), this))
    , m_back(new QPushButton(tr("← Back to the contact persons"), this))
{
    setObjectName(QStringLiteral("accessLogView"));
    auto *heading = new QLabel(tr("Access log"), this);
    Theme::makeHeading(heading, 2);
    auto *intro = new QLabel(tr("Who looked at or changed what, and when. The newest is at the "
                                "top. The portal keeps this for at least five years."),
                             this);
    intro->setWordWrap(true);

    m_table->setObjectName(QStringLiteral("accessLogTable"));
    m_table->setAccessibleName(tr("Access log"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setTabKeyNavigation(false); // Tab leaves the table, arrows move within it
    m_table->setAlternatingRowColors(true);
    // No sideways scrolling: "When" as wide as a date, "Who" as wide as its names up to a
    // share of the table (longer names wrap), "What" takes the rest and wraps.
    m_table->setWordWrap(true);
    m_table->setTextElideMode(Qt::ElideNone);
    m_table->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    QHeaderView *columns = m_table->horizontalHeader();
    columns->setSectionResizeMode(AccessLogModel::WhenColumn, QHeaderView::ResizeToContents);
    columns->setSectionResizeMode(AccessLogModel::WhoColumn, QHeaderView::Fixed);
    columns->setSectionResizeMode(AccessLogModel::WhatColumn, QHeaderView::Stretch);
    m_table->viewport()->installEventFilter(this);

    m_status->setObjectName(QStringLiteral("accessLogStatus"));
    m_status->clear();
    m_busy->setText(tr("Loading the access log…"));
    m_busy->hide();
    m_more->setObjectName(QStringLiteral("accessLogMoreButton"));
    m_retry->setObjectName(QStringLiteral("accessLogRetryButton"));
    m_retry->hide();
    m_back->setObjectName(QStringLiteral("accessLogBackButton"));

    // Back on the left, the list's own buttons on the right; with large text they go under it.
    auto *buttons = new WrapRow(m_back, { m_retry, m_more }, this);
    buttons->layout()->setAlignment(m_back, Qt::AlignLeft);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(heading);
    layout->addWidget(intro);
    layout->addWidget(m_status);
    layout->addWidget(m_busy);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);

    connect(m_model, &AccessLogModel::loadingChanged, this, &AccessLogView::onLoadingChanged);
    connect(m_model, &AccessLogModel::loadFailed, this, &AccessLogView::onFailed);
    connect(m_model, &AccessLogModel::pageLoaded, this, [this] {
        onLoadingChanged(false);
        fitWhoColumn();
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, &AccessLogView::fitWhoColumn);
    connect(m_more, &QPushButton::clicked, this, [this] { m_model->fetchMore(QModelIndex()); });
    connect(m_retry, &QPushButton::clicked, m_model, &AccessLogModel::retry);
    connect(m_back, &QPushButton::clicked, this, &AccessLogView::backRequested);
    onLoadingChanged(false);
}

bool AccessLogView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_table->viewport() && event->type() == QEvent::Resize)
        fitWhoColumn();
    return QWidget::eventFilter(watched, event);
}

void AccessLogView::fitWhoColumn()
{
    // The header gives "When" its contents' width only at its next layout, after the rows
    // arrived: share out the room by the width it is about to get, not the one it has.
    // QTableView hides sizeHintForColumn(); the base class's public one is the same function.
    const QAbstractItemView *view = m_table;
    const QHeaderView *columns = m_table->horizontalHeader();
    const auto wanted = [view, columns](int column) {
        return qMax(view->sizeHintForColumn(column), columns->sectionSizeHint(column));
    };
    const int room = m_table->viewport()->width() - wanted(AccessLogModel::WhenColumn);
    const int share = qMin(wanted(AccessLogModel::WhoColumn), qMax(room / 2, 120));
    // A word cannot wrap: "(contactpersoon)" at large text is cut off in a column narrower
    // than itself. Wider then, as long as "What" keeps a third of the room.
    m_table->setColumnWidth(AccessLogModel::WhoColumn,
                            qMax(share, qMin(longestWhoWord(), room * 2 / 3)));
}

int AccessLogView::longestWhoWord() const
{
    // Called on every resize: each person is measured once, however many rows they have.
    static const QRegularExpression space(QStringLiteral("\\s+"));
    const QFontMetrics metrics = m_table->fontMetrics();
    QSet<QString> seen;
    int longest = 0;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QString text
            = m_model->index(row, AccessLogModel::WhoColumn).data(Qt::DisplayRole).toString();
        if (seen.contains(text))
            continue;
        seen.insert(text);
        const QStringList words = text.split(space, Qt::SkipEmptyParts);
        for (const QString &word : words)
            longest = qMax(longest, metrics.horizontalAdvance(word));
    }
    // The style's text margin on either side of a cell, and the grid line.
    const int margin
        = m_table->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, m_table);
    return longest + 2 * (margin + 1) + 1;
}

void AccessLogView::setClientId(const QString &clientId)
{
    m_model->setClientId(clientId);
}

void AccessLogView::reload()
{
    m_model->reload();
}

void AccessLogView::onLoadingChanged(bool loading)
{
    m_busy->setVisible(loading);
    if (loading) {
        m_status->clear();
        m_retry->hide();
    }
    m_more->setVisible(m_model->canFetchMore(QModelIndex()));
    if (!loading && m_model->hasLoaded() && m_model->rowCount() == 0)
        m_status->showMessage(tr("Nothing has been logged yet."), StatusMessage::Tone::Info);
}

void AccessLogView::onFailed(const ApiError &error)
{
    m_status->showMessage(tr("The access log could not be loaded.") + QLatin1Char(' ')
                          + error.userMessage());
    m_retry->show();
}
