#pragma once

#include <QString>
#include <QStringList>
#include <QUrl>

// What an administrator sets for a shared computer at a care location (docs/kiosk.md): a JSON
// file in a system folder that users cannot change. Its presence switches kiosk mode on.
//
// Every key is optional; a value of the wrong type is rejected and one out of range is clamped,
// each with a reason for the log. A file that cannot be read or is not a JSON object keeps kiosk
// mode on with strict() (fail safe: a broken file must never open the kiosk up).
struct KioskPolicy
{
    static constexpr int DefaultIdleSeconds = 120;
    static constexpr int MinIdleSeconds = 30;
    static constexpr int MaxIdleSeconds = 3600;
    static constexpr int DefaultCountdownSeconds = 30;
    static constexpr int MinCountdownSeconds = 10;
    static constexpr int MaxCountdownSeconds = 120;
    static constexpr int DefaultSessionLimitMinutes = 60;
    static constexpr int MinSessionLimitMinutes = 5;
    static constexpr int MaxSessionLimitMinutes = 12 * 60;

    int idleSeconds = DefaultIdleSeconds;
    // The full-screen countdown before sign-out; at most half of idleSeconds.
    int countdownSeconds = DefaultCountdownSeconds;
    int sessionLimitMinutes = DefaultSessionLimitMinutes;
    bool allowSave = false;
    bool allowPrint = true;
    QUrl portal; // https only; empty when not set

    // The defaults, but printing off too: what a kiosk does when its policy file is broken.
    static KioskPolicy strict();

    // Parses the policy; problems in `warnings`. Returns false (and strict()) for garbage.
    static bool fromJson(const QByteArray &json, KioskPolicy *policy, QStringList *warnings);
    static bool fromFile(const QString &path, KioskPolicy *policy, QStringList *warnings);

    // Where the system's policy lives: /etc/portiek/kiosk.json on Linux,
    // %ProgramData%/Portiek/kiosk.json on Windows, /Library/Application Support/Portiek/kiosk.json
    // on macOS.
    static QString systemPath();

    // Decides kiosk mode at start: on with `forced` (--kiosk), with `file` (--kiosk-policy), or
    // when `systemFile` exists. `file` wins over `systemFile`; a missing `file` is an error (fail
    // safe: strict()). Returns whether kiosk mode is on; `policy` holds the policy then.
    static bool load(bool forced, const QString &file, const QString &systemFile,
                     KioskPolicy *policy, QStringList *warnings);
};
