#include "server/app/portalserver.h"
#include "server/cli/command.h"
#include "server/cli/signalwatcher.h"
#include "server/config/configloader.h"
#include "server/http/tlsconfiguration.h"
#include "server/logging.h"

#include <QCoreApplication>

namespace Portiek::Server {

int runServeCommand(const CommandContext &context)
{
    if (!context.arguments.isEmpty()) {
        return context.fail(ExitBadConfiguration,
                            QStringLiteral("unexpected argument \"%1\" (see --help)")
                                .arg(context.arguments.first()));
    }
    // Checked first: without a TLS backend even reading the private key fails, and the error
    // would blame the key file.
    if (const QString reason = tlsUnavailableReason(); !reason.isEmpty())
        return context.fail(ExitCannotServe, reason);

    const ConfigResult<LoadedServerConfig> loaded = loadServerConfig(context.configPath);
    if (!loaded.isOk())
        return context.fail(ExitBadConfiguration, loaded.error());
    for (const QString &warning : loaded.value().warnings)
        qCWarning(lcServerConfig).noquote() << warning;

    if (context.checkConfigOnly) {
        context.out << "configuration OK" << Qt::endl;
        return ExitOk;
    }

    // Before listening, so a SIGTERM that arrives right after start-up still ends cleanly.
    SignalWatcher signalWatcher;
    QObject::connect(&signalWatcher, &SignalWatcher::terminationRequested, qApp,
                     &QCoreApplication::quit);

    QString error;
    const std::unique_ptr<PortalServer> portal = PortalServer::create(loaded.value(), &error);
    if (!portal)
        return context.fail(ExitCannotServe, error);
    PortalServer &server = *portal;
    if (!server.start()) {
        const ServerConfig &config = loaded.value().config;
        return context.fail(ExitCannotServe,
                            QStringLiteral("cannot listen on %1 port %2: %3")
                                .arg(config.listenAddress.toString())
                                .arg(config.listenPort)
                                .arg(server.errorString()));
    }
    // Test fixtures and service scripts wait for exactly this line on stdout.
    context.out << "portiek-server listening on " << server.url().toString() << Qt::endl;
    return QCoreApplication::exec();
}

} // namespace Portiek::Server
