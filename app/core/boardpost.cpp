#include "core/boardpost.h"

#include "core/jsonpage.h"
#include "core/jsonreader.h"

#include <QJsonArray>
#include <QUrl>

namespace {

// The contract sets no limit on reactions; this many pages of them is not a real board.
constexpr int MaxReactionCount = 1000000;

QString segment(const QString &id)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(id));
}

bool finish(const JsonReader &reader, QString *error)
{
    if (!reader.ok() && error)
        *error = reader.error();
    return reader.ok();
}

// Reads an array of objects with `parse`, at most `max` of them.
template<typename T, typename Parse>
QList<T> readList(JsonReader &reader, const QJsonArray &array, int max, const QString &what,
                  Parse parse)
{
    QList<T> result;
    if (reader.ok() && array.size() > max)
        reader.fail(QStringLiteral("%1 holds too many items").arg(what));
    for (const QJsonValue &value : array) {
        if (!reader.ok())
            break;
        T item;
        QString itemError;
        if (!value.isObject())
            reader.fail(QStringLiteral("an item of %1 is not an object").arg(what));
        else if (!parse(value.toObject(), &item, &itemError))
            reader.fail(itemError);
        else
            result.append(item);
    }
    return result;
}

} // namespace

bool BoardPerson::fromJson(const QJsonObject &json, BoardPerson *person, QString *error)
{
    JsonReader reader(json, QStringLiteral("author"));
    BoardPerson result;
    result.id = reader.id(QLatin1String("id"));
    result.name = reader.string(QLatin1String("name"), JsonReader::Required, 200).trimmed();
    if (reader.ok() && result.name.isEmpty())
        reader.fail(QStringLiteral("author.name is empty"));
    const QString role = reader.string(QLatin1String("role"), JsonReader::Required, 32);
    if (role == QLatin1String("client"))
        result.role = Role::Client;
    else if (role == QLatin1String("representative"))
        result.role = Role::Representative;
    else if (role == QLatin1String("contact"))
        result.role = Role::Contact;
    else if (reader.ok())
        reader.fail(QStringLiteral("author.role is unknown"));
    // Required, but null when the person has no photo.
    if (reader.ok() && !json.contains(QLatin1String("photoUrl")))
        reader.fail(QStringLiteral("author.photoUrl is missing"));
    result.photoUrl = reader.serverPath(QLatin1String("photoUrl"));
    if (!finish(reader, error))
        return false;
    *person = result;
    return true;
}

bool BoardPhoto::fromJson(const QJsonObject &json, BoardPhoto *photo, QString *error)
{
    JsonReader reader(json, QStringLiteral("photo"));
    BoardPhoto result;
    result.id = reader.id(QLatin1String("id"));
    result.thumbnailUrl = reader.serverPath(QLatin1String("thumbnailUrl"), JsonReader::Required);
    result.fullUrl = reader.serverPath(QLatin1String("fullUrl"), JsonReader::Required);
    result.width = reader.integer(QLatin1String("width"), 1, 100000);
    result.height = reader.integer(QLatin1String("height"), 1, 100000);
    if (!finish(reader, error))
        return false;
    *photo = result;
    return true;
}

bool BoardReaction::fromJson(const QJsonObject &json, BoardReaction *reaction, QString *error)
{
    JsonReader reader(json, QStringLiteral("reaction"));
    BoardReaction result;
    result.id = reader.id(QLatin1String("id"));
    result.postId = reader.id(QLatin1String("postId"));
    const QJsonObject author = reader.object(QLatin1String("author"));
    QString authorError;
    if (reader.ok() && !BoardPerson::fromJson(author, &result.author, &authorError))
        reader.fail(QStringLiteral("reaction.") + authorError);
    result.createdAt = reader.dateTime(QLatin1String("createdAt"));
    result.text = reader.string(QLatin1String("text"), JsonReader::Required, MaxTextLength * 2);
    result.canDelete = reader.boolean(QLatin1String("canDelete"));
    if (!finish(reader, error))
        return false;
    *reaction = result;
    return true;
}

bool BoardReaction::pageFromJson(const QJsonObject &json, QList<BoardReaction> *reactions,
                                 QString *nextCursor, QString *error)
{
    return JsonPage::read(json, reactions, nextCursor, error, &BoardReaction::fromJson);
}

bool BoardPost::fromJson(const QJsonObject &json, BoardPost *post, QString *error)
{
    JsonReader reader(json, QStringLiteral("post"));
    BoardPost result;
    result.id = reader.id(QLatin1String("id"));
    const QJsonObject author = reader.object(QLatin1String("author"));
    QString authorError;
    if (reader.ok() && !BoardPerson::fromJson(author, &result.author, &authorError))
        reader.fail(QStringLiteral("post.") + authorError);
    result.createdAt = reader.dateTime(QLatin1String("createdAt"));
    // An empty text is allowed (a post of photos only), but it must be a string.
    if (reader.ok() && !json.value(QLatin1String("text")).isString())
        reader.fail(QStringLiteral("post.text is not a string"));
    result.text = reader.string(QLatin1String("text"), JsonReader::Optional, MaxTextLength * 2);
    result.photos = readList<BoardPhoto>(reader, reader.array(QLatin1String("photos")), MaxPhotos,
                                         QStringLiteral("post.photos"), &BoardPhoto::fromJson);
    result.reactionCount = reader.integer(QLatin1String("reactionCount"), 0, MaxReactionCount);
    result.reactions = readList<BoardReaction>(
        reader, reader.array(QLatin1String("latestReactions")), MaxLatestReactions,
        QStringLiteral("post.latestReactions"), &BoardReaction::fromJson);
    if (reader.ok() && result.reactions.size() > result.reactionCount)
        reader.fail(QStringLiteral("post.reactionCount is less than its latest reactions"));
    result.canDelete = reader.boolean(QLatin1String("canDelete"));
    if (reader.ok() && result.text.trimmed().isEmpty() && result.photos.isEmpty())
        reader.fail(QStringLiteral("post has neither text nor photos"));
    if (!finish(reader, error))
        return false;
    *post = result;
    return true;
}

bool BoardPost::pageFromJson(const QJsonObject &json, QList<BoardPost> *posts, QString *nextCursor,
                             QString *error)
{
    return JsonPage::read(json, posts, nextCursor, error, &BoardPost::fromJson);
}

QString BoardPost::postsPath(const QString &clientId)
{
    return QStringLiteral("/api/v1/clients/%1/board/posts").arg(segment(clientId));
}

QString BoardPost::postPath(const QString &clientId, const QString &postId)
{
    return postsPath(clientId) + QLatin1Char('/') + segment(postId);
}

QString BoardPost::reactionsPath(const QString &clientId, const QString &postId)
{
    return postPath(clientId, postId) + QStringLiteral("/reactions");
}

QString BoardPost::photosPath(const QString &clientId)
{
    return QStringLiteral("/api/v1/clients/%1/board/photos").arg(segment(clientId));
}
