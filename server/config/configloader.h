#pragma once

#include "server/config/configresult.h"
#include "server/config/serverconfig.h"

#include <QString>

namespace Portiek::Server {

// Reads the configuration file and every file it names (certificate chain, private key, logo),
// validating each, so that `--check-config` catches everything a start would trip over.
// Error lines start with `filePath` as given: "server.json: tls.certificate: cannot read …".
ConfigResult<LoadedServerConfig> loadServerConfig(const QString &filePath);

// The files step alone, for a configuration that has already been parsed.
ConfigResult<LoadedServerConfig> loadServerFiles(const ServerConfig &config,
                                                 const QString &sourceName);

} // namespace Portiek::Server
