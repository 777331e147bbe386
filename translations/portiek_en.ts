<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>ApiError</name>
    <message numerus="yes">
        <source>The portal is not available for a while. Try again in %n minute(s).</source>
        <translation>
            <numerusform>The portal is not available for a while. Try again in %n minute.</numerusform>
            <numerusform>The portal is not available for a while. Try again in %n minutes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message numerus="yes">
        <source>%n new report(s) about %1</source>
        <translation>
            <numerusform>%n new report about %1</numerusform>
            <numerusform>%n new reports about %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n plan(s) wait for your approval</source>
        <translation>
            <numerusform>%n plan waits for your approval</numerusform>
            <numerusform>%n plans wait for your approval</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new message(s)</source>
        <translation>
            <numerusform>%n new message</numerusform>
            <numerusform>%n new messages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BoardPostCard</name>
    <message numerus="yes">
        <source>Reactions (%1)</source>
        <translation>
            <numerusform>Reaction (%1)</numerusform>
            <numerusform>Reactions (%1)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BoardTab</name>
    <message numerus="yes">
        <source>Delete the post with %n photo(s) by %1 of %2?</source>
        <translation>
            <numerusform>Delete the post with %n photo by %1 of %2?</numerusform>
            <numerusform>Delete the post with %n photos by %1 of %2?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConnectionNotice</name>
    <message numerus="yes">
        <source>The portal cannot be reached for a moment. Portiek will try again in %n second(s). You do not need to do anything.</source>
        <translation>
            <numerusform>The portal cannot be reached for a moment. Portiek will try again in %n second. You do not need to do anything.</numerusform>
            <numerusform>The portal cannot be reached for a moment. Portiek will try again in %n seconds. You do not need to do anything.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ContactChange</name>
    <message numerus="yes">
        <source>Try again in %n second(s).</source>
        <translation>
            <numerusform>Try again in %n second.</numerusform>
            <numerusform>Try again in %n seconds.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Try again in %n minute(s).</source>
        <translation>
            <numerusform>Try again in %n minute.</numerusform>
            <numerusform>Try again in %n minutes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The code is not correct. You can try %n more time(s).</source>
        <translation>
            <numerusform>The code is not correct. You can try %n more time.</numerusform>
            <numerusform>The code is not correct. You can try %n more times.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ContactChangeDialog</name>
    <message numerus="yes">
        <source>Type the code of %n character(s) here. It can be used until %1.</source>
        <translation>
            <numerusform>Type the code of %n character here. It can be used until %1.</numerusform>
            <numerusform>Type the code of %n characters here. It can be used until %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You can ask for a new code in %n second(s).</source>
        <translation>
            <numerusform>You can ask for a new code in %n second.</numerusform>
            <numerusform>You can ask for a new code in %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IdleCountdown</name>
    <message numerus="yes">
        <source>You will be signed out in %n second(s)</source>
        <translation>
            <numerusform>You will be signed out in %n second</numerusform>
            <numerusform>You will be signed out in %n seconds</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LoginFlow</name>
    <message numerus="yes">
        <source>The code has %n digits. Type it as it is in the text message.</source>
        <translation>
            <numerusform>The code has %n digit. Type it as it is in the text message.</numerusform>
            <numerusform>The code has %n digits. Type it as it is in the text message.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Try again in %n second(s).</source>
        <translation>
            <numerusform>Try again in %n second.</numerusform>
            <numerusform>Try again in %n seconds.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Try again in %n minute(s).</source>
        <translation>
            <numerusform>Try again in %n minute.</numerusform>
            <numerusform>Try again in %n minutes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The code is not correct. You can try %n more time(s).</source>
        <translation>
            <numerusform>The code is not correct. You can try %n more time.</numerusform>
            <numerusform>The code is not correct. You can try %n more times.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>If this account exists, an e-mail with a code is on its way. The code is valid for %n minute(s).</source>
        <translation>
            <numerusform>If this account exists, an e-mail with a code is on its way. The code is valid for %n minute.</numerusform>
            <numerusform>If this account exists, an e-mail with a code is on its way. The code is valid for %n minutes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MeasurementChart</name>
    <message numerus="yes">
        <source>%n measurements from %1 to %2.</source>
        <translation>
            <numerusform>%n measurement from %1 to %2.</numerusform>
            <numerusform>%n measurements from %1 to %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MeasurementInput</name>
    <message numerus="yes">
        <source>Use at most %n digit(s) after the comma, for example %1.</source>
        <translation>
            <numerusform>Use at most %n digit after the comma, for example %1.</numerusform>
            <numerusform>Use at most %n digits after the comma, for example %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PasswordPolicyCheck</name>
    <message numerus="yes">
        <source>At least %n characters</source>
        <translation>
            <numerusform>At least %n character</numerusform>
            <numerusform>At least %n characters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>At most %n characters</source>
        <translation>
            <numerusform>At most %n character</numerusform>
            <numerusform>At most %n characters</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SmsCodePage</name>
    <message numerus="yes">
        <source>You can ask for a new code in %n second(s).</source>
        <translation>
            <numerusform>You can ask for a new code in %n second.</numerusform>
            <numerusform>You can ask for a new code in %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WizardPage</name>
    <message numerus="yes">
        <source>You can try again in %n second(s).</source>
        <translation>
            <numerusform>You can try again in %n second.</numerusform>
            <numerusform>You can try again in %n seconds.</numerusform>
        </translation>
    </message>
</context>
</TS>
