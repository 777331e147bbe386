#pragma once

#include <QList>
#include <QPointer>
#include <QWidget>

class QBoxLayout;

// Two columns side by side while both fit at their minimum widths, the first above the second
// when they do not: with large text or a narrow window nothing is cut off or pushes the page
// wider than the window. Its minimum width is that of the wider column, so a layout may always
// make it that narrow (as WrapRow does for a heading and its buttons).
class StackingColumns : public QWidget
{
    Q_OBJECT

public:
    // The stretch factors share out the width side by side; stacked, the first column takes
    // the height that is left (setStackedStretch() to share it otherwise).
    StackingColumns(QWidget *first, int firstStretch, QWidget *second, int secondStretch,
                    QWidget *parent = nullptr);

    bool isSideBySide() const { return m_sideBySide; }
    void setSpacing(int spacing);
    void setStackedStretch(int first, int second);
    // Keeps `widget` (a column or something in one) at least `characters` average characters of
    // the text size wide, plus `pixels`, and when stacked at least `stackedLines` lines high (the
    // page scrolls then, and would squeeze it to nothing); side by side the layout decides its
    // height. Follows changes of the text size and of the arrangement.
    void setMinimumInText(QWidget *widget, int characters, int stackedLines, int pixels = 0);
    QSize minimumSizeHint() const override;

signals:
    void arrangementChanged(bool sideBySide);

protected:
    bool event(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    struct TextMinimum
    {
        QPointer<QWidget> widget;
        int characters = 0;
        int stackedLines = 0;
        int pixels = 0;
    };

    void arrange();
    void applyTextMinimums();
    int sideBySideWidth() const;

    QWidget *m_first;
    QWidget *m_second;
    QBoxLayout *m_layout;
    int m_firstStretch;
    int m_secondStretch;
    int m_firstStackedStretch = 1;
    int m_secondStackedStretch = 0;
    bool m_sideBySide = true;
    QList<TextMinimum> m_textMinimums;
};
