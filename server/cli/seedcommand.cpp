#include "server/cli/command.h"
#include "server/cli/commandsupport.h"
#include "server/demo/demoseed.h"

namespace Portiek::Server {

// `portiek-server seed --demo`: fills the demo portal (server/demo/demoseed.h). `--demo` is
// required, so nobody seeds a real portal's database by accident.
int runSeedCommand(const CommandContext &context)
{
    CommandSupport support(context, QStringLiteral("seed"));
    const QCommandLineOption demoOption(
        QStringLiteral("demo"),
        QStringLiteral("Fill the demo clients of demo-data with made-up reports, plans, "
                       "appointments, profiles, photos, contact persons, measurements, "
                       "messages and board posts (demo only)."));
    support.parser().addOption(demoOption);
    if (!support.parse())
        return support.status();
    if (!support.parser().isSet(demoOption))
        return support.fail(ExitBadConfiguration,
                            QStringLiteral("seed: only \"seed --demo\" exists (see --help)"));
    const std::unique_ptr<ServerServices> services = support.openServices();
    if (!services)
        return support.status();
    QString error;
    if (!DemoSeed(services->context()).run(context.out, &error))
        return support.fail(ExitCannotServe, error);
    return ExitOk;
}

} // namespace Portiek::Server
