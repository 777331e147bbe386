#include "ui/widgets/verticalscrollarea.h"

#include <QEvent>
#include <QScreen>
#include <QScrollBar>

namespace {
constexpr int ScreenMargin = 64;
} // namespace

VerticalScrollArea::VerticalScrollArea(QWidget *contents, QWidget *parent)
    : QScrollArea(parent)
{
    setFrameShape(QFrame::NoFrame);
    setWidgetResizable(true);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setWidget(contents);
    // A new text size or a longer text changes what the contents need: ask again.
    contents->installEventFilter(this);
}

int VerticalScrollArea::neededWidth() const
{
    const QWidget *contents = widget();
    if (!contents)
        return 0;
    const int needed = contents->minimumSizeHint().width() + verticalScrollBar()->sizeHint().width()
        + 2 * frameWidth();
    // Never wider than the screen, less room for the dialog's margins and frame: a dialog whose
    // buttons are off the screen is worse than a cut-off word.
    const QScreen *shownOn = screen();
    return shownOn ? qMin(needed, shownOn->availableGeometry().width() - ScreenMargin) : needed;
}

QSize VerticalScrollArea::minimumSizeHint() const
{
    return { neededWidth(), QScrollArea::minimumSizeHint().height() };
}

QSize VerticalScrollArea::sizeHint() const
{
    const QSize hint = QScrollArea::sizeHint();
    const int width = qMax(hint.width(), neededWidth());
    const QWidget *contents = widget();
    if (!contents)
        return { width, hint.height() };
    // The contents' height at the width they get beside the scroll bar, wrapped lines counted.
    const int inside = qMax(viewport()->width(),
                            width - verticalScrollBar()->sizeHint().width() - 2 * frameWidth());
    const int height = contents->hasHeightForWidth() ? contents->heightForWidth(inside)
                                                     : contents->sizeHint().height();
    return { width, qMax(hint.height(), height + 2 * frameWidth()) };
}

bool VerticalScrollArea::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == widget() && event->type() == QEvent::LayoutRequest)
        updateGeometry();
    return QScrollArea::eventFilter(watched, event);
}
