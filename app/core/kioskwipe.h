#pragma once

#include <QStringList>

// Kiosk mode keeps nothing of a person on disk; after a crash or a power cut a previous session
// may still have left something. wipeLeftovers() removes, before anything is shown: the app's
// data, cache and configuration folders, its settings file, and Portiek's temporary files.
namespace KioskWipe {

// The folders and files wipeLeftovers() removes (those that exist now).
QStringList leftovers();
// Removes them; returns what could not be removed (for the log).
QStringList wipeLeftovers();

} // namespace KioskWipe
