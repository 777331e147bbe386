#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>

// Someone who wrote on the board (docs/openapi.yaml, PersonRef).
struct BoardPerson
{
    enum class Role { Client, Representative, Contact };

    QString id;
    QString name;
    Role role = Role::Contact;
    QString photoUrl; // server-relative; empty when the person has no photo

    static bool fromJson(const QJsonObject &json, BoardPerson *person, QString *error);
};

// A photo on the board (BoardPhoto): a thumbnail and a full version, both JPEG.
struct BoardPhoto
{
    QString id;
    QString thumbnailUrl; // server-relative
    QString fullUrl; // server-relative
    int width = 0; // of the full version
    int height = 0;

    static bool fromJson(const QJsonObject &json, BoardPhoto *photo, QString *error);
};

// A reaction under a post (BoardReaction).
struct BoardReaction
{
    static constexpr int MaxTextLength = 2000;

    QString id;
    QString postId;
    BoardPerson author;
    QDateTime createdAt;
    QString text;
    bool canDelete = false;

    static bool fromJson(const QJsonObject &json, BoardReaction *reaction, QString *error);
    // One page of GET …/reactions: its items and the next cursor (empty on the last).
    static bool pageFromJson(const QJsonObject &json, QList<BoardReaction> *reactions,
                             QString *nextCursor, QString *error);
};

// A post on the bulletin board (prikbord) (BoardPost): text and/or photos, with its reaction
// count and its latest reactions (at most 3, oldest of them first).
struct BoardPost
{
    static constexpr int MaxTextLength = 5000;
    static constexpr int MaxPhotos = 10;
    static constexpr int MaxLatestReactions = 3;

    QString id;
    BoardPerson author;
    QDateTime createdAt;
    QString text; // may be empty when the post has photos
    QList<BoardPhoto> photos;
    int reactionCount = 0;
    // The latest reactions as the list sends them; all of them once they were asked for.
    QList<BoardReaction> reactions;
    bool canDelete = false;

    bool isValid() const { return !id.isEmpty(); }
    // True when `reactions` holds every reaction (none are left to show).
    bool hasAllReactions() const { return reactions.size() >= reactionCount; }

    static bool fromJson(const QJsonObject &json, BoardPost *post, QString *error);
    // One page of GET …/board/posts: its items and the next cursor (empty on the last).
    static bool pageFromJson(const QJsonObject &json, QList<BoardPost> *posts, QString *nextCursor,
                             QString *error);

    static QString postsPath(const QString &clientId);
    static QString postPath(const QString &clientId, const QString &postId);
    static QString reactionsPath(const QString &clientId, const QString &postId);
    static QString photosPath(const QString &clientId);
};

Q_DECLARE_METATYPE(BoardPhoto)
Q_DECLARE_METATYPE(BoardReaction)
Q_DECLARE_METATYPE(BoardPost)
