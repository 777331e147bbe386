#pragma once

#include <QObject>

#include <functional>

// F1 in every window of the application, modal dialogs included. A QShortcut cannot do that: a
// shortcut of the main window does not fire while a modal dialog blocks it, and the dialogs are
// made by many parts. So this filter, installed on the application, catches the key itself.
class HelpKey : public QObject
{
    Q_OBJECT

public:
    HelpKey(std::function<void()> open, QObject *parent);
    ~HelpKey() override;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    std::function<void()> m_open;
};
