#pragma once

#include "server/http/response.h"

#include <QByteArray>

namespace Portiek::Server::PhotoImage {

// The *Images* rules of docs/openapi.yaml for people's photos. Images are decoded here and
// re-encoded, so what the server serves is never what was sent: no metadata (EXIF, location,
// comments, colour profiles), no trailing bytes, no polyglot files.

inline constexpr qint64 MaxBytes = 10 * 1024 * 1024;
inline constexpr int MinSide = 64;
inline constexpr int MaxSide = 8000;
inline constexpr int OutputMaxSide = 512;
inline constexpr int JpegQuality = 85;

struct Result
{
    QByteArray jpeg; // empty when refused
    Response problem; // the answer when refused: 413, 415 or 422

    bool ok() const { return !jpeg.isEmpty(); }
};

// `mediaType` is the request's Content-Type (parameters ignored): image/jpeg or image/png,
// otherwise 415 `unsupported_media_type`. Then: more than MaxBytes 413; not decodable as that
// type 422 `image_invalid`; a side under MinSide or over MaxSide 422 `image_dimensions` (checked
// from the header, before decoding). The EXIF orientation is applied, the image centre-cropped
// to a square, scaled to at most OutputMaxSide, laid on white (PNG transparency) and encoded as
// a baseline JPEG.
Result process(const QByteArray &bytes, const QByteArray &mediaType);

} // namespace Portiek::Server::PhotoImage
