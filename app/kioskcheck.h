#pragma once

#include <QString>

// portiek --check-kiosk-policy: reads the kiosk policy an administrator wrote (the given file,
// else the system's), prints what Portiek will use, and says whether it was read without a
// problem (exit status 0) or not (1). docs/kiosk.md.
int checkKioskPolicy(const QString &file);
