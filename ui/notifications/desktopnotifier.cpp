#include "ui/notifications/desktopnotifier.h"

#include <QApplication>
#include <QEvent>
#include <QMenu>
#include <QSystemTrayIcon>
#include <QTimer>
#include <QWidget>

DesktopNotifier::DesktopNotifier(QWidget *window, QObject *parent)
    : QObject(parent)
    , m_window(window)
{
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        m_tray = new QSystemTrayIcon(this);
        m_tray->setToolTip(QStringLiteral("Portiek"));
        auto *menu = new QMenu(window);
        menu->addAction(tr("Open Portiek"), this, &DesktopNotifier::restoreWindow);
        menu->addAction(tr("Quit Portiek"), qApp, &QCoreApplication::quit);
        m_tray->setContextMenu(menu);
        connect(m_tray, &QSystemTrayIcon::activated, this,
                [this](QSystemTrayIcon::ActivationReason reason) {
                    if (reason == QSystemTrayIcon::Trigger
                        || reason == QSystemTrayIcon::DoubleClick)
                        restoreWindow();
                });
        connect(m_tray, &QSystemTrayIcon::messageClicked, this, &DesktopNotifier::openLastNotice);
    }
    window->installEventFilter(this);
}

bool DesktopNotifier::hasTray() const
{
    return m_tray != nullptr;
}

void DesktopNotifier::setEnabled(bool on)
{
    m_enabled = on;
    if (m_tray) {
        // Taken when shown: the application's icon is set once the first window is painted.
        if (on)
            m_tray->setIcon(QApplication::windowIcon());
        m_tray->setVisible(on);
    }
    if (!on && m_window->isHidden() && m_tray)
        restoreWindow(); // never leave the window out of reach
}

bool DesktopNotifier::personIsLooking() const
{
    return m_window->isVisible() && !m_window->isMinimized() && m_window->isActiveWindow();
}

bool DesktopNotifier::notify(const QString &title, const QString &text, const QString &part)
{
    if (!m_enabled || personIsLooking())
        return false;
    m_lastTitle = title;
    m_lastPart = part;
    if (m_tray && m_tray->isVisible())
        m_tray->showMessage(title, text, QSystemTrayIcon::Information, 20000);
    else
        QApplication::alert(m_window); // the taskbar asks for attention until Portiek is opened
    return true;
}

void DesktopNotifier::openLastNotice()
{
    restoreWindow();
    if (!m_lastPart.isEmpty())
        emit openRequested(m_lastPart);
}

void DesktopNotifier::restoreWindow()
{
    m_window->showNormal();
    m_window->raise();
    m_window->activateWindow();
}

bool DesktopNotifier::eventFilter(QObject *watched, QEvent *event)
{
    // Minimised with a tray icon: out of the taskbar into the tray, where notices come from.
    if (watched == m_window && event->type() == QEvent::WindowStateChange && m_enabled && m_tray
        && m_tray->isVisible() && m_window->isMinimized())
        QTimer::singleShot(0, m_window, &QWidget::hide);
    return QObject::eventFilter(watched, event);
}
