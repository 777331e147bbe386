#include "core/clientsummary.h"

#include "core/jsonreader.h"

namespace {

constexpr int MaxClientsPerPage = 100;

} // namespace

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
    JsonReader reader(json);
    const QJsonArray items = reader.array(QLatin1String("items"));
    if (reader.ok() && !json.contains(QLatin1String("nextCursor")))
        reader.fail(QStringLiteral("nextCursor is missing"));
    const QString cursor = reader.string(QLatin1String("nextCursor"), JsonReader::Optional, 1024);
    if (reader.ok() && items.size() > MaxClientsPerPage)
        reader.fail(QStringLiteral("the page holds too many items"));
    QList<ClientSummary> result;
    for (const QJsonValue &item : items) {
        if (!reader.ok())
            break;
        ClientSummary client;
        QString itemError;
        if (!item.isObject() || !fromJson(item.toObject(), &client, &itemError))
            reader.fail(item.isObject() ? itemError : QStringLiteral("an item is not an object"));
        else
            result.append(client);
    }
    if (!reader.ok()) {
        if (error)
            *error = reader.error();
        return false;
    }
    *clients = result;
    *nextCursor = cursor;
    return true;
}
