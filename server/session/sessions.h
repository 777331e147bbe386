#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

namespace Portiek::Server {

class Clock;
class Database;

// Sessions of signed-in people: a random bearer token (only its hash is stored), an idle limit
// that activity moves forward and an absolute limit that never moves; kiosk sessions have
// shorter ones.
class Sessions
{
public:
    struct Session
    {
        QString tokenHash; // identifies the session inside the server
        QString personId;
        QDateTime signedInAt;
        QDateTime lastSeenAt; // the activity last written down (see touch())
        int idleTimeoutSeconds = 0;
        QDateTime idleExpiresAt;
        QDateTime expiresAt;
        bool kiosk = false;
        QString trustedDeviceId; // empty when none
    };
    struct Issued
    {
        Session session;
        QString token; // shown once, in the sign-in's `done` answer
    };
    enum class Lookup { Valid, Unknown, Ended };

    Sessions(Database &database, const Clock &clock);

    std::optional<Issued> create(const QString &personId, bool kiosk,
                                 const QString &trustedDeviceId);
    // Valid: `*session` is filled in. Ended: signed out, ended by a password change, or past
    // its idle or absolute limit. Unknown: never issued here.
    Lookup find(const QString &token, Session *session) const;
    // Activity: moves the idle expiry to now + idle timeout (never past the absolute expiry),
    // written at most once per SignInRules::SessionTouchGranularitySeconds.
    void touch(Session &session);
    void end(const QString &tokenHash);
    // Ends every session of the person except `keepTokenHash` (empty: all of them).
    void endAllFor(const QString &personId, const QString &keepTokenHash = {});

private:
    Database &m_database;
    const Clock &m_clock;
};

} // namespace Portiek::Server
