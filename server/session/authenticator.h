#pragma once

#include "server/accounts/person.h"
#include "server/http/request.h"
#include "server/http/response.h"
#include "server/http/router.h"
#include "server/session/sessions.h"

#include <functional>
#include <optional>

namespace Portiek::Server {

class AccountStore;
struct ServerContext;

// Who is asking: the session behind the request's `Authorization: Bearer` token and its person.
struct SignedIn
{
    Sessions::Session session;
    Person person;
};

// Turns a bearer token into a signed-in person for every protected route. Every module with
// person-facing routes wraps its handlers in guard():
//
//     Authenticator auth(context);
//     router.get("/api/v1/clients/{clientId}/reports",
//                auth.guard([](const Request &request, const SignedIn &who) { … }));
//
// A request without a token or with an unknown one answers 401 `unauthenticated`; a session
// that ended (signed out, idle or absolute limit, password change) 401 `session_expired`. Each
// accepted request counts as activity and moves the idle expiry, except where the route says it
// does not (GET /api/v1/session).
class Authenticator
{
public:
    enum class Activity { Counts, DoesNotCount };
    using Handler = std::function<Response(const Request &, const SignedIn &)>;

    explicit Authenticator(const ServerContext &context);
    Authenticator(Sessions sessions, const AccountStore &accounts);

    // The signed-in person, or nullopt with `*problem` set to the 401 to answer.
    std::optional<SignedIn> authenticate(const Request &request, Activity activity,
                                         Response *problem);
    Router::Handler guard(Handler handler, Activity activity = Activity::Counts) const;

    // The token of `Authorization: Bearer <token>`; empty when there is none.
    static QString bearerToken(const Request &request);

private:
    Sessions m_sessions;
    const AccountStore &m_accounts;
};

} // namespace Portiek::Server
