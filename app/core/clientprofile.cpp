#include "core/clientprofile.h"

#include "core/jsonreader.h"
#include "core/logging.h"
#include "core/portalapi.h"

#include <QUrl>

bool ClientProfile::fromJson(const QJsonObject &json, ClientProfile *profile, QString *error)
{
    JsonReader reader(json, QStringLiteral("profile"));
    ClientProfile result;
    result.clientId = reader.id(QLatin1String("clientId"));
    result.clientNumber = reader.string(QLatin1String("clientNumber"), JsonReader::Optional, 64);
    result.displayName
        = reader.string(QLatin1String("displayName"), JsonReader::Required, 300).trimmed();
    const QString birth = reader.string(QLatin1String("dateOfBirth"), JsonReader::Optional, 10);
    if (reader.ok() && !birth.isEmpty()) {
        result.dateOfBirth = QDate::fromString(birth, Qt::ISODate);
        if (!result.dateOfBirth.isValid())
            reader.fail(QStringLiteral("profile.dateOfBirth is not a date"));
    }
    if (reader.has(QLatin1String("address"))) {
        JsonReader address(reader.object(QLatin1String("address")),
                           QStringLiteral("profile.address"));
        result.street = address.string(QLatin1String("street"), JsonReader::Required, 300);
        result.houseNumber = address.string(QLatin1String("houseNumber"), JsonReader::Required, 32);
        const QString addition
            = address.string(QLatin1String("houseNumberAddition"), JsonReader::Optional, 32);
        if (!addition.isEmpty())
            result.houseNumber += QLatin1Char(' ') + addition;
        result.postalCode = address.string(QLatin1String("postalCode"), JsonReader::Required, 32);
        result.city = address.string(QLatin1String("city"), JsonReader::Required, 300);
        if (!address.ok())
            reader.fail(address.error());
    }
    result.phone = reader.string(QLatin1String("phone"), JsonReader::Optional, 64);
    result.email = reader.string(QLatin1String("email"), JsonReader::Optional, 254);
    if (reader.has(QLatin1String("location"))) {
        JsonReader location(reader.object(QLatin1String("location")),
                            QStringLiteral("profile.location"));
        result.locationName = location.string(QLatin1String("name"), JsonReader::Required, 300);
        result.department = location.string(QLatin1String("department"), JsonReader::Optional, 300);
        if (!location.ok())
            reader.fail(location.error());
    }
    if (reader.has(QLatin1String("coordinatingCaregiver"))) {
        JsonReader caregiver(reader.object(QLatin1String("coordinatingCaregiver")),
                             QStringLiteral("profile.coordinatingCaregiver"));
        result.caregiverName = caregiver.string(QLatin1String("name"), JsonReader::Required, 300);
        result.caregiverPhone = caregiver.string(QLatin1String("phone"), JsonReader::Optional, 64);
        if (!caregiver.ok())
            reader.fail(caregiver.error());
    }
    result.updatedAt = reader.dateTime(QLatin1String("updatedAt"), JsonReader::Optional);
    if (!reader.ok()) {
        if (error)
            *error = reader.error();
        return false;
    }
    *profile = result;
    return true;
}

ClientProfileLoader::ClientProfileLoader(PortalApi *api, QObject *parent)
    : QObject(parent)
    , m_api(api)
{ }

void ClientProfileLoader::cancel()
{
    ApiReply *reply = m_reply;
    m_reply.clear();
    if (reply)
        reply->abort();
}

void ClientProfileLoader::load(const QString &clientId)
{
    cancel();
    ApiReply *reply = m_api->get(QStringLiteral("/api/v1/clients/%1/profile")
                                     .arg(QString::fromLatin1(QUrl::toPercentEncoding(clientId))));
    m_reply = reply;
    connect(reply, &ApiReply::finished, this, [this, reply] {
        if (m_reply != reply)
            return;
        m_reply.clear();
        if (!reply->isOk()) {
            emit failed(reply->error());
            return;
        }
        QString problem;
        ClientProfile profile;
        if (!ClientProfile::fromJson(reply->json(), &profile, &problem)) {
            qCWarning(lcApi) << "profile: unusable answer:" << problem;
            emit failed(ApiError(ApiError::Kind::NotAPortal, problem));
            return;
        }
        m_profile = profile;
        emit loaded(profile);
    });
}
