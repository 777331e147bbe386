#pragma once

#include <QObject>
#include <QString>

class QAction;
class QSystemTrayIcon;
class QWidget;

// Desktop notices while Portiek runs: through the system tray when there is one (Portiek then also
// goes to the tray when minimised, and a click on the notice opens the part it is about), else by
// asking the taskbar for attention. Says nothing while the person is looking at Portiek.
class DesktopNotifier : public QObject
{
    Q_OBJECT

public:
    explicit DesktopNotifier(QWidget *window, QObject *parent = nullptr);

    bool hasTray() const;
    // Off: no notices and no tray icon (the settings, and nobody signed in).
    void setEnabled(bool on);
    bool isEnabled() const { return m_enabled; }

    // A notice about `part` of the home page ("messagesTab"); false when it was not shown.
    bool notify(const QString &title, const QString &text, const QString &part);
    QString lastTitle() const { return m_lastTitle; }

    // What a click on the last notice does: the window back in front, at its part.
    void openLastNotice();
    void restoreWindow();

signals:
    void openRequested(const QString &part);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    bool personIsLooking() const;

    QWidget *m_window;
    QSystemTrayIcon *m_tray = nullptr;
    bool m_enabled = false;
    QString m_lastPart;
    QString m_lastTitle;
};
