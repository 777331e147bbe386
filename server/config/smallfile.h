#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace Portiek::Server {

// Reads a file that is expected to be small (configuration, PEM, logo). Reading stops just past
// `maxBytes`, so a wrong path to something huge (a disk image, /dev/zero) fails fast. On failure
// returns nothing and sets `*error` to "cannot read <path>: <reason>" or "<path> is larger than …".
std::optional<QByteArray> readSmallFile(const QString &path, qint64 maxBytes, QString *error);

} // namespace Portiek::Server
