#include "server/import/syncstamps.h"

#include "server/core/clock.h"
#include "server/storage/database.h"

namespace Portiek::Server {

SyncStamps::SyncStamps(Database &database, const Clock &clock)
    : m_database(database)
    , m_clock(clock)
{ }

bool SyncStamps::touch(const QString &clientId)
{
    QSqlQuery query;
    return m_database.exec(query,
                           QStringLiteral("UPDATE clients SET last_updated_at = ? WHERE id = ?"),
                           { toDbTime(m_clock.now()), clientId })
        && query.numRowsAffected() == 1;
}

QDateTime SyncStamps::lastUpdatedAt(const QString &clientId) const
{
    QSqlQuery query;
    if (!m_database.exec(query, QStringLiteral("SELECT last_updated_at FROM clients WHERE id = ?"),
                         { clientId })
        || !query.next())
        return {};
    return fromDbTime(query.value(0));
}

} // namespace Portiek::Server
