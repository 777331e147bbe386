#include "server/cli/commandline.h"

#include <QCoreApplication>

// The reference portal server. Everything lives in the portiek_server library, so tests can use
// it; this file only provides the process.
int main(int argc, char *argv[])
{
    QCoreApplication application(argc, argv);
    return Portiek::Server::runCommandLine(QCoreApplication::arguments());
}
