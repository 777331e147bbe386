#pragma once

#include "core/apierror.h"
#include "core/boardpost.h"

#include <QDialog>
#include <QImage>

class PhotoLoader;
class QLabel;
class QPushButton;

// A board photo shown large, fitted to the window. Escape or "Close" closes it; the left and
// right arrow keys (and the buttons) go to the post's other photos.
class PhotoViewDialog : public QDialog
{
    Q_OBJECT

public:
    PhotoViewDialog(PhotoLoader *photos, const BoardPost &post, int index,
                    QWidget *parent = nullptr);

    int index() const { return m_index; }
    bool hasPhoto() const { return !m_image.isNull(); }
    void showPhoto(int index);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void onPhotoReady(const QString &path, const QImage &photo);
    void onPhotoFailed(const QString &path, const ApiError &error);
    void updatePixmap();

    PhotoLoader *m_photos;
    BoardPost m_post;
    int m_index = 0;
    QImage m_image;
    QLabel *m_caption;
    QLabel *m_picture;
    QPushButton *m_previous;
    QPushButton *m_next;
    QPushButton *m_close;
};
