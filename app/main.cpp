#include "application.h"
#include "commandline.h"
#include "firstpaint.h"
#include "core/appsettings.h"
#include "core/language.h"
#include "core/linkforwarder.h"
#include "kioskcheck.h"
#include "ui/theme.h"

#include <QApplication>
#include <QSettings>

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
    if (options.checkKioskPolicy)
        return checkKioskPolicy(options.kioskPolicyFile);
    // A link clicked while Portiek runs: the running Portiek opens it, and this one ends.
    if (options.fromLink && LinkForwarder::forward(LinkForwarder::socketName(), options.link))
        return 0;
    // What the user chose in Settings, unless the command line says otherwise; the tour leaves
    // the user's settings alone and shows Portiek as it is out of the box.
    QSettings qsettings;
    const AppSettings saved(&qsettings);
    const bool useSaved = options.tourDirectory.isEmpty();
    QString language = options.language;
    if (language.isEmpty() && useSaved)
        language = saved.language();
    Language::install(app, Language::choose(language));
    Theme::apply(app);
    if (options.textSizePercent > 0)
        Theme::setTextScale(options.textSizePercent);
    else if (useSaved)
        Theme::setTextScale(saved.textScalePercent());
    Theme::setHighContrast(options.highContrast || (useSaved && saved.highContrast()));

    if (options.quitAfterFirstPaint)
        new FirstPaintQuit(&app);
    Application application(options);
    application.start();
    return QApplication::exec();
}
