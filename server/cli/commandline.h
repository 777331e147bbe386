#pragma once

#include <QStringList>

namespace Portiek::Server {

// The whole of portiek-server's command line: parses `arguments` (program name first), runs the
// chosen subcommand and returns the exit status. Needs a QCoreApplication.
int runCommandLine(const QStringList &arguments);

} // namespace Portiek::Server
