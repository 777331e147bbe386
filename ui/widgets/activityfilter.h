#pragma once

#include <QObject>

#include <functional>

// Notices what the user does anywhere in the app (keys, clicks, scrolling) and reports it, so the
// session guard knows the person is still there.
class ActivityFilter : public QObject
{
    Q_OBJECT

public:
    explicit ActivityFilter(QObject *parent = nullptr);

signals:
    void activity();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
};
