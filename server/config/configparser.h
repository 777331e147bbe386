#pragma once

#include "server/config/configresult.h"
#include "server/config/serverconfig.h"

#include <QByteArray>
#include <QDir>
#include <QString>

namespace Portiek::Server {

// Parses the configuration file's text: shape, types, ranges and defaults, nothing read from
// disk. `sourceName` starts every error line ("server.json: organization.name is missing");
// relative paths in the file are resolved against `baseDirectory`.
ConfigResult<ServerConfig> parseServerConfig(const QByteArray &json, const QString &sourceName,
                                             const QDir &baseDirectory);

} // namespace Portiek::Server
