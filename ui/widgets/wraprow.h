#pragma once

#include <QWidget>

class QGridLayout;

// A heading (or any widget that may take the rest of the width) with buttons beside it while they
// fit, and below it when they do not: with large text or a narrow window nothing is cut off or
// pushes the page wider than the window. Its minimum width is that of the two rows, so a layout
// may always make it that narrow.
class WrapRow : public QWidget
{
    Q_OBJECT

public:
    WrapRow(QWidget *leading, const QList<QWidget *> &trailing, QWidget *parent = nullptr);

    bool isOneRow() const { return m_oneRow; }
    // Between the heading and the buttons, and between the buttons (default: the style's).
    void setSpacing(int spacing);
    // Where the buttons go on their own row (default: left, under the heading).
    void setSecondRowAlignment(Qt::Alignment alignment);
    QSize minimumSizeHint() const override;

protected:
    bool event(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void arrange();
    int oneRowWidth() const;

    QWidget *m_leading;
    QWidget *m_trailing;
    QGridLayout *m_grid;
    Qt::Alignment m_secondRow = Qt::AlignLeft;
    bool m_oneRow = true;
};
