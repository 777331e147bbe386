#pragma once

#include <QScrollArea>

// A scroll area that scrolls up and down only, for a dialog's contents. It asks for its
// contents' minimum width (and its scroll bar's), so that the dialog grows sideways to show
// them whole (DialogFit) instead of cutting them off at the right, as a plain scroll area with
// its horizontal scroll bar switched off does with large text; and it would like the height
// its contents take at that width, so that a dialog with room enough does not scroll.
class VerticalScrollArea : public QScrollArea
{
    Q_OBJECT

public:
    explicit VerticalScrollArea(QWidget *contents, QWidget *parent = nullptr);

    QSize minimumSizeHint() const override;
    QSize sizeHint() const override;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    int neededWidth() const;
};
