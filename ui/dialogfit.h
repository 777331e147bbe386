#pragma once

#include <QObject>

class QDialog;

// Grows every dialog to the height its contents need at its width (wrapped lines counted), up to
// the screen's free area: a dialog's fixed starting size is too small once the text is large, and
// Qt's own minimum does not count the extra lines of wrapped text. Installed on the application by
// Theme::apply().
class DialogFit : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    // Grows `dialog` now, if it needs to.
    static void fit(QDialog *dialog);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
};
