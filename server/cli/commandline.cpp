#include "server/cli/commandline.h"

#include "server/cli/command.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QProcessEnvironment>

#include <cstdio>
#include <portiek/version.h>

namespace Portiek::Server {

namespace {

struct Command
{
    const char *name;
    const char *summary;
    int (*run)(const CommandContext &);
};

// Each subcommand is one line here and one function in its own file.
constexpr Command Commands[] = {
    { "serve", "Serve the portal over HTTPS (the default).", runServeCommand },
    { "routes", "List the HTTP routes, one \"METHOD /path\" per line.", runRoutesCommand },
    { "account", "\"account create …\": create an account and e-mail its invitation.",
      runAccountCommand },
    { "outbox", "Print every stored SMS and e-mail (--json for a JSON array).", runOutboxCommand },
    { "demo-data", "Create the demo accounts with their known passwords (demo only).",
      runDemoDataCommand },
    { "seed", "\"seed --demo\": fill the demo clients with reports, plans and more (demo only).",
      runSeedCommand },
};

const char DefaultConfigPath[] = "/etc/portiek/server.json";

QString description()
{
    QString text = QStringLiteral("The Portiek reference portal server.\n\nCommands:");
    for (const Command &command : Commands) {
        text += QStringLiteral("\n  %1  %2")
                    .arg(QString::fromLatin1(command.name).leftJustified(10),
                         QString::fromUtf8(command.summary));
    }
    return text;
}

QString defaultConfigPath()
{
    const QString fromEnvironment
        = QProcessEnvironment::systemEnvironment().value(QStringLiteral("PORTIEK_SERVER_CONFIG"));
    return fromEnvironment.isEmpty() ? QString::fromLatin1(DefaultConfigPath) : fromEnvironment;
}

} // namespace

int CommandContext::fail(int status, const QString &message) const
{
    err << QCoreApplication::applicationName() << ": " << message << Qt::endl;
    return status;
}

int runCommandLine(const QStringList &arguments)
{
    QCoreApplication::setApplicationName(QStringLiteral("portiek-server"));
    QCoreApplication::setApplicationVersion(QString::fromLatin1(Portiek::Version));
    // A server log wants times and categories; QT_MESSAGE_PATTERN still wins when it is set.
    qSetMessagePattern(QStringLiteral(
        "%{time yyyy-MM-ddThh:mm:ss.zzz} %{type} %{if-category}%{category}: %{endif}%{message}"));

    QTextStream out(stdout);
    QTextStream err(stderr);

    QCommandLineParser parser;
    parser.setApplicationDescription(description());
    // Everything after the command's name belongs to the command, so later subcommands can have
    // arguments of their own.
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    const QCommandLineOption helpOption = parser.addHelpOption();
    const QCommandLineOption versionOption = parser.addVersionOption();
    const QCommandLineOption configOption(
        { QStringLiteral("c"), QStringLiteral("config") },
        QStringLiteral("Read the configuration from <file> (default: $PORTIEK_SERVER_CONFIG, "
                       "else %1).")
            .arg(QLatin1String(DefaultConfigPath)),
        QStringLiteral("file"));
    const QCommandLineOption checkOption(
        QStringLiteral("check-config"),
        QStringLiteral("Check the configuration and every file it names, then exit."));
    parser.addOptions({ configOption, checkOption });
    parser.addPositionalArgument(QStringLiteral("command"),
                                 QStringLiteral("What to do (see Commands above)."),
                                 QStringLiteral("[command]"));

    CommandContext context { QString(), false, QStringList(), out, err };
    if (!parser.parse(arguments))
        return context.fail(ExitBadConfiguration,
                            parser.errorText() + QStringLiteral(" (see --help)"));
    if (parser.isSet(helpOption))
        parser.showHelp(ExitOk);
    if (parser.isSet(versionOption))
        parser.showVersion();

    context.configPath
        = parser.isSet(configOption) ? parser.value(configOption) : defaultConfigPath();
    context.checkConfigOnly = parser.isSet(checkOption);
    QStringList positional = parser.positionalArguments();
    const QString name = positional.isEmpty() ? QStringLiteral("serve") : positional.takeFirst();
    context.arguments = positional;

    for (const Command &command : Commands) {
        if (name == QLatin1String(command.name))
            return command.run(context);
    }
    return context.fail(ExitBadConfiguration,
                        QStringLiteral("unknown command \"%1\" (see --help)").arg(name));
}

} // namespace Portiek::Server
