#include "firstpaint.h"

#include <QApplication>
#include <QEvent>
#include <QTimer>
#include <QWidget>

FirstPaintQuit::FirstPaintQuit(QObject *parent)
    : QObject(parent)
{
    qApp->installEventFilter(this);
}

bool FirstPaintQuit::eventFilter(QObject *watched, QEvent *event)
{
    if (!m_seen && event->type() == QEvent::Paint && watched->isWidgetType()
        && static_cast<QWidget *>(watched)->isWindow()) {
        m_seen = true;
        // A window's children paint in the same pass, and the pass ends with the flush to the
        // screen: quitting from the next turn of the event loop counts all of it.
        QTimer::singleShot(0, qApp, &QCoreApplication::quit);
    }
    return QObject::eventFilter(watched, event);
}
