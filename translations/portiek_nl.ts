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
        <source>You are signed in. Reports, plans, appointments and messages will appear here.</source>
        <translation>U bent ingelogd. Rapportages, plannen, afspraken en berichten komen hier te staan.</translation>
    </message>
    <message>
        <source>You have not used the portal for a while. To keep your data safe, you will be signed out at %1. Press &quot;I&apos;m still here&quot; to go on.</source>
        <translation>U heeft het portaal een tijdje niet gebruikt. Om uw gegevens te beschermen wordt u om %1 afgemeld. Druk op &quot;Ik ben er nog&quot; om verder te gaan.</translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation>Ingelogd als %1</translation>
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
    <name>OrganizationHeader</name>
    <message>
        <source>Logo of %1</source>
        <translation>Logo van %1</translation>
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
</TS>
