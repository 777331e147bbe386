#include "ui/widgets/wordfitcolumns.h"

#include <QEvent>
#include <QHeaderView>
#include <QRegularExpression>
#include <QStyle>
#include <QStyleOptionViewItem>
#include <QTableView>
#include <QTimer>
#include <QtMath>

#include <algorithm>

namespace {
// Rows looked at for the longest word: a page or two of what the table shows.
constexpr int RowsMeasured = 200;

// In whole pixels, rounded up: a text a fraction wider than its room is cut off.
int widestPart(const QFontMetricsF &metrics, const QString &text, const QRegularExpression &split)
{
    qreal widest = 0;
    for (const QString &part : text.split(split, Qt::SkipEmptyParts))
        widest = qMax(widest, metrics.horizontalAdvance(part));
    return qCeil(widest);
}
} // namespace

WordFitColumns::WordFitColumns(QTableView *table, const QList<int> &columns)
    : QObject(table)
    , m_table(table)
    , m_tableObject(table)
    , m_viewport(table->viewport())
    , m_columns(columns)
{
    for (int column : columns)
        table->horizontalHeader()->setSectionResizeMode(column, QHeaderView::Interactive);
    table->horizontalHeader()->setStretchLastSection(false);
    table->installEventFilter(this);
    m_viewport->installEventFilter(this);
    // The other columns may size themselves to their contents: they go first.
    connect(table->horizontalHeader(), &QHeaderView::sectionResized, this, [this](int column) {
        if (!m_columns.contains(column))
            fitLater();
    });
    if (QAbstractItemModel *model = table->model()) {
        connect(model, &QAbstractItemModel::modelReset, this, &WordFitColumns::fitLater);
        connect(model, &QAbstractItemModel::layoutChanged, this, &WordFitColumns::fitLater);
        connect(model, &QAbstractItemModel::rowsInserted, this, &WordFitColumns::fitLater);
        connect(model, &QAbstractItemModel::dataChanged, this, &WordFitColumns::fitLater);
        connect(model, &QAbstractItemModel::headerDataChanged, this, &WordFitColumns::fitLater);
    }
    fitLater();
}

bool WordFitColumns::eventFilter(QObject *watched, QEvent *event)
{
    // Pointers compared only: a table being destroyed still sends events (focus, hide) after
    // it has stopped being a table.
    switch (event->type()) {
    case QEvent::Resize:
        if (watched == m_viewport)
            fitLater();
        break;
    case QEvent::FontChange:
    case QEvent::StyleChange:
        if (watched == m_tableObject)
            fitLater();
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

void WordFitColumns::fitLater()
{
    if (m_pending)
        return;
    m_pending = true;
    QTimer::singleShot(0, this, [this] {
        m_pending = false;
        fit();
    });
}

WordFitColumns::Widths WordFitColumns::widths(int column) const
{
    static const QRegularExpression words(QStringLiteral("\\s+"));
    static const QRegularExpression lines(QStringLiteral("\\n"));
    const QHeaderView *header = m_table->horizontalHeader();
    const QString title = m_table->model()->headerData(column, Qt::Horizontal).toString();
    const int headerMargin
        = 2 * m_table->style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, header);
    Widths widths;
    widths.least = widestPart(QFontMetricsF(header->font()), title, lines) + headerMargin;
    widths.whole = qMax(widths.least, header->sectionSizeHint(column));
    // The style's room around a cell's text: the text rectangle it gives a cell without text.
    QStyleOptionViewItem option;
    option.initFrom(m_table);
    option.features = QStyleOptionViewItem::HasDisplay;
    option.rect = QRect(0, 0, 1000, 100);
    const int cellMargin
        = m_table->style()->subElementRect(QStyle::SE_ItemViewItemText, &option, m_table).width();
    const QFontMetricsF metrics(m_table->font());
    const int rows = qMin(m_table->model()->rowCount(), RowsMeasured);
    for (int row = 0; row < rows; ++row) {
        const QString text = m_table->model()->index(row, column).data().toString();
        widths.least = qMax(widths.least, widestPart(metrics, text, words) + cellMargin);
        // Two pixels more for one line: the delegate lays the text out a little wider than the
        // font measures it, and broke "138/84 mmHg" at 200 % in a column of exactly its width.
        widths.whole = qMax(widths.whole, widestPart(metrics, text, lines) + cellMargin + 2);
    }
    return widths;
}

void WordFitColumns::fit()
{
    if (!m_table->model() || m_columns.isEmpty())
        return;
    QHeaderView *header = m_table->horizontalHeader();
    int room = m_table->viewport()->width();
    for (int column = 0; column < header->count(); ++column) {
        if (!m_columns.contains(column) && !header->isSectionHidden(column))
            room -= header->sectionSize(column);
    }
    // What each needs at least, and to show its texts on one line.
    QList<int> least;
    QList<int> whole;
    for (int column : std::as_const(m_columns)) {
        const Widths needed = widths(column);
        least.append(needed.least);
        whole.append(needed.whole);
    }
    // The room above the least goes first to the column that lacks least for one line, then the
    // next: as many texts whole as the room allows. The last column takes what is left.
    QList<int> order;
    int leastTotal = 0;
    for (int i = 0; i < m_columns.size(); ++i) {
        order.append(i);
        leastTotal += least.at(i);
    }
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
        return whole.at(a) - least.at(a) < whole.at(b) - least.at(b);
    });
    QList<int> width = least;
    int spare = qMax(0, room - leastTotal);
    for (int i : std::as_const(order)) {
        const int lack = whole.at(i) - least.at(i);
        if (lack > spare)
            break; // it would wrap all the same: the room goes to the last column
        width[i] += lack;
        spare -= lack;
    }
    width.last() += spare;
    for (int i = 0; i < m_columns.size(); ++i)
        header->resizeSection(m_columns.at(i), width.at(i));
}
