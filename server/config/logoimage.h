#pragma once

#include "server/config/serverconfig.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace Portiek::Server {

// The organisation's logo must be a PNG or JPEG of at most 1 MiB and 2048×2048 pixels: the
// client shows it on the sign-in page, and a huge or exotic image must not be able to stall it.
namespace LogoImage {

inline constexpr qint64 MaxBytes = 1024 * 1024;
inline constexpr int MaxSide = 2048;

// Checks the bytes (decoding them fully) and returns the logo with its media type, or nothing
// with `*error` set to a sentence that starts with the file's path.
std::optional<Logo> validate(const QByteArray &bytes, const QString &path, QString *error);

} // namespace LogoImage

} // namespace Portiek::Server
