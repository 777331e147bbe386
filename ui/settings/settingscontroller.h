#pragma once

#include <QObject>

class AppSettings;
class QWidget;

// Opens the settings from anywhere (Ctrl+, or a Settings button) and changes the text size with
// Ctrl++ / Ctrl+= (bigger), Ctrl+- (smaller) and Ctrl+0 (normal) in every window of the
// application; every change is remembered at once.
class SettingsController : public QObject
{
    Q_OBJECT

public:
    SettingsController(AppSettings *settings, QWidget *window);

    void openDialog();
    // One step bigger (+1) or smaller (-1) than now, within 100% to 200%.
    void stepTextSize(int direction);
    void resetTextSize();

private:
    void setTextSize(int percent);

    AppSettings *m_settings;
    QWidget *m_window;
};
