<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>AccessLogEntry</name>
    <message>
        <source>The care organisation (%1)</source>
        <translation>De zorgorganisatie (%1)</translation>
    </message>
    <message>
        <source>The portal itself</source>
        <translation>Het portaal zelf</translation>
    </message>
    <message>
        <source>%1 (client)</source>
        <translation>%1 (cliënt)</translation>
    </message>
    <message>
        <source>%1 (representative)</source>
        <translation>%1 (vertegenwoordiger)</translation>
    </message>
    <message>
        <source>%1 (contact person)</source>
        <translation>%1 (contactpersoon)</translation>
    </message>
    <message>
        <source>read the reports</source>
        <translation>heeft de rapportages gelezen</translation>
    </message>
    <message>
        <source>read a report</source>
        <translation>heeft een rapportage gelezen</translation>
    </message>
    <message>
        <source>wrote a report</source>
        <translation>heeft een rapportage geschreven</translation>
    </message>
    <message>
        <source>looked at the list of support plans</source>
        <translation>heeft de lijst met ondersteuningsplannen bekeken</translation>
    </message>
    <message>
        <source>read a support plan</source>
        <translation>heeft een ondersteuningsplan gelezen</translation>
    </message>
    <message>
        <source>downloaded a support plan</source>
        <translation>heeft een ondersteuningsplan gedownload</translation>
    </message>
    <message>
        <source>approved a support plan</source>
        <translation>heeft akkoord gegeven op een ondersteuningsplan</translation>
    </message>
    <message>
        <source>looked at the basic details</source>
        <translation>heeft de basisgegevens bekeken</translation>
    </message>
    <message>
        <source>looked at the agenda</source>
        <translation>heeft de agenda bekeken</translation>
    </message>
    <message>
        <source>looked at an appointment</source>
        <translation>heeft een afspraak bekeken</translation>
    </message>
    <message>
        <source>added an appointment</source>
        <translation>heeft een afspraak toegevoegd</translation>
    </message>
    <message>
        <source>changed an appointment</source>
        <translation>heeft een afspraak gewijzigd</translation>
    </message>
    <message>
        <source>deleted an appointment</source>
        <translation>heeft een afspraak verwijderd</translation>
    </message>
    <message>
        <source>looked at the measurements</source>
        <translation>heeft de metingen bekeken</translation>
    </message>
    <message>
        <source>looked at a measurement</source>
        <translation>heeft een meting bekeken</translation>
    </message>
    <message>
        <source>entered a measurement</source>
        <translation>heeft een meting ingevoerd</translation>
    </message>
    <message>
        <source>looked at who has access</source>
        <translation>heeft bekeken wie toegang heeft</translation>
    </message>
    <message>
        <source>invited a contact person</source>
        <translation>heeft een contactpersoon uitgenodigd</translation>
    </message>
    <message>
        <source>changed a contact person&apos;s rights</source>
        <translation>heeft de rechten van een contactpersoon gewijzigd</translation>
    </message>
    <message>
        <source>ended a contact person&apos;s access</source>
        <translation>heeft de toegang van een contactpersoon beëindigd</translation>
    </message>
    <message>
        <source>looked at this access log</source>
        <translation>heeft dit toegangslog bekeken</translation>
    </message>
    <message>
        <source>updated the agenda</source>
        <translation>heeft de agenda bijgewerkt</translation>
    </message>
    <message>
        <source>added reports from the dossier</source>
        <translation>heeft rapportages uit het dossier toegevoegd</translation>
    </message>
    <message>
        <source>updated the basic details</source>
        <translation>heeft de basisgegevens bijgewerkt</translation>
    </message>
    <message>
        <source>added or changed a support plan</source>
        <translation>heeft een ondersteuningsplan toegevoegd of gewijzigd</translation>
    </message>
    <message>
        <source>changed a measurement</source>
        <translation>heeft een meting gewijzigd</translation>
    </message>
    <message>
        <source>deleted a measurement</source>
        <translation>heeft een meting verwijderd</translation>
    </message>
    <message>
        <source>fetched the busy times of the agenda</source>
        <translation>heeft de bezette tijden in de agenda opgehaald</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>access log action: resource</comment>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>AccessLogModel</name>
    <message>
        <source>%1: %2 %3</source>
        <translation>%1: %2 %3</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wie</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Wat</translation>
    </message>
</context>
<context>
    <name>AccessLogView</name>
    <message>
        <source>Show older entries</source>
        <translation>Oudere regels tonen</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Probeer het opnieuw</translation>
    </message>
    <message>
        <source>← Back to the contact persons</source>
        <translation>← Terug naar de contactpersonen</translation>
    </message>
    <message>
        <source>Access log</source>
        <translation>Toegangslog</translation>
    </message>
    <message>
        <source>Who looked at or changed what, and when. The newest is at the top. The portal keeps this for at least five years.</source>
        <translation>Wie heeft wat bekeken of gewijzigd, en wanneer. Het nieuwste staat bovenaan. Het portaal bewaart dit minstens vijf jaar.</translation>
    </message>
    <message>
        <source>Loading the access log…</source>
        <translation>Het toegangslog wordt geladen…</translation>
    </message>
    <message>
        <source>Nothing has been logged yet.</source>
        <translation>Er is nog niets vastgelegd.</translation>
    </message>
    <message>
        <source>The access log could not be loaded.</source>
        <translation>Het toegangslog kon niet worden geladen.</translation>
    </message>
</context>
<context>
    <name>AccessTab</name>
    <message>
        <source>Invite a contact…</source>
        <translation>Contactpersoon uitnodigen…</translation>
    </message>
    <message>
        <source>Access log</source>
        <translation>Toegangslog</translation>
    </message>
    <message>
        <source>Change rights…</source>
        <translation>Rechten wijzigen…</translation>
    </message>
    <message>
        <source>Send invitation again</source>
        <translation>Uitnodiging opnieuw versturen</translation>
    </message>
    <message>
        <source>End access…</source>
        <translation>Toegang beëindigen…</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>Toegang</translation>
    </message>
    <message>
        <source>Who has access</source>
        <translation>Wie heeft toegang</translation>
    </message>
    <message>
        <source>The people you invited to this portal, and what each of them may see and do. The client and their representatives always see everything.</source>
        <translation>De mensen die u voor dit portaal heeft uitgenodigd, en wat ieder van hen mag zien en doen. De cliënt en de vertegenwoordigers zien altijd alles.</translation>
    </message>
    <message>
        <source>Contact persons with access</source>
        <translation>Contactpersonen met toegang</translation>
    </message>
    <message>
        <source>One moment, please…</source>
        <translation>Een ogenblik geduld…</translation>
    </message>
    <message>
        <source>Only the client and their representatives decide who has access to this portal.</source>
        <translation>Alleen de cliënt en de vertegenwoordigers beslissen wie toegang heeft tot dit portaal.</translation>
    </message>
    <message>
        <source>The contact persons could not be loaded.</source>
        <translation>De contactpersonen konden niet worden geladen.</translation>
    </message>
    <message>
        <source>The rights of %1 are saved.</source>
        <translation>De rechten van %1 zijn opgeslagen.</translation>
    </message>
    <message>
        <source>The invitation is on its way again, with a new temporary password. The previous one no longer works.</source>
        <translation>De uitnodiging is opnieuw onderweg, met een nieuw tijdelijk wachtwoord. Het vorige wachtwoord werkt niet meer.</translation>
    </message>
    <message>
        <source>%1 no longer has access.</source>
        <translation>%1 heeft geen toegang meer.</translation>
    </message>
    <message>
        <source>Nobody else has access yet. Use &quot;Invite a contact&quot; to invite someone.</source>
        <translation>Er heeft nog niemand anders toegang. Gebruik &quot;Contactpersoon uitnodigen&quot; om iemand uit te nodigen.</translation>
    </message>
    <message>
        <source>Nobody chosen</source>
        <translation>Niemand gekozen</translation>
    </message>
    <message>
        <source>Invited on %1; has not signed in yet.</source>
        <translation>Uitgenodigd op %1; nog niet ingelogd.</translation>
    </message>
    <message>
        <source>Has signed in; last time on %1.</source>
        <translation>Heeft ingelogd; de laatste keer op %1.</translation>
    </message>
    <message>
        <source>an unknown day</source>
        <translation>een onbekende dag</translation>
    </message>
    <message>
        <source>Relation: %1
E-mail: %2
Mobile: %3
%4</source>
        <translation>Relatie: %1
E-mail: %2
Mobiel: %3
%4</translation>
    </message>
    <message>
        <source>Choose a person in the list to see their rights.</source>
        <translation>Kies een persoon in de lijst om de rechten van die persoon te zien.</translation>
    </message>
    <message>
        <source>Rights</source>
        <translation>Rechten</translation>
    </message>
    <message>
        <source>Change the rights of %1</source>
        <translation>De rechten van %1 wijzigen</translation>
    </message>
    <message>
        <source>End the access of %1</source>
        <translation>De toegang van %1 beëindigen</translation>
    </message>
    <message>
        <source>Send the invitation to %1 again</source>
        <translation>De uitnodiging opnieuw naar %1 versturen</translation>
    </message>
    <message>
        <source>%1 is invited. The invitation is on its way by e-mail.</source>
        <translation>%1 is uitgenodigd. De uitnodiging is per e-mail onderweg.</translation>
    </message>
    <message>
        <source>Your invitation is not sent yet; it is kept. Choose &quot;Invite a contact&quot; to finish it.</source>
        <translation>Uw uitnodiging is nog niet verstuurd, maar blijft bewaard. Kies &quot;Contactpersoon uitnodigen&quot; om de uitnodiging af te maken.</translation>
    </message>
    <message>
        <source>End access</source>
        <translation>Toegang beëindigen</translation>
    </message>
    <message>
        <source>End the access of %1 (%2)?</source>
        <translation>De toegang van %1 (%2) beëindigen?</translation>
    </message>
    <message>
        <source>From now on %1 cannot see or do anything in this portal. What they wrote stays. You can invite them again later.</source>
        <translation>Vanaf nu kan %1 niets meer zien of doen in dit portaal. Wat deze persoon heeft geschreven, blijft staan. U kunt deze persoon later opnieuw uitnodigen.</translation>
    </message>
    <message>
        <source>Keep access</source>
        <translation>Toegang houden</translation>
    </message>
    <message>
        <source>%1 (%2)
%3</source>
        <translation>%1 (%2)
%3</translation>
    </message>
    <message>
        <source>Invitation not yet used</source>
        <translation>Uitnodiging nog niet gebruikt</translation>
    </message>
    <message>
        <source>Has access</source>
        <translation>Heeft toegang</translation>
    </message>
</context>
<context>
    <name>AgendaNotes</name>
    <message>
        <source>Care team (circle): these times are indicative. The care worker may come a little earlier or later, and makes the actual times with you.</source>
        <translation>Zorgteam (rondje): deze tijden zijn bij benadering. De medewerker kan iets eerder of later komen, en maakt met u afspraken over de echte tijden.</translation>
    </message>
    <message>
        <source>Own appointment (square): the care team does not see what you write in it. They only see that this time is busy. Tell them yourself if they need to know.</source>
        <translation>Eigen afspraak (vierkantje): het zorgteam ziet niet wat u erin schrijft. Ze zien alleen dat deze tijd bezet is. Moet het zorgteam het weten? Vertel het dan zelf.</translation>
    </message>
</context>
<context>
    <name>AgendaPeriod</name>
    <message>
        <source>Today and tomorrow</source>
        <translation>Vandaag en morgen</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 en %2</translation>
    </message>
    <message>
        <source>%1 (today)</source>
        <translation>%1 (vandaag)</translation>
    </message>
    <message>
        <source>%1 (tomorrow)</source>
        <translation>%1 (morgen)</translation>
    </message>
    <message>
        <source>Week %1: %2 to %3</source>
        <translation>Week %1: %2 tot en met %3</translation>
    </message>
</context>
<context>
    <name>AgendaTab</name>
    <message>
        <source>New appointment</source>
        <translation>Nieuwe afspraak</translation>
    </message>
    <message>
        <source>Puts an appointment of your own in the agenda.</source>
        <translation>Zet een eigen afspraak in de agenda.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Probeer het opnieuw</translation>
    </message>
    <message>
        <source>Asks the portal for the appointments again.</source>
        <translation>Vraagt de afspraken opnieuw op bij het portaal.</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Wijzigen</translation>
    </message>
    <message>
        <source>Changes this appointment.</source>
        <translation>Wijzigt deze afspraak.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Deletes this appointment.</source>
        <translation>Verwijdert deze afspraak.</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Loading the agenda…</source>
        <translation>De agenda wordt geladen…</translation>
    </message>
    <message>
        <source>Appointments, earliest first</source>
        <translation>Afspraken, vroegste eerst</translation>
    </message>
    <message>
        <source>The chosen appointment</source>
        <translation>De gekozen afspraak</translation>
    </message>
    <message>
        <source>Choose an appointment in the list to see it here.</source>
        <translation>Kies een afspraak in de lijst om hem hier te zien.</translation>
    </message>
    <message>
        <source>The appointment has been deleted.</source>
        <translation>De afspraak is verwijderd.</translation>
    </message>
    <message>
        <source>Continue your appointment</source>
        <translation>Verder met uw afspraak</translation>
    </message>
    <message>
        <source>This appointment comes from the care team. You cannot change it here.</source>
        <translation>Deze afspraak komt van het zorgteam. U kunt hem hier niet wijzigen.</translation>
    </message>
    <message>
        <source>You can look at this appointment, but not change it.</source>
        <translation>U kunt deze afspraak bekijken, maar niet wijzigen.</translation>
    </message>
    <message>
        <source>There are no appointments on these days.</source>
        <translation>Er zijn geen afspraken op deze dagen.</translation>
    </message>
    <message>
        <source>The agenda could not be loaded.</source>
        <translation>De agenda kon niet worden geladen.</translation>
    </message>
    <message>
        <source>The appointment has been saved.</source>
        <translation>De afspraak is opgeslagen.</translation>
    </message>
    <message>
        <source>Your appointment has not been saved yet. It is kept: press &quot;Continue your appointment&quot; to go on with it.</source>
        <translation>Uw afspraak is nog niet opgeslagen. Hij blijft bewaard: druk op &quot;Verder met uw afspraak&quot; om verder te gaan.</translation>
    </message>
    <message>
        <source>Delete appointment</source>
        <translation>Afspraak verwijderen</translation>
    </message>
    <message>
        <source>It is removed from the agenda for everyone.</source>
        <translation>Hij verdwijnt voor iedereen uit de agenda.</translation>
    </message>
    <message>
        <source>Yes, delete it</source>
        <translation>Ja, verwijderen</translation>
    </message>
    <message>
        <source>No, keep it</source>
        <translation>Nee, bewaren</translation>
    </message>
</context>
<context>
    <name>AgendaToolbar</name>
    <message>
        <source>Today and tomorrow</source>
        <translation>Vandaag en morgen</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Dag</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Week</translation>
    </message>
    <message>
        <source>Shows the agenda as: %1</source>
        <translation>Toont de agenda als: %1</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Vorige</translation>
    </message>
    <message>
        <source>Shows the days before.</source>
        <translation>Toont de dagen ervoor.</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Vandaag</translation>
    </message>
    <message>
        <source>Goes back to today.</source>
        <translation>Gaat terug naar vandaag.</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Volgende</translation>
    </message>
    <message>
        <source>Shows the days after.</source>
        <translation>Toont de dagen erna.</translation>
    </message>
    <message>
        <source>Shown: %1</source>
        <translation>Te zien: %1</translation>
    </message>
</context>
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
    <message>
        <source>This account cannot be used. Your care organisation can tell you why.</source>
        <translation>Dit account kan niet worden gebruikt. Uw zorgorganisatie kan u vertellen waarom.</translation>
    </message>
    <message>
        <source>Only the person who wrote this can change or delete it.</source>
        <translation>Alleen wie dit schreef, kan het veranderen of verwijderen.</translation>
    </message>
    <message>
        <source>This appointment comes from the care team. You cannot change it here.</source>
        <translation>Deze afspraak komt van het zorgteam. U kunt hem hier niet veranderen.</translation>
    </message>
    <message>
        <source>This plan has already been approved.</source>
        <translation>Dit plan is al goedgekeurd.</translation>
    </message>
    <message>
        <source>You were signed out. Please sign in again.</source>
        <translation>U bent afgemeld. Meld u opnieuw aan.</translation>
    </message>
    <message>
        <source>There were too many attempts. Wait a few minutes and try again.</source>
        <translation>Het is te vaak geprobeerd. Wacht een paar minuten en probeer het dan opnieuw.</translation>
    </message>
    <message numerus="yes">
        <source>The portal is not available for a while. Try again in %n minute(s).</source>
        <translation>
            <numerusform>Het portaal is een tijdje niet beschikbaar. Probeer het over %n minuut opnieuw.</numerusform>
            <numerusform>Het portaal is een tijdje niet beschikbaar. Probeer het over %n minuten opnieuw.</numerusform>
        </translation>
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
    <message>
        <source>Help</source>
        <translation>Hulp</translation>
    </message>
    <message>
        <source>Explains this page (F1).</source>
        <translation>Legt deze pagina uit (F1).</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <source>Text size, contrast and language (Ctrl+,).</source>
        <translation>Tekstgrootte, contrast en taal (Ctrl+,).</translation>
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
    <message>
        <source>The portal cannot be reached right now. Press the button again.</source>
        <translation>Het portaal is nu niet bereikbaar. Druk nog een keer op de knop.</translation>
    </message>
    <message>
        <source>Portiek could not read the link you clicked. Type the portal&apos;s address from your invitation yourself.</source>
        <translation>Portiek kon de link waarop u klikte niet lezen. Typ het adres van het portaal uit uw uitnodiging zelf over.</translation>
    </message>
    <message>
        <source>This link leads to another portal than the one you used before: %1. Check the address, then press Connect.</source>
        <translation>Deze link gaat naar een ander portaal dan u eerder gebruikte: %1. Controleer het adres en druk dan op Verbinden.</translation>
    </message>
    <message numerus="yes">
        <source>%n new report(s) about %1</source>
        <translation>
            <numerusform>%n nieuwe rapportage over %1</numerusform>
            <numerusform>%n nieuwe rapportages over %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n plan(s) wait for your approval</source>
        <translation>
            <numerusform>%n plan wacht op uw akkoord</numerusform>
            <numerusform>%n plannen wachten op uw akkoord</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new message(s)</source>
        <translation>
            <numerusform>%n nieuw bericht</numerusform>
            <numerusform>%n nieuwe berichten</numerusform>
        </translation>
    </message>
    <message>
        <source>For %1. Open Portiek to read them.</source>
        <translation>Voor %1. Open Portiek om ze te lezen.</translation>
    </message>
</context>
<context>
    <name>AppointmentDelegate</name>
    <message>
        <source>%1 (today)</source>
        <translation>%1 (vandaag)</translation>
    </message>
    <message>
        <source>%1 (tomorrow)</source>
        <translation>%1 (morgen)</translation>
    </message>
    <message>
        <source>Own appointment</source>
        <translation>Eigen afspraak</translation>
    </message>
    <message>
        <source>Own appointment, made by %1</source>
        <translation>Eigen afspraak, gemaakt door %1</translation>
    </message>
    <message>
        <source>Care team, time is indicative</source>
        <translation>Zorgteam, tijd bij benadering</translation>
    </message>
    <message>
        <source>Care team, time is indicative, %1</source>
        <translation>Zorgteam, tijd bij benadering, %1</translation>
    </message>
    <message>
        <source>%1  %2</source>
        <translation>%1  %2</translation>
    </message>
    <message>
        <source>No place given</source>
        <translation>Geen plaats opgegeven</translation>
    </message>
</context>
<context>
    <name>AppointmentDialog</name>
    <message>
        <source>Your unsaved appointment is back, as you left it.</source>
        <translation>Uw afspraak die nog niet was opgeslagen, is terug. Hij staat er zoals u hem achterliet.</translation>
    </message>
    <message>
        <source>New appointment</source>
        <translation>Nieuwe afspraak</translation>
    </message>
    <message>
        <source>Change appointment</source>
        <translation>Afspraak wijzigen</translation>
    </message>
    <message>
        <source>The care team only sees that this time is busy, not what you write here.</source>
        <translation>Het zorgteam ziet alleen dat deze tijd bezet is, niet wat u hier schrijft.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>For example: Hairdresser</source>
        <translation>Bijvoorbeeld: Kapper</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Start time</source>
        <translation>Begintijd</translation>
    </message>
    <message>
        <source>End time</source>
        <translation>Eindtijd</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Plaats</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <source>&amp;Title (required)</source>
        <translation>&amp;Titel (verplicht)</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Datum</translation>
    </message>
    <message>
        <source>&amp;Start time</source>
        <translation>&amp;Begintijd</translation>
    </message>
    <message>
        <source>&amp;End time</source>
        <translation>&amp;Eindtijd</translation>
    </message>
    <message>
        <source>&amp;Place</source>
        <translation>&amp;Plaats</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Notitie</translation>
    </message>
    <message>
        <source>Saving the appointment…</source>
        <translation>De afspraak wordt opgeslagen…</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <source>Puts the appointment in the agenda.</source>
        <translation>Zet de afspraak in de agenda.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Closes this window. What you typed is kept.</source>
        <translation>Sluit dit venster. Wat u heeft getypt, blijft bewaard.</translation>
    </message>
    <message>
        <source>Closes this window without changing anything.</source>
        <translation>Sluit dit venster zonder iets te veranderen.</translation>
    </message>
    <message>
        <source>Kept as a draft at %1.</source>
        <translation>Om %1 bewaard als concept.</translation>
    </message>
    <message>
        <source>Your appointment could not be kept on this computer. Do not close this window before it is saved.</source>
        <translation>Uw afspraak kon niet op deze computer worden bewaard. Sluit dit venster niet voordat hij is opgeslagen.</translation>
    </message>
    <message>
        <source>Not everything is filled in correctly yet. The fields below say what to change.</source>
        <translation>Nog niet alles is goed ingevuld. Bij de velden hieronder staat wat u moet veranderen.</translation>
    </message>
    <message>
        <source>The appointment could not be kept as a draft, so it was not sent. Try again.</source>
        <translation>De afspraak kon niet als concept worden bewaard. Daarom is hij niet verstuurd. Probeer het opnieuw.</translation>
    </message>
    <message>
        <source>You changed this appointment. Press &quot;Save&quot; to keep the change, or &quot;Cancel&quot; again to leave the appointment as it was.</source>
        <translation>U hebt deze afspraak gewijzigd. Druk op &quot;Opslaan&quot; om de wijziging te bewaren, of nog een keer op &quot;Annuleren&quot; om de afspraak te laten zoals hij was.</translation>
    </message>
</context>
<context>
    <name>AppointmentListModel</name>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>your own appointment</source>
        <translation>uw eigen afspraak</translation>
    </message>
    <message>
        <source>from the care team, the time is indicative</source>
        <translation>van het zorgteam, de tijd is bij benadering</translation>
    </message>
    <message>
        <source>%1, %2: %3, %4</source>
        <translation>%1, %2: %3, %4</translation>
    </message>
    <message>
        <source>at %1</source>
        <translation>plaats: %1</translation>
    </message>
    <message>
        <source>%1  %2</source>
        <translation>%1  %2</translation>
    </message>
</context>
<context>
    <name>AppointmentSaver</name>
    <message>
        <source>Someone changed this appointment meanwhile; it has been reloaded. Look at it again and make your change once more.</source>
        <translation>Iemand heeft deze afspraak intussen gewijzigd. De afspraak is opnieuw geladen. Bekijk hem nog eens en doe uw wijziging opnieuw.</translation>
    </message>
    <message>
        <source>This appointment comes from the care team. It cannot be changed or deleted here; ask the care team if it needs to change.</source>
        <translation>Deze afspraak komt van het zorgteam. U kunt hem hier niet wijzigen of verwijderen. Moet hij anders? Vraag het dan aan het zorgteam.</translation>
    </message>
    <message>
        <source>Only the person who made this appointment, the client or a representative may change or delete it.</source>
        <translation>Alleen wie deze afspraak heeft gemaakt, de cliënt of een vertegenwoordiger mag hem wijzigen of verwijderen.</translation>
    </message>
    <message>
        <source>This appointment no longer exists. The agenda has been reloaded.</source>
        <translation>Deze afspraak bestaat niet meer. De agenda is opnieuw geladen.</translation>
    </message>
    <message>
        <source>An earlier version of this appointment may already have reached the portal. Look in the agenda first. Press &quot;Save&quot; again to add this one as a new appointment.</source>
        <translation>Misschien is een eerdere versie van deze afspraak al in het portaal aangekomen. Kijk eerst in de agenda. Druk nog een keer op &quot;Opslaan&quot; om deze afspraak als nieuwe afspraak toe te voegen.</translation>
    </message>
    <message>
        <source>The portal is still busy with this appointment. Wait a moment and press &quot;Save&quot; again; it will not be added twice.</source>
        <translation>Het portaal is nog bezig met deze afspraak. Wacht even en druk nog een keer op &quot;Opslaan&quot;; hij wordt niet twee keer toegevoegd.</translation>
    </message>
    <message>
        <source>The portal did not accept the appointment. The fields marked below say why.</source>
        <translation>Het portaal heeft de afspraak niet aangenomen. Bij de gemarkeerde velden hieronder staat waarom.</translation>
    </message>
    <message>
        <source>You may not change the agenda of this person.</source>
        <translation>U mag de agenda van deze persoon niet wijzigen.</translation>
    </message>
    <message>
        <source>Your appointment is kept; nothing is lost. Press &quot;Save&quot; to try again.</source>
        <translation>Uw afspraak blijft bewaard; er gaat niets verloren. Druk op &quot;Opslaan&quot; om het opnieuw te proberen.</translation>
    </message>
    <message>
        <source>The appointment could not be loaded.</source>
        <translation>De afspraak kon niet worden geladen.</translation>
    </message>
    <message>
        <source>Your change has not been saved.</source>
        <translation>Uw wijziging is niet opgeslagen.</translation>
    </message>
    <message>
        <source>The appointment has not been deleted.</source>
        <translation>De afspraak is niet verwijderd.</translation>
    </message>
    <message>
        <source>The title is too long: at most %L1 characters.</source>
        <translation>De titel is te lang: hoogstens %L1 tekens.</translation>
    </message>
    <message>
        <source>Give the appointment a title, for example &quot;Hairdresser&quot;.</source>
        <translation>Geef de afspraak een titel, bijvoorbeeld &quot;Kapper&quot;.</translation>
    </message>
    <message>
        <source>The end time must be after the start time.</source>
        <translation>De eindtijd moet na de begintijd liggen.</translation>
    </message>
    <message>
        <source>An appointment can last at most %1 days.</source>
        <translation>Een afspraak mag hoogstens %1 dagen duren.</translation>
    </message>
    <message>
        <source>Choose the end time again.</source>
        <translation>Kies de eindtijd opnieuw.</translation>
    </message>
    <message>
        <source>Choose the date and start time again.</source>
        <translation>Kies de datum en de begintijd opnieuw.</translation>
    </message>
    <message>
        <source>The place is too long: at most %L1 characters.</source>
        <translation>De plaats is te lang: hoogstens %L1 tekens.</translation>
    </message>
    <message>
        <source>The note is too long: at most %L1 characters.</source>
        <translation>De notitie is te lang: hoogstens %L1 tekens.</translation>
    </message>
    <message>
        <source>Something in the appointment is not right.</source>
        <translation>Er klopt iets niet in de afspraak.</translation>
    </message>
</context>
<context>
    <name>AppointmentText</name>
    <message>
        <source>Place:</source>
        <translation>Plaats:</translation>
    </message>
    <message>
        <source>Whose:</source>
        <translation>Van wie:</translation>
    </message>
    <message>
        <source>Own appointment. The care team only sees that this time is busy.</source>
        <translation>Eigen afspraak. Het zorgteam ziet alleen dat deze tijd bezet is.</translation>
    </message>
    <message>
        <source>Made by:</source>
        <translation>Gemaakt door:</translation>
    </message>
    <message>
        <source>Care team. The time is indicative: the care worker may come a little earlier or later.</source>
        <translation>Zorgteam. De tijd is bij benadering: de medewerker kan iets eerder of later komen.</translation>
    </message>
    <message>
        <source>Care worker:</source>
        <translation>Medewerker:</translation>
    </message>
    <message>
        <source>Delete the appointment &quot;%1&quot; on %2, %3?</source>
        <translation>Wilt u de afspraak &quot;%1&quot; op %2, %3 verwijderen?</translation>
    </message>
</context>
<context>
    <name>BoardImageFile</name>
    <message>
        <source>The photo &quot;%1&quot; is no longer on this computer. Remove it from the post, or put it back.</source>
        <translation>De foto &quot;%1&quot; staat niet meer op deze computer. Haal hem uit het bericht, of zet hem terug.</translation>
    </message>
    <message>
        <source>The photo &quot;%1&quot; is too large. Choose a photo of at most 10 MB.</source>
        <translation>De foto &quot;%1&quot; is te groot. Kies een foto van hoogstens 10 MB.</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; is not a photo that can be used. Choose a JPEG or PNG photo.</source>
        <translation>Het bestand &quot;%1&quot; is geen foto die u kunt gebruiken. Kies een JPEG- of PNG-foto.</translation>
    </message>
    <message>
        <source>The photo &quot;%1&quot; has too many pixels (at most 8000 by 8000). Choose a smaller photo.</source>
        <translation>De foto &quot;%1&quot; heeft te veel pixels (hoogstens 8000 bij 8000). Kies een kleinere foto.</translation>
    </message>
    <message>
        <source>The photo &quot;%1&quot; cannot be read. It may be damaged. Choose another one.</source>
        <translation>De foto &quot;%1&quot; kan niet worden gelezen. Misschien is hij beschadigd. Kies een andere.</translation>
    </message>
    <message>
        <source>The photo &quot;%1&quot; is too small. Choose a photo of at least 64 by 64 pixels.</source>
        <translation>De foto &quot;%1&quot; is te klein. Kies een foto van minstens 64 bij 64 pixels.</translation>
    </message>
    <message>
        <source>The photo &quot;%1&quot; could not be prepared for sending. Choose another one.</source>
        <translation>De foto &quot;%1&quot; kon niet worden klaargemaakt om te versturen. Kies een andere.</translation>
    </message>
</context>
<context>
    <name>BoardPostCard</name>
    <message>
        <source>React</source>
        <translation>Reageren</translation>
    </message>
    <message>
        <source>Delete post</source>
        <translation>Bericht verwijderen</translation>
    </message>
    <message>
        <source>Write a reaction…</source>
        <translation>Schrijf een reactie…</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 om %2</translation>
    </message>
    <message>
        <source>client</source>
        <translation>cliënt</translation>
    </message>
    <message>
        <source>representative</source>
        <translation>vertegenwoordiger</translation>
    </message>
    <message>
        <source>contact person</source>
        <translation>contactpersoon</translation>
    </message>
    <message>
        <source>Post by %1, %2</source>
        <translation>Bericht van %1, %2</translation>
    </message>
    <message>
        <source>Delete the post by %1 of %2</source>
        <translation>Het bericht van %1 op %2 verwijderen</translation>
    </message>
    <message>
        <source>Photo %1</source>
        <translation>Foto %1</translation>
    </message>
    <message>
        <source>Photo %1 of %2, open it large</source>
        <translation>Foto %1 van %2, groot openen</translation>
    </message>
    <message>
        <source>Open photo %1 large</source>
        <translation>Foto %1 groot openen</translation>
    </message>
    <message>
        <source>No reactions yet.</source>
        <translation>Nog geen reacties.</translation>
    </message>
    <message numerus="yes">
        <source>Reactions (%1)</source>
        <translation>
            <numerusform>Reactie (%1)</numerusform>
            <numerusform>Reacties (%1)</numerusform>
        </translation>
    </message>
    <message>
        <source>Show all %1 reactions</source>
        <translation>Alle %1 reacties tonen</translation>
    </message>
    <message>
        <source>Your reaction to the post by %1</source>
        <translation>Uw reactie op het bericht van %1</translation>
    </message>
    <message>
        <source>React to the post by %1</source>
        <translation>Reageren op het bericht van %1</translation>
    </message>
</context>
<context>
    <name>BoardPostListModel</name>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2: %3</translation>
    </message>
</context>
<context>
    <name>BoardPostSender</name>
    <message>
        <source>The post was changed while it was being sent. Press &quot;Place&quot; again.</source>
        <translation>Het bericht is veranderd terwijl het werd verstuurd. Druk nog een keer op &quot;Plaatsen op het prikbord&quot;.</translation>
    </message>
    <message>
        <source>The portal did not accept the photo &quot;%1&quot;. Remove it from the post or choose another one.</source>
        <translation>Het portaal heeft de foto &quot;%1&quot; niet aangenomen. Haal hem uit het bericht of kies een andere.</translation>
    </message>
    <message>
        <source>The photo &quot;%1&quot; could not be sent.</source>
        <translation>De foto &quot;%1&quot; kon niet worden verstuurd.</translation>
    </message>
    <message>
        <source>The post could not be sent. Press &quot;Place&quot; again.</source>
        <translation>Het bericht kon niet worden verstuurd. Druk nog een keer op &quot;Plaatsen op het prikbord&quot;.</translation>
    </message>
    <message>
        <source>An earlier version of this post may already be on the board. Look at the board first. Press &quot;Place&quot; again to place this version as a new post.</source>
        <translation>Misschien staat een eerdere versie van dit bericht al op het prikbord. Kijk eerst op het prikbord. Druk nog een keer op &quot;Plaatsen op het prikbord&quot; om deze versie als nieuw bericht te plaatsen.</translation>
    </message>
    <message>
        <source>The portal is still busy with this post. Wait a moment and press &quot;Place&quot; again; it will not be placed twice.</source>
        <translation>Het portaal is nog bezig met dit bericht. Wacht even en druk nog een keer op &quot;Plaatsen op het prikbord&quot;; het wordt niet twee keer geplaatst.</translation>
    </message>
    <message>
        <source>The portal no longer had the photos of this post. Press &quot;Place&quot; again to send them once more.</source>
        <translation>Het portaal had de foto&apos;s van dit bericht niet meer. Druk nog een keer op &quot;Plaatsen op het prikbord&quot; om ze opnieuw te versturen.</translation>
    </message>
    <message>
        <source>The portal did not accept this post. A post can have at most %L1 characters and %2 photos, and may not be empty.</source>
        <translation>Het portaal heeft dit bericht niet aangenomen. Een bericht mag hoogstens %L1 tekens en %2 foto&apos;s hebben, en mag niet leeg zijn.</translation>
    </message>
    <message>
        <source>You may not place posts on this board. Your post is kept as a draft.</source>
        <translation>U mag geen berichten op dit prikbord plaatsen. Uw bericht blijft bewaard als concept.</translation>
    </message>
    <message>
        <source>Your post is kept; nothing is lost. Press &quot;Place&quot; to try again.</source>
        <translation>Uw bericht blijft bewaard; er gaat niets verloren. Druk op &quot;Plaatsen op het prikbord&quot; om het opnieuw te proberen.</translation>
    </message>
    <message>
        <source>The portal could not place the post.</source>
        <translation>Het portaal kon het bericht niet plaatsen.</translation>
    </message>
</context>
<context>
    <name>BoardReactionRow</name>
    <message>
        <source>Reaction by %1, %2</source>
        <translation>Reactie van %1, %2</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Delete the reaction by %1</source>
        <translation>De reactie van %1 verwijderen</translation>
    </message>
</context>
<context>
    <name>BoardReactions</name>
    <message>
        <source>An earlier version of this reaction may already be under the post. Look there first. Press &quot;React&quot; again to place this text as a new reaction.</source>
        <translation>Misschien staat een eerdere versie van deze reactie al onder het bericht. Kijk daar eerst. Druk nog een keer op &quot;Reageren&quot; om deze tekst als nieuwe reactie te plaatsen.</translation>
    </message>
    <message>
        <source>The portal is still busy with this reaction. Wait a moment and press &quot;React&quot; again; it will not be placed twice.</source>
        <translation>Het portaal is nog bezig met deze reactie. Wacht even en druk nog een keer op &quot;Reageren&quot;; de reactie wordt niet twee keer geplaatst.</translation>
    </message>
    <message>
        <source>The portal did not accept this reaction. A reaction can be at most %L1 characters long and may not be empty.</source>
        <translation>Het portaal heeft deze reactie niet aangenomen. Een reactie mag hoogstens %L1 tekens lang zijn en mag niet leeg zijn.</translation>
    </message>
    <message>
        <source>This post is no longer on the board. Your reaction was not placed.</source>
        <translation>Dit bericht staat niet meer op het prikbord. Uw reactie is niet geplaatst.</translation>
    </message>
    <message>
        <source>You may not react on this board. Your text is kept as a draft.</source>
        <translation>U mag niet reageren op dit prikbord. Uw tekst blijft bewaard als concept.</translation>
    </message>
    <message>
        <source>Your reaction is kept; nothing is lost. Press &quot;React&quot; to try again.</source>
        <translation>Uw reactie blijft bewaard; er gaat niets verloren. Druk op &quot;Reageren&quot; om het opnieuw te proberen.</translation>
    </message>
    <message>
        <source>The portal could not place the reaction.</source>
        <translation>Het portaal kon de reactie niet plaatsen.</translation>
    </message>
</context>
<context>
    <name>BoardTab</name>
    <message>
        <source>New post</source>
        <translation>Nieuw bericht</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Probeer het opnieuw</translation>
    </message>
    <message>
        <source>Show older posts</source>
        <translation>Oudere berichten tonen</translation>
    </message>
    <message>
        <source>Bulletin board</source>
        <translation>Prikbord</translation>
    </message>
    <message>
        <source>Asks the portal for the bulletin board again.</source>
        <translation>Vraagt het prikbord opnieuw op bij het portaal.</translation>
    </message>
    <message>
        <source>Loading the bulletin board…</source>
        <translation>Het prikbord wordt geladen…</translation>
    </message>
    <message>
        <source>Posts, newest first</source>
        <translation>Berichten, nieuwste eerst</translation>
    </message>
    <message>
        <source>The post has been deleted.</source>
        <translation>Het bericht is verwijderd.</translation>
    </message>
    <message>
        <source>You may not delete this post.</source>
        <translation>U mag dit bericht niet verwijderen.</translation>
    </message>
    <message>
        <source>The post could not be deleted.</source>
        <translation>Het bericht kon niet worden verwijderd.</translation>
    </message>
    <message>
        <source>Your post is on the board. It is at the top.</source>
        <translation>Uw bericht staat op het prikbord. Het staat bovenaan.</translation>
    </message>
    <message>
        <source>The reaction has been deleted.</source>
        <translation>De reactie is verwijderd.</translation>
    </message>
    <message>
        <source>You may not delete this reaction.</source>
        <translation>U mag deze reactie niet verwijderen.</translation>
    </message>
    <message>
        <source>The reaction could not be deleted.</source>
        <translation>De reactie kon niet worden verwijderd.</translation>
    </message>
    <message>
        <source>The reactions could not be loaded.</source>
        <translation>De reacties konden niet worden geladen.</translation>
    </message>
    <message>
        <source>Continue your post</source>
        <translation>Verder met uw bericht</translation>
    </message>
    <message>
        <source>You may not see the bulletin board of %1. The portal administrator decides who may.</source>
        <translation>U mag het prikbord van %1 niet zien. De beheerder van het portaal bepaalt wie dat mag.</translation>
    </message>
    <message>
        <source>Messages and photos for everyone who may see the bulletin board of %1. Everyone can react.</source>
        <translation>Berichten en foto&apos;s voor iedereen die het prikbord van %1 mag zien. Iedereen kan reageren.</translation>
    </message>
    <message>
        <source>There are no posts yet. Press &quot;New post&quot; to place the first one.</source>
        <translation>Er zijn nog geen berichten. Druk op &quot;Nieuw bericht&quot; om het eerste bericht te plaatsen.</translation>
    </message>
    <message>
        <source>The bulletin board could not be loaded.</source>
        <translation>Het prikbord kon niet worden geladen.</translation>
    </message>
    <message>
        <source>Older posts could not be loaded.</source>
        <translation>Oudere berichten konden niet worden geladen.</translation>
    </message>
    <message>
        <source>Another reaction is being placed. Wait a moment and try again.</source>
        <translation>Er wordt al een andere reactie geplaatst. Wacht even en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>A reaction can be at most %L1 characters long.</source>
        <translation>Een reactie mag hoogstens %L1 tekens lang zijn.</translation>
    </message>
    <message>
        <source>Write your reaction first.</source>
        <translation>Schrijf eerst uw reactie.</translation>
    </message>
    <message>
        <source>Your post is not on the board yet. It is kept: press &quot;Continue your post&quot; to go on with it.</source>
        <translation>Uw bericht staat nog niet op het prikbord. Het blijft bewaard: druk op &quot;Verder met uw bericht&quot; om verder te gaan.</translation>
    </message>
    <message>
        <source>Delete?</source>
        <translation>Verwijderen?</translation>
    </message>
    <message>
        <source>This cannot be undone.</source>
        <translation>Dit kan niet ongedaan worden gemaakt.</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Bewaren</translation>
    </message>
    <message numerus="yes">
        <source>Delete the post with %n photo(s) by %1 of %2?</source>
        <translation>
            <numerusform>Wilt u het bericht met %n foto van %1 op %2 verwijderen?</numerusform>
            <numerusform>Wilt u het bericht met %n foto&apos;s van %1 op %2 verwijderen?</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete the post &quot;%1&quot; by %2 of %3?</source>
        <translation>Wilt u het bericht &quot;%1&quot; van %2 op %3 verwijderen?</translation>
    </message>
    <message>
        <source>Its photos and reactions are deleted too.</source>
        <translation>De foto&apos;s en reacties worden ook verwijderd.</translation>
    </message>
    <message>
        <source>Delete post</source>
        <translation>Bericht verwijderen</translation>
    </message>
    <message>
        <source>Delete the reaction &quot;%1&quot; by %2 under the post by %3?</source>
        <translation>Wilt u de reactie &quot;%1&quot; van %2 onder het bericht van %3 verwijderen?</translation>
    </message>
    <message>
        <source>Delete reaction</source>
        <translation>Reactie verwijderen</translation>
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
    <name>ComposeBox</name>
    <message>
        <source>&amp;Your message</source>
        <translation>&amp;Uw bericht</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Versturen</translation>
    </message>
    <message>
        <source>Your message</source>
        <translation>Uw bericht</translation>
    </message>
    <message>
        <source>Enter starts a new line. Control and Enter together send the message.</source>
        <translation>Met Enter begint u een nieuwe regel. Met Control en Enter samen verstuurt u het bericht.</translation>
    </message>
    <message>
        <source>Enter starts a new line. Ctrl+Enter sends.</source>
        <translation>Enter begint een nieuwe regel. Ctrl+Enter verstuurt.</translation>
    </message>
    <message>
        <source>Sending your message…</source>
        <translation>Uw bericht wordt verstuurd…</translation>
    </message>
    <message>
        <source>Sends the message. It does not go to the care team.</source>
        <translation>Verstuurt het bericht. Het gaat niet naar het zorgteam.</translation>
    </message>
    <message>
        <source>Your unsent message is back, as you left it.</source>
        <translation>Uw bericht dat nog niet verstuurd was, is terug. Het staat er zoals u het achterliet.</translation>
    </message>
    <message>
        <source>Kept as a draft at %1.</source>
        <translation>Om %1 bewaard als concept.</translation>
    </message>
    <message>
        <source>Your text could not be saved on this computer. Do not close Portiek before the message is sent.</source>
        <translation>Uw tekst kon niet op deze computer worden bewaard. Sluit Portiek niet voordat het bericht is verstuurd.</translation>
    </message>
    <message>
        <source>Another message is being sent. Wait a moment and try again.</source>
        <translation>Er wordt al een ander bericht verstuurd. Wacht even en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>Write your message first. It can be at most %L1 characters long.</source>
        <translation>Schrijf eerst uw bericht. Het mag hoogstens %L1 tekens lang zijn.</translation>
    </message>
    <message>
        <source>Your message has been sent.</source>
        <translation>Uw bericht is verstuurd.</translation>
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
    <name>ConnectionNotice</name>
    <message numerus="yes">
        <source>The portal cannot be reached for a moment. Portiek will try again in %n second(s). You do not need to do anything.</source>
        <translation>
            <numerusform>Het portaal is even niet bereikbaar. Portiek probeert het over %n seconde opnieuw. U hoeft niets te doen.</numerusform>
            <numerusform>Het portaal is even niet bereikbaar. Portiek probeert het over %n seconden opnieuw. U hoeft niets te doen.</numerusform>
        </translation>
    </message>
    <message>
        <source>The portal cannot be reached for a moment. Portiek is trying again now. You do not need to do anything.</source>
        <translation>Het portaal is even niet bereikbaar. Portiek probeert het nu opnieuw. U hoeft niets te doen.</translation>
    </message>
</context>
<context>
    <name>ContactAccessActions</name>
    <message>
        <source>Only the client and their representatives may manage who has access.</source>
        <translation>Alleen de cliënt en de vertegenwoordigers mogen regelen wie toegang heeft.</translation>
    </message>
    <message>
        <source>This person already has access. Look for them in the list.</source>
        <translation>Deze persoon heeft al toegang. U vindt deze persoon in de lijst.</translation>
    </message>
    <message>
        <source>An earlier version of this invitation may already have been sent. Look in the list first. Press &quot;Send invitation&quot; again to send this one.</source>
        <translation>Misschien is een eerdere versie van deze uitnodiging al verstuurd. Kijk eerst in de lijst. Druk nog een keer op &quot;Uitnodiging versturen&quot; om deze uitnodiging te versturen.</translation>
    </message>
    <message>
        <source>Check the e-mail address: it should look like name@example.nl.</source>
        <translation>Controleer het e-mailadres. Het moet er zo uitzien: naam@voorbeeld.nl.</translation>
    </message>
    <message>
        <source>Check the mobile number: it should look like 06 12345678.</source>
        <translation>Controleer het mobiele nummer. Het moet er zo uitzien: 06 12345678.</translation>
    </message>
    <message>
        <source>Fill in the first name and the family name.</source>
        <translation>Vul de voornaam en de achternaam in.</translation>
    </message>
    <message>
        <source>Fill in the relation, for example &quot;daughter&quot; or &quot;neighbour&quot;.</source>
        <translation>Vul de relatie in, bijvoorbeeld &quot;dochter&quot; of &quot;buurman&quot;.</translation>
    </message>
    <message>
        <source>The portal did not accept the invitation. Check every field.</source>
        <translation>Het portaal heeft de uitnodiging niet aangenomen. Controleer alle velden.</translation>
    </message>
    <message>
        <source>The portal could not send the invitation. What you typed is kept; press &quot;Send invitation&quot; to try again.</source>
        <translation>Het portaal kon de uitnodiging niet versturen. Wat u typte, blijft bewaard; druk op &quot;Uitnodiging versturen&quot; om het opnieuw te proberen.</translation>
    </message>
    <message>
        <source>What you typed is kept; press &quot;Send invitation&quot; to try again.</source>
        <translation>Wat u typte, blijft bewaard; druk op &quot;Uitnodiging versturen&quot; om het opnieuw te proberen.</translation>
    </message>
    <message>
        <source>Someone else changed this person&apos;s rights just now. The rights as they are now are shown; check them and save again.</source>
        <translation>Iemand anders heeft net de rechten van deze persoon gewijzigd. U ziet nu de rechten zoals ze nu zijn. Controleer ze en sla ze opnieuw op.</translation>
    </message>
    <message>
        <source>This person no longer has access.</source>
        <translation>Deze persoon heeft geen toegang meer.</translation>
    </message>
    <message>
        <source>&quot;Write reports&quot; needs &quot;Read reports&quot;, and &quot;Change the agenda&quot; needs &quot;See the agenda&quot;.</source>
        <translation>Voor &quot;Rapportages schrijven&quot; is &quot;Rapportages lezen&quot; nodig, en voor &quot;Agenda wijzigen&quot; is &quot;Agenda bekijken&quot; nodig.</translation>
    </message>
    <message>
        <source>The rights could not be saved.</source>
        <translation>De rechten konden niet worden opgeslagen.</translation>
    </message>
    <message>
        <source>This person has already signed in; the invitation is no longer needed.</source>
        <translation>Deze persoon heeft al ingelogd; de uitnodiging is niet meer nodig.</translation>
    </message>
    <message>
        <source>An invitation was sent a moment ago. Wait a few minutes before sending another.</source>
        <translation>Er is net een uitnodiging verstuurd. Wacht een paar minuten voordat u er nog een verstuurt.</translation>
    </message>
    <message>
        <source>The invitation could not be sent again.</source>
        <translation>De uitnodiging kon niet opnieuw worden verstuurd.</translation>
    </message>
    <message>
        <source>The access could not be ended.</source>
        <translation>De toegang kon niet worden beëindigd.</translation>
    </message>
</context>
<context>
    <name>ContactAccessListModel</name>
    <message>
        <source> — invitation not yet used</source>
        <translation> — uitnodiging nog niet gebruikt</translation>
    </message>
    <message>
        <source>%1 (%2)%3</source>
        <translation>%1 (%2)%3</translation>
    </message>
    <message>
        <source>%1, %2%3. %4</source>
        <translation>%1, %2%3. %4</translation>
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
    <name>ContactChooserDialog</name>
    <message>
        <source>Write a message</source>
        <translation>Bericht schrijven</translation>
    </message>
    <message>
        <source>New message</source>
        <translation>Nieuw bericht</translation>
    </message>
    <message>
        <source>Who do you want to write to?</source>
        <translation>Aan wie wilt u schrijven?</translation>
    </message>
    <message>
        <source>These are the people who have access to this portal, in alphabetical order. The care team is not among them: to reach the care team, phone them.</source>
        <translation>Dit zijn de mensen die toegang hebben tot dit portaal, op alfabetische volgorde. Het zorgteam staat er niet bij. Wilt u het zorgteam bereiken? Bel dan het zorgteam.</translation>
    </message>
    <message>
        <source>&amp;People</source>
        <translation>&amp;Personen</translation>
    </message>
    <message>
        <source>People, in alphabetical order</source>
        <translation>Personen, op alfabetische volgorde</translation>
    </message>
    <message>
        <source>Writes a message to the chosen person.</source>
        <translation>Schrijft een bericht aan de gekozen persoon.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>The list of people could not be loaded.</source>
        <translation>De lijst met personen kon niet worden geladen.</translation>
    </message>
    <message>
        <source>There is nobody yet to write to. The portal administrator can give people access to this portal.</source>
        <translation>Er is nog niemand aan wie u kunt schrijven. De beheerder van het portaal kan mensen toegang geven tot dit portaal.</translation>
    </message>
    <message>
        <source>Choose a person in the list first.</source>
        <translation>Kies eerst een persoon in de lijst.</translation>
    </message>
    <message>
        <source>%1 cannot receive messages. Choose someone else.</source>
        <translation>%1 kan geen berichten ontvangen. Kies iemand anders.</translation>
    </message>
</context>
<context>
    <name>ContactListModel</name>
    <message>
        <source>the client</source>
        <translation>de cliënt</translation>
    </message>
    <message>
        <source>cannot receive messages</source>
        <translation>kan geen berichten ontvangen</translation>
    </message>
</context>
<context>
    <name>ContactPerson</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>ContactRights</name>
    <message>
        <source>Read reports</source>
        <translation>Rapportages lezen</translation>
    </message>
    <message>
        <source>Write reports</source>
        <translation>Rapportages schrijven</translation>
    </message>
    <message>
        <source>Support plans</source>
        <translation>Ondersteuningsplannen</translation>
    </message>
    <message>
        <source>See the agenda</source>
        <translation>Agenda bekijken</translation>
    </message>
    <message>
        <source>Change the agenda</source>
        <translation>Agenda wijzigen</translation>
    </message>
    <message>
        <source>Measurements</source>
        <translation>Metingen</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Berichten</translation>
    </message>
    <message>
        <source>Bulletin board</source>
        <translation>Prikbord</translation>
    </message>
    <message>
        <source>Basic details</source>
        <translation>Basisgegevens</translation>
    </message>
    <message>
        <source>May read what the care team writes in the reports.</source>
        <translation>Mag lezen wat het zorgteam in de rapportages schrijft.</translation>
    </message>
    <message>
        <source>May write reports too. This needs &quot;Read reports&quot;.</source>
        <translation>Mag ook rapportages schrijven. Hiervoor is &quot;Rapportages lezen&quot; nodig.</translation>
    </message>
    <message>
        <source>May read and download the support plans.</source>
        <translation>Mag de ondersteuningsplannen lezen en downloaden.</translation>
    </message>
    <message>
        <source>May see the appointments in the agenda.</source>
        <translation>Mag de afspraken in de agenda zien.</translation>
    </message>
    <message>
        <source>May add, change and delete own appointments. This needs &quot;See the agenda&quot;.</source>
        <translation>Mag eigen afspraken toevoegen, wijzigen en verwijderen. Hiervoor is &quot;Agenda bekijken&quot; nodig.</translation>
    </message>
    <message>
        <source>May see measurements (such as weight or blood pressure) and enter new ones.</source>
        <translation>Mag metingen zien (zoals gewicht of bloeddruk) en nieuwe metingen invoeren.</translation>
    </message>
    <message>
        <source>May see the contact persons and send and read messages.</source>
        <translation>Mag de contactpersonen zien en berichten versturen en lezen.</translation>
    </message>
    <message>
        <source>May read the bulletin board, post on it and react.</source>
        <translation>Mag het prikbord lezen, er iets op plaatsen en reageren.</translation>
    </message>
    <message>
        <source>May see the basic details, such as address and date of birth.</source>
        <translation>Mag de basisgegevens zien, zoals adres en geboortedatum.</translation>
    </message>
    <message>
        <source>No rights yet: this person sees nothing of the portal.</source>
        <translation>Nog geen rechten: deze persoon ziet niets van het portaal.</translation>
    </message>
    <message>
        <source>May: %1</source>
        <translation>Mag: %1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>Conversation</name>
    <message>
        <source>Only you</source>
        <translation>Alleen u</translation>
    </message>
</context>
<context>
    <name>ConversationListModel</name>
    <message>
        <source>No unread messages</source>
        <translation>Geen ongelezen berichten</translation>
    </message>
    <message>
        <source>1 unread message</source>
        <translation>1 ongelezen bericht</translation>
    </message>
    <message>
        <source>%L1 unread messages</source>
        <translation>%L1 ongelezen berichten</translation>
    </message>
    <message>
        <source>You</source>
        <translation>U</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
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
    <name>DesktopNotifier</name>
    <message>
        <source>Open Portiek</source>
        <translation>Portiek openen</translation>
    </message>
    <message>
        <source>Quit Portiek</source>
        <translation>Portiek afsluiten</translation>
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
    <name>HelpDialog</name>
    <message>
        <source>Back</source>
        <translation>Terug</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>Help — Portiek</source>
        <translation>Hulp — Portiek</translation>
    </message>
    <message>
        <source>Help topics</source>
        <translation>Onderwerpen van de hulp</translation>
    </message>
    <message>
        <source>Use the arrow keys to choose a topic. Tab goes to its text.</source>
        <translation>Kies een onderwerp met de pijltjestoetsen. Met Tab gaat u naar de tekst.</translation>
    </message>
    <message>
        <source>Help text</source>
        <translation>Tekst van de hulp</translation>
    </message>
    <message>
        <source>Tab goes from link to link; Enter opens the link. Alt+Left goes back.</source>
        <translation>Met Tab gaat u van link naar link; Enter opent de link. Alt+Links gaat terug.</translation>
    </message>
    <message>
        <source>Helpdesk</source>
        <translation>Helpdesk</translation>
    </message>
    <message>
        <source>Goes back to the page you read before (Alt+Left).</source>
        <translation>Gaat terug naar de pagina die u hiervoor las (Alt+Links).</translation>
    </message>
    <message>
        <source>Close the help</source>
        <translation>De hulp sluiten</translation>
    </message>
    <message>
        <source>Questions about the care itself? Ask the care team.</source>
        <translation>Vragen over de zorg zelf? Stel ze aan het zorgteam.</translation>
    </message>
    <message>
        <source>Questions about signing in or about Portiek? Ask your care organisation.</source>
        <translation>Vragen over aanmelden of over Portiek? Stel ze aan uw zorgorganisatie.</translation>
    </message>
    <message>
        <source>Help: %1 — Portiek</source>
        <translation>Hulp: %1 — Portiek</translation>
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
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Use the arrow keys to choose a part of the portal, and Tab to go into it. Ctrl+Tab or Ctrl+Page Down chooses the next part from anywhere, Ctrl+Shift+Tab or Ctrl+Page Up the previous one.</source>
        <translation>Kies met de pijltjestoetsen een onderdeel van het portaal, en ga er met Tab in. Met Ctrl+Tab of Ctrl+Page Down kiest u vanaf elke plek het volgende onderdeel, met Ctrl+Shift+Tab of Ctrl+Page Up het vorige.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <source>Text size, contrast and language (Ctrl+,).</source>
        <translation>Tekstgrootte, contrast en taal (Ctrl+,).</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Hulp</translation>
    </message>
    <message>
        <source>Explains the part you see now (F1).</source>
        <translation>Legt het deel uit dat u nu ziet (F1).</translation>
    </message>
</context>
<context>
    <name>IdleCountdown</name>
    <message>
        <source>I&apos;m still here</source>
        <translation>Ik ben er nog</translation>
    </message>
    <message>
        <source>You will be signed out soon</source>
        <translation>U wordt zo afgemeld</translation>
    </message>
    <message>
        <source>Are you still there?</source>
        <translation>Bent u er nog?</translation>
    </message>
    <message>
        <source>Nobody has used this computer for a while. To protect your details, you will be signed out.</source>
        <translation>Deze computer is een tijdje niet gebruikt. Om uw gegevens te beschermen, wordt u afgemeld.</translation>
    </message>
    <message>
        <source>Stay signed in and carry on.</source>
        <translation>Blijf aangemeld en ga verder.</translation>
    </message>
    <message>
        <source>second until you are signed out</source>
        <translation>seconde tot u wordt afgemeld</translation>
    </message>
    <message>
        <source>seconds until you are signed out</source>
        <translation>seconden tot u wordt afgemeld</translation>
    </message>
    <message numerus="yes">
        <source>You will be signed out in %n second(s)</source>
        <translation>
            <numerusform>U wordt over %n seconde afgemeld</numerusform>
            <numerusform>U wordt over %n seconden afgemeld</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InviteContactDialog</name>
    <message>
        <source>Send invitation</source>
        <translation>Uitnodiging versturen</translation>
    </message>
    <message>
        <source>Invite a contact</source>
        <translation>Contactpersoon uitnodigen</translation>
    </message>
    <message>
        <source>The portal sends this person an e-mail with the portal address, a username and a temporary password. Signing in also needs a code by text message on the mobile number.</source>
        <translation>Het portaal stuurt deze persoon een e-mail met het adres van het portaal, een gebruikersnaam en een tijdelijk wachtwoord. Voor het inloggen is ook een sms-code op het mobiele nummer nodig.</translation>
    </message>
    <message>
        <source>&amp;First name</source>
        <translation>&amp;Voornaam</translation>
    </message>
    <message>
        <source>Family name &amp;prefix (van, de …)</source>
        <translation>&amp;Tussenvoegsel (van, de …)</translation>
    </message>
    <message>
        <source>Family &amp;name</source>
        <translation>&amp;Achternaam</translation>
    </message>
    <message>
        <source>&amp;Relation (daughter, neighbour …)</source>
        <translation>&amp;Relatie (dochter, buurman …)</translation>
    </message>
    <message>
        <source>&amp;E-mail address</source>
        <translation>&amp;E-mailadres</translation>
    </message>
    <message>
        <source>&amp;Mobile number</source>
        <translation>&amp;Mobiel nummer</translation>
    </message>
    <message>
        <source>06 12345678</source>
        <translation>06 12345678</translation>
    </message>
    <message>
        <source>What may this person see and do?</source>
        <translation>Wat mag deze persoon zien en doen?</translation>
    </message>
    <message>
        <source>Your unsent invitation is back, as you left it.</source>
        <translation>Uw uitnodiging die nog niet verstuurd was, is terug, zoals u die achterliet.</translation>
    </message>
    <message>
        <source>Sending the invitation…</source>
        <translation>De uitnodiging wordt verstuurd…</translation>
    </message>
    <message>
        <source>Kept as a draft at %1.</source>
        <translation>Om %1 bewaard als concept.</translation>
    </message>
    <message>
        <source>What you typed could not be saved on this computer. Do not close this window before the invitation is sent.</source>
        <translation>Wat u typte, kon niet op deze computer worden bewaard. Sluit dit venster niet voordat de uitnodiging is verstuurd.</translation>
    </message>
    <message>
        <source>Fill in the first name and the family name.</source>
        <translation>Vul de voornaam en de achternaam in.</translation>
    </message>
    <message>
        <source>Fill in the relation, for example &quot;daughter&quot; or &quot;neighbour&quot;.</source>
        <translation>Vul de relatie in, bijvoorbeeld &quot;dochter&quot; of &quot;buurman&quot;.</translation>
    </message>
    <message>
        <source>Check the e-mail address: it should look like name@example.nl.</source>
        <translation>Controleer het e-mailadres. Het moet er zo uitzien: naam@voorbeeld.nl.</translation>
    </message>
    <message>
        <source>Check the mobile number: it should look like 06 12345678.</source>
        <translation>Controleer het mobiele nummer. Het moet er zo uitzien: 06 12345678.</translation>
    </message>
    <message>
        <source>The portal is still busy. Wait a moment and try again.</source>
        <translation>Het portaal is nog bezig. Wacht even en probeer het opnieuw.</translation>
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
    <name>MeasurementChart</name>
    <message>
        <source>solid line with circles</source>
        <translation>doorgetrokken lijn met rondjes</translation>
    </message>
    <message>
        <source>dashed line with squares</source>
        <translation>streepjeslijn met vierkantjes</translation>
    </message>
    <message>
        <source>dotted line with triangles</source>
        <translation>stippellijn met driehoekjes</translation>
    </message>
    <message>
        <source>dash-dot line with diamonds</source>
        <translation>streep-stippellijn met ruitjes</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Grafiek</translation>
    </message>
    <message>
        <source>Chart of %1</source>
        <translation>Grafiek van %1</translation>
    </message>
    <message>
        <source>There are no measurements to show in the chart yet.</source>
        <translation>Er zijn nog geen metingen om in de grafiek te tonen.</translation>
    </message>
    <message>
        <source>One measurement, on %1.</source>
        <translation>Eén meting, op %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n measurements from %1 to %2.</source>
        <translation>
            <numerusform>%n meting van %1 tot en met %2.</numerusform>
            <numerusform>%n metingen van %1 tot en met %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: latest %2 on %3, lowest %4, highest %5.</source>
        <translation>%1: laatste %2 op %3, laagste %4, hoogste %5.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Waarde</translation>
    </message>
</context>
<context>
    <name>MeasurementInput</name>
    <message>
        <source>Enter a number %1.</source>
        <translation>Typ een getal %1.</translation>
    </message>
    <message>
        <source>Enter a whole number, without a comma, %1.</source>
        <translation>Typ een heel getal, zonder komma, %1.</translation>
    </message>
    <message numerus="yes">
        <source>Use at most %n digit(s) after the comma, for example %1.</source>
        <translation>
            <numerusform>Gebruik hoogstens %n cijfer na de komma, bijvoorbeeld %1.</numerusform>
            <numerusform>Gebruik hoogstens %n cijfers na de komma, bijvoorbeeld %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>That is not a number.</source>
        <translation>Dat is geen getal.</translation>
    </message>
    <message>
        <source>Choose what you measured.</source>
        <translation>Kies wat u heeft gemeten.</translation>
    </message>
    <message>
        <source>Enter the date and time.</source>
        <translation>Vul de datum en de tijd in.</translation>
    </message>
    <message>
        <source>This time is still to come. Enter when you measured.</source>
        <translation>Deze tijd ligt nog in de toekomst. Vul in wanneer u heeft gemeten.</translation>
    </message>
    <message>
        <source>This time is more than a year ago. Enter a time within the last year.</source>
        <translation>Deze tijd is meer dan een jaar geleden. Vul een tijd in van het afgelopen jaar.</translation>
    </message>
    <message>
        <source>The note can be at most %L1 characters long.</source>
        <translation>De notitie mag hoogstens %L1 tekens lang zijn.</translation>
    </message>
    <message>
        <source>The portal no longer knows this kind of measurement. Close this window and choose again.</source>
        <translation>Het portaal kent deze soort meting niet meer. Sluit dit venster en kies opnieuw.</translation>
    </message>
    <message>
        <source>The portal did not accept this. Check what you entered.</source>
        <translation>Het portaal heeft dit niet aangenomen. Controleer wat u heeft ingevuld.</translation>
    </message>
</context>
<context>
    <name>MeasurementListModel</name>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 (client)</source>
        <translation>%1 (cliënt)</translation>
    </message>
    <message>
        <source>%1 (representative)</source>
        <translation>%1 (vertegenwoordiger)</translation>
    </message>
    <message>
        <source>%1 (contact person)</source>
        <translation>%1 (contactpersoon)</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Datum en tijd</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Waarde</translation>
    </message>
    <message>
        <source>Entered by</source>
        <translation>Ingevoerd door</translation>
    </message>
</context>
<context>
    <name>MeasurementSender</name>
    <message>
        <source>An earlier version of this measurement may already have reached the portal. Look in the list first. Press &quot;Save&quot; again to save this one as a new measurement.</source>
        <translation>Misschien is een eerdere versie van deze meting al in het portaal aangekomen. Kijk eerst in de lijst. Druk nog een keer op &quot;Opslaan&quot; om deze meting als nieuwe meting op te slaan.</translation>
    </message>
    <message>
        <source>The portal is still busy with this measurement. Wait a moment and press &quot;Save&quot; again; it will not be saved twice.</source>
        <translation>Het portaal is nog bezig met deze meting. Wacht even en druk nog een keer op &quot;Opslaan&quot;; hij wordt niet twee keer opgeslagen.</translation>
    </message>
    <message>
        <source>The portal did not accept this measurement. The fields marked below say what to change.</source>
        <translation>Het portaal heeft deze meting niet aangenomen. Bij de gemarkeerde velden hieronder staat wat u moet veranderen.</translation>
    </message>
    <message>
        <source>You may not enter measurements for this person. What you typed is kept.</source>
        <translation>U mag voor deze persoon geen metingen invoeren. Wat u heeft getypt, blijft bewaard.</translation>
    </message>
    <message>
        <source>What you typed is kept; nothing is lost. Press &quot;Save&quot; to try again.</source>
        <translation>Wat u heeft getypt, blijft bewaard; er gaat niets verloren. Druk op &quot;Opslaan&quot; om het opnieuw te proberen.</translation>
    </message>
    <message>
        <source>The portal could not store the measurement.</source>
        <translation>Het portaal kon de meting niet opslaan.</translation>
    </message>
</context>
<context>
    <name>MeasurementType</name>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>between %1 and %2</source>
        <translation>tussen %1 en %2</translation>
    </message>
    <message>
        <source>between %1 and %2 %3</source>
        <translation>tussen %1 en %2 %3</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>MeasurementsTab</name>
    <message>
        <source>New measurement</source>
        <translation>Nieuwe meting</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Probeer het opnieuw</translation>
    </message>
    <message>
        <source>Delete measurement…</source>
        <translation>Meting verwijderen…</translation>
    </message>
    <message>
        <source>Measurements</source>
        <translation>Metingen</translation>
    </message>
    <message>
        <source>Enter a new measurement, such as your weight.</source>
        <translation>Voer een nieuwe meting in, zoals uw gewicht.</translation>
    </message>
    <message>
        <source>Asks the portal for the measurements again.</source>
        <translation>Vraagt de metingen opnieuw op bij het portaal.</translation>
    </message>
    <message>
        <source>Loading measurements…</source>
        <translation>Metingen worden geladen…</translation>
    </message>
    <message>
        <source>Kinds of measurement</source>
        <translation>Soorten metingen</translation>
    </message>
    <message>
        <source>Measurements, newest first</source>
        <translation>Metingen, nieuwste eerst</translation>
    </message>
    <message>
        <source>Delete measurement</source>
        <translation>Meting verwijderen</translation>
    </message>
    <message>
        <source>Deletes the measurement chosen in the table, after you confirm.</source>
        <translation>Verwijdert de meting die u in de tabel heeft gekozen, nadat u dat heeft bevestigd.</translation>
    </message>
    <message>
        <source>You may not see the measurements of this person. The person or their representative can give you this right.</source>
        <translation>U mag de metingen van deze persoon niet zien. De persoon zelf of de vertegenwoordiger kan u dat recht geven.</translation>
    </message>
    <message>
        <source>The measurement of %1 has been deleted.</source>
        <translation>De meting van %1 is verwijderd.</translation>
    </message>
    <message>
        <source>You may only delete measurements that you entered yourself.</source>
        <translation>U mag alleen metingen verwijderen die u zelf heeft ingevoerd.</translation>
    </message>
    <message>
        <source>The measurement could not be deleted.</source>
        <translation>De meting kon niet worden verwijderd.</translation>
    </message>
    <message>
        <source>Your measurement has been saved.</source>
        <translation>Uw meting is opgeslagen.</translation>
    </message>
    <message>
        <source>Your care organisation has not set up any kinds of measurement.</source>
        <translation>Uw zorgorganisatie heeft geen soorten metingen ingesteld.</translation>
    </message>
    <message>
        <source>There are no measurements of %1 yet. Press &quot;New measurement&quot; to enter one.</source>
        <translation>Er zijn nog geen metingen van %1. Druk op &quot;Nieuwe meting&quot; om er een in te voeren.</translation>
    </message>
    <message>
        <source>The kinds of measurement could not be loaded.</source>
        <translation>De soorten metingen konden niet worden geladen.</translation>
    </message>
    <message>
        <source>The measurements could not be loaded.</source>
        <translation>De metingen konden niet worden geladen.</translation>
    </message>
    <message>
        <source>Continue your measurement</source>
        <translation>Verder met uw meting</translation>
    </message>
    <message>
        <source>Only the person who entered it, the client or their representative can delete this measurement.</source>
        <translation>Alleen wie deze meting heeft ingevoerd, de cliënt of de vertegenwoordiger kan hem verwijderen.</translation>
    </message>
    <message>
        <source>Your measurement has not been saved yet. It is kept: press &quot;Continue your measurement&quot; to go on with it.</source>
        <translation>Uw meting is nog niet opgeslagen. Hij blijft bewaard: druk op &quot;Verder met uw meting&quot; om verder te gaan.</translation>
    </message>
    <message>
        <source>Delete the measurement of %1 of %2 on %3?</source>
        <translation>Wilt u de meting %1 van %2 op %3 verwijderen?</translation>
    </message>
    <message>
        <source>Only delete a measurement that was entered by mistake. You cannot undo this.</source>
        <translation>Verwijder alleen een meting die per ongeluk is ingevoerd. U kunt dit niet ongedaan maken.</translation>
    </message>
    <message>
        <source>Yes, delete</source>
        <translation>Ja, verwijderen</translation>
    </message>
    <message>
        <source>No, keep it</source>
        <translation>Nee, bewaren</translation>
    </message>
</context>
<context>
    <name>MessageListModel</name>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2: %3</translation>
    </message>
    <message>
        <source>You</source>
        <translation>U</translation>
    </message>
</context>
<context>
    <name>MessageSender</name>
    <message>
        <source>An earlier version of this message may already have arrived. Look in the conversation first. Press &quot;Send&quot; again to send this text as a new message.</source>
        <translation>Misschien is een eerdere versie van dit bericht al aangekomen. Kijk eerst in het gesprek. Druk nog een keer op &quot;Versturen&quot; om deze tekst als nieuw bericht te versturen.</translation>
    </message>
    <message>
        <source>The portal is still busy with this message. Wait a moment and press &quot;Send&quot; again; it will not be sent twice.</source>
        <translation>Het portaal is nog bezig met dit bericht. Wacht even en druk nog een keer op &quot;Versturen&quot;; het wordt niet twee keer verstuurd.</translation>
    </message>
    <message>
        <source>This person can no longer receive messages. Your text is kept as a draft.</source>
        <translation>Deze persoon kan geen berichten meer ontvangen. Uw tekst blijft bewaard als concept.</translation>
    </message>
    <message>
        <source>The portal did not accept this text. A message can be at most %L1 characters long and may not be empty.</source>
        <translation>Het portaal heeft deze tekst niet aangenomen. Een bericht mag hoogstens %L1 tekens lang zijn en mag niet leeg zijn.</translation>
    </message>
    <message>
        <source>You may not send messages for this person. Your text is kept as a draft.</source>
        <translation>U mag voor deze persoon geen berichten versturen. Uw tekst blijft bewaard als concept.</translation>
    </message>
    <message>
        <source>This conversation is no longer there. Your text is kept as a draft.</source>
        <translation>Dit gesprek bestaat niet meer. Uw tekst blijft bewaard als concept.</translation>
    </message>
    <message>
        <source>Your text is kept; nothing is lost. Press &quot;Send&quot; to try again.</source>
        <translation>Uw tekst blijft bewaard; er gaat niets verloren. Druk op &quot;Versturen&quot; om het opnieuw te proberen.</translation>
    </message>
    <message>
        <source>The portal could not send the message.</source>
        <translation>Het portaal kon het bericht niet versturen.</translation>
    </message>
</context>
<context>
    <name>MessageUnreadCount</name>
    <message>
        <source>Messages (%L1)</source>
        <translation>Berichten (%L1)</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Berichten</translation>
    </message>
</context>
<context>
    <name>MessagesTab</name>
    <message>
        <source>New message</source>
        <translation>Nieuw bericht</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Probeer het opnieuw</translation>
    </message>
    <message>
        <source>Show older messages</source>
        <translation>Oudere berichten tonen</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Berichten</translation>
    </message>
    <message>
        <source>Choose one of the people with access to this portal and write to them.</source>
        <translation>Kies iemand met toegang tot dit portaal en schrijf die persoon een bericht.</translation>
    </message>
    <message>
        <source>Messages go to the people who have access to this portal. They do not go to the care team: to reach the care team, phone them.</source>
        <translation>Berichten gaan naar de mensen die toegang hebben tot dit portaal. Ze gaan niet naar het zorgteam. Wilt u het zorgteam bereiken? Bel dan het zorgteam.</translation>
    </message>
    <message>
        <source>Loading messages…</source>
        <translation>Berichten worden geladen…</translation>
    </message>
    <message>
        <source>Conversations, most recent first</source>
        <translation>Gesprekken, nieuwste eerst</translation>
    </message>
    <message>
        <source>You have no conversations yet. Press &quot;New message&quot; to write to someone.</source>
        <translation>U heeft nog geen gesprekken. Druk op &quot;Nieuw bericht&quot; om iemand een bericht te schrijven.</translation>
    </message>
    <message>
        <source>The messages of this conversation, oldest first</source>
        <translation>De berichten van dit gesprek, oudste eerst</translation>
    </message>
    <message>
        <source>Choose a conversation on the left to read it here, or press &quot;New message&quot;.</source>
        <translation>Kies links een gesprek om het hier te lezen, of druk op &quot;Nieuw bericht&quot;.</translation>
    </message>
    <message>
        <source>You may not read or send messages in this portal. The portal administrator can give you that right.</source>
        <translation>U mag in dit portaal geen berichten lezen of versturen. De beheerder van het portaal kan u dat recht geven.</translation>
    </message>
    <message>
        <source>The messages of this conversation could not be loaded.</source>
        <translation>De berichten van dit gesprek konden niet worden geladen.</translation>
    </message>
    <message>
        <source>Your conversations could not be loaded.</source>
        <translation>Uw gesprekken konden niet worden geladen.</translation>
    </message>
    <message>
        <source>New message to %1</source>
        <translation>Nieuw bericht aan %1</translation>
    </message>
    <message>
        <source>This is the start of your conversation with %1. Write your message below.</source>
        <translation>Dit is het begin van uw gesprek met %1. Schrijf hieronder uw bericht.</translation>
    </message>
    <message>
        <source>Conversation with %1</source>
        <translation>Gesprek met %1</translation>
    </message>
    <message>
        <source>You</source>
        <translation>U</translation>
    </message>
</context>
<context>
    <name>NewMeasurementDialog</name>
    <message>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>New measurement</source>
        <translation>Nieuwe meting</translation>
    </message>
    <message>
        <source>&amp;What did you measure?</source>
        <translation>&amp;Wat heeft u gemeten?</translation>
    </message>
    <message>
        <source>What did you measure?</source>
        <translation>Wat heeft u gemeten?</translation>
    </message>
    <message>
        <source>&amp;Date and time</source>
        <translation>&amp;Datum en tijd</translation>
    </message>
    <message>
        <source>Date and time of the measurement</source>
        <translation>Datum en tijd van de meting</translation>
    </message>
    <message>
        <source>&amp;Note (you may leave this empty)</source>
        <translation>&amp;Notitie (mag leeg blijven)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <source>For example: after breakfast, sitting</source>
        <translation>Bijvoorbeeld: na het ontbijt, zittend</translation>
    </message>
    <message>
        <source>Your unsaved measurement is back, as you left it on %1.</source>
        <translation>Uw meting die nog niet was opgeslagen, is terug. Hij staat er zoals u hem achterliet op %1.</translation>
    </message>
    <message>
        <source>Saving your measurement…</source>
        <translation>Uw meting wordt opgeslagen…</translation>
    </message>
    <message>
        <source>Saves the measurement in the portal.</source>
        <translation>Slaat de meting op in het portaal.</translation>
    </message>
    <message>
        <source>Closes this window. What you typed is kept.</source>
        <translation>Sluit dit venster. Wat u heeft getypt, blijft bewaard.</translation>
    </message>
    <message>
        <source>Kept on this computer at %1 until it is saved in the portal.</source>
        <translation>Om %1 op deze computer bewaard, tot hij in het portaal is opgeslagen.</translation>
    </message>
    <message>
        <source>What you typed could not be kept on this computer. Do not close this window before the measurement is saved.</source>
        <translation>Wat u heeft getypt, kon niet op deze computer worden bewaard. Sluit dit venster niet voordat de meting is opgeslagen.</translation>
    </message>
    <message>
        <source>Another measurement is being saved. Wait a moment and try again.</source>
        <translation>Er wordt al een andere meting opgeslagen. Wacht even en probeer het opnieuw.</translation>
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
    <name>NewPostDialog</name>
    <message>
        <source>Add photos…</source>
        <translation>Foto&apos;s toevoegen…</translation>
    </message>
    <message>
        <source>Place on the board</source>
        <translation>Plaatsen op het prikbord</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>New post</source>
        <translation>Nieuw bericht</translation>
    </message>
    <message>
        <source>Everyone who may see the bulletin board sees your post. What you write and the photos you choose are kept on this computer until the post is on the board.</source>
        <translation>Iedereen die het prikbord mag zien, ziet uw bericht. Wat u schrijft en de foto&apos;s die u kiest, blijven op deze computer bewaard tot het bericht op het prikbord staat.</translation>
    </message>
    <message>
        <source>&amp;Your message</source>
        <translation>&amp;Uw bericht</translation>
    </message>
    <message>
        <source>Your message</source>
        <translation>Uw bericht</translation>
    </message>
    <message>
        <source>Your unsent post is back, as you left it on %1.</source>
        <translation>Uw bericht dat nog niet geplaatst was, is terug. Het staat er zoals u het achterliet op %1.</translation>
    </message>
    <message>
        <source>Add photos</source>
        <translation>Foto&apos;s toevoegen</translation>
    </message>
    <message>
        <source>Closes this window. Your post is kept as a draft.</source>
        <translation>Sluit dit venster. Uw bericht blijft bewaard als concept.</translation>
    </message>
    <message>
        <source>Choose photos</source>
        <translation>Foto&apos;s kiezen</translation>
    </message>
    <message>
        <source>Photos (*.jpg *.jpeg *.png *.JPG *.JPEG *.PNG)</source>
        <translation>Foto&apos;s (*.jpg *.jpeg *.png *.JPG *.JPEG *.PNG)</translation>
    </message>
    <message>
        <source>A post can have at most %1 photos.</source>
        <translation>Een bericht mag hoogstens %1 foto&apos;s hebben.</translation>
    </message>
    <message>
        <source>(missing)</source>
        <translation>(ontbreekt)</translation>
    </message>
    <message>
        <source>Photo %1: %2</source>
        <translation>Foto %1: %2</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Remove photo %1, %2</source>
        <translation>Foto %1 weghalen, %2</translation>
    </message>
    <message>
        <source>%1 of %2 photos</source>
        <translation>%1 van %2 foto&apos;s</translation>
    </message>
    <message>
        <source>%L1 characters: too long, at most %L2</source>
        <translation>%L1 tekens: te lang, hoogstens %L2</translation>
    </message>
    <message>
        <source>Kept as a draft at %1.</source>
        <translation>Om %1 bewaard als concept.</translation>
    </message>
    <message>
        <source>Your post could not be saved on this computer. Do not close this window before it is on the board.</source>
        <translation>Uw bericht kon niet op deze computer worden bewaard. Sluit dit venster niet voordat het op het prikbord staat.</translation>
    </message>
    <message>
        <source>Another post is being placed. Wait a moment and try again.</source>
        <translation>Er wordt al een ander bericht geplaatst. Wacht even en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>Write a message or add a photo first.</source>
        <translation>Schrijf eerst een bericht of voeg een foto toe.</translation>
    </message>
    <message>
        <source>Placing your post…</source>
        <translation>Uw bericht wordt geplaatst…</translation>
    </message>
    <message>
        <source>Sending photo %1 of %2…</source>
        <translation>Foto %1 van %2 wordt verstuurd…</translation>
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
    <name>PhotoViewDialog</name>
    <message>
        <source>Previous photo</source>
        <translation>Vorige foto</translation>
    </message>
    <message>
        <source>Next photo</source>
        <translation>Volgende foto</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>Photo %1 of %2, placed by %3</source>
        <translation>Foto %1 van %2, geplaatst door %3</translation>
    </message>
    <message>
        <source>Loading the photo…</source>
        <translation>De foto wordt geladen…</translation>
    </message>
    <message>
        <source>This photo is no longer on the board.</source>
        <translation>Deze foto staat niet meer op het prikbord.</translation>
    </message>
    <message>
        <source>The photo could not be loaded.</source>
        <translation>De foto kon niet worden geladen.</translation>
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
    <name>RightsDialog</name>
    <message>
        <source>Save rights</source>
        <translation>Rechten opslaan</translation>
    </message>
    <message>
        <source>Rights of %1</source>
        <translation>Rechten van %1</translation>
    </message>
    <message>
        <source>Tick what %1 (%2) may see and do. The change counts from their next step in the portal.</source>
        <translation>Vink aan wat %1 (%2) mag zien en doen. De wijziging geldt vanaf de volgende stap van deze persoon in het portaal.</translation>
    </message>
    <message>
        <source>One moment, please…</source>
        <translation>Een ogenblik geduld…</translation>
    </message>
    <message>
        <source>The portal is still busy. Wait a moment and try again.</source>
        <translation>Het portaal is nog bezig. Wacht even en probeer het opnieuw.</translation>
    </message>
</context>
<context>
    <name>RightsEditor</name>
    <message>
        <source>&lt;b&gt;Do not give everyone all rights automatically.&lt;/b&gt; The information in the dossier is personal: give each person only what they need, and talk it over with your partner or children if you like. Do you manage the portal for the client? Then ask the client what they want, where you can. You can add a right later.</source>
        <translation>&lt;b&gt;Geef niet iedereen automatisch alle rechten.&lt;/b&gt; De informatie in het dossier is persoonlijk: geef ieder alleen wat hij of zij nodig heeft. Bespreek dit eventueel met uw partner of kinderen. Beheert u het portaal namens de cliënt? Vraag dan aan de cliënt wat hij of zij wil, als dat kan. U kunt later nog een recht toevoegen.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>&amp;High contrast: white and yellow on black</source>
        <translation>&amp;Hoog contrast: wit en geel op zwart</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Tekstgrootte</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>Text size %1 percent</source>
        <translation>Tekstgrootte %1 procent</translation>
    </message>
    <message>
        <source>Example of the text size</source>
        <translation>Voorbeeld van de tekstgrootte</translation>
    </message>
    <message>
        <source>Anywhere in Portiek, Ctrl and + makes the text bigger, Ctrl and − smaller, and Ctrl and 0 brings it back to normal.</source>
        <translation>Overal in Portiek maakt u de tekst groter met Ctrl en +, kleiner met Ctrl en −, en weer normaal met Ctrl en 0.</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Hoog contrast</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <source>Like the system</source>
        <translation>Zoals de computer</translation>
    </message>
    <message>
        <source>A new language is used the next time you start Portiek.</source>
        <translation>Een nieuwe taal ziet u de volgende keer dat u Portiek start.</translation>
    </message>
    <message>
        <source>OK, keep these settings</source>
        <translation>OK, deze instellingen bewaren</translation>
    </message>
    <message>
        <source>Cancel, put back the settings as they were</source>
        <translation>Annuleren, de instellingen terugzetten zoals ze waren</translation>
    </message>
    <message>
        <source>This is how large the text is now: %1%.</source>
        <translation>Zo groot is de tekst nu: %1%.</translation>
    </message>
    <message>
        <source>Show &amp;notices of new things</source>
        <translation>&amp;Meldingen tonen van iets nieuws</translation>
    </message>
    <message>
        <source>Notices on the screen</source>
        <translation>Meldingen op het scherm</translation>
    </message>
    <message>
        <source>While Portiek runs, also when it is minimised, a notice on the screen says when a message or report has come in, or a plan waits for approval.</source>
        <translation>Zolang Portiek open is, ook als het is geminimaliseerd, ziet u een melding op het scherm als er een bericht of rapportage is binnengekomen, of als een plan op uw akkoord wacht.</translation>
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
    <name>TrustedDeviceList</name>
    <message>
        <source>The list of remembered computers could not be changed or loaded.</source>
        <translation>De lijst met onthouden computers kon niet worden gewijzigd of geladen.</translation>
    </message>
    <message>
        <source>last used %1</source>
        <translation>laatst gebruikt op %1</translation>
    </message>
    <message>
        <source>not used since it was added</source>
        <translation>niet gebruikt sinds hij is toegevoegd</translation>
    </message>
    <message>
        <source>remembered until %1</source>
        <translation>onthouden tot %1</translation>
    </message>
    <message>
        <source>%1 — this computer</source>
        <translation>%1 — deze computer</translation>
    </message>
    <message>
        <source>%1
%2, %3</source>
        <translation>%1
%2, %3</translation>
    </message>
</context>
<context>
    <name>TrustedDevicesSection</name>
    <message>
        <source>Remove…</source>
        <translation>Verwijderen…</translation>
    </message>
    <message>
        <source>Remove all…</source>
        <translation>Alles verwijderen…</translation>
    </message>
    <message>
        <source>My trusted devices</source>
        <translation>Mijn vertrouwde apparaten</translation>
    </message>
    <message>
        <source>Computers where you chose &quot;remember this computer&quot;. There you sign in without a code by text message. Remove a computer you no longer use, or that is not yours.</source>
        <translation>Computers waarop u &quot;deze computer onthouden&quot; heeft gekozen. Daar logt u in zonder sms-code. Verwijder een computer die u niet meer gebruikt, of die niet van u is.</translation>
    </message>
    <message>
        <source>Remove the chosen computer</source>
        <translation>De gekozen computer verwijderen</translation>
    </message>
    <message>
        <source>Remove all my computers</source>
        <translation>Al mijn computers verwijderen</translation>
    </message>
    <message>
        <source>No computer is remembered: every sign-in asks a code by text message.</source>
        <translation>Er wordt geen computer onthouden: u krijgt elke keer dat u inlogt een sms-code.</translation>
    </message>
    <message>
        <source>All your computers are removed.</source>
        <translation>Al uw computers zijn verwijderd.</translation>
    </message>
    <message>
        <source>The computer is removed.</source>
        <translation>De computer is verwijderd.</translation>
    </message>
    <message>
        <source>This computer is forgotten too: the next sign-in here asks a code by text message.</source>
        <translation>Ook deze computer is vergeten: als u hier de volgende keer inlogt, krijgt u een sms-code.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Bewaren</translation>
    </message>
    <message>
        <source>This is the computer you are using now. It is forgotten here too: the next time you sign in here, you get a code by text message again.</source>
        <translation>Dit is de computer die u nu gebruikt. Ook deze computer wordt dan vergeten: als u hier de volgende keer inlogt, krijgt u weer een sms-code.</translation>
    </message>
    <message>
        <source>The next sign-in on that computer asks a code by text message again.</source>
        <translation>Als u de volgende keer op die computer inlogt, krijgt u weer een sms-code.</translation>
    </message>
    <message>
        <source>Remove &quot;%1&quot; from your trusted devices?</source>
        <translation>&quot;%1&quot; verwijderen uit uw vertrouwde apparaten?</translation>
    </message>
    <message>
        <source>Remove all your trusted devices?</source>
        <translation>Al uw vertrouwde apparaten verwijderen?</translation>
    </message>
    <message>
        <source>Every computer, this one included, asks a code by text message at the next sign-in.</source>
        <translation>Op elke computer, ook op deze, krijgt u de volgende keer dat u inlogt een sms-code.</translation>
    </message>
    <message>
        <source>Remove all</source>
        <translation>Alles verwijderen</translation>
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
    <message>
        <source>Access</source>
        <translation>Toegang</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Measurements</source>
        <translation>Metingen</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Berichten</translation>
    </message>
    <message>
        <source>Board</source>
        <translation>Prikbord</translation>
    </message>
</context>
</TS>
