#pragma once

#include "server/http/request.h"
#include "server/http/response.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace Portiek::Server::ApiJson {

// A request body that must be one JSON object, read property by property. The first problem
// is kept (a 400 `malformed_request` naming the property, never its value: it may be a
// password); later reads then give empty values, so a handler reads everything and checks ok()
// once:
//
//     ApiJson::Body body(request);
//     const QString username = body.required(QStringLiteral("username"), 128);
//     const bool kiosk = body.flag(QStringLiteral("kiosk"), false);
//     if (!body.ok())
//         return body.problem();
class Body
{
public:
    explicit Body(const Request &request);

    // A non-empty string of at most `maxLength` characters.
    QString required(const QString &name, int maxLength);
    // Like required(), but absent or null gives an empty string.
    QString optional(const QString &name, int maxLength);
    // A boolean; `fallback` when absent or null.
    bool flag(const QString &name, bool fallback);
    // Marks the body as bad because of `name` (for checks of the handler's own).
    void reject(const QString &name, const QString &what);

    bool ok() const { return m_problem.status() == 0; }
    Response problem() const { return m_problem; }

private:
    QJsonObject m_object;
    Response m_problem;
};

// RFC 3339 with the organisation's offset (Europe/Amsterdam), as the contract asks:
// "2026-03-12T09:30:00+01:00". Null for an invalid time.
QJsonValue time(const QDateTime &utc);

// An RFC 3339 date-time with an offset ("2026-03-12T08:47:00+01:00", "…Z"), in UTC; a time
// without an offset or a bare date is invalid (null). Fractions of a second are kept.
QDateTime parseTime(const QString &text);

// Seconds from `now` to `later`, rounded up, at least 1 (for Retry-After).
qint64 secondsUntil(const QDateTime &now, const QDateTime &later);

// A JSON response that must not be stored anywhere (it may carry tokens or personal data).
Response privateJson(const QJsonObject &object, int status = 200);

} // namespace Portiek::Server::ApiJson
