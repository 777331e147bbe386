#include "server/photos/photoimage.h"

#include "server/http/problem.h"

#include <QBuffer>
#include <QColorSpace>
#include <QImage>
#include <QImageReader>
#include <QImageWriter>
#include <QPainter>

namespace Portiek::Server::PhotoImage {

namespace {

// "image/png; charset=x" → "png"; empty for anything we do not accept.
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
    return Result { QByteArray(), std::move(problem) };
}

Response invalid()
{
    return Problem::make(422, QStringLiteral("image_invalid"),
                         QStringLiteral("The image cannot be read as a JPEG or PNG file."));
}

bool sideAccepted(int side)
{
    return side >= MinSide && side <= MaxSide;
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

// A new image, so nothing of the original's text chunks or colour profile comes along.
QImage squareOnWhite(const QImage &decoded)
{
    QImage image = decoded;
    if (image.colorSpace().isValid() && image.colorSpace() != QColorSpace(QColorSpace::SRgb))
        image.convertToColorSpace(QColorSpace(QColorSpace::SRgb));
    const int side = qMin(image.width(), image.height());
    const QImage square
        = image.copy((image.width() - side) / 2, (image.height() - side) / 2, side, side);
    const int outputSide = qMin(side, OutputMaxSide);
    const QImage scaled
        = square.scaled(outputSide, outputSide, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
    QImage clean(outputSide, outputSide, QImage::Format_RGB32);
    clean.fill(Qt::white);
    QPainter painter(&clean);
    painter.drawImage(0, 0, scaled);
    painter.end();
    return clean;
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
    if (!sideAccepted(declared.width()) || !sideAccepted(declared.height()))
        return refused(wrongDimensions(declared));

    const QImage decoded = reader.read();
    if (decoded.isNull())
        return refused(invalid());
    // After the EXIF rotation the sides may have swapped; the limits are the same both ways.
    if (!sideAccepted(decoded.width()) || !sideAccepted(decoded.height()))
        return refused(wrongDimensions(decoded.size()));

    QByteArray jpeg;
    QBuffer output(&jpeg);
    output.open(QIODevice::WriteOnly);
    QImageWriter writer(&output, QByteArrayLiteral("jpeg"));
    writer.setQuality(JpegQuality);
    if (!writer.write(squareOnWhite(decoded)))
        return refused(Problem::internalError());
    return Result { jpeg, Response() };
}

} // namespace Portiek::Server::PhotoImage
