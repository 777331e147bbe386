#include "server/reports/reportcursor.h"

#include <QByteArray>

#include <algorithm>

namespace Portiek::Server {

namespace {

const QByteArray Prefix = QByteArrayLiteral("r1:");
constexpr int IdMaxLength = 64;

bool isId(const QByteArray &id)
{
    if (id.isEmpty() || id.size() > IdMaxLength)
        return false;
    return std::all_of(id.begin(), id.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
            || c == '.' || c == '_' || c == '~' || c == '-';
    });
}

} // namespace

QString ReportCursor::encode() const
{
    const QByteArray raw = Prefix + QByteArray::number(createdAt) + ':' + id.toLatin1();
    return QString::fromLatin1(
        raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

std::optional<ReportCursor> ReportCursor::decode(const QString &text)
{
    if (text.isEmpty() || text.size() > 512)
        return std::nullopt;
    const auto decoded = QByteArray::fromBase64Encoding(
        text.toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || !decoded.decoded.startsWith(Prefix))
        return std::nullopt;
    const QByteArray rest = decoded.decoded.mid(Prefix.size());
    const qsizetype colon = rest.indexOf(':');
    if (colon <= 0)
        return std::nullopt;
    bool isNumber = false;
    ReportCursor cursor;
    cursor.createdAt = rest.left(colon).toLongLong(&isNumber);
    const QByteArray id = rest.mid(colon + 1);
    if (!isNumber || !isId(id))
        return std::nullopt;
    cursor.id = QString::fromLatin1(id);
    return cursor;
}

} // namespace Portiek::Server
