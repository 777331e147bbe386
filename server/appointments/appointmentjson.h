#pragma once

#include "server/accounts/person.h"
#include "server/appointments/appointmentstore.h"

#include <QJsonObject>

namespace Portiek::Server {

class PhotoStore;

namespace AppointmentJson {

// Whether `personId`, linked to the client as `link` says, may change and delete the
// appointment: own appointments only, with agendaEdit, by the person who made it or by the
// client and their representatives.
bool canEdit(const AppointmentRecord &appointment, const QString &personId, const ClientLink &link);

// `Appointment` of docs/openapi.yaml as that person sees it.
QJsonObject appointment(const AppointmentRecord &appointment, const QString &personId,
                        const ClientLink &link, const PhotoStore &photos);

// "/api/v1/clients/100482/appointments/apt_…".
QString path(const AppointmentRecord &appointment);

} // namespace AppointmentJson

} // namespace Portiek::Server
