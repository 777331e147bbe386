#include "server/reports/report.h"

#include "server/signin/apijson.h"

namespace Portiek::Server {

QString ReportAuthor::kindName(Kind kind)
{
    return kind == Kind::Portal ? QStringLiteral("portal") : QStringLiteral("careTeam");
}

QJsonObject ReportAuthor::toJson() const
{
    return { { QStringLiteral("id"), id },
             { QStringLiteral("name"), name },
             { QStringLiteral("role"), role.isEmpty() ? QJsonValue(QJsonValue::Null) : role },
             { QStringLiteral("kind"), kindName(kind) } };
}

QJsonObject Report::toJson() const
{
    return { { QStringLiteral("id"), id },
             { QStringLiteral("createdAt"), ApiJson::time(createdAt) },
             { QStringLiteral("updatedAt"), ApiJson::time(updatedAt) },
             { QStringLiteral("author"), author.toJson() },
             { QStringLiteral("category"), category },
             { QStringLiteral("text"), text },
             { QStringLiteral("source"),
               author.kind == ReportAuthor::Kind::Portal ? QStringLiteral("portal")
                                                         : QStringLiteral("dossier") } };
}

QString Report::path() const
{
    return QStringLiteral("/api/v1/clients/%1/reports/%2").arg(clientId, id);
}

} // namespace Portiek::Server
