#pragma once

#include "server/accounts/person.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace Portiek::Server {

class Clock;
class Database;

// Who looked at or changed what in a client's portal, and when (NEN 7513): `AccessLogEntry` in
// docs/openapi.yaml. Every read of dossier data writes one entry; entries are never changed.
class AccessLog
{
public:
    enum class Action { Read, Download, Create, Update, Delete, Approve, Export };
    enum class ActorKind { Person, CareOrganisation, System };

    struct Entry
    {
        QString id; // "log_…", chosen by record()
        qint64 sequence = 0; // the order of recording, chosen by record()
        QDateTime at;
        QString clientId;
        ActorKind actorKind = ActorKind::Person;
        QString personId; // empty unless a person
        QString actorName; // the person's name, or the name of the organisation's system
        std::optional<Role> actorRole; // a person's role for this client
        Action action = Action::Read;
        QString resourceType; // "reports", "report", "plan", "planPdf", "profile" …
        QString resourceId; // empty for a list
    };

    AccessLog(Database &database, const Clock &clock);

    // Stores the entry with the time now; false (and logged) when the database fails. A read
    // whose log entry cannot be written is answered with 500: nothing unlogged leaves.
    bool record(Entry entry);
    // A person's access in the role of their link to the client.
    bool recordPerson(const Person &person, const ClientLink &link, Action action,
                      const QString &resourceType, const QString &resourceId = {});
    // The dossier import API; `systemName` is the name the organisation gave its system.
    bool recordCareOrganisation(const QString &clientId, const QString &systemName, Action action,
                                const QString &resourceType, const QString &resourceId = {});

    // Newest first, at most `limit` entries recorded before the entry with sequence
    // `beforeSequence` (0: from the newest).
    QList<Entry> list(const QString &clientId, int limit, qint64 beforeSequence = 0) const;

    static QString actionName(Action action); // "read", "download", …
    static QString actorKindName(ActorKind kind); // "person", "careOrganisation", "system"

private:
    Database &m_database;
    const Clock &m_clock;
};

} // namespace Portiek::Server
