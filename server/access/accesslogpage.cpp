#include "server/access/accesslogpage.h"

#include "server/signin/apijson.h"
#include "server/storage/database.h"

#include <QJsonObject>
#include <QSqlQuery>

namespace Portiek::Server {

namespace {

const QByteArray CursorPrefix = QByteArrayLiteral("a1:");
constexpr int CursorMaxLength = 512;

QJsonValue nullable(const QVariant &value)
{
    return value.isNull() || value.toString().isEmpty() ? QJsonValue(QJsonValue::Null)
                                                        : QJsonValue(value.toString());
}

} // namespace

QString AccessLogPage::encodeCursor(qint64 sequence)
{
    const QByteArray raw = CursorPrefix + QByteArray::number(sequence);
    return QString::fromLatin1(
        raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

qint64 AccessLogPage::decodeCursor(const QString &text)
{
    if (text.isEmpty() || text.size() > CursorMaxLength)
        return 0;
    const auto decoded = QByteArray::fromBase64Encoding(
        text.toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || !decoded.decoded.startsWith(CursorPrefix))
        return 0;
    bool isNumber = false;
    const qint64 sequence = decoded.decoded.mid(CursorPrefix.size()).toLongLong(&isNumber);
    return isNumber && sequence > 0 ? sequence : 0;
}

std::optional<AccessLogPage> AccessLogPage::read(const Database &database, const QString &clientId,
                                                 const Query &query)
{
    QString sql = QStringLiteral("SELECT id, sequence, at, actor_kind, person_id, actor_name, "
                                 "actor_role, action, resource_type, resource_id FROM access_log "
                                 "WHERE client_id = ?");
    QVariantList values { clientId };
    const auto where = [&](const char *condition, const QVariant &value) {
        sql += QStringLiteral(" AND ") + QLatin1String(condition);
        values.append(value);
    };
    if (query.beforeSequence > 0)
        where("sequence < ?", query.beforeSequence);
    if (query.from.isValid())
        where("at >= ?", toDbTime(query.from));
    if (query.to.isValid())
        where("at < ?", toDbTime(query.to));
    if (!query.actorPersonId.isEmpty())
        where("person_id = ?", query.actorPersonId);
    // One more than asked: whether there is a next page.
    sql += QStringLiteral(" ORDER BY sequence DESC LIMIT ?");
    values.append(query.limit + 1);

    QSqlQuery rows;
    if (!database.exec(rows, sql, values))
        return std::nullopt;
    AccessLogPage page;
    qint64 lastSequence = 0;
    while (rows.next()) {
        if (page.items.size() == query.limit) {
            page.nextBefore = lastSequence;
            break;
        }
        lastSequence = rows.value(1).toLongLong();
        const QJsonObject actor {
            { QStringLiteral("kind"), rows.value(3).toString() },
            { QStringLiteral("personId"), nullable(rows.value(4)) },
            { QStringLiteral("name"), rows.value(5).toString() },
            { QStringLiteral("role"), nullable(rows.value(6)) },
        };
        page.items.append(QJsonObject {
            { QStringLiteral("id"), rows.value(0).toString() },
            { QStringLiteral("at"), ApiJson::time(fromDbTime(rows.value(2))) },
            { QStringLiteral("actor"), actor },
            { QStringLiteral("action"), rows.value(7).toString() },
            { QStringLiteral("resourceType"), rows.value(8).toString() },
            { QStringLiteral("resourceId"), nullable(rows.value(9)) },
        });
    }
    return page;
}

} // namespace Portiek::Server
