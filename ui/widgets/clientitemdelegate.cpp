#include "ui/widgets/clientitemdelegate.h"

#include <QImage>
#include <QPainter>
#include <QPen>
#include <QPixmap>

ClientItemDelegate::ClientItemDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{ }

QSize ClientItemDelegate::sizeHint(const QStyleOptionViewItem &option,
                                   const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.setHeight(qMax(size.height(), PhotoSide + 24));
    return size;
}

QString ClientItemDelegate::initials(const QString &name)
{
    const QStringList words = name.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words.isEmpty())
        return {};
    QString result = words.first().left(1).toUpper();
    if (words.size() > 1)
        result += words.last().left(1).toUpper();
    return result;
}

QPixmap ClientItemDelegate::placeholder(const QString &name, int side, qreal ratio)
{
    QPixmap pixmap(qRound(side * ratio), qRound(side * ratio));
    pixmap.setDevicePixelRatio(ratio);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    // A light ring keeps the circle visible on the blue of a selected entry.
    painter.setPen(QPen(Qt::white, 2));
    painter.setBrush(QColor(0x2e, 0x5e, 0x3a));
    painter.drawEllipse(QRectF(1, 1, side - 2, side - 2));
    QFont font = painter.font();
    font.setBold(true);
    font.setPixelSize(side * 2 / 5);
    painter.setFont(font);
    painter.setPen(Qt::white);
    painter.drawText(QRectF(0, 0, side, side), Qt::AlignCenter, initials(name));
    return pixmap;
}

void ClientItemDelegate::initStyleOption(QStyleOptionViewItem *option,
                                         const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    option->decorationSize = QSize(PhotoSide, PhotoSide);
    const QVariant decoration = index.data(Qt::DecorationRole);
    QPixmap photo;
    if (decoration.canConvert<QImage>() && !decoration.value<QImage>().isNull())
        photo = QPixmap::fromImage(decoration.value<QImage>().scaled(
            PhotoSide, PhotoSide, Qt::KeepAspectRatioByExpanding, Qt::SmoothTransformation));
    else if (decoration.canConvert<QPixmap>() && !decoration.value<QPixmap>().isNull())
        photo = decoration.value<QPixmap>();
    const qreal ratio = option->widget ? option->widget->devicePixelRatioF() : 1.0;
    // The same picture when selected: the style's tint would hide a photo's face.
    const QPixmap shown = photo.isNull() ? placeholder(option->text, PhotoSide, ratio) : photo;
    QIcon icon;
    icon.addPixmap(shown, QIcon::Normal);
    icon.addPixmap(shown, QIcon::Selected);
    icon.addPixmap(shown, QIcon::Active);
    option->icon = icon;
    option->features |= QStyleOptionViewItem::HasDecoration;
    QFont font = option->font;
    font.setPointSizeF(font.pointSizeF() * 1.25);
    option->font = font;
}
