#pragma once

#include <QString>
#include <QStringList>
#include <QTextStream>

namespace Portiek::Server {

// Exit statuses of portiek-server, relied on by scripts and test fixtures.
enum ExitStatus : int {
    ExitOk = 0,
    ExitCannotServe = 1, // could not listen, no TLS backend, …
    ExitBadConfiguration = 2, // also used for wrong command-line usage
};

// What a subcommand gets from the command line.
struct CommandContext
{
    QString configPath;
    bool checkConfigOnly = false;
    QStringList arguments; // what followed the command's name
    QTextStream &out;
    QTextStream &err;

    // Prints "portiek-server: <message>" on stderr and returns `status`.
    int fail(int status, const QString &message) const;
};

// The subcommands. Each returns the process's exit status.
int runServeCommand(const CommandContext &context);
int runRoutesCommand(const CommandContext &context);
int runAccountCommand(const CommandContext &context);
int runOutboxCommand(const CommandContext &context);
int runDemoDataCommand(const CommandContext &context);
int runSeedCommand(const CommandContext &context);

} // namespace Portiek::Server
