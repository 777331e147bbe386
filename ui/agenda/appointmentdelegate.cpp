#include "ui/agenda/appointmentdelegate.h"

#include "core/appointment.h"
#include "core/appointmentlistmodel.h"
#include "ui/widgets/textlines.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QLocale>
#include <QPainter>
#include <QPixmap>

namespace {

// Readable on white and on the selection colour alike, thanks to the outline.
const QColor CareTeamColour(0x0b, 0x4f, 0x9c);
const QColor OwnColour(0x2e, 0x6b, 0x2e);

QPixmap shape(int size, bool circle)
{
    QPixmap pixmap(size, size);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(Qt::white, 2));
    painter.setBrush(circle ? CareTeamColour : OwnColour);
    const QRectF box(2, 2, size - 4, size - 4);
    if (circle)
        painter.drawEllipse(box);
    else
        painter.drawRect(box);
    return pixmap;
}

Appointment appointmentOf(const QModelIndex &index)
{
    return index.data(AppointmentListModel::AppointmentRole).value<Appointment>();
}

} // namespace

AppointmentDelegate::AppointmentDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
    , m_today(QDate::currentDate())
{ }

QPixmap AppointmentDelegate::careTeamIcon(int size)
{
    return shape(size, true);
}

QPixmap AppointmentDelegate::ownIcon(int size)
{
    return shape(size, false);
}

QString AppointmentDelegate::dayText(const QDate &day, const QDate &today)
{
    const QString text = QLocale().toString(day, QStringLiteral("dddd d MMMM"));
    if (day == today)
        return tr("%1 (today)").arg(text);
    if (day == today.addDays(1))
        return tr("%1 (tomorrow)").arg(text);
    return text;
}

QString AppointmentDelegate::whoseText(const QModelIndex &index)
{
    const Appointment appointment = appointmentOf(index);
    if (appointment.isOwn())
        return appointment.createdByName.isEmpty()
            ? tr("Own appointment")
            : tr("Own appointment, made by %1").arg(appointment.createdByName);
    return appointment.caregiver.isEmpty()
        ? tr("Care team, time is indicative")
        : tr("Care team, time is indicative, %1").arg(appointment.caregiver);
}

QString AppointmentDelegate::dayTextOf(const QModelIndex &index) const
{
    return dayText(appointmentOf(index).start.toLocalTime().date(), m_today);
}

bool AppointmentDelegate::startsDay(const QModelIndex &index)
{
    if (index.row() == 0)
        return true;
    const QModelIndex previous = index.siblingAtRow(index.row() - 1);
    return previous.data(AppointmentListModel::StartRole).toDateTime().toLocalTime().date()
        != index.data(AppointmentListModel::StartRole).toDateTime().toLocalTime().date();
}

QFont AppointmentDelegate::boldFont(const QFont &base, qreal scale)
{
    QFont font = base;
    font.setBold(true);
    font.setPointSizeF(base.pointSizeF() * scale);
    return font;
}

int AppointmentDelegate::dayHeadingHeight(const QFont &font, const QString &text, int width)
{
    // Wraps rather than cuts off "Wednesday 25 November (tomorrow)" in a narrow list.
    const QRect box(0, 0, qMax(width - 2 * Margin, 80), 10000);
    return QFontMetrics(boldFont(font, 1.25)).boundingRect(box, Qt::TextWordWrap, text).height()
        + 2 * Margin;
}

int AppointmentDelegate::textWidth(int entryWidth)
{
    // Beside the shape, within the margins.
    return qMax(40, entryWidth - 3 * Margin - IconSize - 1);
}

AppointmentDelegate::Lines AppointmentDelegate::lines(const QFont &font, const QModelIndex &index,
                                                      int entryWidth) const
{
    const Appointment appointment = appointmentOf(index);
    const int width = textWidth(entryWidth);
    Lines lines;
    lines.heading = wrappedLines(
        tr("%1  %2").arg(AppointmentListModel::timeText(appointment), appointment.title),
        boldFont(font, 1.1), width);
    const QString place
        = appointment.location.isEmpty() ? tr("No place given") : appointment.location;
    lines.details = wrappedLines(place, font, width) + wrappedLines(whoseText(index), font, width);
    return lines;
}

QSize AppointmentDelegate::sizeHint(const QStyleOptionViewItem &option,
                                    const QModelIndex &index) const
{
    // The view's width: the option's rect is not set yet when the list asks for sizes.
    const auto *view = qobject_cast<const QAbstractItemView *>(option.widget);
    const int width = view ? view->viewport()->width() : option.rect.width();
    const Lines text = lines(option.font, index, width);
    const QFontMetrics base(option.font);
    const QFontMetrics bold(boldFont(option.font, 1.1));
    int height = 2 * Margin + int(text.heading.size()) * bold.lineSpacing()
        + int(text.details.size()) * base.lineSpacing() + 4;
    if (startsDay(index))
        height += dayHeadingHeight(option.font, dayTextOf(index), width);
    return QSize(200, height);
}

void AppointmentDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                const QModelIndex &index) const
{
    const Appointment appointment = appointmentOf(index);
    QRect rect = option.rect;
    painter->save();
    if (startsDay(index)) {
        // The day heading is not part of the selectable item.
        const QString day = dayTextOf(index);
        const int height = dayHeadingHeight(option.font, day, rect.width());
        const QRect dayRect(rect.left(), rect.top(), rect.width(), height);
        painter->fillRect(dayRect, option.palette.color(QPalette::Window));
        painter->setFont(boldFont(option.font, 1.25));
        painter->setPen(option.palette.color(QPalette::WindowText));
        painter->drawText(dayRect.adjusted(Margin, Margin, -Margin, 0),
                          Qt::AlignLeft | Qt::AlignVCenter | Qt::TextWordWrap, day);
        rect.setTop(dayRect.bottom() + 1);
    }

    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.rect = rect;
    opt.text.clear();
    opt.icon = QIcon();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawPrimitive(QStyle::PE_PanelItemViewItem, &opt, painter, widget);

    const bool selected = option.state & QStyle::State_Selected;
    const QColor ink = option.palette.color(selected ? QPalette::HighlightedText : QPalette::Text);
    const QRect area = rect.adjusted(Margin, Margin, -Margin, -Margin);
    painter->drawPixmap(area.left(), area.top(),
                        appointment.isOwn() ? ownIcon(IconSize) : careTeamIcon(IconSize));
    const int left = area.left() + IconSize + Margin;
    const int width = textWidth(rect.width());
    const Lines text = lines(option.font, index, rect.width());

    painter->setPen(ink);
    const QFont bold = boldFont(option.font, 1.1);
    const QFontMetrics boldMetrics(bold);
    painter->setFont(bold);
    int y = area.top();
    for (const QString &line : text.heading) {
        painter->drawText(QRect(left, y, width, boldMetrics.height()),
                          Qt::AlignLeft | Qt::AlignVCenter, line);
        y += boldMetrics.lineSpacing();
    }
    painter->setFont(option.font);
    const QFontMetrics metrics(option.font);
    for (const QString &line : text.details) {
        painter->drawText(QRect(left, y, width, metrics.height()), Qt::AlignLeft | Qt::AlignVCenter,
                          line);
        y += metrics.lineSpacing();
    }

    // A rule between entries, so they read as separate items without relying on colour.
    painter->setPen(QPen(option.palette.color(QPalette::Mid), 1));
    painter->drawLine(rect.bottomLeft(), rect.bottomRight());
    if (option.state & QStyle::State_HasFocus) {
        painter->setPen(QPen(ink, 2, Qt::DotLine));
        painter->drawRect(rect.adjusted(2, 2, -3, -3));
    }
    painter->restore();
}
