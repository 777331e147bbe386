#include "ui/reports/reportitemdelegate.h"

#include "core/reportlistmodel.h"
#include "ui/widgets/textlines.h"

#include <QApplication>
#include <QDateTime>
#include <QLocale>
#include <QPainter>

ReportItemDelegate::ReportItemDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{ }

QString ReportItemDelegate::dateText(const QDateTime &time)
{
    const QDateTime local = time.toLocalTime();
    return tr("%1, %2").arg(QLocale().toString(local.date(), QLocale::LongFormat),
                            timeText(local.time()));
}

QString ReportItemDelegate::shortDateText(const QDateTime &time)
{
    const QDateTime local = time.toLocalTime();
    return tr("%1, %2").arg(QLocale().toString(local.date(), QStringLiteral("ddd d MMM yyyy")),
                            timeText(local.time()));
}

QString ReportItemDelegate::timeText(const QTime &time)
{
    const QLocale locale;
    // Minutes are what people remember; some locales' short format still shows seconds.
    QString format = locale.timeFormat(QLocale::ShortFormat);
    format.remove(QLatin1String(":ss"));
    return locale.toString(time, format);
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
    // The short form where the whole long one does not fit: a date cut off says nothing.
    const QDateTime created = index.data(ReportListModel::CreatedAtRole).toDateTime();
    QString date = dateText(created);
    if (boldMetrics.horizontalAdvance(date) > area.width())
        date = shortDateText(created);
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

    const QStringList lines = wrappedLines(index.data(ReportListModel::TextRole).toString(),
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
