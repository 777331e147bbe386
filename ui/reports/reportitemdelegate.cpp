#include "ui/reports/reportitemdelegate.h"

#include "core/reportlistmodel.h"

#include <QApplication>
#include <QDateTime>
#include <QLocale>
#include <QPainter>
#include <QTextLayout>

namespace {

// Lays out `text` in at most `maxLines` lines of `width`, the last one cut with "…" when more
// text follows. Line breaks in a report are kept, but blank lines are dropped to save room.
QStringList previewLines(const QString &text, const QFont &font, int width, int maxLines)
{
    QString flat = text;
    flat.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    const QStringList paragraphs = flat.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    const QString joined = paragraphs.join(QChar::LineSeparator);
    QTextLayout layout(joined, font);
    layout.beginLayout();
    QStringList lines;
    int consumed = 0;
    while (lines.size() < maxLines) {
        QTextLine line = layout.createLine();
        if (!line.isValid())
            break;
        line.setLineWidth(width);
        consumed = line.textStart() + line.textLength();
        lines.append(joined.mid(line.textStart(), line.textLength()).trimmed());
    }
    layout.endLayout();
    if (!lines.isEmpty() && consumed < joined.size()) {
        const QFontMetrics metrics(font);
        lines.last()
            = metrics.elidedText(lines.last() + QStringLiteral(" …"), Qt::ElideRight, width);
    }
    for (QString &line : lines)
        line.remove(QChar::LineSeparator);
    return lines;
}

} // namespace

ReportItemDelegate::ReportItemDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{ }

QString ReportItemDelegate::dateText(const QDateTime &time)
{
    const QDateTime local = time.toLocalTime();
    const QLocale locale;
    // Minutes are what people remember; some locales' short format still shows seconds.
    QString timeFormat = locale.timeFormat(QLocale::ShortFormat);
    timeFormat.remove(QLatin1String(":ss"));
    return tr("%1, %2").arg(locale.toString(local.date(), QLocale::LongFormat),
                            locale.toString(local.time(), timeFormat));
}

QString ReportItemDelegate::authorLine(const QModelIndex &index)
{
    const QString name = index.data(ReportListModel::AuthorNameRole).toString();
    const QString role = index.data(ReportListModel::AuthorRoleRole).toString();
    return role.isEmpty() ? name : tr("%1, %2").arg(name, role);
}

QFont ReportItemDelegate::dateFont(const QFont &base)
{
    QFont font = base;
    font.setBold(true);
    font.setPointSizeF(base.pointSizeF() * 1.1);
    return font;
}

QSize ReportItemDelegate::sizeHint(const QStyleOptionViewItem &option,
                                   const QModelIndex &index) const
{
    Q_UNUSED(index)
    const QFontMetrics base(option.font);
    const QFontMetrics bold(dateFont(option.font));
    const int height
        = 2 * Margin + bold.lineSpacing() + 4 + base.lineSpacing() * (2 + PreviewLines) + 4;
    // The width follows the view; text is cut to fit, never scrolled sideways.
    return QSize(200, height);
}

void ReportItemDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                               const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear(); // the panel only: the words are drawn below
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawPrimitive(QStyle::PE_PanelItemViewItem, &opt, painter, widget);

    const bool selected = option.state & QStyle::State_Selected;
    const QColor ink = option.palette.color(selected ? QPalette::HighlightedText : QPalette::Text);
    const QRect area = option.rect.adjusted(Margin, Margin, -Margin, -Margin);

    painter->save();
    painter->setPen(ink);
    const QFont bold = dateFont(option.font);
    painter->setFont(bold);
    const QFontMetrics boldMetrics(bold);
    int y = area.top();
    const QString date = dateText(index.data(ReportListModel::CreatedAtRole).toDateTime());
    painter->drawText(QRect(area.left(), y, area.width(), boldMetrics.height()),
                      Qt::AlignLeft | Qt::AlignVCenter,
                      boldMetrics.elidedText(date, Qt::ElideRight, area.width()));
    y += boldMetrics.lineSpacing() + 4;

    painter->setFont(option.font);
    const QFontMetrics metrics(option.font);
    for (const QString &line :
         { authorLine(index), index.data(ReportListModel::CategoryRole).toString() }) {
        painter->drawText(QRect(area.left(), y, area.width(), metrics.height()),
                          Qt::AlignLeft | Qt::AlignVCenter,
                          metrics.elidedText(line, Qt::ElideRight, area.width()));
        y += metrics.lineSpacing();
    }
    y += 4;

    const QStringList lines = previewLines(index.data(ReportListModel::TextRole).toString(),
                                           option.font, area.width(), PreviewLines);
    for (const QString &line : lines) {
        painter->drawText(QRect(area.left(), y, area.width(), metrics.height()),
                          Qt::AlignLeft | Qt::AlignVCenter, line);
        y += metrics.lineSpacing();
    }

    // A rule between entries, so they read as separate items without relying on colour.
    painter->setPen(QPen(option.palette.color(QPalette::Mid), 1));
    painter->drawLine(option.rect.bottomLeft(), option.rect.bottomRight());
    if (option.state & QStyle::State_HasFocus) {
        painter->setPen(QPen(ink, 2, Qt::DotLine));
        painter->drawRect(option.rect.adjusted(2, 2, -3, -3));
    }
    painter->restore();
}
