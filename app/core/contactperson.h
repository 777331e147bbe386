#pragma once

#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>

// A person in the client's portal as the messages part shows them: an entry of the contact list
// (docs/openapi.yaml, Contact) or the sender of a message (PersonRef, without relation and
// without canReceiveMessages).
struct ContactPerson
{
    enum class Role { Client, Representative, Contact };

    QString id;
    QString name;
    Role role = Role::Contact;
    QString relation; // "buurvrouw", "zoon"; empty for the client themself or when unknown
    QString photoPath; // server-relative; empty when the person has no photo
    bool canReceiveMessages = false;

    bool isValid() const { return !id.isEmpty(); }
    // "Anna Boer (buurvrouw)", or the name alone.
    QString nameWithRelation() const;

    // A Contact of GET …/contacts.
    static bool fromJson(const QJsonObject &json, ContactPerson *person, QString *error);
    // A PersonRef (the sender of a message, a participant).
    static bool refFromJson(const QJsonObject &json, ContactPerson *person, QString *error);
    static bool pageFromJson(const QJsonObject &json, QList<ContactPerson> *people,
                             QString *nextCursor, QString *error);
};

Q_DECLARE_METATYPE(ContactPerson)
