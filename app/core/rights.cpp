#include "core/rights.h"

#include "core/jsonreader.h"

Rights Rights::all()
{
    Rights rights;
    rights.reportsRead = rights.reportsWrite = rights.plans = rights.agendaView = rights.agendaEdit
        = rights.measurements = rights.messages = rights.board = rights.profile
        = rights.manageAccess = true;
    return rights;
}

bool Rights::fromJson(const QJsonObject &json, Rights *rights, QString *error)
{
    JsonReader reader(json, QStringLiteral("rights"));
    Rights result;
    result.reportsRead = reader.boolean(QLatin1String("reportsRead"));
    result.reportsWrite = reader.boolean(QLatin1String("reportsWrite"));
    result.plans = reader.boolean(QLatin1String("plans"));
    result.agendaView = reader.boolean(QLatin1String("agendaView"));
    result.agendaEdit = reader.boolean(QLatin1String("agendaEdit"));
    result.measurements = reader.boolean(QLatin1String("measurements"));
    result.messages = reader.boolean(QLatin1String("messages"));
    result.board = reader.boolean(QLatin1String("board"));
    result.profile = reader.boolean(QLatin1String("profile"));
    result.manageAccess = reader.boolean(QLatin1String("manageAccess"));
    if (!reader.ok()) {
        if (error)
            *error = reader.error();
        return false;
    }
    // Writing implies reading, editing the agenda implies seeing it (docs/openapi.yaml).
    result.reportsRead = result.reportsRead || result.reportsWrite;
    result.agendaView = result.agendaView || result.agendaEdit;
    *rights = result;
    return true;
}

bool operator==(const Rights &a, const Rights &b)
{
    return a.reportsRead == b.reportsRead && a.reportsWrite == b.reportsWrite && a.plans == b.plans
        && a.agendaView == b.agendaView && a.agendaEdit == b.agendaEdit
        && a.measurements == b.measurements && a.messages == b.messages && a.board == b.board
        && a.profile == b.profile && a.manageAccess == b.manageAccess;
}
