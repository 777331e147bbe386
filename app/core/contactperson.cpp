#include "core/contactperson.h"

#include "core/jsonpage.h"
#include "core/jsonreader.h"

#include <QCoreApplication>

namespace {

bool readCommon(const QJsonObject &json, JsonReader &reader, ContactPerson *person)
{
    person->id = reader.id(QLatin1String("id"));
    person->name = reader.string(QLatin1String("name"), JsonReader::Required, 200).trimmed();
    if (reader.ok() && person->name.isEmpty())
        reader.fail(QStringLiteral("name is empty"));
    const QString role = reader.string(QLatin1String("role"), JsonReader::Required, 32);
    if (role == QLatin1String("client"))
        person->role = ContactPerson::Role::Client;
    else if (role == QLatin1String("representative"))
        person->role = ContactPerson::Role::Representative;
    else if (role == QLatin1String("contact"))
        person->role = ContactPerson::Role::Contact;
    else if (reader.ok())
        reader.fail(QStringLiteral("role is unknown"));
    // Required, but null when the person has no photo.
    if (reader.ok() && !json.contains(QLatin1String("photoUrl")))
        reader.fail(QStringLiteral("photoUrl is missing"));
    person->photoPath = reader.serverPath(QLatin1String("photoUrl"));
    return reader.ok();
}

bool finish(const JsonReader &reader, const ContactPerson &result, ContactPerson *person,
            QString *error)
{
    if (!reader.ok()) {
        if (error)
            *error = reader.error();
        return false;
    }
    *person = result;
    return true;
}

} // namespace

QString ContactPerson::nameWithRelation() const
{
    if (relation.isEmpty())
        return name;
    return QCoreApplication::translate("ContactPerson", "%1 (%2)").arg(name, relation);
}

bool ContactPerson::fromJson(const QJsonObject &json, ContactPerson *person, QString *error)
{
    JsonReader reader(json, QStringLiteral("contact"));
    ContactPerson result;
    readCommon(json, reader, &result);
    if (reader.ok() && !json.contains(QLatin1String("relation")))
        reader.fail(QStringLiteral("contact.relation is missing"));
    result.relation = reader.string(QLatin1String("relation"), JsonReader::Optional, 100).trimmed();
    result.canReceiveMessages = reader.boolean(QLatin1String("canReceiveMessages"));
    return finish(reader, result, person, error);
}

bool ContactPerson::refFromJson(const QJsonObject &json, ContactPerson *person, QString *error)
{
    JsonReader reader(json, QStringLiteral("person"));
    ContactPerson result;
    readCommon(json, reader, &result);
    return finish(reader, result, person, error);
}

bool ContactPerson::pageFromJson(const QJsonObject &json, QList<ContactPerson> *people,
                                 QString *nextCursor, QString *error)
{
    return JsonPage::read(json, people, nextCursor, error, &ContactPerson::fromJson);
}
