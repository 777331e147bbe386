#include "server/photos/photostore.h"

#include "server/accounts/accountstore.h"
#include "server/app/servercontext.h"
#include "server/core/clock.h"
#include "server/http/etag.h"
#include "server/http/problem.h"
#include "server/storage/database.h"
#include "server/storage/transaction.h"

namespace Portiek::Server {

namespace {

QString ownerColumn(const PhotoStore::Owner &owner)
{
    return owner.kind == PhotoStore::Owner::Kind::Client ? QStringLiteral("client_id")
                                                         : QStringLiteral("person_id");
}

} // namespace

PhotoStore::PhotoStore(const ServerContext &context)
    : PhotoStore(context.database, context.clock, context.accounts)
{ }

PhotoStore::PhotoStore(Database &database, const Clock &clock, const AccountStore &accounts)
    : m_database(database)
    , m_clock(clock)
    , m_accounts(accounts)
{ }

PhotoStore::Owner PhotoStore::ownerForPerson(const QString &personId) const
{
    for (const ClientLink &link : m_accounts.linksForPerson(personId)) {
        if (link.myRole == Role::Client)
            return client(link.clientId);
    }
    return { Owner::Kind::Person, personId };
}

std::optional<PhotoStore::Photo> PhotoStore::find(const Owner &owner) const
{
    QSqlQuery query;
    if (owner.id.isEmpty()
        || !m_database.exec(
            query,
            QStringLiteral("SELECT image, etag, updated_at FROM photos WHERE %1 = ?")
                .arg(ownerColumn(owner)),
            { owner.id })
        || !query.next())
        return std::nullopt;
    return Photo { QByteArray::fromBase64(query.value(0).toString().toLatin1()),
                   query.value(1).toString().toLatin1(), fromDbTime(query.value(2)) };
}

bool PhotoStore::has(const Owner &owner) const
{
    QSqlQuery query;
    return !owner.id.isEmpty()
        && m_database.exec(
            query, QStringLiteral("SELECT 1 FROM photos WHERE %1 = ?").arg(ownerColumn(owner)),
            { owner.id })
        && query.next();
}

QByteArray PhotoStore::store(const Owner &owner, const QByteArray &jpeg)
{
    const QByteArray etag = strongETag(jpeg);
    const bool isClient = owner.kind == Owner::Kind::Client;
    Transaction transaction(m_database);
    QSqlQuery query;
    if (!remove(owner)
        || !m_database.exec(
            query,
            QStringLiteral("INSERT INTO photos (person_id, client_id, image, etag, "
                           "updated_at) VALUES (?, ?, ?, ?, ?)"),
            { isClient ? QVariant(QMetaType::fromType<QString>()) : owner.id,
              isClient ? QVariant(owner.id) : QVariant(QMetaType::fromType<QString>()),
              QString::fromLatin1(jpeg.toBase64()), QString::fromLatin1(etag),
              toDbTime(m_clock.now()) })
        || !transaction.commit())
        return {};
    return etag;
}

bool PhotoStore::remove(const Owner &owner)
{
    QSqlQuery query;
    return m_database.exec(
        query, QStringLiteral("DELETE FROM photos WHERE %1 = ?").arg(ownerColumn(owner)),
        { owner.id });
}

PhotoImage::Result PhotoStore::processAndStore(const Owner &owner, const QByteArray &image,
                                               const QByteArray &mediaType)
{
    PhotoImage::Result result = PhotoImage::process(image, mediaType);
    if (result.ok() && store(owner, result.jpeg).isEmpty())
        return PhotoImage::Result { QByteArray(), Problem::internalError() };
    return result;
}

PhotoImage::Result PhotoStore::setPersonPhoto(const QString &personId, const QByteArray &image,
                                              const QByteArray &mediaType)
{
    return processAndStore(ownerForPerson(personId), image, mediaType);
}

PhotoImage::Result PhotoStore::setClientPhoto(const QString &clientId, const QByteArray &image,
                                              const QByteArray &mediaType)
{
    return processAndStore(client(clientId), image, mediaType);
}

QString PhotoStore::meUrl(const QString &personId) const
{
    return has(ownerForPerson(personId)) ? QStringLiteral("/api/v1/me/photo") : QString();
}

QString PhotoStore::clientUrl(const QString &clientId) const
{
    return has(client(clientId)) ? QStringLiteral("/api/v1/clients/%1/photo").arg(clientId)
                                 : QString();
}

QString PhotoStore::personUrl(const QString &clientId, const QString &personId) const
{
    return has(ownerForPerson(personId))
        ? QStringLiteral("/api/v1/clients/%1/people/%2/photo").arg(clientId, personId)
        : QString();
}

} // namespace Portiek::Server
