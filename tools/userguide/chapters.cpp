#include "chapters.h"

// Captions in Dutch, as the guide is; the screens are the demo's (Zorggroep De Linde).
QList<Chapter> guideChapters()
{
    const auto s = [](const char *name, const char *caption) {
        return Screenshot { QString::fromUtf8(name), QString::fromUtf8(caption) };
    };
    return {
        { QStringLiteral("address"),
          { s("01-portaaladres", "De eerste keer vraagt Portiek het adres van het portaal."),
            s("02-portaaladres-onveilig",
              "Een adres met http:// weigert Portiek: alleen veilige verbindingen.") } },
        { QStringLiteral("signin"),
          { s("03-inlogscherm", "Het inlogscherm, met de naam en het logo van de zorgorganisatie."),
            s("04-inloggen-fout",
              "Klopt de gebruikersnaam of het wachtwoord niet, dan zegt "
              "Portiek dat in gewone woorden.") } },
        { QStringLiteral("smscode"),
          { s("05-sms-code",
              "De sms-code. Met 'Deze computer onthouden' vraagt Portiek hier 90 "
              "dagen lang geen code meer."),
            s("06-sms-code-fout", "Een verkeerde code: u kunt het opnieuw proberen.") } },
        { QStringLiteral("firstsignin"),
          { s("07-nieuw-wachtwoord",
              "De eerste keer kiest u een eigen wachtwoord. De lijst laat "
              "zien waar het aan moet voldoen."),
            s("08-voorwaarden", "Daarna leest en accepteert u de voorwaarden.") } },
        { QStringLiteral("forgotpassword"),
          { s("09-wachtwoord-vergeten", "Wachtwoord vergeten: u krijgt een code per e-mail."),
            s("10-wachtwoord-herstellen", "Met die code kiest u een nieuw wachtwoord.") } },
        { QStringLiteral("chooseclient"),
          { s("11-client-kiezen",
              "Bent u vertegenwoordiger van meer cliënten? Dan kiest u "
              "eerst wie.") } },
        { QStringLiteral("start"),
          { s("12-startscherm", "Start: het nieuwste in één oogopslag.") } },
        { QStringLiteral("reports"),
          { s("13-rapportages", "Rapportages: de lijst links, de hele rapportage rechts."),
            s("14-nieuwe-rapportage",
              "Een nieuwe rapportage schrijven. Wat u typt, blijft "
              "bewaard tot het portaal het heeft.") } },
        { QStringLiteral("plans"),
          { s("15-plannen", "De ondersteuningsplannen. Eén wacht op uw akkoord."),
            s("16-plan-bekijken", "Een plan lezen, vergroten, opslaan of afdrukken."),
            s("17-plan-akkoord-vragen",
              "Akkoord geven: Portiek vraagt het eerst nog één keer.") } },
        { QStringLiteral("profile"),
          { s("18-profiel", "Het profiel: de gegevens uit het dossier en uw eigen gegevens."),
            s("19-email-wijzigen", "Een nieuw e-mailadres bevestigt u met een code."),
            s("20-foto-kiezen", "Een foto kiezen en bijsnijden.") } },
        { QStringLiteral("agenda"),
          { s("21-agenda", "De agenda: vandaag en morgen."), s("22-agenda-week", "De hele week."),
            s("23-afspraak-maken", "Een eigen afspraak maken.") } },
        { QStringLiteral("measurements"),
          { s("24-metingen", "Metingen: per soort een grafiek en een tabel."),
            s("25-nieuwe-meting",
              "Een nieuwe meting invoeren. Portiek zegt welke waarden "
              "kunnen.") } },
        { QStringLiteral("messages"),
          { s("26-berichten", "Berichten met de mensen die toegang hebben."),
            s("27-nieuw-bericht", "Een nieuw bericht: eerst kiest u aan wie.") } },
        { QStringLiteral("board"),
          { s("28-prikbord", "Het prikbord met berichten, foto's en reacties."),
            s("29-prikbord-foto-bekijken", "Een foto groot bekijken."),
            s("30-prikbord-nieuw-bericht", "Een nieuw bericht met foto's plaatsen.") } },
        { QStringLiteral("access"),
          { s("31-toegang", "Wie heeft toegang, en tot welke delen."),
            s("32-rechten-geven", "De rechten van een contactpersoon veranderen."),
            s("33-contactpersoon-uitnodigen", "Een nieuwe contactpersoon uitnodigen."),
            s("34-toegangslog", "Het toegangslog: wie heeft wanneer wat bekeken.") } },
        { QStringLiteral("trusteddevices"),
          { s("35-vertrouwde-apparaten", "De computers die geen sms-code meer vragen.") } },
        { QStringLiteral("settings"),
          { s("38-instellingen", "Tekstgrootte, hoog contrast en taal."),
            s("36-help", "Hulp bij elk scherm: druk op F1."),
            s("37-kiosk-aftellen",
              "Op een gedeelde computer: na een tijdje niets doen wordt u "
              "afgemeld, tenzij u op 'Ik ben er nog' drukt.") } },
    };
}
