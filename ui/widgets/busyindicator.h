#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;

// "One moment, please…" with a moving bar: says in words, not only by motion, that the portal is
// working on what the user asked.
class BusyIndicator : public QWidget
{
    Q_OBJECT

public:
    explicit BusyIndicator(QWidget *parent = nullptr);

    void setText(const QString &text);

private:
    QLabel *m_label;
    QProgressBar *m_bar;
};
