#include "core/kioskwipe.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace KioskWipe {

QStringList leftovers()
{
    QStringList found;
    auto add = [&found](const QString &path) {
        if (!path.isEmpty() && QFileInfo::exists(path) && !found.contains(path))
            found.append(path);
    };
    // Drafts live under the data folder (application.cpp), so they go with it.
    for (const auto location :
         { QStandardPaths::AppDataLocation, QStandardPaths::AppLocalDataLocation,
           QStandardPaths::CacheLocation, QStandardPaths::AppConfigLocation })
        add(QStandardPaths::writableLocation(location));
    // The settings file of QSettings' default (organisation/application.conf).
    const QString config = QStandardPaths::writableLocation(QStandardPaths::ConfigLocation);
    const QString organization = QCoreApplication::organizationName();
    if (!organization.isEmpty())
        add(config + QLatin1Char('/') + organization + QLatin1Char('/')
            + QCoreApplication::applicationName() + QStringLiteral(".conf"));
    // QTemporaryDir/QTemporaryFile's default names begin with the application's name; kiosk
    // mode's own settings folder begins with "portiek-".
    const QDir temp(QDir::tempPath());
    const QStringList patterns = { QCoreApplication::applicationName() + QStringLiteral("-*"),
                                   QStringLiteral("portiek-*") };
    for (const QFileInfo &entry :
         temp.entryInfoList(patterns, QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot))
        add(entry.absoluteFilePath());
    return found;
}

QStringList wipeLeftovers()
{
    QStringList failed;
    for (const QString &path : leftovers()) {
        const QFileInfo info(path);
        const bool removed = info.isDir() && !info.isSymLink() ? QDir(path).removeRecursively()
                                                               : QFile::remove(path);
        if (!removed)
            failed.append(path);
    }
    return failed;
}

} // namespace KioskWipe
