#pragma once

#include <QHostAddress>
#include <QLoggingCategory>
#include <QString>

Q_DECLARE_LOGGING_CATEGORY(lcServerAuth)

namespace Portiek::Server {

class Clock;
class Database;

// Every sign-in event goes to auth_events and to one log line (portiek.server.auth). Neither
// ever holds a password, code or token, nor a username that matched no account (people type
// their password into the username field).
class AuthEvents
{
public:
    enum class Event {
        SignInSucceeded,
        WrongPassword,
        WrongCode,
        Locked,
        AccountDisabled,
        DeviceAdded,
        DeviceRevoked,
        PasswordChanged,
        PasswordResetRequested,
        PasswordReset,
        WrongResetCode,
        SignedOut,
    };
    static QString eventName(Event event); // "sign_in_succeeded", …

    AuthEvents(Database &database, const Clock &clock);

    // `personId` empty when no account matched; `detail` is English and secret-free.
    void record(Event event, const QString &personId, const QHostAddress &address,
                const QString &detail = {});

    // The names of the events recorded for a person, oldest first (tests, support).
    QStringList eventsFor(const QString &personId) const;

private:
    Database &m_database;
    const Clock &m_clock;
};

} // namespace Portiek::Server
