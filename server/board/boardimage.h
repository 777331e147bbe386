#pragma once

#include "server/http/response.h"

#include <QByteArray>
#include <QSize>

namespace Portiek::Server::BoardImage {

// Board photos under the *Images* rules of docs/openapi.yaml, the same checks as people's
// photos (PhotoImage): at most 10 MiB, 64–8000 pixels a side, decoded as the declared type only
// and re-encoded, so nothing of the sent file (EXIF, location, trailing bytes) is ever served.
// Unlike a profile photo a board photo keeps its shape: a full version with its longest side at
// most 2048 pixels and a thumbnail of at most 320.

inline constexpr qint64 MaxBytes = 10 * 1024 * 1024;
inline constexpr int MinSide = 64;
inline constexpr int MaxSide = 8000;
inline constexpr int FullMaxSide = 2048;
inline constexpr int ThumbnailMaxSide = 320;
inline constexpr int JpegQuality = 85;

struct Result
{
    QByteArray full; // JPEG; empty when refused
    QByteArray thumbnail; // JPEG
    QSize size; // of the full version
    Response problem; // the answer when refused: 413, 415 or 422

    bool ok() const { return !full.isEmpty(); }
};

// `mediaType` is the request's Content-Type: image/jpeg or image/png, otherwise 415
// `unsupported_media_type`; over MaxBytes 413 `payload_too_large`; not decodable 422
// `image_invalid`; a side out of range 422 `image_dimensions`. The EXIF orientation is applied
// and PNG transparency laid on white.
Result process(const QByteArray &bytes, const QByteArray &mediaType);

} // namespace Portiek::Server::BoardImage
