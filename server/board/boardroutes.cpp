#include "server/board/boardroutes.h"

#include "server/app/servercontext.h"
#include "server/board/boardjson.h"
#include "server/dossier/clientroutes.h"
#include "server/dossier/idempotency.h"
#include "server/http/etag.h"
#include "server/http/problem.h"
#include "server/messages/bodyfields.h"
#include "server/messages/keysetpage.h"
#include "server/messages/personrefs.h"
#include "server/photos/photostore.h"

#include <QJsonArray>

#include <memory>

namespace Portiek::Server {

namespace {

using BodyFields::FieldError;

struct Board
{
    explicit Board(const ServerContext &context)
        : database(context.database)
        , clock(context.clock)
        , store(context.database, context.clock)
        , photos(context)
    { }

    Database &database;
    const Clock &clock;
    BoardStore store;
    PhotoStore photos;
};

// The portal administrator (the client or a representative) may delete anything on the board.
bool isAdministrator(const ClientCall &call)
{
    return call.link.rights.manageAccess;
}

BoardAuthor authorOf(const ClientCall &call)
{
    return { call.who.person.id, call.who.person.name(), roleName(call.link.myRole) };
}

Response postNotFound()
{
    return Problem::notFound(QStringLiteral("This board has no such post."));
}

Response notAuthor()
{
    return Problem::make(403, QStringLiteral("not_author"),
                         QStringLiteral("Only its author or the portal administrator may delete "
                                        "this."));
}

QJsonObject postJson(Board &b, const StoredPost &post, const ClientCall &call)
{
    PersonRefs refs(b.photos, call.clientId());
    return BoardJson::post(post, refs, call.who.person.id, isAdministrator(call));
}

// The post of the path; otherwise `*answer` is the 404 (or 500).
std::optional<StoredPost> findPost(const Board &b, const Request &request, const ClientCall &call,
                                   Response *answer)
{
    bool failed = false;
    const auto post = b.store.findPost(call.clientId(),
                                       request.pathParameter(QStringLiteral("postId")), &failed);
    if (!post)
        *answer = failed ? Problem::internalError() : postNotFound();
    return post;
}

Response listPosts(Board &b, const Request &request, const ClientCall &call)
{
    Response problem;
    const std::optional<KeysetPage> page = KeysetPage::read(request, &problem);
    if (!page)
        return problem;
    const auto found = b.store.posts(call.clientId(), page->limit, page->after);
    if (!found)
        return Problem::internalError();
    PersonRefs refs(b.photos, call.clientId());
    QJsonArray items;
    for (const StoredPost &post : found->items)
        items.append(BoardJson::post(post, refs, call.who.person.id, isAdministrator(call)));
    return conditionalGet(request, Response::personalJson(KeysetPage::json(items, found->next)));
}

Response createPost(Board &b, const Request &request, const ClientCall &call)
{
    return Idempotency(b.database, b.clock).run(request, call.who.person.id, [&]() -> Response {
        Response problem;
        const std::optional<QJsonObject> body = BodyFields::object(request, &problem);
        if (!body)
            return problem;
        QList<FieldError> errors;
        const QString text = BodyFields::text(*body, QStringLiteral("text"),
                                              BoardStore::TextMaxLength, false, &errors);
        const QString field = QStringLiteral("photoIds");
        const QStringList photoIds = BodyFields::ids(*body, field, BoardStore::MaxPhotos, &errors);
        if (errors.isEmpty() && text.isEmpty() && photoIds.isEmpty())
            errors.append({ QStringLiteral("text"), QStringLiteral("empty_post") });
        if (errors.isEmpty()) {
            const auto usable
                = b.store.photos().usable(call.clientId(), call.who.person.id, photoIds);
            if (!usable)
                return Problem::internalError();
            for (qsizetype i = 0; i < usable->size(); ++i) {
                if (!usable->at(i))
                    errors.append({ field + QLatin1Char('.') + QString::number(i),
                                    QStringLiteral("photo_not_usable") });
            }
        }
        if (!errors.isEmpty())
            return SignInProblems::validationFailed(errors);

        const auto id = b.store.createPost(call.clientId(), authorOf(call), text, photoIds);
        bool failed = false;
        const auto post = id ? b.store.findPost(call.clientId(), *id, &failed) : std::nullopt;
        if (!post)
            return Problem::internalError();
        Response response = Response::personalJson(postJson(b, *post, call), 201);
        response.setHeader(QByteArrayLiteral("Location"),
                           BoardJson::postPath(call.clientId(), *id).toUtf8());
        response.setHeader(QByteArrayLiteral("ETag"), strongETag(response.body()));
        return response;
    });
}

Response getPost(Board &b, const Request &request, const ClientCall &call)
{
    Response answer;
    const auto post = findPost(b, request, call, &answer);
    return post ? conditionalGet(request, Response::personalJson(postJson(b, *post, call)))
                : answer;
}

Response deletePost(Board &b, const Request &request, const ClientCall &call)
{
    Response answer;
    const auto post = findPost(b, request, call, &answer);
    if (!post)
        return answer;
    if (post->author.id != call.who.person.id && !isAdministrator(call))
        return notAuthor();
    return b.store.deletePost(post->id) ? Response::noContent() : Problem::internalError();
}

Response listReactions(Board &b, const Request &request, const ClientCall &call)
{
    Response answer;
    const auto post = findPost(b, request, call, &answer);
    if (!post)
        return answer;
    const std::optional<KeysetPage> page = KeysetPage::read(request, &answer);
    if (!page)
        return answer;
    const auto found = b.store.reactions(post->id, page->limit, page->after);
    if (!found)
        return Problem::internalError();
    PersonRefs refs(b.photos, call.clientId());
    QJsonArray items;
    for (const StoredReaction &reaction : found->items)
        items.append(
            BoardJson::reaction(reaction, refs, call.who.person.id, isAdministrator(call)));
    return conditionalGet(request, Response::personalJson(KeysetPage::json(items, found->next)));
}

Response createReaction(Board &b, const Request &request, const ClientCall &call)
{
    return Idempotency(b.database, b.clock).run(request, call.who.person.id, [&]() -> Response {
        Response answer;
        const auto post = findPost(b, request, call, &answer);
        if (!post)
            return answer;
        const std::optional<QJsonObject> body = BodyFields::object(request, &answer);
        if (!body)
            return answer;
        QList<FieldError> errors;
        const QString text = BodyFields::text(*body, QStringLiteral("text"),
                                              BoardStore::ReactionMaxLength, true, &errors);
        if (!errors.isEmpty())
            return SignInProblems::validationFailed(errors);
        const auto reaction = b.store.addReaction(post->id, authorOf(call), text);
        if (!reaction)
            return Problem::internalError();
        PersonRefs refs(b.photos, call.clientId());
        Response response = Response::personalJson(
            BoardJson::reaction(*reaction, refs, call.who.person.id, isAdministrator(call)), 201);
        response.setHeader(QByteArrayLiteral("Location"),
                           (BoardJson::postPath(call.clientId(), post->id)
                            + QStringLiteral("/reactions/") + reaction->id)
                               .toUtf8());
        return response;
    });
}

Response deleteReaction(Board &b, const Request &request, const ClientCall &call)
{
    Response answer;
    const auto post = findPost(b, request, call, &answer);
    if (!post)
        return answer;
    bool failed = false;
    const auto reaction = b.store.findReaction(
        post->id, request.pathParameter(QStringLiteral("reactionId")), &failed);
    if (!reaction) {
        return failed ? Problem::internalError()
                      : Problem::notFound(QStringLiteral("This post has no such reaction."));
    }
    if (reaction->author.id != call.who.person.id && !isAdministrator(call))
        return notAuthor();
    return b.store.deleteReaction(reaction->id) ? Response::noContent() : Problem::internalError();
}

Response uploadPhoto(Board &b, const Request &request, const ClientCall &call)
{
    return Idempotency(b.database, b.clock).run(request, call.who.person.id, [&]() -> Response {
        const BoardImage::Result image
            = BoardImage::process(request.body(), request.header("Content-Type"));
        if (!image.ok())
            return image.problem;
        const auto photo = b.store.photos().add(call.clientId(), call.who.person.id, image);
        if (!photo)
            return Problem::internalError();
        Response response = Response::personalJson(BoardJson::photo(call.clientId(), *photo), 201);
        response.setHeader(QByteArrayLiteral("Location"),
                           BoardJson::photoPath(call.clientId(), photo->id).toUtf8());
        return response;
    });
}

Response servePhoto(Board &b, const Request &request, const ClientCall &call, bool thumbnail)
{
    bool failed = false;
    const QByteArray jpeg
        = b.store.photos().image(call.clientId(), request.pathParameter(QStringLiteral("photoId")),
                                 call.who.person.id, thumbnail, &failed);
    if (failed)
        return Problem::internalError();
    if (jpeg.isEmpty())
        return Problem::notFound(QStringLiteral("This board has no such photo."));
    Response response(200, jpeg, QByteArrayLiteral("image/jpeg"));
    response.markPersonal();
    return conditionalGet(request, response);
}

Response getPhoto(Board &b, const Request &request, const ClientCall &call)
{
    return servePhoto(b, request, call, false);
}

Response getThumbnail(Board &b, const Request &request, const ClientCall &call)
{
    return servePhoto(b, request, call, true);
}

} // namespace

void registerBoardRoutes(Router &router, const ServerContext &context)
{
    const auto board = std::make_shared<Board>(context);
    ClientRoutes routes(router, context);
    const QList<ClientRoutes::Right> rights { &Rights::board };
    const QString posts = QStringLiteral("/api/v1/clients/{clientId}/board/posts");
    const QString post = posts + QStringLiteral("/{postId}");
    const QString reactions = post + QStringLiteral("/reactions");
    const QString photos = QStringLiteral("/api/v1/clients/{clientId}/board/photos");
    const QString photo = photos + QStringLiteral("/{photoId}");
    using Handler = Response (*)(Board &, const Request &, const ClientCall &);
    const auto bind = [board](Handler handler) {
        return [board, handler](const Request &request, const ClientCall &call) {
            return handler(*board, request, call);
        };
    };

    routes.get(posts, rights, bind(listPosts));
    routes.post(posts, rights, bind(createPost));
    routes.get(post, rights, bind(getPost));
    routes.del(post, rights, bind(deletePost));
    routes.get(reactions, rights, bind(listReactions));
    routes.post(reactions, rights, bind(createReaction));
    routes.del(reactions + QStringLiteral("/{reactionId}"), rights, bind(deleteReaction));
    routes.post(photos, rights, bind(uploadPhoto));
    routes.get(photo, rights, bind(getPhoto));
    routes.get(photo + QStringLiteral("/thumbnail"), rights, bind(getThumbnail));

    // Photos from a phone camera are larger than the 1 MiB every other route accepts; a little
    // over the limit, so BoardImage answers an oversized photo with its own 413.
    router.setMaxBodyBytes(QByteArrayLiteral("POST"), photos, BoardImage::MaxBytes + 64 * 1024);
}

} // namespace Portiek::Server
