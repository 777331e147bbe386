#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QImage>
#include <QString>

// A photo file on this computer, made ready for POST …/board/photos. The portal accepts JPEG
// and PNG of at most 10 MiB and 64–8000 pixels a side (docs/openapi.yaml, *Images*); checking
// that here gives the person a clear sentence before anything is sent. The photo is turned
// upright as the camera said and sent as a JPEG of at most MaxSide pixels: the portal keeps no
// larger version anyway, a smaller upload is quicker, and the file's metadata (such as where it
// was taken) never leaves the computer.
class BoardImageFile
{
    Q_DECLARE_TR_FUNCTIONS(BoardImageFile)

public:
    static constexpr qint64 MaxFileBytes = 10 * 1024 * 1024;
    static constexpr int MaxPixels = 8000;
    static constexpr int MinPixels = 64;
    static constexpr int MaxSide = 2048; // the portal's full version
    static constexpr int JpegQuality = 90;

    // Reads and checks `path`; false with a sentence in `problem` when it cannot be used.
    static bool read(const QString &path, QImage *image, QString *problem);
    // The image as JPEG bytes, scaled down to MaxSide; empty when it cannot be encoded.
    static QByteArray encode(const QImage &image);
    // read() and encode() together.
    static bool prepare(const QString &path, QByteArray *jpeg, QString *problem);
    // A small copy for a preview, or a null image when the file cannot be used.
    static QImage preview(const QString &path, int side);
};
