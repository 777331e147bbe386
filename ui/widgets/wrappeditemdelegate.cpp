#include "ui/widgets/wrappeditemdelegate.h"

#include "ui/widgets/textlines.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QListView>
#include <QPainter>

WrappedItemDelegate::WrappedItemDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{ }

int WrappedItemDelegate::entryWidth(const QStyleOptionViewItem &option)
{
    const auto *view = qobject_cast<const QAbstractItemView *>(option.widget);
    if (!view)
        return option.rect.width();
    const auto *list = qobject_cast<const QListView *>(view);
    return view->viewport()->width() - 2 * (list ? list->spacing() : 0);
}

int WrappedItemDelegate::textWidth(const QStyleOptionViewItem &option, int entryWidth) const
{
    const int picture = option.features & QStyleOptionViewItem::HasDecoration
        ? option.decorationSize.width() + Gap
        : 0;
    return qMax(1, entryWidth - 2 * Margin - picture);
}

QStringList WrappedItemDelegate::lines(const QStyleOptionViewItem &option, const QModelIndex &index,
                                       int width) const
{
    const QStringList paragraphs = index.data(Qt::DisplayRole).toString().split(QLatin1Char('\n'));
    QStringList result;
    for (qsizetype i = 0; i < paragraphs.size(); ++i) {
        const bool limited
            = m_lastLineLimit > 0 && paragraphs.size() > 1 && i == paragraphs.size() - 1;
        result += wrappedLines(paragraphs.at(i), option.font, width, limited ? m_lastLineLimit : 0);
    }
    return result;
}

QStringList WrappedItemDelegate::shownLines(const QListView &view, const QModelIndex &index,
                                            int *width) const
{
    QStyleOptionViewItem option;
    option.initFrom(&view);
    option.widget = &view;
    option.font = view.font();
    option.decorationSize = view.iconSize();
    option.rect = view.visualRect(index);
    initStyleOption(&option, index);
    const int columnWidth = textWidth(option, option.rect.width());
    if (width)
        *width = columnWidth;
    return lines(option, index, columnWidth);
}

QSize WrappedItemDelegate::sizeHint(const QStyleOptionViewItem &option,
                                    const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const int width = entryWidth(opt);
    const int textLines = int(lines(opt, index, textWidth(opt, width)).size());
    const int textHeight = textLines * QFontMetrics(opt.font).lineSpacing();
    const int picture
        = opt.features & QStyleOptionViewItem::HasDecoration ? opt.decorationSize.height() : 0;
    return QSize(qMax(1, width), 2 * Margin + qMax(textHeight, picture));
}

void WrappedItemDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    QStyleOptionViewItem panel = opt;
    panel.text.clear();
    panel.icon = QIcon();
    panel.features &= ~QStyleOptionViewItem::HasDecoration;
    style->drawPrimitive(QStyle::PE_PanelItemViewItem, &panel, painter, widget);

    const bool selected = opt.state & QStyle::State_Selected;
    const QRect area = opt.rect.adjusted(Margin, Margin, -Margin, -Margin);
    int left = area.left();
    if (opt.features & QStyleOptionViewItem::HasDecoration) {
        const QSize side = opt.decorationSize;
        // The same picture when selected: the style's tint would hide a face.
        opt.icon.paint(painter, QRect(QPoint(left, area.top()), side), Qt::AlignCenter,
                       QIcon::Normal, QIcon::On);
        left += side.width() + Gap;
    }

    painter->save();
    painter->setFont(opt.font);
    painter->setPen(opt.palette.color(selected ? QPalette::HighlightedText : QPalette::Text));
    const QFontMetrics metrics(opt.font);
    const int width = area.right() - left + 1;
    int y = area.top();
    for (const QString &line : lines(opt, index, width)) {
        painter->drawText(QRect(left, y, width, metrics.height()), Qt::AlignLeft | Qt::AlignVCenter,
                          line);
        y += metrics.lineSpacing();
    }
    if (opt.state & QStyle::State_HasFocus) {
        painter->setPen(
            QPen(opt.palette.color(selected ? QPalette::HighlightedText : QPalette::Text), 2,
                 Qt::DotLine));
        painter->drawRect(opt.rect.adjusted(2, 2, -3, -3));
    }
    painter->restore();
}
