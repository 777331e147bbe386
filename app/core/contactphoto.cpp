#include "core/contactphoto.h"

#include <QFont>
#include <QPainter>
#include <QPainterPath>
#include <QStringList>

namespace ContactPhoto {

QString initials(const QString &name)
{
    const QStringList words = name.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words.isEmpty())
        return {};
    QString result = words.first().left(1).toUpper();
    // The family name's first letter, not that of a prefix such as "van" or "de".
    for (qsizetype i = words.size() - 1; i > 0; --i) {
        if (words.at(i).at(0).isUpper()) {
            result += words.at(i).left(1);
            break;
        }
    }
    return result;
}

QImage decoration(const QImage &photo, const QString &name, int size)
{
    QImage result(size, size, QImage::Format_ARGB32_Premultiplied);
    result.fill(Qt::transparent);
    QPainter painter(&result);
    painter.setRenderHint(QPainter::Antialiasing);
    QPainterPath circle;
    circle.addEllipse(QRectF(0, 0, size, size));
    if (!photo.isNull()) {
        painter.setClipPath(circle);
        const QImage scaled
            = photo.scaled(size, size, Qt::KeepAspectRatioByExpanding, Qt::SmoothTransformation);
        painter.drawImage((size - scaled.width()) / 2, (size - scaled.height()) / 2, scaled);
        return result;
    }
    painter.fillPath(circle, QColor(0x44, 0x55, 0x66));
    QFont font;
    font.setBold(true);
    font.setPixelSize(size * 2 / 5);
    painter.setFont(font);
    painter.setPen(Qt::white);
    painter.drawText(QRect(0, 0, size, size), Qt::AlignCenter, initials(name));
    return result;
}

} // namespace ContactPhoto
