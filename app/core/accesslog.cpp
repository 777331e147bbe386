#include "core/accesslog.h"

#include "core/jsonpage.h"
#include "core/jsonreader.h"

#include <QJsonArray>

namespace {

const QStringList &knownActions()
{
    static const QStringList actions { QStringLiteral("read"),   QStringLiteral("download"),
                                       QStringLiteral("create"), QStringLiteral("update"),
                                       QStringLiteral("delete"), QStringLiteral("approve"),
                                       QStringLiteral("export") };
    return actions;
}

} // namespace

QString AccessLogEntry::who() const
{
    switch (actorKind) {
    case ActorKind::CareOrganisation:
        return tr("The care organisation (%1)").arg(actorName);
    case ActorKind::System:
        return tr("The portal itself");
    case ActorKind::Person:
        break;
    }
    if (actorRole == QLatin1String("client"))
        return tr("%1 (client)").arg(actorName);
    if (actorRole == QLatin1String("representative"))
        return tr("%1 (representative)").arg(actorName);
    if (actorRole == QLatin1String("contact"))
        return tr("%1 (contact person)").arg(actorName);
    return actorName;
}

QString AccessLogEntry::what() const
{
    // Whole phrases, not verb + noun: other languages put the words in another order.
    const QString &a = action;
    const QString &r = resourceType;
    const auto is = [&](const char *act, const char *res) {
        return a == QLatin1String(act) && r == QLatin1String(res);
    };
    if (is("read", "reports"))
        return tr("read the reports");
    if (is("read", "report"))
        return tr("read a report");
    if (is("create", "report"))
        return tr("wrote a report");
    if (is("read", "plans"))
        return tr("looked at the list of support plans");
    if (is("read", "plan"))
        return tr("read a support plan");
    if (is("download", "planPdf") || is("download", "plan"))
        return tr("downloaded a support plan");
    if (is("approve", "plan"))
        return tr("approved a support plan");
    if (is("read", "profile"))
        return tr("looked at the basic details");
    if (is("read", "appointments"))
        return tr("looked at the agenda");
    if (is("read", "appointment"))
        return tr("looked at an appointment");
    if (is("create", "appointment"))
        return tr("added an appointment");
    if (is("update", "appointment"))
        return tr("changed an appointment");
    if (is("delete", "appointment"))
        return tr("deleted an appointment");
    if (is("read", "measurements"))
        return tr("looked at the measurements");
    if (is("read", "measurement"))
        return tr("looked at a measurement");
    if (is("create", "measurement"))
        return tr("entered a measurement");
    if (is("read", "contactAccess"))
        return tr("looked at who has access");
    if (is("create", "contactAccess"))
        return tr("invited a contact person");
    if (is("update", "contactAccess"))
        return tr("changed a contact person's rights");
    if (is("delete", "contactAccess"))
        return tr("ended a contact person's access");
    if (is("read", "accessLog"))
        return tr("looked at this access log");
    // The care organisation's dossier import changes whole lists at once.
    if (is("update", "appointments") || is("create", "appointments"))
        return tr("updated the agenda");
    if (is("update", "reports") || is("create", "reports"))
        return tr("added reports from the dossier");
    if (is("update", "profile"))
        return tr("updated the basic details");
    if (is("create", "plan") || is("update", "plan") || is("update", "plans"))
        return tr("added or changed a support plan");
    if (is("update", "measurement"))
        return tr("changed a measurement");
    if (is("delete", "measurement"))
        return tr("deleted a measurement");
    if (is("export", "busyTimes"))
        return tr("fetched the busy times of the agenda");
    // A combination this version does not know yet: still say something true.
    return tr("%1: %2", "access log action: resource").arg(a, r);
}

bool AccessLogEntry::fromJson(const QJsonObject &json, AccessLogEntry *entry, QString *error)
{
    JsonReader reader(json, QStringLiteral("entry"));
    AccessLogEntry result;
    result.id = reader.id(QLatin1String("id"));
    result.at = reader.dateTime(QLatin1String("at"));
    const QJsonObject actor = reader.object(QLatin1String("actor"));
    if (reader.ok()) {
        JsonReader actorReader(actor, QStringLiteral("entry.actor"));
        const QString kind = actorReader.string(QLatin1String("kind"), JsonReader::Required, 32);
        if (kind == QLatin1String("person"))
            result.actorKind = ActorKind::Person;
        else if (kind == QLatin1String("careOrganisation"))
            result.actorKind = ActorKind::CareOrganisation;
        else if (kind == QLatin1String("system"))
            result.actorKind = ActorKind::System;
        else if (actorReader.ok())
            actorReader.fail(QStringLiteral("entry.actor.kind is unknown"));
        result.actorName
            = actorReader.string(QLatin1String("name"), JsonReader::Required, 300).trimmed();
        result.actorRole = actorReader.string(QLatin1String("role"), JsonReader::Optional, 32);
        if (!actorReader.ok())
            reader.fail(actorReader.error());
    }
    result.action = reader.string(QLatin1String("action"), JsonReader::Required, 32);
    if (reader.ok() && !knownActions().contains(result.action))
        reader.fail(QStringLiteral("entry.action is unknown"));
    result.resourceType = reader.string(QLatin1String("resourceType"), JsonReader::Required, 64);
    if (reader.ok() && !json.contains(QLatin1String("resourceId")))
        reader.fail(QStringLiteral("entry.resourceId is missing"));
    result.resourceId = reader.string(QLatin1String("resourceId"), JsonReader::Optional, 128);
    if (!reader.ok()) {
        if (error)
            *error = reader.error();
        return false;
    }
    *entry = result;
    return true;
}

bool AccessLogEntry::pageFromJson(const QJsonObject &json, QList<AccessLogEntry> *entries,
                                  QString *nextCursor, QString *error)
{
    return JsonPage::read(json, entries, nextCursor, error, &AccessLogEntry::fromJson);
}
