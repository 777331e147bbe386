#include "ui/dialogfit.h"

#include <QDialog>
#include <QEvent>
#include <QLayout>
#include <QPointer>
#include <QScreen>
#include <QTimer>

void DialogFit::fit(QDialog *dialog)
{
    QLayout *layout = dialog->layout();
    if (!layout || dialog->isMaximized() || dialog->isFullScreen())
        return;
    const QScreen *screen = dialog->screen();
    const QSize room
        = screen ? screen->availableGeometry().size() : QSize(QWIDGETSIZE_MAX, QWIDGETSIZE_MAX);
    const QSize minimum = layout->totalMinimumSize();
    const int width = qMin(qMax(dialog->width(), minimum.width()), room.width());
    int height = layout->hasHeightForWidth() ? layout->totalMinimumHeightForWidth(width)
                                             : minimum.height();
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
            QTimer::singleShot(0, dialog, [guard = QPointer<QDialog>(dialog)] {
                if (guard && guard->isVisible())
                    fit(guard);
            });
        }
    }
    return QObject::eventFilter(watched, event);
}
