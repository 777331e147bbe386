#pragma once

#include <QStackedWidget>

// A stack of pages, one shown at a time, that takes its size from the page on screen only.
// QStackedWidget measures every page, hidden ones too, laying out all their wrapped text to do
// so; for Portiek's screens that was most of the time to the first window. Here a page is
// measured when it is shown, and the window follows the page on screen.
class PageStack : public QStackedWidget
{
    Q_OBJECT

public:
    explicit PageStack(QWidget *parent = nullptr);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    bool hasHeightForWidth() const override;
    int heightForWidth(int width) const override;
};
