#include "server/measurements/measurement.h"

#include "server/signin/apijson.h"

namespace Portiek::Server {

QJsonObject MeasurementRecord::toJson(const QString &personId, const ClientLink &link,
                                      const PhotoStore &photos) const
{
    return { { QStringLiteral("id"), id },
             { QStringLiteral("type"), typeCode },
             { QStringLiteral("measuredAt"), ApiJson::time(measuredAt) },
             { QStringLiteral("values"), values },
             { QStringLiteral("note"),
               note.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(note) },
             { QStringLiteral("enteredBy"), enteredBy.toJson(photos, clientId) },
             { QStringLiteral("createdAt"), ApiJson::time(createdAt) },
             { QStringLiteral("canDelete"), canDelete(personId, link) } };
}

QString MeasurementRecord::path() const
{
    return QStringLiteral("/api/v1/clients/%1/measurements/%2").arg(clientId, id);
}

} // namespace Portiek::Server
