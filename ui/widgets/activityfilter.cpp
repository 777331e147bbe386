#include "ui/widgets/activityfilter.h"

#include <QEvent>

ActivityFilter::ActivityFilter(QObject *parent)
    : QObject(parent)
{ }

bool ActivityFilter::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
        emit activity();
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}
