#include "ui/plans/planitemdelegate.h"

#include <QApplication>
#include <QIcon>
#include <QPainter>

namespace {

constexpr int Padding = 10;

// displayText() has turned the model's '\n' into QChar::LineSeparator.
QStringList linesOf(QString text)
{
    text.replace(QChar::LineSeparator, QLatin1Char('\n'));
    return text.split(QLatin1Char('\n'));
}

QFont boldOf(QFont font)
{
    font.setBold(true);
    return font;
}

} // namespace

void PlanItemDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                             const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QStringList lines = linesOf(opt.text);
    const QIcon icon = opt.icon;
    // The style draws the background, selection and focus frame; the text and icon are ours.
    opt.text.clear();
    opt.icon = QIcon();
    opt.features &= ~QStyleOptionViewItem::HasDecoration;
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    painter->save();
    const QRect area = option.rect.adjusted(Padding, Padding, -Padding, -Padding);
    const QSize iconSize = option.decorationSize;
    icon.paint(painter, QRect(area.topLeft(), iconSize));
    const bool selected = option.state & QStyle::State_Selected;
    painter->setPen(option.palette.color(selected ? QPalette::HighlightedText : QPalette::Text));
    int y = area.top();
    const int x = area.left() + iconSize.width() + Padding;
    for (int line = 0; line < lines.size(); ++line) {
        const QFont font = line == 0 ? boldOf(option.font) : option.font;
        painter->setFont(font);
        const QFontMetrics metrics(font);
        const QRect box(x, y, area.right() - x, metrics.height());
        painter->drawText(box, Qt::AlignLeft | Qt::AlignVCenter,
                          metrics.elidedText(lines.at(line), Qt::ElideRight, box.width()));
        y += metrics.height() + 2;
    }
    painter->restore();
}

QSize PlanItemDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QStringList lines = linesOf(opt.text);
    const QFontMetrics bold(boldOf(option.font));
    const QFontMetrics normal(option.font);
    int height = bold.height();
    int width = bold.horizontalAdvance(lines.value(0));
    for (int line = 1; line < lines.size(); ++line) {
        height += normal.height() + 2;
        width = qMax(width, normal.horizontalAdvance(lines.at(line)));
    }
    height = qMax(height, option.decorationSize.height());
    return { width + option.decorationSize.width() + 3 * Padding, height + 2 * Padding };
}
