#pragma once

#include <QMap>
#include <QString>
#include <QStringList>

class DataTexts;
class QWidget;

// Inspects windows as a person with a screen reader, a keyboard, poor sight or no English would
// meet them, and collects what stands in their way, grouped by check.
class AccessibilityChecks
{
public:
    explicit AccessibilityChecks(const DataTexts *data)
        : m_data(data)
    { }

    // Every visible top-level window; the keyboard checks only where the user can type (the
    // modal dialog when one is open).
    void inspectAll(const QString &step);
    void inspectWindow(const QString &step, QWidget *window, bool keyboard);

    int count() const;
    QString report() const;
    int windowsInspected() const { return m_windows; }
    int widgetsInspected() const { return m_widgets; }

private:
    void add(const QString &check, const QString &what, const QString &step);
    void checkName(const QString &step, QWidget *w);
    void checkSize(const QString &step, QWidget *w);
    void checkContrast(const QString &step, QWidget *w);
    void checkTexts(const QString &step, QWidget *w);
    void checkText(const QString &step, QWidget *w, const QString &property, const QString &text);
    void checkFocusVisible(const QString &step, QWidget *w);
    void checkTabReachesAll(const QString &step, QWidget *window, const QList<QWidget *> &all);

    const DataTexts *m_data;
    // check → (widget and problem → steps where seen)
    QMap<QString, QMap<QString, QStringList>> m_found;
    int m_windows = 0;
    int m_widgets = 0;
};

// "AppWindow > homePage > reportsTab > QPushButton#newReportButton".
QString widgetPath(const QWidget *w);
// Interactive controls that a person operates (not the parts Qt builds inside them).
bool isInteractive(const QWidget *w);
