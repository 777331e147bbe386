#pragma once

#include <QObject>

class QDialog;

// Grows every dialog to the height its contents need at its width (wrapped lines counted), up to
// the screen's free area: a dialog's fixed starting size is too small once the text is large, and
// Qt's own minimum does not count the extra lines of wrapped text. When shown, a dialog grows to
// the height its contents would like (Qt stops at two thirds of the screen): contents that scroll
// only scroll when the screen has no more room. Installed on the application by Theme::apply().
class DialogFit : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    enum class Height { Needed, Preferred };

    // Grows `dialog` now, if it needs to, to the height its contents need or would like.
    static void fit(QDialog *dialog, Height height = Height::Needed);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
};
