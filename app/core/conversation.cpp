#include "core/conversation.h"

#include "core/jsonpage.h"
#include "core/jsonreader.h"

#include <QCoreApplication>
#include <QLocale>
#include <QStringList>

namespace {

// ConversationCreate allows 20 recipients; with the sender that is 21.
constexpr int MaxParticipants = 21;

} // namespace

QList<ContactPerson> Conversation::others(const QString &myPersonId) const
{
    QList<ContactPerson> result;
    for (const ContactPerson &person : participants) {
        if (person.id != myPersonId)
            result.append(person);
    }
    return result;
}

QString Conversation::title(const QString &myPersonId) const
{
    QStringList names;
    for (const ContactPerson &person : others(myPersonId))
        names.append(person.name);
    if (names.isEmpty())
        return subject.isEmpty() ? QCoreApplication::translate("Conversation", "Only you")
                                 : subject;
    return QLocale().createSeparatedList(names);
}

bool Conversation::hasOnly(const QString &personId, const QString &myPersonId) const
{
    const QList<ContactPerson> people = others(myPersonId);
    return people.size() == 1 && people.first().id == personId;
}

bool Conversation::fromJson(const QJsonObject &json, Conversation *conversation, QString *error)
{
    JsonReader reader(json, QStringLiteral("conversation"));
    Conversation result;
    result.id = reader.id(QLatin1String("id"));
    if (reader.ok() && !json.contains(QLatin1String("subject")))
        reader.fail(QStringLiteral("conversation.subject is missing"));
    result.subject = reader.string(QLatin1String("subject"), JsonReader::Optional, 500).trimmed();
    const QJsonArray participants = reader.array(QLatin1String("participants"));
    if (reader.ok() && (participants.isEmpty() || participants.size() > MaxParticipants))
        reader.fail(QStringLiteral("conversation.participants has a wrong size"));
    for (const QJsonValue &value : participants) {
        ContactPerson person;
        QString personError;
        if (!reader.ok())
            break;
        if (!value.isObject())
            reader.fail(QStringLiteral("conversation.participants holds a non-object"));
        else if (!ContactPerson::refFromJson(value.toObject(), &person, &personError))
            reader.fail(QStringLiteral("conversation.") + personError);
        else
            result.participants.append(person);
    }
    if (reader.ok() && !json.contains(QLatin1String("lastMessage")))
        reader.fail(QStringLiteral("conversation.lastMessage is missing"));
    const QJsonObject last = reader.object(QLatin1String("lastMessage"), JsonReader::Optional);
    QString lastError;
    if (reader.ok() && !last.isEmpty() && !Message::fromJson(last, &result.lastMessage, &lastError))
        reader.fail(QStringLiteral("conversation.") + lastError);
    result.unreadCount = reader.integer(QLatin1String("unreadCount"), 0, 1000000);
    result.updatedAt = reader.dateTime(QLatin1String("updatedAt"));
    if (!reader.ok()) {
        if (error)
            *error = reader.error();
        return false;
    }
    *conversation = result;
    return true;
}

bool Conversation::pageFromJson(const QJsonObject &json, QList<Conversation> *conversations,
                                QString *nextCursor, QString *error)
{
    return JsonPage::read(json, conversations, nextCursor, error, &Conversation::fromJson);
}
