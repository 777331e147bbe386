#include "core/boardimagefile.h"

#include <QBuffer>
#include <QFileInfo>
#include <QImageReader>
#include <QPainter>

bool BoardImageFile::read(const QString &path, QImage *image, QString *problem)
{
    const QFileInfo info(path);
    if (!info.isFile() || !info.isReadable()) {
        *problem = tr("The photo \"%1\" is no longer on this computer. Remove it from the post, "
                      "or put it back.")
                       .arg(info.fileName());
        return false;
    }
    if (info.size() > MaxFileBytes) {
        *problem = tr("The photo \"%1\" is too large. Choose a photo of at most 10 MB.")
                       .arg(info.fileName());
        return false;
    }
    QImageReader reader(path);
    reader.setAutoTransform(true);
    // What the file holds counts, not what its name says.
    reader.setDecideFormatFromContent(true);
    const QByteArray format = reader.format();
    if (format != "jpeg" && format != "png") {
        *problem = tr("The file \"%1\" is not a photo that can be used. Choose a JPEG or PNG "
                      "photo.")
                       .arg(info.fileName());
        return false;
    }
    const QSize size = reader.size();
    if (size.width() > MaxPixels || size.height() > MaxPixels) {
        *problem = tr("The photo \"%1\" has too many pixels (at most 8000 by 8000). Choose a "
                      "smaller photo.")
                       .arg(info.fileName());
        return false;
    }
    const QImage read = reader.read();
    if (read.isNull()) {
        *problem = tr("The photo \"%1\" cannot be read. It may be damaged. Choose another one.")
                       .arg(info.fileName());
        return false;
    }
    if (read.width() < MinPixels || read.height() < MinPixels) {
        *problem = tr("The photo \"%1\" is too small. Choose a photo of at least 64 by 64 "
                      "pixels.")
                       .arg(info.fileName());
        return false;
    }
    *image = read;
    return true;
}

QByteArray BoardImageFile::encode(const QImage &image)
{
    if (image.isNull())
        return {};
    QImage scaled = image.width() > MaxSide || image.height() > MaxSide
        ? image.scaled(MaxSide, MaxSide, Qt::KeepAspectRatio, Qt::SmoothTransformation)
        : image;
    // JPEG has no transparency: a see-through PNG gets a white background, not a black one.
    QImage opaque(scaled.size(), QImage::Format_RGB32);
    opaque.fill(Qt::white);
    {
        QPainter painter(&opaque);
        painter.drawImage(0, 0, scaled);
    }
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    if (!opaque.save(&buffer, "JPEG", JpegQuality))
        return {};
    return bytes;
}

bool BoardImageFile::prepare(const QString &path, QByteArray *jpeg, QString *problem)
{
    QImage image;
    if (!read(path, &image, problem))
        return false;
    *jpeg = encode(image);
    if (jpeg->isEmpty()) {
        *problem = tr("The photo \"%1\" could not be prepared for sending. Choose another one.")
                       .arg(QFileInfo(path).fileName());
        return false;
    }
    return true;
}

QImage BoardImageFile::preview(const QString &path, int side)
{
    QImage image;
    QString problem;
    if (!read(path, &image, &problem))
        return {};
    return image.scaled(side, side, Qt::KeepAspectRatio, Qt::SmoothTransformation);
}
