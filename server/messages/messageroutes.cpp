#include "server/messages/messageroutes.h"

#include "server/app/servercontext.h"
#include "server/dossier/clientroutes.h"
#include "server/dossier/idempotency.h"
#include "server/http/etag.h"
#include "server/http/problem.h"
#include "server/me/pagecursor.h"
#include "server/messages/bodyfields.h"
#include "server/messages/keysetpage.h"
#include "server/messages/messagejson.h"
#include "server/messages/personrefs.h"
#include "server/photos/photostore.h"
#include "server/storage/database.h"

#include <QJsonArray>

#include <algorithm>
#include <memory>

namespace Portiek::Server {

namespace {

using BodyFields::FieldError;

// What the routes share: the stores and the services they need.
struct Messaging
{
    Messaging(const ServerContext &context)
        : database(context.database)
        , clock(context.clock)
        , store(context.database, context.clock)
        , photos(context)
    { }

    Database &database;
    const Clock &clock;
    MessageStore store;
    PhotoStore photos;
};

Response conversationNotFound()
{
    return Problem::notFound(QStringLiteral("You take part in no such conversation."));
}

Response listContacts(Messaging &m, const Request &request, const ClientCall &call)
{
    Response problem;
    const std::optional<PageRequest> page = PageRequest::read(request, &problem);
    if (!page)
        return problem;
    const std::optional<QList<PortalPerson>> people
        = PortalPeople::list(m.database, call.clientId());
    if (!people)
        return Problem::internalError();
    PersonRefs refs(m.photos, call.clientId());
    QJsonArray all;
    for (const PortalPerson &person : *people) {
        if (person.id != call.who.person.id)
            all.append(MessageJson::contact(person, refs));
    }
    return conditionalGet(request, Response::personalJson(page->page(all)));
}

Response listConversations(Messaging &m, const Request &request, const ClientCall &call)
{
    Response problem;
    const std::optional<KeysetPage> page = KeysetPage::read(request, &problem);
    if (!page)
        return problem;
    const auto found
        = m.store.conversations(call.clientId(), call.who.person.id, page->limit, page->after);
    if (!found)
        return Problem::internalError();
    PersonRefs refs(m.photos, call.clientId());
    QJsonArray items;
    for (const StoredConversation &conversation : found->conversations)
        items.append(MessageJson::conversation(conversation, refs));
    return conditionalGet(request, Response::personalJson(KeysetPage::json(items, found->next)));
}

// The recipients of a new conversation: each must be someone of this portal, other than the
// sender, who can receive messages.
std::optional<QList<QPair<QString, Role>>> readRecipients(const Messaging &m,
                                                          const QJsonObject &body,
                                                          const ClientCall &call,
                                                          QList<FieldError> *errors)
{
    const QString field = QStringLiteral("participantIds");
    const QStringList ids = BodyFields::ids(body, field, MessageStore::MaxRecipients, errors);
    if (!errors->isEmpty())
        return QList<QPair<QString, Role>>();
    if (ids.isEmpty()) {
        errors->append({ field, QStringLiteral("required") });
        return QList<QPair<QString, Role>>();
    }
    const std::optional<QList<PortalPerson>> people
        = PortalPeople::list(m.database, call.clientId());
    if (!people)
        return std::nullopt;
    QList<QPair<QString, Role>> recipients;
    for (qsizetype i = 0; i < ids.size(); ++i) {
        const auto person = std::find_if(people->cbegin(), people->cend(),
                                         [&](const PortalPerson &p) { return p.id == ids.at(i); });
        // Someone of another portal reads the same as someone without the right: nothing
        // tells the sender whether an id exists elsewhere.
        if (person == people->cend() || person->id == call.who.person.id
            || !person->canReceiveMessages) {
            errors->append({ field + QLatin1Char('.') + QString::number(i),
                             QStringLiteral("recipient_not_allowed") });
            continue;
        }
        recipients.append({ person->id, person->role });
    }
    return recipients;
}

Response createConversation(Messaging &m, const Request &request, const ClientCall &call)
{
    return Idempotency(m.database, m.clock).run(request, call.who.person.id, [&]() -> Response {
        Response problem;
        const std::optional<QJsonObject> body = BodyFields::object(request, &problem);
        if (!body)
            return problem;
        QList<FieldError> errors;
        const auto recipients = readRecipients(m, *body, call, &errors);
        if (!recipients)
            return Problem::internalError();
        const QString subject = BodyFields::text(*body, QStringLiteral("subject"),
                                                 MessageStore::SubjectMaxLength, false, &errors);
        const QString text = BodyFields::text(*body, QStringLiteral("text"),
                                              MessageStore::TextMaxLength, true, &errors);
        if (!errors.isEmpty())
            return SignInProblems::validationFailed(errors);

        const std::optional<QString> id
            = m.store.create(call.clientId(), call.who.person, call.link.myRole, *recipients,
                             subject.trimmed(), text);
        bool failed = false;
        const auto conversation
            = id ? m.store.find(call.clientId(), *id, call.who.person.id, &failed) : std::nullopt;
        if (!conversation)
            return Problem::internalError();
        PersonRefs refs(m.photos, call.clientId());
        Response response
            = Response::personalJson(MessageJson::conversation(*conversation, refs), 201);
        response.setHeader(QByteArrayLiteral("Location"),
                           MessageJson::conversationPath(call.clientId(), *id).toUtf8());
        response.setHeader(QByteArrayLiteral("ETag"), strongETag(response.body()));
        return response;
    });
}

// The conversation of the path when the signed-in person takes part in it; otherwise `*answer`
// is the 404 (or 500).
std::optional<StoredConversation> participating(const Messaging &m, const Request &request,
                                                const ClientCall &call, Response *answer)
{
    bool failed = false;
    const auto conversation
        = m.store.find(call.clientId(), request.pathParameter(QStringLiteral("conversationId")),
                       call.who.person.id, &failed);
    if (!conversation)
        *answer = failed ? Problem::internalError() : conversationNotFound();
    return conversation;
}

Response getConversation(Messaging &m, const Request &request, const ClientCall &call)
{
    Response answer;
    const auto conversation = participating(m, request, call, &answer);
    if (!conversation)
        return answer;
    PersonRefs refs(m.photos, call.clientId());
    return conditionalGet(request,
                          Response::personalJson(MessageJson::conversation(*conversation, refs)));
}

Response listMessages(Messaging &m, const Request &request, const ClientCall &call)
{
    Response answer;
    const auto conversation = participating(m, request, call, &answer);
    if (!conversation)
        return answer;
    const std::optional<KeysetPage> page = KeysetPage::read(request, &answer);
    if (!page)
        return answer;
    const auto found = m.store.messages(conversation->id, page->limit, page->after);
    if (!found)
        return Problem::internalError();
    PersonRefs refs(m.photos, call.clientId());
    QJsonArray items;
    for (const StoredMessage &message : found->messages)
        items.append(MessageJson::message(message, refs));
    return conditionalGet(request, Response::personalJson(KeysetPage::json(items, found->next)));
}

// The participants who can no longer receive messages here: their access ended, or their
// messages right. They leave the conversation before the next message, so it never reaches them
// (not even when they are given the right again later).
std::optional<QStringList> departed(const Messaging &m, const StoredConversation &conversation,
                                    const ClientCall &call)
{
    const std::optional<QList<PortalPerson>> people
        = PortalPeople::list(m.database, call.clientId());
    if (!people)
        return std::nullopt;
    QStringList gone;
    for (const StoredParticipant &participant : conversation.participants) {
        const bool receives
            = std::any_of(people->cbegin(), people->cend(), [&](const PortalPerson &person) {
                  return person.id == participant.personId && person.canReceiveMessages;
              });
        if (!receives && participant.personId != call.who.person.id)
            gone.append(participant.personId);
    }
    return gone;
}

Response sendMessage(Messaging &m, const Request &request, const ClientCall &call)
{
    return Idempotency(m.database, m.clock).run(request, call.who.person.id, [&]() -> Response {
        Response answer;
        const auto conversation = participating(m, request, call, &answer);
        if (!conversation)
            return answer;
        const std::optional<QJsonObject> body = BodyFields::object(request, &answer);
        if (!body)
            return answer;
        QList<FieldError> errors;
        const QString text = BodyFields::text(*body, QStringLiteral("text"),
                                              MessageStore::TextMaxLength, true, &errors);
        if (!errors.isEmpty())
            return SignInProblems::validationFailed(errors);
        const std::optional<QStringList> gone = departed(m, *conversation, call);
        const auto message = gone && m.store.removeParticipants(conversation->id, *gone)
            ? m.store.send(conversation->id, call.who.person, roleName(call.link.myRole), text)
            : std::nullopt;
        if (!message)
            return Problem::internalError();
        PersonRefs refs(m.photos, call.clientId());
        Response response = Response::personalJson(MessageJson::message(*message, refs), 201);
        // Messages have no address of their own; the conversation holds them.
        response.setHeader(QByteArrayLiteral("Location"),
                           (MessageJson::conversationPath(call.clientId(), conversation->id)
                            + QStringLiteral("/messages"))
                               .toUtf8());
        return response;
    });
}

Response markRead(Messaging &m, const Request &request, const ClientCall &call)
{
    Response answer;
    const auto conversation = participating(m, request, call, &answer);
    if (!conversation)
        return answer;
    const std::optional<QJsonObject> body = BodyFields::object(request, &answer);
    if (!body)
        return answer;
    const QString field = QStringLiteral("lastReadMessageId");
    QList<FieldError> errors;
    const QString messageId = BodyFields::text(*body, field, 64, true, &errors);
    if (!errors.isEmpty())
        return SignInProblems::validationFailed(errors);
    switch (m.store.markRead(conversation->id, call.who.person.id, messageId)) {
    case MessageStore::MarkOutcome::Marked:
        return Response::noContent();
    case MessageStore::MarkOutcome::UnknownMessage:
        return SignInProblems::validationFailed({ { field, QStringLiteral("incorrect") } });
    case MessageStore::MarkOutcome::Failed:
        break;
    }
    return Problem::internalError();
}

Response unreadCounts(Messaging &m, const Request &request, const ClientCall &call)
{
    const auto counts = m.store.unread(call.clientId(), call.who.person.id);
    if (!counts)
        return Problem::internalError();
    return conditionalGet(
        request,
        Response::personalJson({ { QStringLiteral("messages"), counts->messages },
                                 { QStringLiteral("conversations"), counts->conversations } }));
}

} // namespace

void registerMessageRoutes(Router &router, const ServerContext &context)
{
    const auto m = std::make_shared<Messaging>(context);
    ClientRoutes routes(router, context);
    const QList<ClientRoutes::Right> rights { &Rights::messages };
    const QString client = QStringLiteral("/api/v1/clients/{clientId}");
    const QString conversations = client + QStringLiteral("/conversations");
    const QString conversation = conversations + QStringLiteral("/{conversationId}");
    using Handler = Response (*)(Messaging &, const Request &, const ClientCall &);
    const auto bind = [m](Handler handler) {
        return [m, handler](const Request &request, const ClientCall &call) {
            return handler(*m, request, call);
        };
    };

    routes.get(client + QStringLiteral("/contacts"), rights, bind(listContacts));
    routes.get(conversations, rights, bind(listConversations));
    routes.post(conversations, rights, bind(createConversation));
    routes.get(conversation, rights, bind(getConversation));
    routes.get(conversation + QStringLiteral("/messages"), rights, bind(listMessages));
    routes.post(conversation + QStringLiteral("/messages"), rights, bind(sendMessage));
    routes.put(conversation + QStringLiteral("/read-marker"), rights, bind(markRead));
    routes.get(client + QStringLiteral("/unread-counts"), rights, bind(unreadCounts));
}

} // namespace Portiek::Server
