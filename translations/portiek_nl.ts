<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>ApiError</name>
    <message>
        <source>This is not a portal address. Check the address in the letter or e-mail from your care organisation. It looks like: portaal.zorggroep.nl</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portiek only connects over a secure connection. The address must start with https:// or with nothing at all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The portal cannot be found. Check the address and your internet connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The portal cannot be reached right now. Check your internet connection and try again in a few minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The portal did not answer in time. Try again in a few minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The portal&apos;s security certificate could not be checked, so Portiek did not connect. This protects your data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A secure connection with the portal could not be made, so Portiek did not connect. This protects your data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This address answers, but it is not a care portal that Portiek can use. Check the address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The portal has a problem right now. Try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The portal could not do this. Try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Need help? Call the helpdesk on %1 or e-mail %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Need help? Call the helpdesk on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Need help? E-mail the helpdesk at %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppWindow</name>
    <message>
        <source>%1 — Portiek</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portiek</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectPage</name>
    <message>
        <source>Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to the portal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome to Portiek</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the address of your care organisation&apos;s client portal. You can find it in the e-mail or letter with your sign-in details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portal &amp;address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for example portaal.zorggroep.nl</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portal address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The web address of the client portal, from the e-mail or letter of your care organisation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop connecting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to the portal</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrganizationHeader</name>
    <message>
        <source>Logo of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignInPage</name>
    <message>
        <source>Choose another portal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome to the client portal of %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusMessage</name>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Information</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
