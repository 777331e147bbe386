#pragma once

#include "server/app/serverservices.h"
#include "server/cli/command.h"

#include <QCommandLineOption>
#include <QCommandLineParser>

#include <memory>

namespace Portiek::Server {

// What the subcommands that work on the database share: their own option parser (which also
// takes --config, since it may follow the command's name), and opening the services.
class CommandSupport
{
public:
    // `usage` is the command as typed ("account create").
    CommandSupport(const CommandContext &context, QString usage);

    QCommandLineParser &parser() { return m_parser; }
    // Parses context.arguments; false: a usage error (or --help) was printed, return
    // `status()`.
    bool parse();
    // Loads the configuration and opens (and migrates) the database. Nothing on failure, with
    // the one-line error printed; return `status()` then.
    std::unique_ptr<ServerServices> openServices();
    int status() const { return m_status; }
    int fail(int status, const QString &message);

private:
    const CommandContext &m_context;
    QString m_usage;
    QCommandLineParser m_parser;
    QCommandLineOption m_helpOption; // after m_parser: made by it
    QCommandLineOption m_configOption;
    QString m_configPath;
    int m_status = ExitOk;
};

} // namespace Portiek::Server
