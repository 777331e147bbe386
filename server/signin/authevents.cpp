#include "server/signin/authevents.h"

#include "server/core/clock.h"
#include "server/core/secrets.h"
#include "server/storage/database.h"

Q_LOGGING_CATEGORY(lcServerAuth, "portiek.server.auth", QtInfoMsg)

namespace Portiek::Server {

QString AuthEvents::eventName(Event event)
{
    switch (event) {
    case Event::SignInSucceeded:
        return QStringLiteral("sign_in_succeeded");
    case Event::WrongPassword:
        return QStringLiteral("wrong_password");
    case Event::WrongCode:
        return QStringLiteral("wrong_code");
    case Event::Locked:
        return QStringLiteral("locked");
    case Event::AccountDisabled:
        return QStringLiteral("account_disabled");
    case Event::DeviceAdded:
        return QStringLiteral("device_added");
    case Event::DeviceRevoked:
        return QStringLiteral("device_revoked");
    case Event::PasswordChanged:
        return QStringLiteral("password_changed");
    case Event::PasswordResetRequested:
        return QStringLiteral("password_reset_requested");
    case Event::PasswordReset:
        return QStringLiteral("password_reset");
    case Event::WrongResetCode:
        return QStringLiteral("wrong_reset_code");
    case Event::SignedOut:
        return QStringLiteral("signed_out");
    }
    return QStringLiteral("unknown");
}

AuthEvents::AuthEvents(Database &database, const Clock &clock)
    : m_database(database)
    , m_clock(clock)
{ }

void AuthEvents::record(Event event, const QString &personId, const QHostAddress &address,
                        const QString &detail)
{
    const QString name = eventName(event);
    const QString where = address.isNull() ? QString() : address.toString();
    QSqlQuery query;
    m_database.exec(query,
                    QStringLiteral("INSERT INTO auth_events (id, sequence, time, person_id, "
                                   "address, event, detail) VALUES (?, (SELECT COALESCE("
                                   "MAX(sequence), 0) + 1 FROM auth_events), ?, ?, ?, ?, ?)"),
                    { Secrets::randomToken("evt_", 12), toDbTime(m_clock.now()),
                      personId.isEmpty() ? QVariant() : QVariant(personId),
                      where.isEmpty() ? QVariant() : QVariant(where), name,
                      detail.isEmpty() ? QVariant() : QVariant(detail) });
    qCInfo(lcServerAuth).noquote().nospace()
        << name << " person=" << (personId.isEmpty() ? QStringLiteral("-") : personId)
        << " address=" << (where.isEmpty() ? QStringLiteral("-") : where)
        << (detail.isEmpty() ? QString() : QStringLiteral(" (") + detail + u')');
}

QStringList AuthEvents::eventsFor(const QString &personId) const
{
    QStringList names;
    QSqlQuery query;
    if (m_database.exec(query,
                        QStringLiteral("SELECT event FROM auth_events WHERE person_id = ? "
                                       "ORDER BY sequence"),
                        { personId })) {
        while (query.next())
            names.append(query.value(0).toString());
    }
    return names;
}

} // namespace Portiek::Server
