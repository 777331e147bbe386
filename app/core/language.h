#pragma once

#include <QString>

class QCoreApplication;

namespace Language {

// Dutch unless the system (or `requested`) asks for English: Portiek's people are Dutch, so a
// system in any third language gets Dutch too.
QString choose(const QString &requested);

// Installs Portiek's own and Qt's translations for `language` on `app` (which owns them).
void install(QCoreApplication &app, const QString &language);

} // namespace Language
