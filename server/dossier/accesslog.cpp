#include "server/dossier/accesslog.h"

#include "server/core/clock.h"
#include "server/core/secrets.h"
#include "server/storage/database.h"

namespace Portiek::Server {

namespace {

constexpr const char *ActionNames[]
    = { "read", "download", "create", "update", "delete", "approve", "export" };
constexpr const char *ActorKindNames[] = { "person", "careOrganisation", "system" };

template<typename Enum, std::size_t N>
Enum fromName(const char *const (&names)[N], const QString &name, Enum fallback)
{
    for (std::size_t i = 0; i < N; ++i) {
        if (name == QLatin1String(names[i]))
            return Enum(i);
    }
    return fallback;
}

} // namespace

AccessLog::AccessLog(Database &database, const Clock &clock)
    : m_database(database)
    , m_clock(clock)
{ }

QString AccessLog::actionName(Action action)
{
    return QLatin1String(ActionNames[int(action)]);
}

QString AccessLog::actorKindName(ActorKind kind)
{
    return QLatin1String(ActorKindNames[int(kind)]);
}

bool AccessLog::record(Entry entry)
{
    entry.id = Secrets::randomToken("log_", 12);
    entry.at = m_clock.now();
    // The sequence is taken in the same statement, so two processes cannot take the same one.
    Statement query = m_database.statement(
        QStringLiteral("INSERT INTO access_log (id, sequence, at, client_id, actor_kind, "
                       "person_id, actor_name, actor_role, action, resource_type, resource_id) "
                       "SELECT ?, COALESCE(MAX(sequence), 0) + 1, ?, ?, ?, ?, ?, ?, ?, ?, ? "
                       "FROM access_log"));
    return query.exec(
        { entry.id, toDbTime(entry.at), entry.clientId, actorKindName(entry.actorKind),
          entry.personId.isEmpty() ? QVariant() : QVariant(entry.personId), entry.actorName,
          entry.actorRole ? QVariant(roleName(*entry.actorRole)) : QVariant(),
          actionName(entry.action), entry.resourceType,
          entry.resourceId.isEmpty() ? QVariant() : QVariant(entry.resourceId) });
}

bool AccessLog::recordPerson(const Person &person, const ClientLink &link, Action action,
                             const QString &resourceType, const QString &resourceId)
{
    Entry entry;
    entry.clientId = link.clientId;
    entry.actorKind = ActorKind::Person;
    entry.personId = person.id;
    entry.actorName = person.name();
    entry.actorRole = link.myRole;
    entry.action = action;
    entry.resourceType = resourceType;
    entry.resourceId = resourceId;
    return record(entry);
}

bool AccessLog::recordCareOrganisation(const QString &clientId, const QString &systemName,
                                       Action action, const QString &resourceType,
                                       const QString &resourceId)
{
    Entry entry;
    entry.clientId = clientId;
    entry.actorKind = ActorKind::CareOrganisation;
    entry.actorName = systemName;
    entry.action = action;
    entry.resourceType = resourceType;
    entry.resourceId = resourceId;
    return record(entry);
}

QList<AccessLog::Entry> AccessLog::list(const QString &clientId, int limit,
                                        qint64 beforeSequence) const
{
    QList<Entry> entries;
    QSqlQuery query;
    if (!m_database.exec(
            query,
            QStringLiteral(
                "SELECT id, sequence, at, actor_kind, person_id, actor_name, actor_role, "
                "action, resource_type, resource_id FROM access_log "
                "WHERE client_id = ? AND (? = 0 OR sequence < ?) "
                "ORDER BY sequence DESC LIMIT ?"),
            { clientId, beforeSequence, beforeSequence, limit }))
        return entries;
    while (query.next()) {
        Entry entry;
        entry.id = query.value(0).toString();
        entry.sequence = query.value(1).toLongLong();
        entry.at = fromDbTime(query.value(2));
        entry.clientId = clientId;
        entry.actorKind = fromName(ActorKindNames, query.value(3).toString(), ActorKind::System);
        entry.personId = query.value(4).toString();
        entry.actorName = query.value(5).toString();
        if (!query.value(6).isNull())
            entry.actorRole = roleFromName(query.value(6).toString());
        entry.action = fromName(ActionNames, query.value(7).toString(), Action::Read);
        entry.resourceType = query.value(8).toString();
        entry.resourceId = query.value(9).toString();
        entries.append(entry);
    }
    return entries;
}

} // namespace Portiek::Server
