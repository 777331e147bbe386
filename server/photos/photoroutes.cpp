#include "server/photos/photoroutes.h"

#include "server/accounts/accountstore.h"
#include "server/app/servercontext.h"
#include "server/dossier/clientroutes.h"
#include "server/http/etag.h"
#include "server/http/problem.h"
#include "server/photos/photostore.h"
#include "server/session/authenticator.h"

#include <memory>

namespace Portiek::Server {

namespace {

Response servePhoto(const Request &request, const std::optional<PhotoStore::Photo> &photo)
{
    if (!photo)
        return Problem::notFound(QStringLiteral("There is no photo."));
    Response response(200, photo->jpeg, QByteArrayLiteral("image/jpeg"));
    response.setHeader(QByteArrayLiteral("ETag"), photo->etag);
    // A photo is personal data: the client may keep it but must revalidate; no shared cache.
    response.markPersonal();
    return conditionalGet(request, response);
}

Response putPhoto(PhotoStore &photos, const PhotoStore::Owner &owner, const Request &request)
{
    const PhotoImage::Result image
        = PhotoImage::process(request.body(), request.header("Content-Type"));
    if (!image.ok())
        return image.problem;
    const QByteArray etag = photos.store(owner, image.jpeg);
    if (etag.isEmpty())
        return Problem::internalError();
    Response response = Response::noContent();
    response.setHeader(QByteArrayLiteral("ETag"), etag);
    return response;
}

Response deletePhoto(PhotoStore &photos, const PhotoStore::Owner &owner)
{
    return photos.remove(owner) ? Response::noContent() : Problem::internalError();
}

} // namespace

void registerPhotoRoutes(Router &router, const ServerContext &context)
{
    const auto photos = std::make_shared<PhotoStore>(context);
    const Authenticator auth(context);

    router.get(QStringLiteral("/api/v1/me/photo"),
               auth.guard([photos](const Request &request, const SignedIn &who) {
                   return servePhoto(request, photos->find(photos->ownerForPerson(who.person.id)));
               }));
    router.put(QStringLiteral("/api/v1/me/photo"),
               auth.guard([photos](const Request &request, const SignedIn &who) {
                   return putPhoto(*photos, photos->ownerForPerson(who.person.id), request);
               }));
    router.del(QStringLiteral("/api/v1/me/photo"),
               auth.guard([photos](const Request &, const SignedIn &who) {
                   return deletePhoto(*photos, photos->ownerForPerson(who.person.id));
               }));

    ClientRoutes routes(router, context);
    const QString clientPhoto = QStringLiteral("/api/v1/clients/{clientId}/photo");
    routes.get(clientPhoto, {}, [photos](const Request &request, const ClientCall &call) {
        return servePhoto(request, photos->find(PhotoStore::client(call.clientId())));
    });
    routes.put(clientPhoto, { &Rights::manageAccess },
               [photos](const Request &request, const ClientCall &call) {
                   return putPhoto(*photos, PhotoStore::client(call.clientId()), request);
               });
    routes.del(clientPhoto, { &Rights::manageAccess },
               [photos](const Request &, const ClientCall &call) {
                   return deletePhoto(*photos, PhotoStore::client(call.clientId()));
               });

    // Photos from a phone camera are larger than the 1 MiB every other route accepts; a little
    // over the limit, so PhotoImage answers an oversized photo with its own 413.
    constexpr qint64 UploadLimit = PhotoImage::MaxBytes + 64 * 1024;
    router.setMaxBodyBytes(QByteArrayLiteral("PUT"), QStringLiteral("/api/v1/me/photo"),
                           UploadLimit);
    router.setMaxBodyBytes(QByteArrayLiteral("PUT"), clientPhoto, UploadLimit);

    const AccountStore &accounts = context.accounts;
    routes.get(QStringLiteral("/api/v1/clients/{clientId}/people/{personId}/photo"), {},
               [photos, &accounts](const Request &request, const ClientCall &call) {
                   // Only the people of this client's portal; anyone else is "not found", the
                   // same answer as a person without a photo.
                   const QString personId = request.pathParameter(QStringLiteral("personId"));
                   if (!accounts.linkFor(personId, call.clientId()))
                       return Problem::notFound(QStringLiteral("There is no photo."));
                   return servePhoto(request, photos->find(photos->ownerForPerson(personId)));
               });
}

} // namespace Portiek::Server
