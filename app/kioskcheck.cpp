#include "kioskcheck.h"

#include "core/kioskpolicy.h"

#include <QFileInfo>
#include <QStringList>

#include <cstdio>

int checkKioskPolicy(const QString &file)
{
    const QString path = file.isEmpty() ? KioskPolicy::systemPath() : file;
    if (!QFileInfo::exists(path)) {
        std::printf("no kiosk policy at %s: kiosk mode is off\n", qPrintable(path));
        return 1;
    }
    KioskPolicy policy;
    QStringList warnings;
    const bool read = KioskPolicy::fromFile(path, &policy, &warnings);
    std::printf("kiosk policy %s%s\n", qPrintable(path),
                read ? "" : " could not be read: the strict defaults apply");
    std::printf("  idleSeconds: %d\n  countdownSeconds: %d\n  sessionLimitMinutes: %d\n",
                policy.idleSeconds, policy.countdownSeconds, policy.sessionLimitMinutes);
    std::printf("  allowSave: %s\n  allowPrint: %s\n  portal: %s\n",
                policy.allowSave ? "true" : "false", policy.allowPrint ? "true" : "false",
                policy.portal.isEmpty() ? "(none)" : qPrintable(policy.portal.toString()));
    for (const QString &warning : std::as_const(warnings))
        std::printf("problem: %s\n", qPrintable(warning));
    return read && warnings.isEmpty() ? 0 : 1;
}
