#pragma once

#include <QString>

// The link in an invitation e-mail,
// "portiek://open?server=https://portaal.example.nl&user=jjansen": opens Portiek with the portal's
// address and the username filled in. It never carries a password. The installers register Portiek
// for the portiek: scheme.
struct InvitationLink
{
    QString server; // checked later like a typed address (https only)
    QString username; // may be empty

    // Whether `text` is meant as such a link (so a wrong one gets its own message).
    static bool isLink(const QString &text);
    // Reads a link; false, with the reason in English for the log, for anything else.
    static bool parse(const QString &text, InvitationLink *link, QString *error);
};
