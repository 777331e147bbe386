#include "core/message.h"

#include "core/jsonpage.h"
#include "core/jsonreader.h"

namespace {

// The portal accepts 5,000 characters; anything far beyond that is not a message.
constexpr int MaxReadTextLength = 20000;

} // namespace

bool Message::fromJson(const QJsonObject &json, Message *message, QString *error)
{
    JsonReader reader(json, QStringLiteral("message"));
    Message result;
    result.id = reader.id(QLatin1String("id"));
    result.conversationId = reader.id(QLatin1String("conversationId"));
    const QJsonObject sender = reader.object(QLatin1String("sender"));
    QString senderError;
    if (reader.ok() && !ContactPerson::refFromJson(sender, &result.sender, &senderError))
        reader.fail(QStringLiteral("message.") + senderError);
    result.sentAt = reader.dateTime(QLatin1String("sentAt"));
    if (reader.ok() && !json.value(QLatin1String("text")).isString())
        reader.fail(QStringLiteral("message.text is not a string"));
    result.text = reader.string(QLatin1String("text"), JsonReader::Optional, MaxReadTextLength);
    if (!reader.ok()) {
        if (error)
            *error = reader.error();
        return false;
    }
    *message = result;
    return true;
}

bool Message::pageFromJson(const QJsonObject &json, QList<Message> *messages, QString *nextCursor,
                           QString *error)
{
    return JsonPage::read(json, messages, nextCursor, error, &Message::fromJson);
}
