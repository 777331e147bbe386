#include "server/demo/demoimages.h"

#include <QBuffer>
#include <QImage>
#include <QLinearGradient>
#include <QPainter>
#include <QPainterPath>
#include <QRadialGradient>

#include <cmath>

namespace Portiek::Server::DemoImages {

namespace {

constexpr int Width = 1024;
constexpr int Height = 768;

QByteArray png(const QImage &image)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

QImage canvas()
{
    QImage image(Width, Height, QImage::Format_RGB32);
    image.fill(Qt::white);
    return image;
}

} // namespace

QByteArray portrait(quint32 seed)
{
    static const QColor Backgrounds[] = { QColor(0xd8, 0xe8, 0xf0), QColor(0xf3, 0xe3, 0xcf),
                                          QColor(0xdf, 0xee, 0xd9), QColor(0xe9, 0xdd, 0xf0) };
    QImage image(320, 320, QImage::Format_RGB32);
    image.fill(Backgrounds[seed % 4]);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(QColor(0x4a, 0x5d, 0x7a));
    painter.drawEllipse(QRectF(105, 60, 110, 120)); // head
    painter.drawRoundedRect(QRectF(60, 195, 200, 160), 90, 90); // shoulders
    painter.end();
    return png(image);
}

QByteArray sunset()
{
    QImage image = canvas();
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    const int horizon = 470;

    QLinearGradient sky(0, 0, 0, horizon);
    sky.setColorAt(0, QColor(0x3b, 0x2c, 0x6b));
    sky.setColorAt(0.55, QColor(0xe0, 0x6a, 0x5a));
    sky.setColorAt(1, QColor(0xfb, 0xc0, 0x6a));
    painter.fillRect(QRect(0, 0, Width, horizon), sky);

    QRadialGradient glow(QPointF(Width / 2.0, horizon), 260);
    glow.setColorAt(0, QColor(255, 236, 170, 200));
    glow.setColorAt(1, QColor(255, 236, 170, 0));
    painter.setBrush(glow);
    painter.drawEllipse(QPointF(Width / 2.0, horizon), 260, 260);
    painter.setBrush(QColor(0xff, 0xe6, 0x8a));
    painter.drawEllipse(QPointF(Width / 2.0, horizon - 10), 70, 70);

    QLinearGradient water(0, horizon, 0, Height);
    water.setColorAt(0, QColor(0x8a, 0x4f, 0x6a));
    water.setColorAt(1, QColor(0x24, 0x1e, 0x45));
    painter.fillRect(QRect(0, horizon, Width, Height - horizon), water);
    // The sun's path on the water: short strokes that widen towards the front.
    painter.setBrush(QColor(0xff, 0xd8, 0x8a, 170));
    for (int row = 0; row < 14; ++row) {
        const double y = horizon + 12 + row * 20;
        const double half = 30 + row * 9 + (row % 3) * 12;
        painter.drawRoundedRect(QRectF(Width / 2.0 - half, y, 2 * half, 5), 2.5, 2.5);
    }
    // The far bank with a few trees.
    painter.setBrush(QColor(0x2a, 0x1f, 0x3d));
    painter.drawRect(QRectF(0, horizon - 8, Width, 10));
    for (int tree = 0; tree < 9; ++tree) {
        const double x = 40 + tree * 52 + (tree % 2) * 14;
        const double size = 34 + (tree * 7) % 22;
        painter.drawEllipse(QPointF(x, horizon - size * 0.7), size * 0.55, size * 0.8);
    }
    painter.end();
    return png(image);
}

QByteArray flowers()
{
    QImage image = canvas();
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);

    QLinearGradient wall(0, 0, Width, Height);
    wall.setColorAt(0, QColor(0xf4, 0xf1, 0xe8));
    wall.setColorAt(1, QColor(0xdc, 0xe9, 0xe4));
    painter.fillRect(image.rect(), wall);
    painter.setBrush(QColor(0xc8, 0xa7, 0x7e)); // the windowsill
    painter.drawRect(QRectF(0, 600, Width, 168));

    // Stems from the vase to each flower.
    const QPointF vaseTop(Width / 2.0, 450);
    const QPointF heads[] = { { 380, 230 }, { 512, 170 }, { 640, 240 }, { 450, 320 },
                              { 585, 330 }, { 300, 340 }, { 720, 345 } };
    static const QColor Petals[] = { QColor(0xe8, 0x5d, 0x75), QColor(0xf5, 0xb9, 0x42),
                                     QColor(0xa4, 0x7a, 0xd6), QColor(0xf2, 0x8c, 0x4f) };
    painter.setPen(QPen(QColor(0x4f, 0x8a, 0x3c), 8, Qt::SolidLine, Qt::RoundCap));
    for (const QPointF &head : heads)
        painter.drawLine(vaseTop, head);
    painter.setPen(Qt::NoPen);
    int index = 0;
    for (const QPointF &head : heads) {
        painter.setBrush(Petals[index++ % 4]);
        for (int petal = 0; petal < 8; ++petal) {
            painter.save();
            painter.translate(head);
            painter.rotate(petal * 45.0);
            painter.drawEllipse(QRectF(-16, -70, 32, 60));
            painter.restore();
        }
        painter.setBrush(QColor(0xfb, 0xe3, 0x6b));
        painter.drawEllipse(head, 20, 20);
    }

    QPainterPath vase;
    vase.moveTo(455, 440);
    vase.cubicTo(380, 520, 400, 640, 440, 650);
    vase.lineTo(584, 650);
    vase.cubicTo(624, 640, 644, 520, 569, 440);
    vase.closeSubpath();
    QLinearGradient glass(420, 0, 610, 0);
    glass.setColorAt(0, QColor(0x3f, 0x7c, 0xac));
    glass.setColorAt(0.4, QColor(0x7f, 0xb3, 0xd5));
    glass.setColorAt(1, QColor(0x2f, 0x5d, 0x86));
    painter.setBrush(glass);
    painter.drawPath(vase);
    painter.end();
    return png(image);
}

QByteArray cake()
{
    QImage image = canvas();
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);

    QLinearGradient room(0, 0, 0, Height);
    room.setColorAt(0, QColor(0xfd, 0xf0, 0xe0));
    room.setColorAt(1, QColor(0xf6, 0xd9, 0xc4));
    painter.fillRect(image.rect(), room);
    // Bunting across the top.
    static const QColor Flags[] = { QColor(0xe0, 0x4f, 0x5f), QColor(0x3f, 0x8e, 0xc9),
                                    QColor(0xf2, 0xb1, 0x34), QColor(0x5c, 0xae, 0x6e) };
    for (int flag = 0; flag < 12; ++flag) {
        const double x = 20 + flag * 85;
        const double sag = 30 + 25 * std::sin(flag * 3.14159 / 11.0);
        painter.setBrush(Flags[flag % 4]);
        painter.drawPolygon(
            QPolygonF({ QPointF(x, sag), QPointF(x + 70, sag + 4), QPointF(x + 35, sag + 80) }));
    }

    painter.setBrush(QColor(0xb0, 0xb8, 0xc4)); // the plate
    painter.drawEllipse(QRectF(222, 600, 580, 90));
    painter.setBrush(QColor(0xf9, 0xf4, 0xee)); // two layers
    painter.drawRoundedRect(QRectF(282, 470, 460, 170), 24, 24);
    painter.setBrush(QColor(0xf7, 0xc6, 0xd4));
    painter.drawRoundedRect(QRectF(332, 360, 360, 130), 22, 22);
    painter.setBrush(QColor(0xe5, 0x7a, 0x9a)); // a band of berries
    for (int berry = 0; berry < 10; ++berry)
        painter.drawEllipse(QPointF(312 + berry * 44, 555), 15, 15);
    for (int candle = 0; candle < 5; ++candle) {
        const double x = 372 + candle * 70;
        painter.setBrush(Flags[candle % 4]);
        painter.drawRoundedRect(QRectF(x, 270, 18, 95), 6, 6);
        painter.setBrush(QColor(0xff, 0xc8, 0x3d));
        painter.drawEllipse(QRectF(x - 3, 230, 24, 36));
        painter.setBrush(QColor(0xff, 0xf3, 0xb0));
        painter.drawEllipse(QRectF(x + 4, 244, 10, 18));
    }
    painter.end();
    return png(image);
}

} // namespace Portiek::Server::DemoImages
