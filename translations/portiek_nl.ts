<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>ApiError</name>
    <message>
        <source>This is not a portal address. Check the address in the letter or e-mail from your care organisation. It looks like: portaal.zorggroep.nl</source>
        <translation>Dit is geen adres van een portaal. Kijk het adres na in de brief of e-mail van uw zorgorganisatie. Het ziet er zo uit: portaal.zorggroep.nl</translation>
    </message>
    <message>
        <source>The portal cannot be found. Check the address and your internet connection.</source>
        <translation>Het portaal is niet gevonden. Kijk het adres na en controleer uw internetverbinding.</translation>
    </message>
    <message>
        <source>The portal cannot be reached right now. Check your internet connection and try again in a few minutes.</source>
        <translation>Het portaal is nu niet bereikbaar. Controleer uw internetverbinding en probeer het over een paar minuten opnieuw.</translation>
    </message>
    <message>
        <source>The portal did not answer in time. Try again in a few minutes.</source>
        <translation>Het portaal gaf niet op tijd antwoord. Probeer het over een paar minuten opnieuw.</translation>
    </message>
    <message>
        <source>The portal&apos;s security certificate could not be checked, so Portiek did not connect. This protects your data.</source>
        <translation>Het beveiligingscertificaat van het portaal klopt niet. Daarom heeft Portiek geen verbinding gemaakt. Zo blijven uw gegevens veilig.</translation>
    </message>
    <message>
        <source>A secure connection with the portal could not be made, so Portiek did not connect. This protects your data.</source>
        <translation>Er kon geen beveiligde verbinding met het portaal worden gemaakt. Daarom heeft Portiek geen verbinding gemaakt. Zo blijven uw gegevens veilig.</translation>
    </message>
    <message>
        <source>This address answers, but it is not a care portal that Portiek can use. Check the address.</source>
        <translation>Dit adres geeft antwoord, maar het is geen cliëntportaal dat Portiek kan gebruiken. Kijk het adres na.</translation>
    </message>
    <message>
        <source>The portal has a problem right now. Try again later.</source>
        <translation>Het portaal heeft nu een storing. Probeer het later opnieuw.</translation>
    </message>
    <message>
        <source>The portal could not do this. Try again later.</source>
        <translation>Het portaal kon dit niet doen. Probeer het later opnieuw.</translation>
    </message>
    <message>
        <source>Need help? Call the helpdesk on %1 or e-mail %2.</source>
        <translation>Hulp nodig? Bel de helpdesk: %1, of mail naar %2.</translation>
    </message>
    <message>
        <source>Need help? Call the helpdesk on %1.</source>
        <translation>Hulp nodig? Bel de helpdesk: %1.</translation>
    </message>
    <message>
        <source>Need help? E-mail the helpdesk at %1.</source>
        <translation>Hulp nodig? Mail de helpdesk: %1.</translation>
    </message>
    <message>
        <source>Portiek only makes secure connections. Leave out http://, or type https:// instead.</source>
        <translation>Portiek maakt alleen beveiligde verbindingen. Laat http:// weg, of typ https:// in de plaats.</translation>
    </message>
</context>
<context>
    <name>AppWindow</name>
    <message>
        <source>%1 — Portiek</source>
        <translation>%1 — Portiek</translation>
    </message>
    <message>
        <source>Portiek</source>
        <translation>Portiek</translation>
    </message>
</context>
<context>
    <name>ConnectPage</name>
    <message>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stoppen</translation>
    </message>
    <message>
        <source>Connecting to the portal…</source>
        <translation>Verbinden met het portaal…</translation>
    </message>
    <message>
        <source>Welcome to Portiek</source>
        <translation>Welkom bij Portiek</translation>
    </message>
    <message>
        <source>Type the address of your care organisation&apos;s client portal. You can find it in the e-mail or letter with your sign-in details.</source>
        <translation>Typ het adres van het cliëntportaal van uw zorgorganisatie. U vindt het in de e-mail of brief met uw inloggegevens.</translation>
    </message>
    <message>
        <source>Portal &amp;address</source>
        <translation>&amp;Adres van het portaal</translation>
    </message>
    <message>
        <source>for example portaal.zorggroep.nl</source>
        <translation>bijvoorbeeld portaal.zorggroep.nl</translation>
    </message>
    <message>
        <source>Portal address</source>
        <translation>Adres van het portaal</translation>
    </message>
    <message>
        <source>The web address of the client portal, from the e-mail or letter of your care organisation.</source>
        <translation>Het webadres van het cliëntportaal, uit de e-mail of brief van uw zorgorganisatie.</translation>
    </message>
    <message>
        <source>Stop connecting</source>
        <translation>Stoppen met verbinden</translation>
    </message>
    <message>
        <source>Connecting to the portal</source>
        <translation>Bezig met verbinden met het portaal</translation>
    </message>
</context>
<context>
    <name>OrganizationHeader</name>
    <message>
        <source>Logo of %1</source>
        <translation>Logo van %1</translation>
    </message>
</context>
<context>
    <name>SignInPage</name>
    <message>
        <source>Choose another portal</source>
        <translation>Ander portaal kiezen</translation>
    </message>
    <message>
        <source>Welcome to the client portal of %1.</source>
        <translation>Welkom bij het cliëntportaal van %1.</translation>
    </message>
</context>
<context>
    <name>StatusMessage</name>
    <message>
        <source>Warning</source>
        <translation>Waarschuwing</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Informatie</translation>
    </message>
</context>
</TS>
