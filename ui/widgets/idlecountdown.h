#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QTimer;
class StatusMessage;

// Kiosk mode's warning before an idle sign-out: covers the whole window (which is full-screen on
// a kiosk) with a big number counting down and one large "I'm still here" button, so that a
// person who walked away is signed out and the next one sees nothing of them.
//
// The number counts down by itself each second; the app resynchronises it with setSecondsLeft()
// (the SessionGuard decides when the session really ends). Keyboard focus stays on the button:
// Enter or Space answers it.
class IdleCountdown : public QWidget
{
    Q_OBJECT

public:
    // Covers `window` (usually the main window) whenever shown.
    explicit IdleCountdown(QWidget *window);

    void showCountdown(int seconds);
    void setSecondsLeft(int seconds);
    int secondsLeft() const { return m_seconds; }
    // "I'm still here" could not reach the portal: say so, keep counting.
    void showProblem(const QString &text);

signals:
    void stillHereClicked();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    bool focusNextPrevChild(bool next) override;
    void showEvent(QShowEvent *event) override;

private:
    void tick();
    void updateTexts();
    void fitNumber();

    QLabel *m_title;
    QLabel *m_number;
    QLabel *m_unit;
    QLabel *m_explanation;
    StatusMessage *m_problem;
    QPushButton *m_stillHere;
    QTimer *m_timer;
    int m_seconds = 0;
};
