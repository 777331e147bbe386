#include "ui/theme.h"

#include <QApplication>
#include <QFile>
#include <QFont>
#include <QIcon>
#include <QPalette>
#include <QStyleFactory>
#include <QWidget>

namespace Theme {

namespace {
// The base size people read comfortably without glasses on an ordinary screen. The system's own
// font scaling comes on top, through Qt's high-DPI handling.
constexpr qreal BasePointSize = 13.0;
} // namespace

void apply(QApplication &app)
{
    app.setStyle(QStyleFactory::create(QStringLiteral("Fusion")));

    QFont font = app.font();
    font.setPointSizeF(qMax(font.pointSizeF(), BasePointSize));
    app.setFont(font);

    // Colours chosen for at least 4.5:1 contrast (WCAG 2.2 AA) against their background.
    QPalette palette = app.palette();
    palette.setColor(QPalette::Window, QColor(0xf6, 0xf5, 0xf2));
    palette.setColor(QPalette::WindowText, QColor(0x1a, 0x1a, 0x1a));
    palette.setColor(QPalette::Base, Qt::white);
    palette.setColor(QPalette::Text, QColor(0x1a, 0x1a, 0x1a));
    palette.setColor(QPalette::PlaceholderText, QColor(0x5f, 0x5f, 0x5f));
    palette.setColor(QPalette::Button, QColor(0xe9, 0xe7, 0xe2));
    palette.setColor(QPalette::ButtonText, QColor(0x1a, 0x1a, 0x1a));
    palette.setColor(QPalette::Highlight, QColor(0x0b, 0x4f, 0x9c));
    palette.setColor(QPalette::HighlightedText, Qt::white);
    palette.setColor(QPalette::Link, QColor(0x0b, 0x4f, 0x9c));
    app.setPalette(palette);

    QIcon icon;
    for (int size : { 32, 64, 128, 256 })
        icon.addFile(QStringLiteral(":/portiek/icons/portiek-%1.png").arg(size), QSize(size, size));
    app.setWindowIcon(icon);

    QFile style(QStringLiteral(":/portiek/style/portiek.qss"));
    if (style.open(QIODevice::ReadOnly))
        app.setStyleSheet(QString::fromUtf8(style.readAll()));
}

void makeHeading(QWidget *label, int level)
{
    QFont font = label->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * (level == 1 ? 1.6 : 1.25));
    label->setFont(font);
    label->setProperty("heading", level);
}

} // namespace Theme
