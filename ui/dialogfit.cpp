#include "ui/dialogfit.h"

#include <QDialog>
#include <QEvent>
#include <QLayout>
#include <QPointer>
#include <QScreen>
#include <QTimer>

void DialogFit::fit(QDialog *dialog, Height wanted)
{
    QLayout *layout = dialog->layout();
    if (!layout || dialog->isMaximized() || dialog->isFullScreen())
        return;
    const QScreen *screen = dialog->screen();
    // The window manager's frame (a title bar) comes on top of the dialog's own size.
    const QSize frame = dialog->frameGeometry().size() - dialog->geometry().size();
    const QSize room = screen ? screen->availableGeometry().size() - frame
                              : QSize(QWIDGETSIZE_MAX, QWIDGETSIZE_MAX);
    const QSize minimum = layout->totalMinimumSize();
    const int width = qMin(qMax(dialog->width(), minimum.width()), room.width());
    const bool wraps = layout->hasHeightForWidth();
    int height = wraps ? layout->totalMinimumHeightForWidth(width) : minimum.height();
    if (wanted == Height::Preferred)
        height = qMax(
            height, wraps ? layout->totalHeightForWidth(width) : layout->totalSizeHint().height());
    height = qMin(qMax(dialog->height(), height), room.height());
    if (width != dialog->width() || height != dialog->height())
        dialog->resize(width, height);
}

bool DialogFit::eventFilter(QObject *watched, QEvent *event)
{
    // Shown, or its contents changed (a message appeared, the text size changed): after the
    // layout has taken in the change.
    if (event->type() == QEvent::Show || event->type() == QEvent::LayoutRequest) {
        if (auto *dialog = qobject_cast<QDialog *>(watched)) {
            const Height height
                = event->type() == QEvent::Show ? Height::Preferred : Height::Needed;
            QTimer::singleShot(0, dialog, [guard = QPointer<QDialog>(dialog), height] {
                if (guard && guard->isVisible())
                    fit(guard, height);
            });
        }
    }
    return QObject::eventFilter(watched, event);
}
