#include "core/language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace Language {

QString choose(const QString &requested)
{
    if (!requested.isEmpty())
        return requested;
    const QStringList languages = QLocale::system().uiLanguages();
    for (const QString &language : languages) {
        if (language.startsWith(QLatin1String("nl")))
            return QStringLiteral("nl");
        if (language.startsWith(QLatin1String("en")))
            return QStringLiteral("en");
    }
    return QStringLiteral("nl");
}

void install(QCoreApplication &app, const QString &language)
{
    auto *qt = new QTranslator(&app);
    if (qt->load(QStringLiteral("qtbase_") + language,
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    auto *own = new QTranslator(&app);
    if (own->load(QStringLiteral(":/i18n/portiek_") + language))
        QCoreApplication::installTranslator(own);
    QLocale::setDefault(
        QLocale(language == QLatin1String("nl") ? QLocale::Dutch : QLocale::English,
                language == QLatin1String("nl") ? QLocale::Netherlands : QLocale::UnitedKingdom));
}

} // namespace Language
