#include "core/clientsummary.h"

#include "core/jsonpage.h"
#include "core/jsonreader.h"

bool ClientSummary::fromJson(const QJsonObject &json, ClientSummary *client, QString *error)
{
    JsonReader reader(json, QStringLiteral("client"));
    ClientSummary result;
    result.id = reader.id(QLatin1String("id"));
    result.name = reader.string(QLatin1String("name"), JsonReader::Required, 200).trimmed();
    result.photoUrl = reader.serverPath(QLatin1String("photoUrl"));
    const QString role = reader.string(QLatin1String("myRole"), JsonReader::Required, 32);
    if (role == QLatin1String("client"))
        result.myRole = Role::Client;
    else if (role == QLatin1String("representative"))
        result.myRole = Role::Representative;
    else if (role == QLatin1String("contact"))
        result.myRole = Role::Contact;
    else if (reader.ok())
        reader.fail(QStringLiteral("client.myRole is unknown"));
    result.myRelation = reader.string(QLatin1String("myRelation"), JsonReader::Optional, 100);
    const QJsonObject rights = reader.object(QLatin1String("rights"));
    QString rightsError;
    if (reader.ok() && !Rights::fromJson(rights, &result.rights, &rightsError))
        reader.fail(rightsError);
    if (!reader.ok()) {
        if (error)
            *error = reader.error();
        return false;
    }
    *client = result;
    return true;
}

bool ClientSummary::pageFromJson(const QJsonObject &json, QList<ClientSummary> *clients,
                                 QString *nextCursor, QString *error)
{
    return JsonPage::read(json, clients, nextCursor, error, &ClientSummary::fromJson);
}
