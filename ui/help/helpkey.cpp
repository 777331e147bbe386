#include "ui/help/helpkey.h"

#include <QCoreApplication>
#include <QKeyEvent>
#include <QWidget>

HelpKey::HelpKey(std::function<void()> open, QObject *parent)
    : QObject(parent)
    , m_open(std::move(open))
{
    QCoreApplication::instance()->installEventFilter(this);
}

HelpKey::~HelpKey()
{
    if (QCoreApplication::instance())
        QCoreApplication::instance()->removeEventFilter(this);
}

bool HelpKey::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::KeyPress || !watched->isWidgetType())
        return false;
    const auto *key = static_cast<QKeyEvent *>(event);
    if (key->key() != Qt::Key_F1 || (key->modifiers() & ~Qt::KeypadModifier) != Qt::NoModifier)
        return false;
    m_open();
    return true;
}
