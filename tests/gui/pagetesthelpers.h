#pragma once

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QApplication>
#include <QLineEdit>
#include <QList>
#include <QSet>
#include <QTest>
#include <QTextEdit>
#include <QWidget>

// Shared checks for the sign-in pages: what a keyboard user and a screen reader meet.
namespace PageTest {

// The controls a person operates: fields, buttons, check boxes, lists, the terms text.
inline QList<QWidget *> controlsOf(QWidget *page)
{
    QList<QWidget *> controls;
    for (QWidget *widget : page->findChildren<QWidget *>()) {
        if (!widget->isVisibleTo(page) || !widget->isEnabled())
            continue;
        if (qobject_cast<QLineEdit *>(widget) || qobject_cast<QAbstractButton *>(widget)
            || qobject_cast<QAbstractItemView *>(widget) || qobject_cast<QTextEdit *>(widget))
            controls.append(widget);
    }
    return controls;
}

// Presses Tab from `start` until the focus comes back to it; the widgets visited, in order.
inline QList<QWidget *> tabChain(QWidget *start, int limit = 60)
{
    QList<QWidget *> visited;
    start->setFocus(Qt::TabFocusReason);
    if (!QTest::qWaitFor([start] { return start->hasFocus(); }, 2000))
        return visited;
    visited.append(start);
    for (int i = 0; i < limit; ++i) {
        QWidget *focused = QApplication::focusWidget();
        QTest::keyClick(focused, Qt::Key_Tab);
        QWidget *next = QApplication::focusWidget();
        if (!next || next == start)
            break;
        visited.append(next);
    }
    return visited;
}

} // namespace PageTest
