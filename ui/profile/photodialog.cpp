#include "ui/profile/photodialog.h"

#include "core/photoloader.h"
#include "ui/home/photobadge.h"
#include "ui/profile/cropview.h"
#include "ui/theme.h"
#include "ui/widgets/statusmessage.h"

#include <QBuffer>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QImageReader>
#include <QLabel>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace {

constexpr int PreviewSide = 128;

} // namespace

PhotoDialog::PhotoDialog(PhotoLoader *photos, bool hasPhoto, QWidget *parent)
    : QDialog(parent)
    , m_photos(photos)
    , m_hasPhoto(hasPhoto)
    , m_intro(new QLabel(this))
    , m_crop(new CropView(this))
    , m_preview(new PhotoBadge(PreviewSide, this))
    , m_message(new StatusMessage(this))
    , m_choose(new QPushButton(tr("Choose photo…"), this))
    , m_save(new QPushButton(tr("Save photo"), this))
    , m_remove(new QPushButton(tr("Remove photo"), this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
{
    setObjectName(QStringLiteral("photoDialog"));
    setWindowTitle(tr("Change photo"));
    setAccessibleName(tr("Change photo"));
    setModal(true);

    auto *title = new QLabel(tr("Your photo"), this);
    Theme::makeHeading(title, 1);
    m_intro->setObjectName(QStringLiteral("photoIntro"));
    m_intro->setWordWrap(true);
    m_intro->setText(
        tr("Choose a photo on this computer (JPEG or PNG). Then move the square to the "
           "part you want to use: drag it, or use the arrow keys. Make it larger or "
           "smaller with + and -, or by dragging a corner."));
    m_crop->setObjectName(QStringLiteral("photoCropView"));
    m_message->setObjectName(QStringLiteral("photoMessage"));
    m_choose->setObjectName(QStringLiteral("choosePhotoButton"));
    m_choose->setAccessibleName(tr("Choose photo"));
    m_save->setObjectName(QStringLiteral("savePhotoButton"));
    m_save->setAccessibleName(tr("Save photo"));
    m_save->setEnabled(false);
    m_remove->setObjectName(QStringLiteral("removePhotoButton"));
    m_remove->setAccessibleName(tr("Remove photo"));
    m_remove->setVisible(hasPhoto);
    m_cancel->setObjectName(QStringLiteral("cancelPhotoButton"));
    m_cancel->setAccessibleName(tr("Cancel"));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_choose);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_save);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 24, 24, 24);
    layout->setSpacing(12);
    layout->addWidget(title);
    layout->addWidget(m_intro);
    // Beside the photo, how it will look: round, as in the portal.
    m_preview->setObjectName(QStringLiteral("photoPreview"));
    m_preview->setAccessibleName(tr("How your photo will look"));
    auto *previewCaption = new QLabel(tr("How it will look:"), this);
    previewCaption->setObjectName(QStringLiteral("photoPreviewCaption"));
    previewCaption->setWordWrap(true);
    auto *preview = new QVBoxLayout;
    preview->addWidget(previewCaption);
    preview->addWidget(m_preview);
    preview->addStretch();
    auto *work = new QHBoxLayout;
    work->addWidget(m_crop, 1);
    work->addLayout(preview);
    layout->addLayout(work, 1);
    layout->addWidget(m_message);
    layout->addLayout(buttons);
    resize(860, 640);

    m_preview->hide();
    previewCaption->hide();
    connect(m_crop, &CropView::selectionChanged, this,
            [this] { m_preview->setPhoto(m_crop->selectedImage()); });
    connect(m_choose, &QPushButton::clicked, this, &PhotoDialog::choose);
    connect(m_save, &QPushButton::clicked, this, &PhotoDialog::save);
    connect(m_remove, &QPushButton::clicked, this, &PhotoDialog::remove);
    connect(m_cancel, &QPushButton::clicked, this, &PhotoDialog::reject);
    connect(m_photos, &PhotoLoader::myPhotoChanged, this, &PhotoDialog::onChanged);
    connect(m_photos, &PhotoLoader::myPhotoChangeFailed, this, &PhotoDialog::onFailed);
    m_choose->setFocus();
}

void PhotoDialog::choose()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Choose a photo"), folder, tr("Photos (*.jpg *.jpeg *.png *.JPG *.JPEG *.PNG)"));
    if (!path.isEmpty())
        loadFile(path);
}

bool PhotoDialog::loadFile(const QString &path)
{
    m_message->clear();
    if (QFileInfo(path).size() > MaxFileBytes) {
        m_message->showMessage(tr("This file is too large. Choose a photo of at most 10 MB."));
        return false;
    }
    QImageReader reader(path);
    reader.setAutoTransform(true);
    // What the file holds counts, not what its name says.
    reader.setDecideFormatFromContent(true);
    const QByteArray format = reader.format();
    if (format != "jpeg" && format != "png") {
        m_message->showMessage(tr("This file is not a photo that can be used. Choose a JPEG or "
                                  "PNG photo."));
        return false;
    }
    const QSize size = reader.size();
    if (size.width() > MaxPixels || size.height() > MaxPixels) {
        m_message->showMessage(tr("This photo has too many pixels. Choose a smaller photo."));
        return false;
    }
    const QImage image = reader.read();
    if (image.isNull()) {
        m_message->showMessage(tr("This photo cannot be read. It may be damaged. Choose another "
                                  "one."));
        return false;
    }
    if (image.width() < CropView::MinimumSide || image.height() < CropView::MinimumSide) {
        m_message->showMessage(tr("This photo is too small. Choose a photo of at least 64 by 64 "
                                  "pixels."));
        return false;
    }
    setImage(image);
    return true;
}

void PhotoDialog::setImage(const QImage &image)
{
    m_crop->setImage(image.convertToFormat(QImage::Format_RGB32));
    for (QWidget *preview : { static_cast<QWidget *>(m_preview),
                              findChild<QWidget *>(QStringLiteral("photoPreviewCaption")) })
        preview->setVisible(!image.isNull());
    m_save->setEnabled(!image.isNull() && !m_busy);
    m_save->setDefault(true);
    m_crop->setFocus();
}

QImage PhotoDialog::croppedImage() const
{
    const QImage square = m_crop->selectedImage();
    if (square.isNull() || square.width() <= MaxSide)
        return square;
    return square.scaled(MaxSide, MaxSide, Qt::KeepAspectRatio, Qt::SmoothTransformation);
}

QByteArray PhotoDialog::croppedJpeg() const
{
    const QImage image = croppedImage();
    if (image.isNull())
        return {};
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    if (!image.save(&buffer, "JPEG", 90))
        return {};
    return bytes;
}

void PhotoDialog::save()
{
    const QByteArray jpeg = croppedJpeg();
    if (jpeg.isEmpty()) {
        m_message->showMessage(tr("Choose a photo first."));
        return;
    }
    m_message->clear();
    setBusy(true);
    m_photos->uploadMyPhoto(jpeg, QByteArrayLiteral("image/jpeg"));
}

void PhotoDialog::remove()
{
    m_message->clear();
    setBusy(true);
    m_photos->removeMyPhoto();
}

void PhotoDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_choose->setEnabled(!busy);
    m_save->setEnabled(!busy && !m_crop->image().isNull());
    m_remove->setEnabled(!busy);
    if (busy)
        m_message->showMessage(tr("One moment, please…"), StatusMessage::Tone::Info);
}

void PhotoDialog::onChanged()
{
    if (!m_busy)
        return;
    setBusy(false);
    emit photoChanged();
    accept();
}

void PhotoDialog::onFailed(const ApiError &error)
{
    if (!m_busy)
        return;
    setBusy(false);
    m_message->showMessage(error.userMessage());
}
