#include "server/appointments/appointmentjson.h"

#include "server/signin/apijson.h"

namespace Portiek::Server::AppointmentJson {

namespace {

QJsonValue textOrNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

} // namespace

bool canEdit(const AppointmentRecord &appointment, const QString &personId, const ClientLink &link)
{
    if (appointment.kind != AppointmentRecord::Kind::Own || !link.rights.agendaEdit)
        return false;
    return link.myRole != Role::Contact
        || (appointment.createdBy && appointment.createdBy->id == personId);
}

QJsonObject appointment(const AppointmentRecord &appointment, const QString &personId,
                        const ClientLink &link, const PhotoStore &photos)
{
    const bool careTeam = appointment.kind == AppointmentRecord::Kind::CareTeam;
    return {
        { QStringLiteral("id"), appointment.id },
        { QStringLiteral("kind"), careTeam ? QStringLiteral("careTeam") : QStringLiteral("own") },
        { QStringLiteral("title"), appointment.title },
        { QStringLiteral("start"), ApiJson::time(appointment.start) },
        { QStringLiteral("end"), ApiJson::time(appointment.end) },
        { QStringLiteral("location"), textOrNull(appointment.location) },
        { QStringLiteral("note"),
          careTeam ? QJsonValue(QJsonValue::Null) : textOrNull(appointment.note) },
        { QStringLiteral("caregiver"),
          careTeam ? textOrNull(appointment.caregiver) : QJsonValue(QJsonValue::Null) },
        { QStringLiteral("indicativeTime"), careTeam },
        { QStringLiteral("createdBy"),
          appointment.createdBy ? QJsonValue(appointment.createdBy->toJson(photos, link.clientId))
                                : QJsonValue(QJsonValue::Null) },
        { QStringLiteral("canEdit"), canEdit(appointment, personId, link) },
    };
}

QString path(const AppointmentRecord &appointment)
{
    return QStringLiteral("/api/v1/clients/%1/appointments/%2")
        .arg(appointment.clientId, appointment.id);
}

} // namespace Portiek::Server::AppointmentJson
