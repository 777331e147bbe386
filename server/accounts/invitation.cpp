#include "server/accounts/invitation.h"

#include "server/core/secrets.h"

#include <QLocale>
#include <QStringList>
#include <QTimeZone>
#include <QUrl>
#include <QUrlQuery>

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

namespace {

// "020 123 45 67 of helpdesk@…", whichever the organisation gave.
QString helpdeskText(const ServerConfig &config)
{
    const Helpdesk &desk = config.organization.helpdesk;
    if (!desk.phone.isEmpty() && !desk.email.isEmpty())
        return QStringLiteral("%1 of %2").arg(desk.phone, desk.email);
    return !desk.phone.isEmpty() ? desk.phone : desk.email;
}

// The closing lines every invitation ends with.
QString closing(const ServerConfig &config)
{
    QString text;
    const QString helpdesk = helpdeskText(config);
    if (!helpdesk.isEmpty()) {
        text += QStringLiteral("\nHeeft u vragen, of had u dit bericht niet verwacht? Neem dan "
                               "contact op met %1.\n")
                    .arg(helpdesk);
    }
    return text + QStringLiteral("\nMet vriendelijke groet,\n%1\n").arg(config.organization.name);
}

// "portiek://open?server=…&user=…": opens Portiek with the portal and the username filled in.
// Never a password.
QString appLink(const ServerConfig &config, const QString &username)
{
    QUrl link;
    link.setScheme(QStringLiteral("portiek"));
    link.setHost(QStringLiteral("open"));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("server"), config.publicUrl.toString());
    query.addQueryItem(QStringLiteral("user"), username);
    link.setQuery(query);
    return link.toString(QUrl::FullyEncoded);
}

QString appLinkText(const ServerConfig &config, const QString &username)
{
    return QStringLiteral("\nHeeft u het programma Portiek op uw computer? Klik dan op deze link. "
                          "Portiek vult het portaaladres en uw gebruikersnaam dan voor u in:\n%1\n")
        .arg(appLink(config, username));
}

} // namespace

QString temporaryPassword()
{
    const QString code = Secrets::randomReadableCode(12);
    return QStringList { code.mid(0, 4), code.mid(4, 4), code.mid(8, 4) }.join(QLatin1Char('-'));
}

Mail composeAccess(const ServerConfig &config, const Person &person, const QString &clientName)
{
    const QString organization = config.organization.name;
    Mail mail;
    mail.subject
        = QStringLiteral("U heeft toegang gekregen in het cliëntportaal van %1").arg(organization);
    mail.body = QStringLiteral("Beste %1,\n"
                               "\n"
                               "U kunt nu ook de gegevens van %2 zien in het cliëntportaal van "
                               "%3.\n"
                               "\n"
                               "Portaaladres: %4\n"
                               "Gebruikersnaam: %5\n"
                               "\n"
                               "U logt in met uw eigen wachtwoord en kiest daarna %2.\n")
                    .arg(person.name(), clientName, organization, config.publicUrl.toString(),
                         person.username)
        + appLinkText(config, person.username) + closing(config);
    return mail;
}

Mail compose(const ServerConfig &config, const Person &person, const QString &temporaryPassword,
             const QDateTime &expiresAt)
{
    const QString organization = config.organization.name;

    Mail mail;
    mail.subject = QStringLiteral("Uw account voor het cliëntportaal van %1").arg(organization);
    const QString body
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
    mail.body = body + appLinkText(config, person.username) + closing(config);
    return mail;
}

} // namespace Portiek::Server::Invitation
