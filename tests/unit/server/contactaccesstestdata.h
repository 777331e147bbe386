#pragma once

#include "dossierfixture.h"
#include "server/app/servercontext.h"
#include "server/dossier/accesslog.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QStringList>

// What the tests of contact access share: request bodies and reading the answers and e-mails.
namespace ContactAccessTestData {

inline const QString Contacts = QStringLiteral("/api/v1/clients/100482/access/contacts");
inline const QString Reports = QStringLiteral("/api/v1/clients/100482/reports");

inline QJsonObject rightsJson(bool reportsRead, bool reportsWrite = false, bool agendaView = false,
                              bool agendaEdit = false)
{
    return {
        { QStringLiteral("reportsRead"), reportsRead },
        { QStringLiteral("reportsWrite"), reportsWrite },
        { QStringLiteral("plans"), false },
        { QStringLiteral("agendaView"), agendaView },
        { QStringLiteral("agendaEdit"), agendaEdit },
        { QStringLiteral("measurements"), false },
        { QStringLiteral("messages"), true },
        { QStringLiteral("board"), true },
        { QStringLiteral("profile"), false },
    };
}

inline QJsonObject inviteBody(const QString &given, const QString &prefix, const QString &family,
                              const QString &email, const QString &mobile,
                              const QJsonObject &rights = rightsJson(false, false, true))
{
    return {
        { QStringLiteral("name"),
          QJsonObject { { QStringLiteral("givenName"), given },
                        { QStringLiteral("familyNamePrefix"),
                          prefix.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(prefix) },
                        { QStringLiteral("familyName"), family } } },
        { QStringLiteral("relation"), QStringLiteral("buurvrouw") },
        { QStringLiteral("email"), email },
        { QStringLiteral("mobile"), mobile },
        { QStringLiteral("rights"), rights },
    };
}

inline QJsonObject fatima()
{
    return inviteBody(QStringLiteral("Fatima"), QString(), QStringLiteral("El Amrani"),
                      QStringLiteral("f.elamrani@hotmail.example"), QStringLiteral("+31634567890"));
}

inline DossierFixture::Headers key(const QByteArray &value)
{
    return { qMakePair(QByteArray("Idempotency-Key"), value) };
}

// The "field code" pairs of a validation_failed answer.
inline QStringList fieldErrors(const Portiek::Server::Response &response)
{
    QStringList errors;
    const QJsonArray list = SignInFixture::json(response).value(QStringLiteral("errors")).toArray();
    for (const QJsonValue &error : list) {
        errors.append(error.toObject().value(QStringLiteral("field")).toString() + QLatin1Char(' ')
                      + error.toObject().value(QStringLiteral("code")).toString());
    }
    return errors;
}

inline QString temporaryPasswordIn(const QString &mail)
{
    static const QRegularExpression line(QStringLiteral("Tijdelijk wachtwoord: (\\S+)"));
    return line.match(mail).captured(1);
}

// The newest access-log entry of client 100482.
inline Portiek::Server::AccessLog::Entry newestLogEntry(DossierFixture &fixture)
{
    const QList<Portiek::Server::AccessLog::Entry> entries
        = Portiek::Server::AccessLog(fixture.context().database, fixture.context().clock)
              .list(DossierFixture::ClientId, 1);
    return entries.value(0);
}

} // namespace ContactAccessTestData
