#pragma once

#include "server/photos/photoimage.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <optional>

namespace Portiek::Server {

class AccountStore;
class Clock;
class Database;
struct ServerContext;

// People's and clients' photos, stored as the re-encoded JPEG (PhotoImage) with its ETag.
//
// A client has one photo, whoever sets it: the client with PUT /api/v1/me/photo or the portal
// administrator with PUT /api/v1/clients/{clientId}/photo. So the photo of a person who is
// linked to a client *as that client* is the client's photo; everyone else's is their own.
//
// For the demo seed:
//
//     PhotoStore photos(context);
//     photos.setClientPhoto(QStringLiteral("100482"), pngBytes, "image/png");
//     photos.setPersonPhoto(person.id, jpegBytes, "image/jpeg");
//
// Both run the same checks and re-encoding as an upload; a refused image gives `ok() == false`
// with the problem an upload would get.
class PhotoStore
{
public:
    // Whose photo a row is.
    struct Owner
    {
        enum class Kind { Person, Client };
        Kind kind = Kind::Person;
        QString id;
    };
    struct Photo
    {
        QByteArray jpeg;
        QByteArray etag; // quoted, as in the ETag header
        QDateTime updatedAt;
    };

    explicit PhotoStore(const ServerContext &context);
    PhotoStore(Database &database, const Clock &clock, const AccountStore &accounts);

    static Owner client(const QString &clientId) { return { Owner::Kind::Client, clientId }; }
    // The client's photo for a person linked to a client as that client, else their own.
    Owner ownerForPerson(const QString &personId) const;

    std::optional<Photo> find(const Owner &owner) const;
    bool has(const Owner &owner) const;
    // Stores an already re-encoded JPEG; returns its ETag, empty when the database failed.
    QByteArray store(const Owner &owner, const QByteArray &jpeg);
    // Removes the photo; true also when there was none.
    bool remove(const Owner &owner);

    // Checks, re-encodes and stores an image as an upload would; the result's jpeg is what is
    // stored. A database failure gives a 500 problem.
    PhotoImage::Result setPersonPhoto(const QString &personId, const QByteArray &image,
                                      const QByteArray &mediaType);
    PhotoImage::Result setClientPhoto(const QString &clientId, const QByteArray &image,
                                      const QByteArray &mediaType);

    // The `photoUrl` of Me, ClientSummary and PersonRef: the path, or empty when there is no
    // photo (the JSON then says null).
    QString meUrl(const QString &personId) const;
    QString clientUrl(const QString &clientId) const;
    QString personUrl(const QString &clientId, const QString &personId) const;

private:
    PhotoImage::Result processAndStore(const Owner &owner, const QByteArray &image,
                                       const QByteArray &mediaType);

    Database &m_database;
    const Clock &m_clock;
    const AccountStore &m_accounts;
};

} // namespace Portiek::Server
