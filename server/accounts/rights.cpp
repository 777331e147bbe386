#include "server/accounts/rights.h"

namespace Portiek::Server {

namespace {

// One table for both directions, so a new right cannot be written but not read.
struct Member
{
    const char *name;
    bool Rights::*field;
};

constexpr Member Members[] = {
    { "reportsRead", &Rights::reportsRead },
    { "reportsWrite", &Rights::reportsWrite },
    { "plans", &Rights::plans },
    { "agendaView", &Rights::agendaView },
    { "agendaEdit", &Rights::agendaEdit },
    { "measurements", &Rights::measurements },
    { "messages", &Rights::messages },
    { "board", &Rights::board },
    { "profile", &Rights::profile },
    { "manageAccess", &Rights::manageAccess },
};

} // namespace

Rights Rights::all()
{
    Rights rights;
    for (const Member &member : Members)
        rights.*member.field = true;
    return rights;
}

QJsonObject Rights::toJson() const
{
    QJsonObject object;
    for (const Member &member : Members)
        object.insert(QLatin1String(member.name), this->*member.field);
    return object;
}

QString Rights::name(Right right)
{
    for (const Member &member : Members) {
        if (member.field == right)
            return QLatin1String(member.name);
    }
    return {};
}

bool Rights::hasAll(const QList<Right> &needed) const
{
    for (const Right right : needed) {
        if (!(this->*right))
            return false;
    }
    return true;
}

Rights Rights::fromJson(const QJsonObject &object)
{
    Rights rights;
    for (const Member &member : Members)
        rights.*member.field = object.value(QLatin1String(member.name)).toBool(false);
    rights.reportsRead = rights.reportsRead || rights.reportsWrite;
    rights.agendaView = rights.agendaView || rights.agendaEdit;
    return rights;
}

} // namespace Portiek::Server
