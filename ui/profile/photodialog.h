#pragma once

#include "core/apierror.h"

#include <QDialog>
#include <QImage>

class CropView;
class PhotoBadge;
class PhotoLoader;
class QLabel;
class QPushButton;
class StatusMessage;

// "Change photo": choose a JPEG or PNG file, see it, pick the square to use, and save it as my
// photo; or remove the photo. What is sent is the chosen square, scaled to at most 1024 pixels,
// as JPEG: the portal re-encodes it anyway, and a smaller upload is quicker.
class PhotoDialog : public QDialog
{
    Q_OBJECT

public:
    static constexpr int MaxSide = 1024;
    static constexpr qint64 MaxFileBytes = 10 * 1024 * 1024; // as the portal accepts
    static constexpr int MaxPixels = 8000; // per side, as the portal accepts

    PhotoDialog(PhotoLoader *photos, bool hasPhoto, QWidget *parent = nullptr);

    // Reads the file (turned upright as the camera said); false with a sentence shown when it
    // cannot be used.
    bool loadFile(const QString &path);
    void setImage(const QImage &image);
    CropView *cropView() const { return m_crop; }

    // The chosen square, at most MaxSide pixels wide; null without an image.
    QImage croppedImage() const;
    QByteArray croppedJpeg() const;

signals:
    // The photo was saved or removed at the portal.
    void photoChanged();

private:
    void choose();
    void save();
    void remove();
    void setBusy(bool busy);
    void onChanged();
    void onFailed(const ApiError &error);

    PhotoLoader *m_photos;
    bool m_hasPhoto;
    bool m_busy = false;
    QLabel *m_intro;
    CropView *m_crop;
    PhotoBadge *m_preview;
    StatusMessage *m_message;
    QPushButton *m_choose;
    QPushButton *m_save;
    QPushButton *m_remove;
    QPushButton *m_cancel;
};
