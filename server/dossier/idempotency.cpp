#include "server/dossier/idempotency.h"

#include "server/core/clock.h"
#include "server/http/problem.h"
#include "server/storage/database.h"
#include "server/storage/transaction.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

namespace Portiek::Server {

namespace {

// Headers worth replaying; the HTTP layer adds the rest again.
const QList<QByteArray> KeptHeaders = { "Content-Type", "Location", "ETag" };

QByteArray requestHash(const Request &request)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(request.method());
    hash.addData(QByteArrayView("\n"));
    hash.addData(request.path().toUtf8());
    hash.addData(QByteArrayView("\n"));
    hash.addData(request.body());
    return hash.result().toHex();
}

// At most KeyMaxLength characters of printable ASCII.
bool isValidKey(const QByteArray &key)
{
    return key.size() <= Idempotency::KeyMaxLength
        && std::all_of(key.begin(), key.end(), [](char c) { return c > 0x20 && c < 0x7f; });
}

QString headersText(const Response &response)
{
    QJsonArray headers;
    for (const QByteArray &name : KeptHeaders) {
        if (response.hasHeader(name))
            headers.append(QJsonArray { QString::fromLatin1(name),
                                        QString::fromLatin1(response.header(name)) });
    }
    return QString::fromUtf8(QJsonDocument(headers).toJson(QJsonDocument::Compact));
}

// The body column is NOT NULL; an answer without one (204) is stored as "", not as NULL.
QString storedBody(const Response &response)
{
    const QString body = QString::fromUtf8(response.body());
    return body.isNull() ? QStringLiteral("") : body;
}

Response replay(int status, const QString &headers, const QByteArray &body)
{
    Response response(status, body);
    const QJsonArray list = QJsonDocument::fromJson(headers.toUtf8()).array();
    for (const QJsonValue &pair : list) {
        response.setHeader(pair[0].toString().toLatin1(), pair[1].toString().toLatin1());
    }
    response.setHeader(QByteArrayLiteral("Idempotent-Replayed"), QByteArrayLiteral("true"));
    return response;
}

} // namespace

Idempotency::Idempotency(Database &database, const Clock &clock)
    : m_database(database)
    , m_clock(clock)
{ }

std::optional<QString> Idempotency::optionalKey(const Request &request)
{
    const QByteArray key = request.header("Idempotency-Key").trimmed();
    if (!isValidKey(key))
        return std::nullopt;
    return QString::fromLatin1(key);
}

Response Idempotency::malformedKey()
{
    return Problem::badRequest(QStringLiteral("The Idempotency-Key header is not valid."));
}

Response Idempotency::run(const Request &request, const QString &personId,
                          const std::function<Response()> &create)
{
    const QByteArray key = request.header("Idempotency-Key").trimmed();
    if (key.isEmpty()) {
        return Problem::make(400, QStringLiteral("idempotency_key_missing"),
                             QStringLiteral("Send an Idempotency-Key header with this request."));
    }
    if (!isValidKey(key))
        return malformedKey();

    const QByteArray hash = requestHash(request);
    const qint64 now = m_clock.now().toSecsSinceEpoch();
    Transaction transaction(m_database);
    if (!transaction.isActive())
        return Problem::internalError();

    // What earlier requests left is kept for RememberSeconds, then goes: the stored answers hold
    // what people wrote. Everyone's, not only this person's: someone who never comes back would
    // leave theirs for good (the index on created_at keeps this to the rows that go).
    Statement purge = m_database.statement(
        QStringLiteral("DELETE FROM idempotency_keys WHERE created_at <= ?"));
    if (!purge.exec({ now - RememberSeconds }))
        return Problem::internalError();

    Statement statement = m_database.statement(
        QStringLiteral("SELECT request_hash, status, headers, body "
                       "FROM idempotency_keys WHERE person_id = ? AND idempotency_key = ?"));
    if (!statement.exec({ personId, QString::fromLatin1(key) }))
        return Problem::internalError();
    QSqlQuery &query = *statement;
    if (query.next()) {
        if (query.value(0).toByteArray() != hash) {
            return Problem::make(
                422, QStringLiteral("idempotency_key_reused"),
                QStringLiteral("This Idempotency-Key was used for another request."));
        }
        const Response first = replay(query.value(1).toInt(), query.value(2).toString(),
                                      query.value(3).toString().toUtf8());
        return transaction.commit() ? first : Problem::internalError(); // keeps the purge
    }

    const Response response = create();
    if (response.status() < 200 || response.status() >= 300)
        return response; // the transaction rolls back: nothing half-created stays
    Statement insert = m_database.statement(
        QStringLiteral("INSERT INTO idempotency_keys (person_id, idempotency_key, request_hash, "
                       "status, headers, body, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    if (!insert.exec({ personId, QString::fromLatin1(key), QString::fromLatin1(hash),
                       response.status(), headersText(response), storedBody(response), now })
        || !transaction.commit())
        return Problem::internalError();
    return response;
}

} // namespace Portiek::Server
