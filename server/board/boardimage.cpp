#include "server/board/boardimage.h"

#include "server/http/problem.h"

#include <QBuffer>
#include <QColorSpace>
#include <QImage>
#include <QImageReader>
#include <QImageWriter>
#include <QPainter>

namespace Portiek::Server::BoardImage {

namespace {

QByteArray formatFor(const QByteArray &mediaType)
{
    const QByteArray type = mediaType.split(';').value(0).trimmed().toLower();
    if (type == "image/jpeg")
        return QByteArrayLiteral("jpeg");
    if (type == "image/png")
        return QByteArrayLiteral("png");
    return {};
}

Result refused(Response problem)
{
    Result result;
    result.problem = std::move(problem);
    return result;
}

Response invalid()
{
    return Problem::make(422, QStringLiteral("image_invalid"),
                         QStringLiteral("The image cannot be read as a JPEG or PNG file."));
}

bool accepted(const QSize &size)
{
    return size.width() >= MinSide && size.width() <= MaxSide && size.height() >= MinSide
        && size.height() <= MaxSide;
}

Response wrongDimensions(const QSize &size)
{
    return Problem::make(422, QStringLiteral("image_dimensions"),
                         QStringLiteral("The image is %1 x %2 pixels; at least %3 x %3 and at "
                                        "most %4 x %4 are accepted.")
                             .arg(size.width())
                             .arg(size.height())
                             .arg(MinSide)
                             .arg(MaxSide));
}

// A fresh RGB image on white at most `maxSide` on its longest side, so nothing of the original
// (text chunks, colour profile, alpha) comes along.
QImage cleanCopy(const QImage &image, int maxSide)
{
    const QSize size = image.width() <= maxSide && image.height() <= maxSide
        ? image.size()
        : image.size().scaled(maxSide, maxSide, Qt::KeepAspectRatio);
    const QImage scaled = image.size() == size
        ? image
        : image.scaled(size, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
    QImage clean(size.expandedTo(QSize(1, 1)), QImage::Format_RGB32);
    clean.fill(Qt::white);
    QPainter painter(&clean);
    painter.drawImage(0, 0, scaled);
    painter.end();
    return clean;
}

QByteArray jpeg(const QImage &image)
{
    QByteArray bytes;
    QBuffer output(&bytes);
    output.open(QIODevice::WriteOnly);
    QImageWriter writer(&output, QByteArrayLiteral("jpeg"));
    writer.setQuality(JpegQuality);
    return writer.write(image) ? bytes : QByteArray();
}

} // namespace

Result process(const QByteArray &bytes, const QByteArray &mediaType)
{
    const QByteArray format = formatFor(mediaType);
    if (format.isEmpty()) {
        return refused(Problem::make(415, QStringLiteral("unsupported_media_type"),
                                     QStringLiteral("Accepted are image/jpeg and image/png.")));
    }
    if (bytes.size() > MaxBytes) {
        return refused(
            Problem::make(413, QStringLiteral("payload_too_large"),
                          QStringLiteral("Images may be at most %1 bytes.").arg(MaxBytes)));
    }
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    // The declared type only: a GIF or a script labelled image/png is not "found out" and used.
    QImageReader reader(&buffer, format);
    reader.setDecideFormatFromContent(false);
    reader.setAutoTransform(true);
    // From the header, before any pixel is decoded: a small file may claim a huge image.
    const QSize declared = reader.size();
    if (!declared.isValid())
        return refused(invalid());
    if (!accepted(declared))
        return refused(wrongDimensions(declared));
    QImage decoded = reader.read();
    if (decoded.isNull())
        return refused(invalid());
    if (!accepted(decoded.size()))
        return refused(wrongDimensions(decoded.size()));
    if (decoded.colorSpace().isValid() && decoded.colorSpace() != QColorSpace(QColorSpace::SRgb))
        decoded.convertToColorSpace(QColorSpace(QColorSpace::SRgb));

    const QImage full = cleanCopy(decoded, FullMaxSide);
    Result result;
    result.full = jpeg(full);
    result.thumbnail = jpeg(cleanCopy(full, ThumbnailMaxSide));
    result.size = full.size();
    if (result.full.isEmpty() || result.thumbnail.isEmpty())
        return refused(Problem::internalError());
    return result;
}

} // namespace Portiek::Server::BoardImage
