#include "ui/measurements/measurementchart.h"

#include "core/measurementlistmodel.h"

#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QStyleOptionFocusRect>

#include <algorithm>
#include <cmath>

namespace {

// Dark enough for 4.5:1 on white, and light enough for it on the high-contrast theme's black; the
// line style and the point shape carry the difference too.
const QColor LineColors[] = { QColor(0x0b, 0x4f, 0x9c), QColor(0x8a, 0x3b, 0x00),
                              QColor(0x1f, 0x5f, 0x1f), QColor(0x5b, 0x2a, 0x86) };
const QColor LineColorsOnDark[] = { QColor(0xff, 0xff, 0x00), QColor(0x00, 0xff, 0xff),
                                    QColor(0xff, 0xff, 0xff), QColor(0xff, 0xa0, 0xff) };

QColor lineColor(int index, const QPalette &palette)
{
    const bool dark = palette.color(QPalette::Base).lightnessF() < 0.5;
    return dark ? LineColorsOnDark[index % 4] : LineColors[index % 4];
}
const Qt::PenStyle LineStyles[] = { Qt::SolidLine, Qt::DashLine, Qt::DotLine, Qt::DashDotLine };

enum class Shape { Circle, Square, Triangle, Diamond };

Shape shapeOf(int index)
{
    return Shape(index % 4);
}

QString shapeWords(int index)
{
    switch (shapeOf(index)) {
    case Shape::Circle:
        return MeasurementChart::tr("solid line with circles");
    case Shape::Square:
        return MeasurementChart::tr("dashed line with squares");
    case Shape::Triangle:
        return MeasurementChart::tr("dotted line with triangles");
    case Shape::Diamond:
        return MeasurementChart::tr("dash-dot line with diamonds");
    }
    return {};
}

void drawPoint(QPainter &painter, const QPointF &at, int index, qreal size)
{
    const qreal r = size / 2;
    switch (shapeOf(index)) {
    case Shape::Circle:
        painter.drawEllipse(at, r, r);
        break;
    case Shape::Square:
        painter.drawRect(QRectF(at.x() - r, at.y() - r, size, size));
        break;
    case Shape::Triangle:
        painter.drawPolygon(
            QPolygonF({ QPointF(at.x(), at.y() - r * 1.2), QPointF(at.x() + r * 1.2, at.y() + r),
                        QPointF(at.x() - r * 1.2, at.y() + r) }));
        break;
    case Shape::Diamond:
        painter.drawPolygon(
            QPolygonF({ QPointF(at.x(), at.y() - r * 1.3), QPointF(at.x() + r * 1.3, at.y()),
                        QPointF(at.x(), at.y() + r * 1.3), QPointF(at.x() - r * 1.3, at.y()) }));
        break;
    }
}

// A step of 1, 2 or 5 times a power of ten that gives about `count` ticks over `span`.
double niceStep(double span, int count)
{
    const double raw = span / std::max(1, count);
    const double power = std::pow(10.0, std::floor(std::log10(raw)));
    for (double factor : { 1.0, 2.0, 5.0, 10.0 }) {
        if (factor * power >= raw)
            return factor * power;
    }
    return 10 * power;
}

QString dateText(const QDateTime &time)
{
    return QLocale().toString(time.toLocalTime().date(), QLocale::LongFormat);
}

} // namespace

MeasurementChart::MeasurementChart(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("measurementChart"));
    setAccessibleName(tr("Chart"));
    // Reachable by Tab, so a screen reader reads the description.
    setFocusPolicy(Qt::TabFocus);
    setAutoFillBackground(false);
    updateDescription();
}

QSize MeasurementChart::sizeHint() const
{
    return QSize(640, fontMetrics().height() * 16);
}

QSize MeasurementChart::minimumSizeHint() const
{
    // In characters, so that with large text the legend leaves room for the lines.
    return QSize(fontMetrics().averageCharWidth() * 36, fontMetrics().height() * 11);
}

void MeasurementChart::setData(const MeasurementType &type, const QList<Measurement> &measurements)
{
    m_type = type;
    m_items.clear();
    for (const Measurement &measurement : measurements) {
        if (measurement.typeCode == type.code && measurement.measuredAt.isValid())
            m_items.append(measurement);
    }
    std::sort(m_items.begin(), m_items.end(), [](const Measurement &a, const Measurement &b) {
        return a.measuredAt < b.measuredAt;
    });
    setAccessibleName(type.isValid() ? tr("Chart of %1").arg(type.name) : tr("Chart"));
    updateDescription();
    update();
}

void MeasurementChart::clear()
{
    setData(MeasurementType(), {});
}

QList<MeasurementChart::Series> MeasurementChart::series() const
{
    QList<Series> result;
    for (const MeasurementComponent &component : m_type.components) {
        Series line { &component, {} };
        for (const Measurement &measurement : m_items) {
            const auto found = measurement.values.constFind(component.code);
            if (found != measurement.values.constEnd())
                line.points.append({ measurement.measuredAt, *found });
        }
        result.append(line);
    }
    return result;
}

void MeasurementChart::updateDescription()
{
    if (m_items.isEmpty()) {
        m_description = tr("There are no measurements to show in the chart yet.");
    } else {
        QStringList parts;
        parts.append(m_items.size() == 1
                         ? tr("One measurement, on %1.").arg(dateText(m_items.first().measuredAt))
                         : tr("%n measurements from %1 to %2.", nullptr, int(m_items.size()))
                               .arg(dateText(m_items.first().measuredAt),
                                    dateText(m_items.last().measuredAt)));
        for (const Series &line : series()) {
            if (line.points.isEmpty())
                continue;
            const auto [low, high] = std::minmax_element(
                line.points.begin(), line.points.end(),
                [](const auto &a, const auto &b) { return a.second < b.second; });
            parts.append(tr("%1: latest %2 on %3, lowest %4, highest %5.")
                             .arg(line.component->name,
                                  m_type.formatValue(line.points.last().second, *line.component),
                                  MeasurementListModel::whenText(line.points.last().first),
                                  m_type.formatValue(low->second, *line.component),
                                  m_type.formatValue(high->second, *line.component)));
        }
        m_description = parts.join(QLatin1Char(' '));
    }
    setAccessibleDescription(m_description);
    setToolTip(m_description);
}

void MeasurementChart::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.fillRect(rect(), palette().base());
    painter.setPen(palette().color(QPalette::Mid));
    painter.drawRect(rect().adjusted(0, 0, -1, -1));
    if (hasFocus()) {
        QStyleOptionFocusRect option;
        option.initFrom(this);
        option.rect = rect().adjusted(2, 2, -2, -2);
        style()->drawPrimitive(QStyle::PE_FrameFocusRect, &option, &painter, this);
    }
    const QFontMetrics metrics = fontMetrics();
    const int line = metrics.height();
    const QColor text = palette().color(QPalette::Text);
    painter.setPen(text);
    if (m_items.isEmpty()) {
        painter.drawText(rect().adjusted(line, line, -line, -line),
                         Qt::AlignCenter | Qt::TextWordWrap, m_description);
        return;
    }
    const QList<Series> lines = series();

    // The legend in words, one row per component, with a sample of its line and point.
    int y = line / 2;
    for (int i = 0; i < lines.size(); ++i) {
        const QColor color = lineColor(i, palette());
        QPen pen(color, 3, LineStyles[i % 4]);
        painter.setPen(pen);
        const int mid = y + line / 2;
        painter.drawLine(line, mid, line * 3, mid);
        painter.setPen(QPen(color, 2));
        painter.setBrush(color);
        drawPoint(painter, QPointF(line * 2, mid), i, line * 0.5);
        painter.setBrush(Qt::NoBrush);
        painter.setPen(text);
        // Wrapped when the text is large: the words say which line is which.
        const QString words = tr("%1 (%2)").arg(lines.at(i).component->name, shapeWords(i));
        const QRect room(line * 3 + line / 2, y, width() - line * 4, line * 4);
        const int rows = metrics.boundingRect(room, Qt::TextWordWrap, words).height();
        painter.drawText(QRect(room.topLeft(), QSize(room.width(), std::max(line, rows))),
                         Qt::AlignTop | Qt::AlignLeft | Qt::TextWordWrap, words);
        y += std::max(line, rows) + line / 4;
    }

    // Value range with a little room, on round ticks.
    double low = std::numeric_limits<double>::max();
    double high = std::numeric_limits<double>::lowest();
    for (const Series &each : lines) {
        for (const auto &point : each.points) {
            low = std::min(low, point.second);
            high = std::max(high, point.second);
        }
    }
    if (high - low < 1e-9) {
        low -= 1;
        high += 1;
    }
    // About four ticks, fewer when the text is large for the height: a label and a half apart.
    const double span = high - low;
    const int room = height() - (y + line * 2) - line * 3;
    const double step = niceStep(span, std::clamp(int(room / (line * 1.5)) - 2, 1, 4));
    low = std::floor(low / step) * step;
    high = std::ceil(high / step) * step;
    const int decimals = step < 1 ? int(std::ceil(-std::log10(step))) : 0;

    int labelWidth = metrics.horizontalAdvance(m_type.unit);
    for (double v = low; v <= high + step / 2; v += step)
        labelWidth
            = std::max(labelWidth, metrics.horizontalAdvance(MeasurementType::number(v, decimals)));
    const QRectF plot(line + labelWidth + line / 2, y + line * 1.9,
                      width() - (line + labelWidth + line / 2) - line * 1.5,
                      height() - (y + line * 1.9) - line * 2.5);
    if (plot.width() < 40 || plot.height() < 40)
        return;

    // The unit above the value axis.
    painter.drawText(QRectF(0, y + line * 0.2, plot.left() + line * 4, line),
                     Qt::AlignLeft | Qt::AlignVCenter,
                     m_type.unit.isEmpty() ? tr("Value") : m_type.unit);
    const auto yOf
        = [&](double v) { return plot.bottom() - (v - low) / (high - low) * plot.height(); };
    const qint64 first = m_items.first().measuredAt.toMSecsSinceEpoch();
    const qint64 last = m_items.last().measuredAt.toMSecsSinceEpoch();
    const auto xOf = [&](const QDateTime &t) {
        if (last == first)
            return plot.center().x();
        return plot.left()
            + double(t.toMSecsSinceEpoch() - first) / double(last - first) * plot.width();
    };
    for (double v = low; v <= high + step / 2; v += step) {
        const qreal at = yOf(v);
        painter.setPen(QPen(palette().color(QPalette::Midlight), 1));
        painter.drawLine(QPointF(plot.left(), at), QPointF(plot.right(), at));
        painter.setPen(text);
        painter.drawText(QRectF(line / 2, at - line / 2, labelWidth, line),
                         Qt::AlignRight | Qt::AlignVCenter, MeasurementType::number(v, decimals));
    }
    painter.setPen(QPen(text, 1));
    painter.drawLine(plot.bottomLeft(), plot.bottomRight());
    painter.drawLine(plot.bottomLeft(), plot.topLeft());

    // Dates: the first and the last, and the middle one when there is room.
    const QString format = QStringLiteral("d MMM yyyy");
    const QDateTime firstTime = m_items.first().measuredAt;
    const QDateTime lastTime = m_items.last().measuredAt;
    const qreal labelY = plot.bottom() + line / 3;
    const QString firstLabel = QLocale().toString(firstTime.toLocalTime().date(), format);
    const QString lastLabel = QLocale().toString(lastTime.toLocalTime().date(), format);
    if (first == last) {
        painter.drawText(QRectF(plot.left(), labelY, plot.width(), line), Qt::AlignHCenter,
                         firstLabel);
    } else {
        painter.drawText(QRectF(plot.left(), labelY, plot.width(), line), Qt::AlignLeft,
                         firstLabel);
        painter.drawText(QRectF(plot.left(), labelY, plot.width(), line), Qt::AlignRight,
                         lastLabel);
        const QDateTime middle = QDateTime::fromMSecsSinceEpoch((first + last) / 2);
        const QString middleLabel = QLocale().toString(middle.toLocalTime().date(), format);
        if (plot.width() > 3.5 * metrics.horizontalAdvance(middleLabel) && middleLabel != firstLabel
            && middleLabel != lastLabel)
            painter.drawText(QRectF(plot.left(), labelY, plot.width(), line), Qt::AlignHCenter,
                             middleLabel);
    }

    // The lines, then their points on top.
    for (int i = 0; i < lines.size(); ++i) {
        const QColor color = lineColor(i, palette());
        QPainterPath path;
        const auto &points = lines.at(i).points;
        for (int p = 0; p < points.size(); ++p) {
            const QPointF at(xOf(points.at(p).first), yOf(points.at(p).second));
            if (p == 0)
                path.moveTo(at);
            else
                path.lineTo(at);
        }
        painter.setPen(QPen(color, 3, LineStyles[i % 4], Qt::RoundCap, Qt::RoundJoin));
        painter.setBrush(Qt::NoBrush);
        painter.drawPath(path);
        painter.setPen(QPen(color, 2));
        painter.setBrush(color);
        for (const auto &point : points)
            drawPoint(painter, QPointF(xOf(point.first), yOf(point.second)), i, line * 0.55);
    }
}
