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
    <message>
        <source>You do not have the right to see or do this for this person. The portal administrator can give you that right.</source>
        <translation>U mag dit voor deze persoon niet zien of doen. De beheerder van het portaal kan u dat recht geven.</translation>
    </message>
    <message>
        <source>You can no longer act for this person. Choose another person, or sign out and in again.</source>
        <translation>U mag niet meer voor deze persoon optreden. Kies een andere persoon, of meld u af en log opnieuw in.</translation>
    </message>
    <message>
        <source>This can no longer be found. It may have been removed.</source>
        <translation>Dit is niet meer te vinden. Misschien is het verwijderd.</translation>
    </message>
    <message>
        <source>The code is not correct. Check it and try again.</source>
        <translation>De code klopt niet. Controleer hem en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>This code has expired. Ask for a new code.</source>
        <translation>Deze code is verlopen. Vraag een nieuwe code aan.</translation>
    </message>
    <message>
        <source>No change is waiting for a code any more. Please start again.</source>
        <translation>Er wacht geen wijziging meer op een code. Begin opnieuw.</translation>
    </message>
    <message>
        <source>This file is not a photo that can be used. Choose a JPEG or PNG photo.</source>
        <translation>Dit bestand is geen foto die u kunt gebruiken. Kies een JPEG- of PNG-foto.</translation>
    </message>
    <message>
        <source>This photo is too small or too large. Choose a photo of at least 64 by 64 pixels.</source>
        <translation>Deze foto is te klein of te groot. Kies een foto van minstens 64 bij 64 pixels.</translation>
    </message>
    <message>
        <source>This file is too large. Choose a smaller one.</source>
        <translation>Dit bestand is te groot. Kies een kleiner bestand.</translation>
    </message>
    <message>
        <source>This kind of file cannot be used here. Choose a JPEG or PNG photo.</source>
        <translation>Dit soort bestand kunt u hier niet gebruiken. Kies een JPEG- of PNG-foto.</translation>
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
    <message>
        <source>%1 — %2 — Portiek</source>
        <translation>%1 — %2 — Portiek</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <source>You were signed out because the portal was not used for a while. Please sign in again.</source>
        <translation>U bent afgemeld omdat het portaal een tijdje niet is gebruikt. Meld u opnieuw aan.</translation>
    </message>
    <message>
        <source>You were signed out because you were signed in for a long time. Please sign in again.</source>
        <translation>U bent afgemeld omdat u al lang was aangemeld. Meld u opnieuw aan.</translation>
    </message>
</context>
<context>
    <name>BusyIndicator</name>
    <message>
        <source>One moment, please…</source>
        <translation>Een ogenblik geduld…</translation>
    </message>
</context>
<context>
    <name>ChangePasswordPage</name>
    <message>
        <source>Save new password</source>
        <translation>Nieuw wachtwoord opslaan</translation>
    </message>
    <message>
        <source>Choose a new password</source>
        <translation>Kies een nieuw wachtwoord</translation>
    </message>
    <message>
        <source>C&amp;urrent password</source>
        <translation>H&amp;uidig wachtwoord</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>Huidig wachtwoord</translation>
    </message>
    <message>
        <source>A few ordinary words in a row make a strong password that is easy to remember. Do not use your name or username.</source>
        <translation>Een paar gewone woorden achter elkaar maken een sterk wachtwoord dat u makkelijk onthoudt. Gebruik niet uw naam of gebruikersnaam.</translation>
    </message>
    <message>
        <source>Cancel signing in</source>
        <translation>Stoppen met inloggen</translation>
    </message>
    <message>
        <source>You signed in with a temporary password. Choose your own password now; you will use it from now on.</source>
        <translation>U bent ingelogd met een tijdelijk wachtwoord. Kies nu uw eigen wachtwoord; dat gebruikt u voortaan.</translation>
    </message>
    <message>
        <source>Your password no longer meets the rules of this portal. Choose a new password now.</source>
        <translation>Uw wachtwoord voldoet niet meer aan de regels van dit portaal. Kies nu een nieuw wachtwoord.</translation>
    </message>
    <message>
        <source>Type your current password first.</source>
        <translation>Typ eerst uw huidige wachtwoord.</translation>
    </message>
</context>
<context>
    <name>ClientPickerPage</name>
    <message>
        <source>Open</source>
        <translation>Openen</translation>
    </message>
    <message>
        <source>Whose portal do you want to open?</source>
        <translation>Van wie wilt u het portaal openen?</translation>
    </message>
    <message>
        <source>You can act for more than one person. Choose one. You can switch later with &quot;Switch client&quot; at the top of the window.</source>
        <translation>U mag voor meer dan één persoon optreden. Kies er één. Later wisselen kan met &quot;Andere cliënt&quot; bovenaan het venster.</translation>
    </message>
    <message>
        <source>People you can act for</source>
        <translation>Personen voor wie u mag optreden</translation>
    </message>
    <message>
        <source>Open the chosen person&apos;s portal</source>
        <translation>Het portaal van de gekozen persoon openen</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Terug</translation>
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
    <name>ContactChange</name>
    <message numerus="yes">
        <source>Try again in %n second(s).</source>
        <translation>
            <numerusform>Probeer het over %n seconde opnieuw.</numerusform>
            <numerusform>Probeer het over %n seconden opnieuw.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Try again in %n minute(s).</source>
        <translation>
            <numerusform>Probeer het over %n minuut opnieuw.</numerusform>
            <numerusform>Probeer het over %n minuten opnieuw.</numerusform>
        </translation>
    </message>
    <message>
        <source>This is not a mobile number. Type it like this: 06 12345678.</source>
        <translation>Dit is geen mobiel nummer. Typ het zo: 06 12345678.</translation>
    </message>
    <message>
        <source>This is not an e-mail address. It looks like this: name@example.nl.</source>
        <translation>Dit is geen e-mailadres. Het ziet er zo uit: naam@voorbeeld.nl.</translation>
    </message>
    <message>
        <source>Type your current password. It protects your account.</source>
        <translation>Typ uw huidige wachtwoord. Zo blijft uw account beschermd.</translation>
    </message>
    <message>
        <source>Type the code from the message.</source>
        <translation>Typ de code uit het bericht.</translation>
    </message>
    <message>
        <source>Your current password is not correct.</source>
        <translation>Uw huidige wachtwoord klopt niet.</translation>
    </message>
    <message>
        <source>A code was sent only just now.</source>
        <translation>Er is net pas een code gestuurd.</translation>
    </message>
    <message>
        <source>A new code was asked for too often, or the code was typed wrong too often.</source>
        <translation>Er is te vaak een nieuwe code aangevraagd, of de code is te vaak verkeerd getypt.</translation>
    </message>
    <message>
        <source>There were too many attempts.</source>
        <translation>Er is te vaak geprobeerd.</translation>
    </message>
    <message>
        <source>The code is not correct. Ask for a new code.</source>
        <translation>De code klopt niet. Vraag een nieuwe code aan.</translation>
    </message>
    <message numerus="yes">
        <source>The code is not correct. You can try %n more time(s).</source>
        <translation>
            <numerusform>De code klopt niet. U kunt het nog %n keer proberen.</numerusform>
            <numerusform>De code klopt niet. U kunt het nog %n keer proberen.</numerusform>
        </translation>
    </message>
    <message>
        <source>This is already your mobile number.</source>
        <translation>Dit is al uw mobiele nummer.</translation>
    </message>
    <message>
        <source>This is already your e-mail address.</source>
        <translation>Dit is al uw e-mailadres.</translation>
    </message>
    <message>
        <source>Some of what you typed cannot be used. Check it and try again.</source>
        <translation>Een deel van wat u typte kan niet worden gebruikt. Controleer het en probeer het opnieuw.</translation>
    </message>
</context>
<context>
    <name>ContactChangeDialog</name>
    <message>
        <source>Change mobile number</source>
        <translation>Mobiel nummer wijzigen</translation>
    </message>
    <message>
        <source>Change e-mail address</source>
        <translation>E-mailadres wijzigen</translation>
    </message>
    <message>
        <source>A code is on its way.</source>
        <translation>Er is een code onderweg.</translation>
    </message>
    <message>
        <source>Your mobile number now is %1.</source>
        <translation>Uw mobiele nummer is nu %1.</translation>
    </message>
    <message>
        <source>Your e-mail address now is %1.</source>
        <translation>Uw e-mailadres is nu %1.</translation>
    </message>
    <message>
        <source>We send a code by text message to the new number. The number changes only after you have typed that code here.</source>
        <translation>Wij sturen een code per sms naar het nieuwe nummer. Het nummer verandert pas als u die code hier heeft getypt.</translation>
    </message>
    <message>
        <source>We send a code by e-mail to the new address. The address changes only after you have typed that code here.</source>
        <translation>Wij sturen een code per e-mail naar het nieuwe adres. Het adres verandert pas als u die code hier heeft getypt.</translation>
    </message>
    <message>
        <source>New mobile number</source>
        <translation>Nieuw mobiel nummer</translation>
    </message>
    <message>
        <source>New e-mail address</source>
        <translation>Nieuw e-mailadres</translation>
    </message>
    <message>
        <source>06 12345678</source>
        <translation>06 12345678</translation>
    </message>
    <message>
        <source>name@example.nl</source>
        <translation>naam@voorbeeld.nl</translation>
    </message>
    <message>
        <source>Your current password</source>
        <translation>Uw huidige wachtwoord</translation>
    </message>
    <message>
        <source>Show password</source>
        <translation>Wachtwoord tonen</translation>
    </message>
    <message>
        <source>Send code</source>
        <translation>Code sturen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>Bevestigen</translation>
    </message>
    <message>
        <source>Confirm the code</source>
        <translation>De code bevestigen</translation>
    </message>
    <message>
        <source>Send a new code</source>
        <translation>Stuur een nieuwe code</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Terug</translation>
    </message>
    <message>
        <source>Back to the new value</source>
        <translation>Terug naar het nieuwe gegeven</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>We sent a code by text message to %1.</source>
        <translation>We hebben een code per sms gestuurd naar %1.</translation>
    </message>
    <message>
        <source>We sent a code by e-mail to %1.</source>
        <translation>We hebben een code per e-mail gestuurd naar %1.</translation>
    </message>
    <message numerus="yes">
        <source>Type the code of %n character(s) here. It can be used until %1.</source>
        <translation>
            <numerusform>Typ hier de code van %n teken. U kunt hem gebruiken tot %1.</numerusform>
            <numerusform>Typ hier de code van %n tekens. U kunt hem gebruiken tot %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Done. Your mobile number is now %1.</source>
        <translation>Klaar. Uw mobiele nummer is nu %1.</translation>
    </message>
    <message>
        <source>Done. Your e-mail address is now %1.</source>
        <translation>Klaar. Uw e-mailadres is nu %1.</translation>
    </message>
    <message numerus="yes">
        <source>You can ask for a new code in %n second(s).</source>
        <translation>
            <numerusform>Over %n seconde kunt u een nieuwe code aanvragen.</numerusform>
            <numerusform>Over %n seconden kunt u een nieuwe code aanvragen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CredentialsPage</name>
    <message>
        <source>The username or password is not correct. Check both and try again.</source>
        <translation>De gebruikersnaam of het wachtwoord klopt niet. Controleer ze allebei en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Inloggen</translation>
    </message>
    <message>
        <source>Forgot your password?</source>
        <translation>Wachtwoord vergeten?</translation>
    </message>
    <message>
        <source>Choose another portal</source>
        <translation>Ander portaal kiezen</translation>
    </message>
    <message>
        <source>&amp;Username</source>
        <translation>&amp;Gebruikersnaam</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Gebruikersnaam</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Wachtwoord</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Wachtwoord</translation>
    </message>
    <message>
        <source>Welcome to the client portal of %1. Sign in with your username and password.</source>
        <translation>Welkom bij het cliëntportaal van %1. Log in met uw gebruikersnaam en wachtwoord.</translation>
    </message>
    <message>
        <source>Type your username first.</source>
        <translation>Typ eerst uw gebruikersnaam.</translation>
    </message>
    <message>
        <source>Type your password first.</source>
        <translation>Typ eerst uw wachtwoord.</translation>
    </message>
</context>
<context>
    <name>CropView</name>
    <message>
        <source>Part of the photo to use</source>
        <translation>Deel van de foto dat u gebruikt</translation>
    </message>
    <message>
        <source>Move the square with the arrow keys, or drag it. Make it larger with the plus key and smaller with the minus key, or drag a corner.</source>
        <translation>Verplaats het vierkant met de pijltjestoetsen, of sleep het. Maak het groter met de plustoets en kleiner met de mintoets, of sleep aan een hoek.</translation>
    </message>
    <message>
        <source>Part of the photo to use: a square of %1% of the photo</source>
        <translation>Deel van de foto dat u gebruikt: een vierkant van %1% van de foto</translation>
    </message>
    <message>
        <source>Choose a photo to see it here.</source>
        <translation>Kies een foto om hem hier te zien.</translation>
    </message>
</context>
<context>
    <name>ForgotPasswordPage</name>
    <message>
        <source>Send me a code</source>
        <translation>Stuur mij een code</translation>
    </message>
    <message>
        <source>Forgot your password?</source>
        <translation>Wachtwoord vergeten?</translation>
    </message>
    <message>
        <source>Type your username or your e-mail address. We will send you an e-mail with a code. With that code you choose a new password.</source>
        <translation>Typ uw gebruikersnaam of uw e-mailadres. Wij sturen u een e-mail met een code. Met die code kiest u een nieuw wachtwoord.</translation>
    </message>
    <message>
        <source>&amp;Username or e-mail address</source>
        <translation>&amp;Gebruikersnaam of e-mailadres</translation>
    </message>
    <message>
        <source>Username or e-mail address</source>
        <translation>Gebruikersnaam of e-mailadres</translation>
    </message>
    <message>
        <source>Back to signing in</source>
        <translation>Terug naar inloggen</translation>
    </message>
    <message>
        <source>Type your username or your e-mail address first.</source>
        <translation>Typ eerst uw gebruikersnaam of uw e-mailadres.</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>Switch client</source>
        <translation>Andere cliënt</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Afmelden</translation>
    </message>
    <message>
        <source>I&apos;m still here</source>
        <translation>Ik ben er nog</translation>
    </message>
    <message>
        <source>Open the portal of another person you act for.</source>
        <translation>Het portaal openen van een andere persoon voor wie u optreedt.</translation>
    </message>
    <message>
        <source>You have not used the portal for a while. To keep your data safe, you will be signed out at %1. Press &quot;I&apos;m still here&quot; to go on.</source>
        <translation>U heeft het portaal een tijdje niet gebruikt. Om uw gegevens te beschermen wordt u om %1 afgemeld. Druk op &quot;Ik ben er nog&quot; om verder te gaan.</translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation>Ingelogd als %1</translation>
    </message>
    <message>
        <source>Parts of the portal</source>
        <translation>Onderdelen van het portaal</translation>
    </message>
    <message>
        <source>Use Ctrl+Tab or Ctrl+Page Down for the next part, Ctrl+Shift+Tab or Ctrl+Page Up for the previous one.</source>
        <translation>Gebruik Ctrl+Tab of Ctrl+Page Down voor het volgende onderdeel, Ctrl+Shift+Tab of Ctrl+Page Up voor het vorige.</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
</context>
<context>
    <name>LoginFlow</name>
    <message>
        <source>Type your username and your password.</source>
        <translation>Typ uw gebruikersnaam en uw wachtwoord.</translation>
    </message>
    <message numerus="yes">
        <source>The code has %n digits. Type it as it is in the text message.</source>
        <translation>
            <numerusform>De code heeft %n cijfer. Typ hem zoals hij in het sms-bericht staat.</numerusform>
            <numerusform>De code heeft %n cijfers. Typ hem zoals hij in het sms-bericht staat.</numerusform>
        </translation>
    </message>
    <message>
        <source>A new code has been sent to %1.</source>
        <translation>Er is een nieuwe code gestuurd naar %1.</translation>
    </message>
    <message numerus="yes">
        <source>Try again in %n second(s).</source>
        <translation>
            <numerusform>Probeer het over %n seconde opnieuw.</numerusform>
            <numerusform>Probeer het over %n seconden opnieuw.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Try again in %n minute(s).</source>
        <translation>
            <numerusform>Probeer het over %n minuut opnieuw.</numerusform>
            <numerusform>Probeer het over %n minuten opnieuw.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your current password is not correct.</source>
        <translation>Uw huidige wachtwoord klopt niet.</translation>
    </message>
    <message>
        <source>The new password is too short.</source>
        <translation>Het nieuwe wachtwoord is te kort.</translation>
    </message>
    <message>
        <source>The new password is too long.</source>
        <translation>Het nieuwe wachtwoord is te lang.</translation>
    </message>
    <message>
        <source>Many people use this password, so it is easy to guess. Choose another one.</source>
        <translation>Veel mensen gebruiken dit wachtwoord, dus het is makkelijk te raden. Kies een ander.</translation>
    </message>
    <message>
        <source>The new password may not contain your name or username.</source>
        <translation>In het nieuwe wachtwoord mag uw naam of gebruikersnaam niet staan.</translation>
    </message>
    <message>
        <source>The new password must be different from your current password.</source>
        <translation>Het nieuwe wachtwoord moet anders zijn dan uw huidige wachtwoord.</translation>
    </message>
    <message>
        <source>The new password needs both capital and small letters.</source>
        <translation>Het nieuwe wachtwoord moet hoofdletters en kleine letters hebben.</translation>
    </message>
    <message>
        <source>The new password needs a digit, space or punctuation mark.</source>
        <translation>Het nieuwe wachtwoord moet een cijfer, spatie of leesteken hebben.</translation>
    </message>
    <message>
        <source>The username or password is not correct. Check both and try again.</source>
        <translation>De gebruikersnaam of het wachtwoord klopt niet. Controleer ze allebei en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>There were too many attempts.</source>
        <translation>Er is te vaak geprobeerd.</translation>
    </message>
    <message>
        <source>This account cannot be used. Your care organisation can tell you why.</source>
        <translation>Dit account kan niet worden gebruikt. Uw zorgorganisatie kan u vertellen waarom.</translation>
    </message>
    <message>
        <source>Signing in took too long. Please start again.</source>
        <translation>Het inloggen duurde te lang. Begin opnieuw.</translation>
    </message>
    <message>
        <source>Signing in got out of step. Please start again.</source>
        <translation>Er ging iets mis in de stappen van het inloggen. Begin opnieuw.</translation>
    </message>
    <message>
        <source>The code is not correct. Ask for a new code.</source>
        <translation>De code klopt niet. Vraag een nieuwe code aan.</translation>
    </message>
    <message numerus="yes">
        <source>The code is not correct. You can try %n more time(s).</source>
        <translation>
            <numerusform>De code klopt niet. U kunt het nog %n keer proberen.</numerusform>
            <numerusform>De code klopt niet. U kunt het nog %n keer proberen.</numerusform>
        </translation>
    </message>
    <message>
        <source>The code is not correct. Check it and try again.</source>
        <translation>De code klopt niet. Controleer hem en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>This code has expired, or a newer code was sent. Ask for a new code.</source>
        <translation>Deze code is verlopen, of er is een nieuwere code gestuurd. Vraag een nieuwe code aan.</translation>
    </message>
    <message>
        <source>The code was typed wrong too often. Ask for a new code.</source>
        <translation>De code is te vaak verkeerd getypt. Vraag een nieuwe code aan.</translation>
    </message>
    <message>
        <source>A new code was sent only just now.</source>
        <translation>Er is net pas een nieuwe code gestuurd.</translation>
    </message>
    <message>
        <source>The terms have just been changed. Read the new text and accept it.</source>
        <translation>De voorwaarden zijn net veranderd. Lees de nieuwe tekst en ga ermee akkoord.</translation>
    </message>
    <message>
        <source>This code is not correct or no longer valid. Check the e-mail, or ask for a new code.</source>
        <translation>Deze code klopt niet of is niet meer geldig. Kijk in de e-mail, of vraag een nieuwe code aan.</translation>
    </message>
    <message>
        <source>You were signed out. Please sign in again.</source>
        <translation>U bent afgemeld. Meld u opnieuw aan.</translation>
    </message>
    <message>
        <source>Some of what you typed cannot be used. Check it and try again.</source>
        <translation>Een deel van wat u typte kan niet worden gebruikt. Controleer het en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>Type your username or e-mail address.</source>
        <translation>Typ uw gebruikersnaam of e-mailadres.</translation>
    </message>
    <message numerus="yes">
        <source>If this account exists, an e-mail with a code is on its way. The code is valid for %n minute(s).</source>
        <translation>
            <numerusform>Als dit account bestaat, is er een e-mail met een code onderweg. De code is %n minuut geldig.</numerusform>
            <numerusform>Als dit account bestaat, is er een e-mail met een code onderweg. De code is %n minuten geldig.</numerusform>
        </translation>
    </message>
    <message>
        <source>Type the code from the e-mail.</source>
        <translation>Typ de code uit de e-mail.</translation>
    </message>
    <message>
        <source>Your new password is set. Sign in with it; you will be asked for a code by text message.</source>
        <translation>Uw nieuwe wachtwoord is ingesteld. Log ermee in; u krijgt dan een code per sms.</translation>
    </message>
    <message>
        <source>Your account is not linked to any client yet, so there is nothing to show. Your care organisation can arrange this.</source>
        <translation>Uw account is nog niet aan een cliënt gekoppeld, dus er is nog niets te zien. Uw zorgorganisatie kan dit regelen.</translation>
    </message>
    <message>
        <source>You are signed out.</source>
        <translation>U bent afgemeld.</translation>
    </message>
</context>
<context>
    <name>NewPasswordFields</name>
    <message>
        <source>&amp;New password</source>
        <translation>&amp;Nieuw wachtwoord</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Nieuw wachtwoord</translation>
    </message>
    <message>
        <source>Type the new password &amp;again</source>
        <translation>Typ het nieuwe wachtwoord &amp;nog een keer</translation>
    </message>
    <message>
        <source>New password again</source>
        <translation>Nieuw wachtwoord nog een keer</translation>
    </message>
    <message>
        <source>Your new password needs:</source>
        <translation>Waar uw nieuwe wachtwoord aan moet voldoen:</translation>
    </message>
    <message>
        <source>The new password does not meet every rule yet. The list below shows what is missing (✗).</source>
        <translation>Het nieuwe wachtwoord voldoet nog niet aan alle regels. De lijst hieronder laat zien wat er nog mist (✗).</translation>
    </message>
    <message>
        <source>The two new passwords are not the same. Type the new password again.</source>
        <translation>De twee nieuwe wachtwoorden zijn niet hetzelfde. Typ het nieuwe wachtwoord nog een keer.</translation>
    </message>
</context>
<context>
    <name>NewReportDialog</name>
    <message>
        <source>Send</source>
        <translation>Versturen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>New report</source>
        <translation>Nieuwe rapportage</translation>
    </message>
    <message>
        <source>Write what you want the care team to know. What you type is kept on this computer until the portal has your report.</source>
        <translation>Schrijf op wat het zorgteam moet weten. Wat u typt, blijft op deze computer bewaard tot het portaal uw rapportage heeft.</translation>
    </message>
    <message>
        <source>&amp;Your report</source>
        <translation>&amp;Uw rapportage</translation>
    </message>
    <message>
        <source>Your report</source>
        <translation>Uw rapportage</translation>
    </message>
    <message>
        <source>Your unsent report is back, as you left it on %1.</source>
        <translation>Uw rapportage die nog niet verstuurd was, is terug. Hij staat er zoals u hem achterliet op %1.</translation>
    </message>
    <message>
        <source>Sending your report…</source>
        <translation>Uw rapportage wordt verstuurd…</translation>
    </message>
    <message>
        <source>Sends the report to the care team.</source>
        <translation>Verstuurt de rapportage naar het zorgteam.</translation>
    </message>
    <message>
        <source>Closes this window. Your text is kept as a draft.</source>
        <translation>Sluit dit venster. Uw tekst blijft bewaard als concept.</translation>
    </message>
    <message>
        <source>%L1 characters: too long, at most %L2</source>
        <translation>%L1 tekens: te lang, hoogstens %L2</translation>
    </message>
    <message>
        <source>%L1 of %L2 characters</source>
        <translation>%L1 van %L2 tekens</translation>
    </message>
    <message>
        <source>Kept as a draft at %1.</source>
        <translation>Om %1 bewaard als concept.</translation>
    </message>
    <message>
        <source>Your text could not be saved on this computer. Do not close this window before the report is sent.</source>
        <translation>Uw tekst kon niet op deze computer worden bewaard. Sluit dit venster niet voordat de rapportage is verstuurd.</translation>
    </message>
    <message>
        <source>Another report is being sent. Wait a moment and try again.</source>
        <translation>Er wordt al een andere rapportage verstuurd. Wacht even en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>Write your report first.</source>
        <translation>Schrijf eerst uw rapportage.</translation>
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
    <name>OverviewSection</name>
    <message>
        <source>Loading…</source>
        <translation>Laden…</translation>
    </message>
</context>
<context>
    <name>OverviewTab</name>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Probeer het opnieuw</translation>
    </message>
    <message>
        <source>Latest reports</source>
        <translation>Nieuwste rapportages</translation>
    </message>
    <message>
        <source>Today and tomorrow</source>
        <translation>Vandaag en morgen</translation>
    </message>
    <message>
        <source>Plans waiting for approval</source>
        <translation>Plannen die wachten op akkoord</translation>
    </message>
    <message>
        <source>Try again to load the overview</source>
        <translation>Probeer het overzicht opnieuw te laden</translation>
    </message>
    <message>
        <source>The latest reports could not be loaded.</source>
        <translation>De nieuwste rapportages konden niet worden geladen.</translation>
    </message>
    <message>
        <source>There are no reports yet.</source>
        <translation>Er zijn nog geen rapportages.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Read report</source>
        <translation>Rapportage lezen</translation>
    </message>
    <message>
        <source>Read the report of %1 by %2</source>
        <translation>De rapportage van %1 door %2 lezen</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1  %2</source>
        <translation>%1  %2</translation>
    </message>
    <message>
        <source>indicative time</source>
        <translation>tijd bij benadering</translation>
    </message>
    <message>
        <source>The appointments could not be loaded.</source>
        <translation>De afspraken konden niet worden geladen.</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Vandaag</translation>
    </message>
    <message>
        <source>No appointments today.</source>
        <translation>Vandaag geen afspraken.</translation>
    </message>
    <message>
        <source>Tomorrow</source>
        <translation>Morgen</translation>
    </message>
    <message>
        <source>No appointments tomorrow.</source>
        <translation>Morgen geen afspraken.</translation>
    </message>
    <message>
        <source>The care team&apos;s times are indicative: they are not the exact times at which care is given.</source>
        <translation>De tijden van het zorgteam zijn bij benadering. Het zijn niet de precieze tijden waarop de zorg wordt gegeven.</translation>
    </message>
    <message>
        <source>The plans could not be loaded.</source>
        <translation>De plannen konden niet worden geladen.</translation>
    </message>
    <message>
        <source>No plans are waiting for approval.</source>
        <translation>Er wachten geen plannen op akkoord.</translation>
    </message>
    <message>
        <source>Waiting for your approval.</source>
        <translation>Wacht op uw akkoord.</translation>
    </message>
    <message>
        <source>Waiting for approval.</source>
        <translation>Wacht op akkoord.</translation>
    </message>
    <message>
        <source>Open plan</source>
        <translation>Plan openen</translation>
    </message>
    <message>
        <source>Open the plan %1 of %2</source>
        <translation>Het plan %1 van %2 openen</translation>
    </message>
</context>
<context>
    <name>PasswordChecklist</name>
    <message>
        <source>Rules for the new password</source>
        <translation>Regels voor het nieuwe wachtwoord</translation>
    </message>
    <message>
        <source>Done: %1</source>
        <translation>Klaar: %1</translation>
    </message>
    <message>
        <source>Not yet: %1</source>
        <translation>Nog niet: %1</translation>
    </message>
</context>
<context>
    <name>PasswordPolicyCheck</name>
    <message numerus="yes">
        <source>At least %n characters</source>
        <translation>
            <numerusform>Minstens %n teken</numerusform>
            <numerusform>Minstens %n tekens</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>At most %n characters</source>
        <translation>
            <numerusform>Hoogstens %n teken</numerusform>
            <numerusform>Hoogstens %n tekens</numerusform>
        </translation>
    </message>
    <message>
        <source>Both capital and small letters</source>
        <translation>Hoofdletters en kleine letters</translation>
    </message>
    <message>
        <source>At least one digit, space or punctuation mark</source>
        <translation>Minstens één cijfer, spatie of leesteken</translation>
    </message>
    <message>
        <source>Different from your current password</source>
        <translation>Anders dan uw huidige wachtwoord</translation>
    </message>
    <message>
        <source>Both new passwords are the same</source>
        <translation>Beide nieuwe wachtwoorden zijn hetzelfde</translation>
    </message>
</context>
<context>
    <name>PdfDocument</name>
    <message>
        <source>This plan cannot be shown: the file is damaged or is not a PDF. Ask your care organisation to publish the plan again.</source>
        <translation>Dit plan kan niet worden getoond: het bestand is beschadigd of is geen pdf. Vraag uw zorgorganisatie om het plan opnieuw te publiceren.</translation>
    </message>
    <message>
        <source>This plan cannot be shown: the file is locked with a password. Ask your care organisation to publish the plan without a password.</source>
        <translation>Dit plan kan niet worden getoond: het bestand is beveiligd met een wachtwoord. Vraag uw zorgorganisatie om het plan zonder wachtwoord te publiceren.</translation>
    </message>
</context>
<context>
    <name>PdfPageView</name>
    <message>
        <source>Pages of the plan</source>
        <translation>Pagina&apos;s van het plan</translation>
    </message>
    <message>
        <source>Page Up and Page Down go to the previous and next page.</source>
        <translation>Met Page Up en Page Down gaat u naar de vorige en volgende pagina.</translation>
    </message>
</context>
<context>
    <name>PdfPageWidget</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>Pagina %1 van %2</translation>
    </message>
    <message>
        <source>Page %1 of %2 is being prepared…</source>
        <translation>Pagina %1 van %2 wordt klaargezet…</translation>
    </message>
</context>
<context>
    <name>PhotoBadge</name>
    <message>
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <source>Photo of %1</source>
        <translation>Foto van %1</translation>
    </message>
</context>
<context>
    <name>PhotoDialog</name>
    <message>
        <source>Choose photo…</source>
        <translation>Foto kiezen…</translation>
    </message>
    <message>
        <source>Save photo</source>
        <translation>Foto opslaan</translation>
    </message>
    <message>
        <source>Remove photo</source>
        <translation>Foto verwijderen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Change photo</source>
        <translation>Foto wijzigen</translation>
    </message>
    <message>
        <source>Your photo</source>
        <translation>Uw foto</translation>
    </message>
    <message>
        <source>Choose a photo on this computer (JPEG or PNG). Then move the square to the part you want to use: drag it, or use the arrow keys. Make it larger or smaller with + and -, or by dragging a corner.</source>
        <translation>Kies een foto op deze computer (JPEG of PNG). Zet daarna het vierkant op het deel dat u wilt gebruiken: sleep het, of gebruik de pijltjestoetsen. Maak het groter of kleiner met + en -, of door aan een hoek te slepen.</translation>
    </message>
    <message>
        <source>Choose photo</source>
        <translation>Foto kiezen</translation>
    </message>
    <message>
        <source>How your photo will look</source>
        <translation>Zo ziet uw foto eruit</translation>
    </message>
    <message>
        <source>How it will look:</source>
        <translation>Zo ziet het eruit:</translation>
    </message>
    <message>
        <source>Choose a photo</source>
        <translation>Kies een foto</translation>
    </message>
    <message>
        <source>Photos (*.jpg *.jpeg *.png *.JPG *.JPEG *.PNG)</source>
        <translation>Foto&apos;s (*.jpg *.jpeg *.png *.JPG *.JPEG *.PNG)</translation>
    </message>
    <message>
        <source>This file is too large. Choose a photo of at most 10 MB.</source>
        <translation>Dit bestand is te groot. Kies een foto van hoogstens 10 MB.</translation>
    </message>
    <message>
        <source>This file is not a photo that can be used. Choose a JPEG or PNG photo.</source>
        <translation>Dit bestand is geen foto die u kunt gebruiken. Kies een JPEG- of PNG-foto.</translation>
    </message>
    <message>
        <source>This photo has too many pixels. Choose a smaller photo.</source>
        <translation>Deze foto heeft te veel pixels. Kies een kleinere foto.</translation>
    </message>
    <message>
        <source>This photo cannot be read. It may be damaged. Choose another one.</source>
        <translation>Deze foto kan niet worden gelezen. Misschien is hij beschadigd. Kies een andere.</translation>
    </message>
    <message>
        <source>This photo is too small. Choose a photo of at least 64 by 64 pixels.</source>
        <translation>Deze foto is te klein. Kies een foto van minstens 64 bij 64 pixels.</translation>
    </message>
    <message>
        <source>Choose a photo first.</source>
        <translation>Kies eerst een foto.</translation>
    </message>
    <message>
        <source>One moment, please…</source>
        <translation>Een ogenblik geduld…</translation>
    </message>
</context>
<context>
    <name>PlanApproval</name>
    <message>
        <source>This plan has already been approved. The list of plans shows who approved it and when.</source>
        <translation>Op dit plan is al akkoord gegeven. In de lijst met plannen ziet u wie akkoord gaf en wanneer.</translation>
    </message>
    <message>
        <source>Your care organisation does not ask for approval of this plan, so there is nothing to approve.</source>
        <translation>Uw zorgorganisatie vraagt voor dit plan geen akkoord. U hoeft dus geen akkoord te geven.</translation>
    </message>
    <message>
        <source>You may not approve this plan. The client or their legal representative can.</source>
        <translation>U mag geen akkoord geven op dit plan. De cliënt of de wettelijk vertegenwoordiger mag dat wel.</translation>
    </message>
    <message>
        <source>This plan is no longer in the portal.</source>
        <translation>Dit plan staat niet meer in het portaal.</translation>
    </message>
</context>
<context>
    <name>PlanDownload</name>
    <message>
        <source>This plan is no longer in the portal. Close this window and look at the list of plans again.</source>
        <translation>Dit plan staat niet meer in het portaal. Sluit dit venster en kijk opnieuw in de lijst met plannen.</translation>
    </message>
    <message>
        <source>You may not see this plan (any more). If you think this is wrong, ask your care organisation.</source>
        <translation>U mag dit plan niet (meer) zien. Denkt u dat dit niet klopt? Vraag het uw zorgorganisatie.</translation>
    </message>
    <message>
        <source>This plan is too large to open in Portiek. Ask your care organisation for a copy.</source>
        <translation>Dit plan is te groot om in Portiek te openen. Vraag uw zorgorganisatie om een kopie.</translation>
    </message>
</context>
<context>
    <name>PlanText</name>
    <message>
        <source>Approved by %1 on %2</source>
        <translation>Akkoord gegeven door %1 op %2</translation>
    </message>
    <message>
        <source>Approval requested</source>
        <translation>Akkoord gevraagd</translation>
    </message>
    <message>
        <source>%1 · 1 page</source>
        <translation>%1 · 1 pagina</translation>
    </message>
    <message>
        <source>%1 · %2 pages</source>
        <translation>%1 · %2 pagina&apos;s</translation>
    </message>
</context>
<context>
    <name>PlanViewer</name>
    <message>
        <source>Previous page</source>
        <translation>Vorige pagina</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Volgende pagina</translation>
    </message>
    <message>
        <source>Smaller</source>
        <translation>Kleiner</translation>
    </message>
    <message>
        <source>Larger</source>
        <translation>Groter</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>Paginabreedte</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Opslaan als…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Afdrukken…</translation>
    </message>
    <message>
        <source>Approve…</source>
        <translation>Akkoord geven…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>Loading the plan</source>
        <translation>Het plan wordt geladen</translation>
    </message>
    <message>
        <source>Loading the plan…</source>
        <translation>Het plan wordt geladen…</translation>
    </message>
    <message>
        <source>Larger (Ctrl +)</source>
        <translation>Groter (Ctrl +)</translation>
    </message>
    <message>
        <source>Smaller (Ctrl -)</source>
        <translation>Kleiner (Ctrl -)</translation>
    </message>
    <message>
        <source>Next page (Page Down)</source>
        <translation>Volgende pagina (Page Down)</translation>
    </message>
    <message>
        <source>Previous page (Page Up)</source>
        <translation>Vorige pagina (Page Up)</translation>
    </message>
    <message>
        <source>Give your approval to this plan.</source>
        <translation>Geef akkoord op dit plan.</translation>
    </message>
    <message>
        <source>Keep a copy of the plan on this computer.</source>
        <translation>Bewaar een kopie van het plan op deze computer.</translation>
    </message>
    <message>
        <source>Thank you. Your approval has been passed on to your care organisation.</source>
        <translation>Dank u. Uw akkoord is doorgegeven aan uw zorgorganisatie.</translation>
    </message>
    <message>
        <source>Printing: page %1 of %2</source>
        <translation>Afdrukken: pagina %1 van %2</translation>
    </message>
    <message>
        <source>The plan has been sent to the printer.</source>
        <translation>Het plan is naar de printer gestuurd.</translation>
    </message>
    <message>
        <source>Printing stopped before the end. Check the printer and try again.</source>
        <translation>Het afdrukken is gestopt voor het einde. Controleer de printer en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Pagina %1 van %2</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Size %1 percent</source>
        <translation>Grootte %1 procent</translation>
    </message>
    <message>
        <source>Save the plan</source>
        <translation>Het plan opslaan</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Pdf-documenten (*.pdf)</translation>
    </message>
    <message>
        <source>The plan has been saved as %1.</source>
        <translation>Het plan is opgeslagen als %1.</translation>
    </message>
    <message>
        <source>The plan could not be saved as %1. Choose another folder, for example Documents.</source>
        <translation>Het plan kon niet worden opgeslagen als %1. Kies een andere map, bijvoorbeeld Documenten.</translation>
    </message>
    <message>
        <source>Print the plan</source>
        <translation>Het plan afdrukken</translation>
    </message>
    <message>
        <source>The plan could not be printed. Check that the printer is switched on and try again.</source>
        <translation>Het plan kon niet worden afgedrukt. Controleer of de printer aan staat en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>Approve the plan</source>
        <translation>Akkoord geven op het plan</translation>
    </message>
    <message>
        <source>Do you approve %1 of %2?</source>
        <translation>Geeft u akkoord op %1 van %2?</translation>
    </message>
    <message>
        <source>Your care organisation will see that you approved this plan. You cannot undo this in the portal.</source>
        <translation>Uw zorgorganisatie ziet dat u akkoord heeft gegeven op dit plan. U kunt dit in het portaal niet ongedaan maken.</translation>
    </message>
    <message>
        <source>Yes, I approve</source>
        <translation>Ja, ik geef akkoord</translation>
    </message>
    <message>
        <source>No, not now</source>
        <translation>Nee, nu niet</translation>
    </message>
    <message>
        <source>Passing on your approval…</source>
        <translation>Uw akkoord wordt doorgegeven…</translation>
    </message>
</context>
<context>
    <name>PlansTab</name>
    <message>
        <source>Plans</source>
        <translation>Plannen</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Probeer het opnieuw</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Openen</translation>
    </message>
    <message>
        <source>The support plans your care organisation made with you. Open a plan to read, save or print it, or to give your approval.</source>
        <translation>De ondersteuningsplannen die uw zorgorganisatie met u heeft gemaakt. Open een plan om het te lezen, op te slaan of af te drukken, of om akkoord te geven.</translation>
    </message>
    <message>
        <source>Loading the plans…</source>
        <translation>De plannen worden geladen…</translation>
    </message>
    <message>
        <source>There are no plans yet. When your care organisation publishes a plan, you will find it here.</source>
        <translation>Er zijn nog geen plannen. Als uw zorgorganisatie een plan publiceert, vindt u het hier.</translation>
    </message>
    <message>
        <source>Show the chosen plan.</source>
        <translation>Het gekozen plan tonen.</translation>
    </message>
</context>
<context>
    <name>ProfileTab</name>
    <message>
        <source>Not known</source>
        <translation>Niet bekend</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Wijzigen…</translation>
    </message>
    <message>
        <source>Change photo…</source>
        <translation>Foto wijzigen…</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Client number</source>
        <translation>Cliëntnummer</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Geboortedatum</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Locatie</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Afdeling</translation>
    </message>
    <message>
        <source>Coordinating caregiver</source>
        <translation>Coördinerend begeleider</translation>
    </message>
    <message>
        <source>Basic details</source>
        <translation>Basisgegevens</translation>
    </message>
    <message>
        <source>Change my mobile number</source>
        <translation>Mijn mobiele nummer wijzigen</translation>
    </message>
    <message>
        <source>Change my e-mail address</source>
        <translation>Mijn e-mailadres wijzigen</translation>
    </message>
    <message>
        <source>Change my photo</source>
        <translation>Mijn foto wijzigen</translation>
    </message>
    <message>
        <source>Mobile number</source>
        <translation>Mobiel nummer</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation>E-mailadres</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <source>My details</source>
        <translation>Mijn gegevens</translation>
    </message>
    <message>
        <source>Your own mobile number, e-mail address and photo. You can change these yourself.</source>
        <translation>Uw eigen mobiele nummer, e-mailadres en foto. Deze kunt u zelf wijzigen.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Laden…</translation>
    </message>
    <message>
        <source>These are the details as the care organisation knows them. To change something, contact the department where the care is given.</source>
        <translation>Dit zijn de gegevens zoals de zorgorganisatie ze kent. Wilt u iets wijzigen? Neem dan contact op met de afdeling waar de zorg wordt gegeven.</translation>
    </message>
    <message>
        <source>These are the details as the care organisation knows them. To change something, contact the department where the care is given: %1.</source>
        <translation>Dit zijn de gegevens zoals de zorgorganisatie ze kent. Wilt u iets wijzigen? Neem dan contact op met de afdeling waar de zorg wordt gegeven: %1.</translation>
    </message>
    <message>
        <source>Basic details of %1</source>
        <translation>Basisgegevens van %1</translation>
    </message>
    <message>
        <source>%1 %2
%3 %4</source>
        <translation>%1 %2
%3 %4</translation>
    </message>
    <message>
        <source>%1, phone %2</source>
        <translation>%1, telefoon %2</translation>
    </message>
    <message>
        <source>The basic details could not be loaded.</source>
        <translation>De basisgegevens konden niet worden geladen.</translation>
    </message>
    <message>
        <source>Your mobile number has been changed.</source>
        <translation>Uw mobiele nummer is gewijzigd.</translation>
    </message>
    <message>
        <source>Your e-mail address has been changed.</source>
        <translation>Uw e-mailadres is gewijzigd.</translation>
    </message>
</context>
<context>
    <name>ReportAuthorListModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>ReportFilterBar</name>
    <message>
        <source>From</source>
        <translation>Van</translation>
    </message>
    <message>
        <source>To and including</source>
        <translation>Tot en met</translation>
    </message>
    <message>
        <source>Search for words</source>
        <translation>Zoeken naar woorden</translation>
    </message>
    <message>
        <source>Search in reports</source>
        <translation>Zoeken in rapportages</translation>
    </message>
    <message>
        <source>Shows only reports that contain all these words.</source>
        <translation>Toont alleen rapportages waarin al deze woorden staan.</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alles</translation>
    </message>
    <message>
        <source>Past week</source>
        <translation>Afgelopen week</translation>
    </message>
    <message>
        <source>Past month</source>
        <translation>Afgelopen maand</translation>
    </message>
    <message>
        <source>Past year</source>
        <translation>Afgelopen jaar</translation>
    </message>
    <message>
        <source>Choose dates…</source>
        <translation>Datums kiezen…</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Vanaf datum</translation>
    </message>
    <message>
        <source>To and including date</source>
        <translation>Tot en met datum</translation>
    </message>
    <message>
        <source>Written by</source>
        <translation>Geschreven door</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Iedereen</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Zoeken</translation>
    </message>
    <message>
        <source>&amp;Period</source>
        <translation>&amp;Periode</translation>
    </message>
    <message>
        <source>&amp;Written by</source>
        <translation>&amp;Geschreven door</translation>
    </message>
</context>
<context>
    <name>ReportItemDelegate</name>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
</context>
<context>
    <name>ReportListModel</name>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1, written by %2, %3: %4</source>
        <translation>%1, geschreven door %2, %3: %4</translation>
    </message>
</context>
<context>
    <name>ReportSender</name>
    <message>
        <source>An earlier version of this report may already have reached the portal. Look in the list of reports first. Press &quot;Send&quot; again to send this text as a new report.</source>
        <translation>Misschien is een eerdere versie van deze rapportage al in het portaal aangekomen. Kijk eerst in de lijst met rapportages. Druk nog een keer op &quot;Versturen&quot; om deze tekst als nieuwe rapportage te versturen.</translation>
    </message>
    <message>
        <source>The portal is still busy with this report. Wait a moment and press &quot;Send&quot; again; it will not be sent twice.</source>
        <translation>Het portaal is nog bezig met deze rapportage. Wacht even en druk nog een keer op &quot;Versturen&quot;; hij wordt niet twee keer verstuurd.</translation>
    </message>
    <message>
        <source>The portal did not accept this text. A report can be at most %L1 characters long and may not be empty.</source>
        <translation>Het portaal heeft deze tekst niet aangenomen. Een rapportage mag hoogstens %L1 tekens lang zijn en mag niet leeg zijn.</translation>
    </message>
    <message>
        <source>You may not write reports for this person. Your text is kept as a draft.</source>
        <translation>U mag voor deze persoon geen rapportages schrijven. Uw tekst blijft bewaard als concept.</translation>
    </message>
    <message>
        <source>Your text is kept; nothing is lost. Press &quot;Send&quot; to try again.</source>
        <translation>Uw tekst blijft bewaard; er gaat niets verloren. Druk op &quot;Versturen&quot; om het opnieuw te proberen.</translation>
    </message>
    <message>
        <source>The portal could not store the report.</source>
        <translation>Het portaal kon de rapportage niet opslaan.</translation>
    </message>
</context>
<context>
    <name>ReportsTab</name>
    <message>
        <source>New report</source>
        <translation>Nieuwe rapportage</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Probeer het opnieuw</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Rapportages</translation>
    </message>
    <message>
        <source>Asks the portal for the reports again.</source>
        <translation>Vraagt de rapportages opnieuw op bij het portaal.</translation>
    </message>
    <message>
        <source>Loading reports…</source>
        <translation>Rapportages worden geladen…</translation>
    </message>
    <message>
        <source>Reports, newest first</source>
        <translation>Rapportages, nieuwste eerst</translation>
    </message>
    <message>
        <source>The chosen report</source>
        <translation>De gekozen rapportage</translation>
    </message>
    <message>
        <source>Choose a report in the list to read it here.</source>
        <translation>Kies een rapportage in de lijst om hem hier te lezen.</translation>
    </message>
    <message>
        <source>Your report has been sent. It is at the top of the list.</source>
        <translation>Uw rapportage is verstuurd. Hij staat bovenaan in de lijst.</translation>
    </message>
    <message>
        <source>Continue your report</source>
        <translation>Verder met uw rapportage</translation>
    </message>
    <message>
        <source>You have a report that has not been sent yet.</source>
        <translation>U heeft een rapportage die nog niet is verstuurd.</translation>
    </message>
    <message>
        <source>Write a report for the care team.</source>
        <translation>Schrijf een rapportage voor het zorgteam.</translation>
    </message>
    <message>
        <source>Your report has not been sent yet. It is kept: press &quot;Continue your report&quot; to go on with it.</source>
        <translation>Uw rapportage is nog niet verstuurd. Hij blijft bewaard: druk op &quot;Verder met uw rapportage&quot; om verder te gaan.</translation>
    </message>
    <message>
        <source>The reports could not be loaded.</source>
        <translation>De rapportages konden niet worden geladen.</translation>
    </message>
    <message>
        <source>More reports could not be loaded.</source>
        <translation>Meer rapportages konden niet worden geladen.</translation>
    </message>
    <message>
        <source>There are no reports yet. That is normal: when nothing special happens, the care team does not write a report.</source>
        <translation>Er zijn nog geen rapportages. Dat is normaal: als er niets bijzonders gebeurt, schrijft het zorgteam geen rapportage.</translation>
    </message>
    <message>
        <source>No reports match your search. Periods without reports are normal: when nothing special happens, no report is written. Try other words or a longer period.</source>
        <translation>Er zijn geen rapportages die passen bij uw zoekopdracht. Periodes zonder rapportages zijn normaal: als er niets bijzonders gebeurt, wordt er geen rapportage geschreven. Probeer andere woorden of een langere periode.</translation>
    </message>
    <message>
        <source>Corrected on %1</source>
        <translation>Verbeterd op %1</translation>
    </message>
</context>
<context>
    <name>ResetPasswordPage</name>
    <message>
        <source>Save new password</source>
        <translation>Nieuw wachtwoord opslaan</translation>
    </message>
    <message>
        <source>Choose a new password</source>
        <translation>Kies een nieuw wachtwoord</translation>
    </message>
    <message>
        <source>If we know this username or e-mail address, we have sent an e-mail with a code. It can take a few minutes to arrive.</source>
        <translation>Als wij deze gebruikersnaam of dit e-mailadres kennen, hebben wij een e-mail met een code gestuurd. Het kan een paar minuten duren voordat die aankomt.</translation>
    </message>
    <message>
        <source>&amp;Code from the e-mail</source>
        <translation>&amp;Code uit de e-mail</translation>
    </message>
    <message>
        <source>Code from the e-mail</source>
        <translation>Code uit de e-mail</translation>
    </message>
    <message>
        <source>No e-mail? Ask for a new code</source>
        <translation>Geen e-mail? Vraag een nieuwe code aan</translation>
    </message>
    <message>
        <source>Back to signing in</source>
        <translation>Terug naar inloggen</translation>
    </message>
    <message>
        <source>Type the code from the e-mail: %1 letters and digits.</source>
        <translation>Typ de code uit de e-mail: %1 letters en cijfers.</translation>
    </message>
</context>
<context>
    <name>SmsCodePage</name>
    <message>
        <source>Continue</source>
        <translation>Verder</translation>
    </message>
    <message>
        <source>Send a new code</source>
        <translation>Stuur een nieuwe code</translation>
    </message>
    <message>
        <source>&amp;Remember this computer</source>
        <translation>Deze computer &amp;onthouden</translation>
    </message>
    <message>
        <source>Cancel signing in</source>
        <translation>Stoppen met inloggen</translation>
    </message>
    <message>
        <source>Type the code from the text message</source>
        <translation>Typ de code uit het sms-bericht</translation>
    </message>
    <message>
        <source>&amp;Code</source>
        <translation>&amp;Code</translation>
    </message>
    <message>
        <source>Code from the text message</source>
        <translation>Code uit het sms-bericht</translation>
    </message>
    <message>
        <source>You may paste the whole text message; only the digits of the code are kept.</source>
        <translation>U mag het hele sms-bericht plakken; alleen de cijfers van de code blijven staan.</translation>
    </message>
    <message>
        <source>Remember this computer</source>
        <translation>Deze computer onthouden</translation>
    </message>
    <message>
        <source>Then you do not need a code on this computer for 90 days. Do not tick this on a shared computer.</source>
        <translation>Dan heeft u op deze computer 90 dagen geen code nodig. Vink dit niet aan op een computer die u met anderen deelt.</translation>
    </message>
    <message>
        <source>Continue with this code</source>
        <translation>Verder met deze code</translation>
    </message>
    <message>
        <source>No text message? It can take a minute to arrive.</source>
        <translation>Geen sms gekregen? Het kan een minuut duren voordat die aankomt.</translation>
    </message>
    <message>
        <source>We sent a text message with a code of %1 digits to %2.</source>
        <translation>We hebben een sms-bericht met een code van %1 cijfers gestuurd naar %2.</translation>
    </message>
    <message>
        <source>This computer cannot remember you: its safe storage for passwords does not work. You will be asked for a code each time you sign in.</source>
        <translation>Deze computer kan u niet onthouden: de veilige opslag voor wachtwoorden werkt niet. U krijgt elke keer dat u inlogt een code.</translation>
    </message>
    <message numerus="yes">
        <source>You can ask for a new code in %n second(s).</source>
        <translation>
            <numerusform>Over %n seconde kunt u een nieuwe code aanvragen.</numerusform>
            <numerusform>Over %n seconden kunt u een nieuwe code aanvragen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Type all %1 digits of the code.</source>
        <translation>Typ alle %1 cijfers van de code.</translation>
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
<context>
    <name>SyncStatus</name>
    <message>
        <source>Not updated yet</source>
        <translation>Nog niet bijgewerkt</translation>
    </message>
    <message>
        <source>Updated at %1</source>
        <translation>Bijgewerkt om %1</translation>
    </message>
    <message>
        <source>Updated yesterday at %1</source>
        <translation>Gisteren bijgewerkt om %1</translation>
    </message>
    <message>
        <source>Updated on %1 at %2</source>
        <translation>Bijgewerkt op %1 om %2</translation>
    </message>
    <message>
        <source>the next update is expected soon</source>
        <translation>de volgende update komt binnenkort</translation>
    </message>
    <message>
        <source>next update around %1</source>
        <translation>volgende update rond %1</translation>
    </message>
    <message>
        <source>next update tomorrow around %1</source>
        <translation>volgende update morgen rond %1</translation>
    </message>
    <message>
        <source>next update on %1 around %2</source>
        <translation>volgende update op %1 rond %2</translation>
    </message>
    <message>
        <source>%1, %2.</source>
        <extracomment>The two halves of the home screen&apos;s update stamp: &quot;Updated at 07:02&quot;, &quot;next update around 11:00&quot;.</extracomment>
        <translation>%1, %2.</translation>
    </message>
</context>
<context>
    <name>TermsPage</name>
    <message>
        <source>Terms of use</source>
        <translation>Voorwaarden</translation>
    </message>
    <message>
        <source>I accept</source>
        <translation>Ik ga akkoord</translation>
    </message>
    <message>
        <source>Read the terms of this portal. To use the portal, you accept them.</source>
        <translation>Lees de voorwaarden van dit portaal. Om het portaal te gebruiken, gaat u ermee akkoord.</translation>
    </message>
    <message>
        <source>I accept the terms</source>
        <translation>Ik ga akkoord met de voorwaarden</translation>
    </message>
    <message>
        <source>Cancel signing in</source>
        <translation>Stoppen met inloggen</translation>
    </message>
</context>
<context>
    <name>WizardPage</name>
    <message>
        <source>S&amp;how passwords</source>
        <translation>Wachtwoorden &amp;tonen</translation>
    </message>
    <message>
        <source>S&amp;how password</source>
        <translation>Wachtwoord &amp;tonen</translation>
    </message>
    <message>
        <source>Show passwords</source>
        <translation>Wachtwoorden tonen</translation>
    </message>
    <message>
        <source>Show password</source>
        <translation>Wachtwoord tonen</translation>
    </message>
    <message numerus="yes">
        <source>You can try again in %n second(s).</source>
        <translation>
            <numerusform>Over %n seconde kunt u het opnieuw proberen.</numerusform>
            <numerusform>Over %n seconden kunt u het opnieuw proberen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>Reports</source>
        <translation>Rapportages</translation>
    </message>
    <message>
        <source>Plans</source>
        <translation>Plannen</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profiel</translation>
    </message>
</context>
</TS>
