#include "core/me.h"

#include "core/jsonreader.h"

bool Me::fromJson(const QJsonObject &json, Me *me, QString *error)
{
    JsonReader reader(json, QStringLiteral("me"));
    Me result;
    result.id = reader.id(QLatin1String("id"));
    result.username = reader.string(QLatin1String("username"), JsonReader::Required, 128);
    result.displayName
        = reader.string(QLatin1String("displayName"), JsonReader::Required, 300).trimmed();
    result.role = reader.string(QLatin1String("role"), JsonReader::Required, 32);
    if (reader.ok() && result.role != QLatin1String("client")
        && result.role != QLatin1String("representative")
        && result.role != QLatin1String("contact"))
        reader.fail(QStringLiteral("me.role is unknown"));
    // Contact data may be missing for accounts made before they were required; not fatal.
    result.email = reader.string(QLatin1String("email"), JsonReader::Optional, 254);
    result.mobile = reader.string(QLatin1String("mobile"), JsonReader::Optional, 32);
    result.photoUrl = reader.serverPath(QLatin1String("photoUrl"));
    result.termsVersionAccepted
        = reader.string(QLatin1String("termsVersionAccepted"), JsonReader::Optional, 64);
    if (!reader.ok()) {
        if (error)
            *error = reader.error();
        return false;
    }
    *me = result;
    return true;
}
