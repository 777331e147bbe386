#pragma once

#include <QString>
#include <QStringList>

class QCoreApplication;

struct CommandLine
{
    QString server; // as typed: parsed and checked like the address field
    // From an invitation link (portiek://open?server=…&user=…), given as the only argument.
    QString link; // as given
    QString linkServer;
    QString username;
    bool fromLink = false;
    QString linkProblem; // why the link given could not be read (English, for the log)
    QString caFile;
    QString tourDirectory;
    // With --tour against the demo portal: prints the outbox as JSON, so the tour can sign in
    // for real with the SMS code it finds there.
    QString tourOutboxCommand;
    QString language; // "nl", "en" or empty for the system's
    int textSizePercent = 0; // 100 to 200, or 0 for the remembered setting
    bool highContrast = false;
    bool allowPlainHttp = false; // development builds only
    // Kiosk mode (docs/kiosk.md) for tests and trials; a kiosk computer has the system's policy
    // file instead, which switches kiosk mode on by itself.
    bool kiosk = false;
    QString kioskPolicyFile; // read instead of the system's policy file; implies kiosk mode
    bool checkKioskPolicy = false; // print the policy (kioskcheck.h) and exit
    bool quitAfterFirstPaint = false; // scripts/bench: time a start (firstpaint.h)

    // Parses the arguments of `app`; prints help or version and exits for --help / --version,
    // prints one line and exits with status 2 on a wrong option.
    static CommandLine parse(const QCoreApplication &app);
    // Takes the portal and username from an invitation link (core/invitationlink.h).
    void applyLink(const QString &argument);
};
