#include "ui/board/photoviewdialog.h"

#include "core/photoloader.h"
#include "ui/board/boardpostcard.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPixmap>
#include <QPushButton>
#include <QVBoxLayout>

PhotoViewDialog::PhotoViewDialog(PhotoLoader *photos, const BoardPost &post, int index,
                                 QWidget *parent)
    : QDialog(parent)
    , m_photos(photos)
    , m_post(post)
    , m_caption(new QLabel(this))
    , m_picture(new QLabel(this))
    , m_previous(new QPushButton(tr("Previous photo"), this))
    , m_next(new QPushButton(tr("Next photo"), this))
    , m_close(new QPushButton(tr("Close"), this))
{
    setObjectName(QStringLiteral("photoViewDialog"));
    m_caption->setObjectName(QStringLiteral("photoViewCaption"));
    m_caption->setWordWrap(true);
    m_picture->setObjectName(QStringLiteral("photoViewPicture"));
    m_picture->setAlignment(Qt::AlignCenter);
    m_picture->setMinimumSize(320, 240);
    m_picture->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Ignored);
    m_previous->setObjectName(QStringLiteral("previousPhotoButton"));
    m_next->setObjectName(QStringLiteral("nextPhotoButton"));
    m_close->setObjectName(QStringLiteral("closePhotoButton"));
    m_close->setDefault(true);
    for (QPushButton *button : { m_previous, m_next, m_close })
        button->setAccessibleName(button->text());

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_previous);
    buttons->addWidget(m_next);
    buttons->addStretch(1);
    buttons->addWidget(m_close);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 16, 16, 16);
    layout->addWidget(m_caption);
    layout->addWidget(m_picture, 1);
    layout->addLayout(buttons);

    connect(m_previous, &QPushButton::clicked, this, [this] { showPhoto(m_index - 1); });
    connect(m_next, &QPushButton::clicked, this, [this] { showPhoto(m_index + 1); });
    connect(m_close, &QPushButton::clicked, this, &QDialog::accept);
    connect(m_photos, &PhotoLoader::photoReady, this, &PhotoViewDialog::onPhotoReady);
    connect(m_photos, &PhotoLoader::photoFailed, this, &PhotoViewDialog::onPhotoFailed);
    resize(1000, 760);
    showPhoto(index);
    m_close->setFocus();
}

void PhotoViewDialog::showPhoto(int index)
{
    const int count = int(m_post.photos.size());
    if (index < 0 || index >= count)
        return;
    m_index = index;
    const BoardPhoto &photo = m_post.photos.at(index);
    const QString title
        = tr("Photo %1 of %2, placed by %3").arg(index + 1).arg(count).arg(m_post.author.name);
    setWindowTitle(title);
    setAccessibleName(title);
    m_caption->setText(title + QLatin1String(", ") + BoardPostCard::timeText(m_post.createdAt));
    m_picture->setAccessibleName(title);
    m_previous->setVisible(count > 1);
    m_next->setVisible(count > 1);
    m_previous->setEnabled(index > 0);
    m_next->setEnabled(index + 1 < count);
    // The thumbnail (if already here) stands in, blurred by scaling, while the large one loads.
    m_image = m_photos->load(photo.fullUrl);
    if (m_image.isNull())
        m_image = m_photos->cached(photo.thumbnailUrl);
    if (m_image.isNull())
        m_picture->setText(tr("Loading the photo…"));
    updatePixmap();
}

void PhotoViewDialog::onPhotoReady(const QString &path, const QImage &photo)
{
    if (path != m_post.photos.value(m_index).fullUrl)
        return;
    m_image = photo;
    if (photo.isNull())
        m_picture->setText(tr("This photo is no longer on the board."));
    updatePixmap();
}

void PhotoViewDialog::onPhotoFailed(const QString &path, const ApiError &error)
{
    if (path != m_post.photos.value(m_index).fullUrl || !m_image.isNull())
        return;
    m_picture->setText(tr("The photo could not be loaded.") + QLatin1Char(' ')
                       + error.userMessage());
}

void PhotoViewDialog::updatePixmap()
{
    if (m_image.isNull()) {
        m_picture->setPixmap(QPixmap());
        return;
    }
    const QSize room = m_picture->size().boundedTo(m_image.size() * 2);
    m_picture->setPixmap(
        QPixmap::fromImage(m_image.scaled(room, Qt::KeepAspectRatio, Qt::SmoothTransformation)));
}

void PhotoViewDialog::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Left && m_previous->isEnabled()) {
        showPhoto(m_index - 1);
        return;
    }
    if (event->key() == Qt::Key_Right && m_next->isEnabled()) {
        showPhoto(m_index + 1);
        return;
    }
    QDialog::keyPressEvent(event);
}

void PhotoViewDialog::resizeEvent(QResizeEvent *event)
{
    QDialog::resizeEvent(event);
    updatePixmap();
}
