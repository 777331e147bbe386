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
    const QCommandLineOption daysOption(
        QStringLiteral("report-days"),
        QStringLiteral("How many days back the demo reports go (default 365, at most 40000; "
                       "36000 make about 100,000 reports, for benchmarks)."),
        QStringLiteral("days"), QStringLiteral("365"));
    support.parser().addOption(daysOption);
    if (!support.parse())
        return support.status();
    if (!support.parser().isSet(demoOption))
        return support.fail(ExitBadConfiguration,
                            QStringLiteral("seed: only \"seed --demo\" exists (see --help)"));
    bool daysOk = false;
    const int days = support.parser().value(daysOption).toInt(&daysOk);
    if (!daysOk || days < 0 || days > 40000)
        return support.fail(ExitBadConfiguration,
                            QStringLiteral("seed: --report-days takes a number from 0 to 40000"));
    const std::unique_ptr<ServerServices> services = support.openServices();
    if (!services)
        return support.status();
    QString error;
    DemoSeed seed(services->context());
    seed.setReportDays(days);
    if (!seed.run(context.out, &error))
        return support.fail(ExitCannotServe, error);
    return ExitOk;
}

} // namespace Portiek::Server
