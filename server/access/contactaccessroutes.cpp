#include "server/access/contactaccessroutes.h"

#include "server/access/accesslogroutes.h"
#include "server/access/contactaccessstore.h"
#include "server/access/contactinput.h"
#include "server/access/contactinviter.h"
#include "server/accounts/accountstore.h"
#include "server/app/servercontext.h"
#include "server/core/clock.h"
#include "server/dossier/clientroutes.h"
#include "server/dossier/idempotency.h"
#include "server/http/etag.h"
#include "server/http/problem.h"
#include "server/me/pagecursor.h"
#include "server/photos/photostore.h"
#include "server/session/sessions.h"
#include "server/signin/apijson.h"
#include "server/signin/signinproblems.h"
#include "server/storage/transaction.h"

#include <QJsonArray>

#include <memory>

namespace Portiek::Server {

namespace {

const QString ContactsPath = QStringLiteral("/api/v1/clients/{clientId}/access/contacts");
const QString ContactPath = ContactsPath + QStringLiteral("/{personId}");
// How soon an invitation may be sent again: enough for a typo'd address to be noticed, not
// enough to flood a mailbox.
constexpr qint64 ResendWaitSeconds = 5 * 60;

// RFC 9110 §13.1.1: `*` or one of the listed tags, compared strongly.
bool ifMatchMatches(const QByteArray &ifMatch, const QByteArray &etag)
{
    for (const QByteArray &tag : ifMatch.split(',')) {
        const QByteArray trimmed = tag.trimmed();
        if (trimmed == "*" || trimmed == etag)
            return true;
    }
    return false;
}

class ContactAccessHandlers
{
public:
    explicit ContactAccessHandlers(const ServerContext &context)
        : m_context(context)
        , m_store(context.database, context.clock)
        , m_photos(context)
    { }

    Response list(const Request &request, const ClientCall &call)
    {
        Response problem;
        const std::optional<PageRequest> page = PageRequest::read(request, &problem);
        if (!page)
            return problem;
        const std::optional<QList<ContactAccess>> contacts = m_store.list(call.clientId());
        if (!contacts)
            return Problem::internalError();
        QJsonArray all;
        for (const ContactAccess &contact : *contacts)
            all.append(json(contact));
        return conditionalGet(request, Response::personalJson(page->page(all)));
    }

    Response get(const Request &request, const ClientCall &call)
    {
        Response problem;
        const std::optional<ContactAccess> contact = find(request, call, &problem);
        if (!contact)
            return problem;
        return conditionalGet(request, answer(*contact));
    }

    Response invite(const Request &request, const ClientCall &call)
    {
        return Idempotency(m_context.database, m_context.clock)
            .run(request, call.who.person.id, [&]() -> Response {
                Response problem;
                const std::optional<ContactInvite> invite
                    = ContactInput::readInvite(request, &problem);
                if (!invite)
                    return problem;
                QString personId;
                switch (ContactInviter(m_context).invite(call.clientId(), call.link.clientName,
                                                         *invite, call.who.person, call.link.myRole,
                                                         &personId)) {
                case ContactInviter::Result::AlreadyLinked:
                    return Problem::make(409, QStringLiteral("contact_already_linked"),
                                         QStringLiteral("This person already has access to this "
                                                        "client."));
                case ContactInviter::Result::Failed:
                    return Problem::internalError();
                case ContactInviter::Result::Invited:
                    break;
                }
                bool failed = false;
                const std::optional<ContactAccess> contact
                    = m_store.find(call.clientId(), personId, &failed);
                // Inside Idempotency's transaction: without its log entry nothing is kept.
                if (!contact
                    || !call.log(AccessLog::Action::Create, QStringLiteral("contactAccess"),
                                 personId))
                    return Problem::internalError();
                Response created = answer(*contact, 201);
                created.setHeader(QByteArrayLiteral("Location"), contact->path().toUtf8());
                return created;
            });
    }

    Response setRights(const Request &request, const ClientCall &call)
    {
        Response problem;
        const std::optional<ContactAccess> contact = find(request, call, &problem);
        if (!contact)
            return problem;
        const QByteArray ifMatch = request.header("If-Match");
        if (!ifMatch.isEmpty() && !ifMatchMatches(ifMatch, answer(*contact).header("ETag")))
            return Problem::make(412, QStringLiteral("precondition_failed"),
                                 QStringLiteral("Someone changed this contact's access "
                                                "meanwhile; reload it."));
        const std::optional<Rights> rights = ContactInput::readRights(request, &problem);
        if (!rights)
            return problem;
        Transaction transaction(m_context.database);
        bool failed = false;
        std::optional<ContactAccess> changed;
        if (!m_store.setRights(call.clientId(), contact->person.id, *rights)
            || !call.log(AccessLog::Action::Update, QStringLiteral("contactAccess"),
                         contact->person.id)
            || !(changed = m_store.find(call.clientId(), contact->person.id, &failed))
            || !transaction.commit())
            return Problem::internalError();
        return answer(*changed);
    }

    Response end(const Request &request, const ClientCall &call)
    {
        Response problem;
        const std::optional<ContactAccess> contact = find(request, call, &problem);
        if (!contact)
            return problem;
        const QString personId = contact->person.id;
        Transaction transaction(m_context.database);
        if (!m_store.end(call.clientId(), personId))
            return Problem::internalError();
        const int linksLeft = m_store.linkCount(personId);
        if (linksLeft < 0)
            return Problem::internalError();
        if (linksLeft == 0) {
            // Nothing left to see: the account is closed and signed out everywhere.
            if (!m_context.accounts.setDisabled(personId, true))
                return Problem::internalError();
            Sessions(m_context.database, m_context.clock).endAllFor(personId);
        }
        if (!call.log(AccessLog::Action::Delete, QStringLiteral("contactAccess"), personId)
            || !transaction.commit())
            return Problem::internalError();
        return Response::noContent();
    }

    Response resend(const Request &request, const ClientCall &call)
    {
        // With a key, the same press sent again (Qt repeats a POST whose answer was lost) gets
        // the first answer instead of "sent a moment ago", and sends no second e-mail.
        const std::optional<QString> key = Idempotency::optionalKey(request);
        if (!key)
            return Idempotency::malformedKey();
        if (key->isEmpty())
            return resendNow(request, call);
        return Idempotency(m_context.database, m_context.clock)
            .run(request, call.who.person.id, [&] { return resendNow(request, call); });
    }

    Response resendNow(const Request &request, const ClientCall &call)
    {
        Response problem;
        const std::optional<ContactAccess> contact = find(request, call, &problem);
        if (!contact)
            return problem;
        if (contact->isActive())
            return Problem::make(409, QStringLiteral("invitation_not_pending"),
                                 QStringLiteral("This person has signed in already."));
        const QDateTime now = m_context.clock.now();
        const QDateTime allowedAt = contact->lastSentAt.addSecs(ResendWaitSeconds);
        if (contact->lastSentAt.isValid() && now < allowedAt) {
            const qint64 wait = ApiJson::secondsUntil(now, allowedAt);
            Response limited = SignInProblems::withMembers(
                429, QStringLiteral("rate_limited"),
                QStringLiteral("The invitation was sent a moment ago."),
                { { QStringLiteral("retryAfterSeconds"), wait } });
            limited.setHeader(QByteArrayLiteral("Retry-After"), QByteArray::number(wait));
            return limited;
        }
        Transaction transaction(m_context.database);
        if (!ContactInviter(m_context).resend(*contact)
            || !call.log(AccessLog::Action::Update, QStringLiteral("contactAccess"),
                         contact->person.id)
            || !transaction.commit())
            return Problem::internalError();
        return Response(202);
    }

private:
    // The contact of the path; 404 for anyone who is not a contact person of this client (the
    // client and representatives included: their access cannot be changed here), and for the
    // caller themself — nobody ends or changes their own access.
    std::optional<ContactAccess> find(const Request &request, const ClientCall &call,
                                      Response *problem) const
    {
        const QString personId = request.pathParameter(QStringLiteral("personId"));
        bool failed = false;
        std::optional<ContactAccess> contact;
        if (personId != call.who.person.id)
            contact = m_store.find(call.clientId(), personId, &failed);
        if (failed)
            *problem = Problem::internalError();
        else if (!contact)
            *problem = Problem::notFound(QStringLiteral("This client has no such contact person."));
        return contact;
    }

    QJsonObject json(const ContactAccess &contact) const
    {
        QString photoUrl;
        if (!contact.invitedById.isEmpty()) {
            photoUrl = contact.invitedByRole == Role::Client
                ? m_photos.clientUrl(contact.clientId)
                : m_photos.personUrl(contact.clientId, contact.invitedById);
        }
        return contact.toJson(photoUrl);
    }

    // The contact as JSON with the ETag that If-Match compares (the same a GET answers).
    Response answer(const ContactAccess &contact, int status = 200) const
    {
        Response response = Response::personalJson(json(contact), status);
        response.setHeader(QByteArrayLiteral("ETag"), strongETag(response.body()));
        return response;
    }

    const ServerContext &m_context;
    ContactAccessStore m_store;
    PhotoStore m_photos;
};

} // namespace

void registerAccessRoutes(Router &router, const ServerContext &context)
{
    const auto handlers = std::make_shared<ContactAccessHandlers>(context);
    ClientRoutes routes(router, context);
    const QList<Rights::Right> manage = { &Rights::manageAccess };
    using Method = Response (ContactAccessHandlers::*)(const Request &, const ClientCall &);
    const auto bind = [handlers](Method method) {
        return [handlers, method](const Request &request, const ClientCall &call) {
            return ((*handlers).*method)(request, call);
        };
    };
    routes.get(ContactsPath, manage, bind(&ContactAccessHandlers::list));
    routes.post(ContactsPath, manage, bind(&ContactAccessHandlers::invite));
    routes.get(ContactPath, manage, bind(&ContactAccessHandlers::get));
    routes.del(ContactPath, manage, bind(&ContactAccessHandlers::end));
    routes.put(ContactPath + QStringLiteral("/rights"), manage,
               bind(&ContactAccessHandlers::setRights));
    routes.post(ContactPath + QStringLiteral("/invitation"), manage,
                bind(&ContactAccessHandlers::resend));

    registerAccessLogRoutes(router, context);
}

} // namespace Portiek::Server
