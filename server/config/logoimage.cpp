#include "server/config/logoimage.h"

#include <QBuffer>
#include <QImage>
#include <QImageReader>

namespace Portiek::Server::LogoImage {

std::optional<Logo> validate(const QByteArray &bytes, const QString &path, QString *error)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    // Decide by content, never by file name: "logo.png" may well be a JPEG, or a text file.
    QImageReader reader(&buffer);
    reader.setDecideFormatFromContent(true);
    const QByteArray format = reader.format();

    Logo logo;
    logo.bytes = bytes;
    if (format == "png") {
        logo.mediaType = QByteArrayLiteral("image/png");
    } else if (format == "jpeg" || format == "jpg") {
        logo.mediaType = QByteArrayLiteral("image/jpeg");
    } else {
        *error = QStringLiteral("%1: not a PNG or JPEG image").arg(path);
        return std::nullopt;
    }

    // Check the announced size before decoding, so a tiny file claiming 60000×60000 pixels is
    // refused without allocating the image.
    const QSize size = reader.size();
    if (size.width() > MaxSide || size.height() > MaxSide) {
        *error = QStringLiteral("%1 is %2x%3 pixels; at most %4x%4 is allowed")
                     .arg(path)
                     .arg(size.width())
                     .arg(size.height())
                     .arg(MaxSide);
        return std::nullopt;
    }
    const QImage image = reader.read();
    if (image.isNull()) {
        // Damaged or truncated: for the operator that is the same problem as a wrong file. (libpng
        // itself may print a line such as "libpng error: Read Error" on stderr first.)
        *error = QStringLiteral("%1: not a PNG or JPEG image").arg(path);
        return std::nullopt;
    }
    if (image.width() > MaxSide || image.height() > MaxSide) {
        *error = QStringLiteral("%1 is %2x%3 pixels; at most %4x%4 is allowed")
                     .arg(path)
                     .arg(image.width())
                     .arg(image.height())
                     .arg(MaxSide);
        return std::nullopt;
    }
    return logo;
}

} // namespace Portiek::Server::LogoImage
