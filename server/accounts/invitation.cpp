#include "server/accounts/invitation.h"

#include <QLocale>
#include <QTimeZone>

namespace Portiek::Server::Invitation {

QString dutchDateTime(const QDateTime &time)
{
    const QLocale dutch(QLocale::Dutch, QLocale::Netherlands);
    const QTimeZone amsterdam(QByteArrayLiteral("Europe/Amsterdam"));
    const QDateTime local = amsterdam.isValid() ? time.toTimeZone(amsterdam) : time.toUTC();
    return QStringLiteral("%1 om %2")
        .arg(dutch.toString(local.date(), QStringLiteral("d MMMM yyyy")),
             local.time().toString(QStringLiteral("HH:mm")));
}

Mail compose(const ServerConfig &config, const Person &person, const QString &temporaryPassword,
             const QDateTime &expiresAt)
{
    const QString organization = config.organization.name;
    QString helpdesk;
    const Helpdesk &desk = config.organization.helpdesk;
    if (!desk.phone.isEmpty() && !desk.email.isEmpty())
        helpdesk = QStringLiteral("%1 of %2").arg(desk.phone, desk.email);
    else
        helpdesk = !desk.phone.isEmpty() ? desk.phone : desk.email;

    Mail mail;
    mail.subject = QStringLiteral("Uw account voor het cliëntportaal van %1").arg(organization);
    QString body
        = QStringLiteral("Beste %1,\n"
                         "\n"
                         "Er is een account voor u aangemaakt in het cliëntportaal van %2.\n"
                         "\n"
                         "Portaaladres: %3\n"
                         "Gebruikersnaam: %4\n"
                         "Tijdelijk wachtwoord: %5\n"
                         "\n"
                         "Het tijdelijke wachtwoord werkt één keer en is geldig tot %6. "
                         "Als u inlogt, krijgt u een inlogcode per sms en kiest u daarna een eigen "
                         "wachtwoord.\n")
              .arg(person.name(), organization, config.publicUrl.toString(), person.username,
                   temporaryPassword, dutchDateTime(expiresAt));
    if (!helpdesk.isEmpty()) {
        body += QStringLiteral("\nHeeft u vragen, of had u dit bericht niet verwacht? Neem dan "
                               "contact op met %1.\n")
                    .arg(helpdesk);
    }
    body += QStringLiteral("\nMet vriendelijke groet,\n%1\n").arg(organization);
    mail.body = body;
    return mail;
}

} // namespace Portiek::Server::Invitation
