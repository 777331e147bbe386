#include "ui/home/photobadge.h"

#include "ui/widgets/clientitemdelegate.h"

#include <QPainter>
#include <QPainterPath>

PhotoBadge::PhotoBadge(int side, QWidget *parent)
    : QLabel(parent)
    , m_side(side)
{
    setFixedSize(side, side);
    render();
}

void PhotoBadge::setName(const QString &name)
{
    m_name = name;
    setAccessibleName(name.isEmpty() ? tr("Photo") : tr("Photo of %1").arg(name));
    render();
}

void PhotoBadge::setPhoto(const QImage &photo)
{
    m_photo = photo;
    render();
}

void PhotoBadge::render()
{
    const qreal ratio = devicePixelRatioF();
    if (m_photo.isNull()) {
        setPixmap(ClientItemDelegate::placeholder(m_name, m_side, ratio));
        return;
    }
    const int pixels = qRound(m_side * ratio);
    const QImage square
        = m_photo.scaled(pixels, pixels, Qt::KeepAspectRatioByExpanding, Qt::SmoothTransformation);
    QPixmap pixmap(pixels, pixels);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    QPainterPath circle;
    circle.addEllipse(QRectF(0, 0, pixels, pixels));
    painter.setClipPath(circle);
    painter.drawImage(QPointF((pixels - square.width()) / 2.0, (pixels - square.height()) / 2.0),
                      square);
    painter.end();
    pixmap.setDevicePixelRatio(ratio);
    setPixmap(pixmap);
}
