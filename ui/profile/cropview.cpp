#include "ui/profile/cropview.h"

#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QStyleOptionFocusRect>

#include <algorithm>
#include <cmath>

namespace {

constexpr int HandleSide = 18; // corners to grab, in screen pixels

} // namespace

CropView::CropView(QWidget *parent)
    : QWidget(parent)
{
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setAccessibleName(tr("Part of the photo to use"));
    setAccessibleDescription(tr("Move the square with the arrow keys, or drag it. Make it larger "
                                "with the plus key and smaller with the minus key, or drag a "
                                "corner."));
}

QSize CropView::sizeHint() const
{
    return { 480, 400 };
}

QSize CropView::minimumSizeHint() const
{
    return { 240, 200 };
}

void CropView::setImage(const QImage &image)
{
    m_image = image;
    const int side = std::min(image.width(), image.height());
    m_selection = QRect((image.width() - side) / 2, (image.height() - side) / 2, side, side);
    describe();
    update();
    emit selectionChanged(m_selection);
}

void CropView::setSelection(const QRect &selection)
{
    if (m_image.isNull())
        return;
    const int largest = std::min(m_image.width(), m_image.height());
    int side = std::clamp(std::min(selection.width(), selection.height()),
                          std::min(MinimumSide, largest), largest);
    const int x = std::clamp(selection.x(), 0, m_image.width() - side);
    const int y = std::clamp(selection.y(), 0, m_image.height() - side);
    const QRect square(x, y, side, side);
    if (square == m_selection)
        return;
    m_selection = square;
    describe();
    update();
    emit selectionChanged(m_selection);
}

QImage CropView::selectedImage() const
{
    return m_image.isNull() ? QImage() : m_image.copy(m_selection);
}

void CropView::describe()
{
    // A screen reader hears where the square is, not only that there is one.
    if (m_image.isNull())
        return;
    const int percent
        = qRound(100.0 * m_selection.width() / std::min(m_image.width(), m_image.height()));
    setAccessibleName(tr("Part of the photo to use: a square of %1% of the photo").arg(percent));
}

QRectF CropView::imageArea() const
{
    if (m_image.isNull())
        return {};
    const QSizeF shown
        = QSizeF(m_image.size()).scaled(QSizeF(size()) - QSizeF(8, 8), Qt::KeepAspectRatio);
    return QRectF(QPointF((width() - shown.width()) / 2, (height() - shown.height()) / 2), shown);
}

qreal CropView::scale() const
{
    return m_image.isNull() ? 1.0 : imageArea().width() / m_image.width();
}

QPointF CropView::toImage(const QPointF &widgetPoint) const
{
    return (widgetPoint - imageArea().topLeft()) / scale();
}

QRectF CropView::toWidget(const QRect &imageRect) const
{
    const qreal factor = scale();
    return QRectF(imageArea().topLeft() + QPointF(imageRect.topLeft()) * factor,
                  QSizeF(imageRect.size()) * factor);
}

void CropView::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    if (m_image.isNull()) {
        painter.drawText(rect(), Qt::AlignCenter | Qt::TextWordWrap,
                         tr("Choose a photo to see it here."));
        return;
    }
    const QRectF area = imageArea();
    painter.drawImage(area, m_image);
    const QRectF chosen = toWidget(m_selection);
    // Outside the square darkened, the square itself framed in white and black: visible on any
    // photo.
    QPainterPath outside;
    outside.addRect(area);
    QPainterPath inside;
    inside.addRect(chosen);
    painter.fillPath(outside.subtracted(inside), QColor(0, 0, 0, 150));
    painter.setPen(QPen(Qt::black, 5));
    painter.drawRect(chosen);
    painter.setPen(QPen(Qt::white, 2));
    painter.drawRect(chosen);
    painter.setBrush(Qt::white);
    painter.setPen(QPen(Qt::black, 2));
    for (const QPointF &corner :
         { chosen.topLeft(), chosen.topRight(), chosen.bottomLeft(), chosen.bottomRight() })
        painter.drawRect(QRectF(corner - QPointF(HandleSide / 2.0, HandleSide / 2.0),
                                QSizeF(HandleSide, HandleSide)));
    if (hasFocus()) {
        painter.setBrush(Qt::NoBrush);
        painter.setPen(QPen(QColor(0x0b, 0x4f, 0x9c), 3));
        painter.drawRect(QRectF(rect()).adjusted(1.5, 1.5, -1.5, -1.5));
    }
}

int CropView::keyStep() const
{
    return std::max(1, std::min(m_image.width(), m_image.height()) / 50);
}

void CropView::resizeBy(int delta)
{
    // Around the middle, so the face stays where it was.
    const QPoint centre = m_selection.center();
    const int side = m_selection.width() + delta;
    setSelection(QRect(centre.x() - side / 2, centre.y() - side / 2, side, side));
}

void CropView::keyPressEvent(QKeyEvent *event)
{
    if (m_image.isNull()) {
        QWidget::keyPressEvent(event);
        return;
    }
    const int step = keyStep() * (event->modifiers() & Qt::ShiftModifier ? 5 : 1);
    switch (event->key()) {
    case Qt::Key_Left:
        setSelection(m_selection.translated(-step, 0));
        break;
    case Qt::Key_Right:
        setSelection(m_selection.translated(step, 0));
        break;
    case Qt::Key_Up:
        setSelection(m_selection.translated(0, -step));
        break;
    case Qt::Key_Down:
        setSelection(m_selection.translated(0, step));
        break;
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        resizeBy(2 * step);
        break;
    case Qt::Key_Minus:
        resizeBy(-2 * step);
        break;
    default:
        QWidget::keyPressEvent(event);
        return;
    }
    event->accept();
}

void CropView::mousePressEvent(QMouseEvent *event)
{
    if (m_image.isNull() || event->button() != Qt::LeftButton)
        return;
    const QRectF chosen = toWidget(m_selection);
    const QPointF at = event->position();
    const QPointF corners[]
        = { chosen.topLeft(), chosen.topRight(), chosen.bottomLeft(), chosen.bottomRight() };
    const QPointF opposite[]
        = { chosen.bottomRight(), chosen.bottomLeft(), chosen.topRight(), chosen.topLeft() };
    m_drag = Drag::None;
    for (int i = 0; i < 4; ++i) {
        if (std::abs(at.x() - corners[i].x()) <= HandleSide
            && std::abs(at.y() - corners[i].y()) <= HandleSide) {
            m_drag = Drag::Resize;
            m_anchor = toImage(opposite[i]);
            break;
        }
    }
    if (m_drag == Drag::None && chosen.contains(at))
        m_drag = Drag::Move;
    m_dragStart = at;
    m_dragSelection = m_selection;
    setFocus(Qt::MouseFocusReason);
}

void CropView::mouseMoveEvent(QMouseEvent *event)
{
    const QPointF at = event->position();
    if (m_drag == Drag::None) {
        const QRectF chosen = toWidget(m_selection);
        setCursor(chosen.adjusted(-HandleSide, -HandleSide, HandleSide, HandleSide).contains(at)
                      ? Qt::SizeAllCursor
                      : Qt::ArrowCursor);
        return;
    }
    if (m_drag == Drag::Move) {
        const QPointF moved = (at - m_dragStart) / scale();
        setSelection(m_dragSelection.translated(qRound(moved.x()), qRound(moved.y())));
        return;
    }
    // Resize: a square from the fixed corner towards the pointer.
    const QPointF pointer = toImage(at);
    const qreal dx = pointer.x() - m_anchor.x();
    const qreal dy = pointer.y() - m_anchor.y();
    const int side = qRound(std::max(std::abs(dx), std::abs(dy)));
    const int x = dx < 0 ? qRound(m_anchor.x()) - side : qRound(m_anchor.x());
    const int y = dy < 0 ? qRound(m_anchor.y()) - side : qRound(m_anchor.y());
    setSelection(QRect(x, y, side, side));
}

void CropView::mouseReleaseEvent(QMouseEvent *)
{
    m_drag = Drag::None;
}
