#pragma once

#include <QObject>

// Ends the process as soon as its first window has been painted (without tearing anything
// down: what is timed is the start). `portiek
// --quit-after-first-paint` is how scripts/bench times a start; the benchmark's empty window
// (bench/emptywindow.cpp) uses the same probe, so both stop at the same moment.
class FirstPaintQuit : public QObject
{
    Q_OBJECT

public:
    // Watches every widget of the application from now on.
    explicit FirstPaintQuit(QObject *parent = nullptr);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    bool m_seen = false;
};
