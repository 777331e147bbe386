#include "commandline.h"

#include "core/invitationlink.h"

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
    const QCommandLineOption textSize(
        QStringLiteral("text-size"),
        QStringLiteral("Text size in percent on top of the system's: 100, 125, 150, 175 or 200."),
        QStringLiteral("percent"));
    const QCommandLineOption highContrast(
        QStringLiteral("high-contrast"),
        QStringLiteral("Use the high-contrast colours (white and yellow on black)."));
    parser.addOptions({ textSize, highContrast });
    const QCommandLineOption kiosk(
        QStringLiteral("kiosk"),
        QStringLiteral("Kiosk mode for a shared computer, with the default policy (or the system's "
                       "policy file when there is one)."));
    const QCommandLineOption kioskPolicy(
        QStringLiteral("kiosk-policy"),
        QStringLiteral("Kiosk mode with the policy in this file instead of the system's."),
        QStringLiteral("file"));
    parser.addOptions({ server, caFile, language, tour, tourOutbox });
    const QCommandLineOption checkPolicy(
        QStringLiteral("check-kiosk-policy"),
        QStringLiteral("Read the kiosk policy (--kiosk-policy, else the system's), print what "
                       "Portiek will use, and exit: 0 when it has no problem, 1 otherwise."));
    parser.addOptions({ kiosk, kioskPolicy, checkPolicy });
    QCommandLineOption quitAfterFirstPaint(
        QStringLiteral("quit-after-first-paint"),
        QStringLiteral("Exit as soon as the first window is painted (to time a start)."));
    quitAfterFirstPaint.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(quitAfterFirstPaint);
    parser.addPositionalArgument(
        QStringLiteral("link"),
        QStringLiteral(
            "An invitation link (portiek://open?server=…&user=…): opens that portal with "
            "the username filled in."),
        QStringLiteral("[link]"));
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
    result.kiosk = parser.isSet(kiosk);
    result.kioskPolicyFile = parser.value(kioskPolicy);
    result.checkKioskPolicy = parser.isSet(checkPolicy);
    result.quitAfterFirstPaint = parser.isSet(quitAfterFirstPaint);
    result.highContrast = parser.isSet(highContrast);
    if (parser.isSet(textSize)) {
        bool ok = false;
        result.textSizePercent = parser.value(textSize).remove(QLatin1Char('%')).toInt(&ok);
        if (!ok || result.textSizePercent < 100 || result.textSizePercent > 200) {
            std::fprintf(stderr, "portiek: --text-size must be a percentage from 100 to 200\n");
            std::exit(2);
        }
    }
#ifdef PORTIEK_DEVELOPMENT_BUILD
    result.allowPlainHttp = parser.isSet(allowHttp);
#endif
    if (!result.language.isEmpty() && result.language != QLatin1String("nl")
        && result.language != QLatin1String("en")) {
        std::fprintf(stderr, "portiek: --language must be nl or en\n");
        std::exit(2);
    }
    if (!parser.positionalArguments().isEmpty())
        result.applyLink(parser.positionalArguments().constFirst());
    return result;
}

void CommandLine::applyLink(const QString &argument)
{
    fromLink = true;
    link = argument;
    InvitationLink parsed;
    if (!InvitationLink::parse(argument, &parsed, &linkProblem))
        return;
    linkServer = parsed.server;
    username = parsed.username;
}
