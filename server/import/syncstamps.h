#pragma once

#include <QDateTime>
#include <QString>

namespace Portiek::Server {

class Clock;
class Database;

// When the dossier last sent something for a client (`lastUpdatedAt` of
// GET /api/v1/clients/{clientId}/sync-status). Every import write stamps it, in the same
// transaction as the write itself.
class SyncStamps
{
public:
    SyncStamps(Database &database, const Clock &clock);

    // Sets the client's last update to now; false when the database fails.
    bool touch(const QString &clientId);
    // Null before the first import (or for an unknown client).
    QDateTime lastUpdatedAt(const QString &clientId) const;

private:
    Database &m_database;
    const Clock &m_clock;
};

} // namespace Portiek::Server
