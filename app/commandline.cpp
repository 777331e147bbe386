#include "commandline.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstdio>
#include <cstdlib>

CommandLine CommandLine::parse(const QCoreApplication &app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Portiek, the desktop client for your care organisation's client portal."));
    parser.addHelpOption();
    parser.addVersionOption();

    const QCommandLineOption server(
        QStringLiteral("server"),
        QStringLiteral("Address of the portal, e.g. portaal.zorggroep.nl."), QStringLiteral("url"));
    const QCommandLineOption caFile(
        QStringLiteral("ca-file"),
        QStringLiteral("Also trust the certificate authorities in this PEM file (an organisation's "
                       "own CA)."),
        QStringLiteral("file"));
    const QCommandLineOption language(QStringLiteral("language"),
                                      QStringLiteral("Language of the texts: nl or en."),
                                      QStringLiteral("code"));
    const QCommandLineOption tour(
        QStringLiteral("tour"),
        QStringLiteral("Walk through every screen offscreen and save a screenshot of each into "
                       "this folder, then quit (the demo and the user guide use it)."),
        QStringLiteral("folder"));
    const QCommandLineOption tourOutbox(
        QStringLiteral("tour-outbox-command"),
        QStringLiteral("With --tour against the demo portal: a command that prints the portal's "
                       "outbox as JSON (portiek-server outbox --json …); the tour then signs in as "
                       "the demo representative and shows the dossier's screens."),
        QStringLiteral("command"));
    parser.addOptions({ server, caFile, language, tour, tourOutbox });
#ifdef PORTIEK_DEVELOPMENT_BUILD
    const QCommandLineOption allowHttp(
        QStringLiteral("allow-http"),
        QStringLiteral("Development builds only: allow plain http:// to a loopback address."));
    parser.addOption(allowHttp);
#endif
    parser.process(app);

    CommandLine result;
    result.server = parser.value(server);
    result.caFile = parser.value(caFile);
    result.tourDirectory = parser.value(tour);
    result.tourOutboxCommand = parser.value(tourOutbox);
    result.language = parser.value(language).toLower();
#ifdef PORTIEK_DEVELOPMENT_BUILD
    result.allowPlainHttp = parser.isSet(allowHttp);
#endif
    if (!result.language.isEmpty() && result.language != QLatin1String("nl")
        && result.language != QLatin1String("en")) {
        std::fprintf(stderr, "portiek: --language must be nl or en\n");
        std::exit(2);
    }
    return result;
}
