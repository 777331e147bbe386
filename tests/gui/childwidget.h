#pragma once

#include <QObject>
#include <QString>

// The child of `parent` with that object name, or null with a warning that names it: a test
// that fails on a renamed widget then says which one.
template<typename T> T *child(QObject *parent, const QString &name)
{
    T *found = parent->findChild<T *>(name);
    if (!found)
        qWarning("no %s", qPrintable(name));
    return found;
}
