#include "application.h"
#include "commandline.h"
#include "core/language.h"
#include "ui/theme.h"

#include <QApplication>

#include <portiek/version.h>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Portiek"));
    QApplication::setOrganizationDomain(QStringLiteral("portiek.nl"));
    QApplication::setApplicationName(QStringLiteral("Portiek"));
    QApplication::setApplicationVersion(QString::fromLatin1(Portiek::Version));
    QApplication::setDesktopFileName(QString::fromLatin1(Portiek::ApplicationId));

    const CommandLine options = CommandLine::parse(app);
    Language::install(app, Language::choose(options.language));
    Theme::apply(app);

    Application application(options);
    application.start();
    return QApplication::exec();
}
