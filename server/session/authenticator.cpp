#include "server/session/authenticator.h"

#include "server/accounts/accountstore.h"
#include "server/app/servercontext.h"
#include "server/signin/signinproblems.h"

namespace Portiek::Server {

Authenticator::Authenticator(const ServerContext &context)
    : Authenticator(Sessions(context.database, context.clock), context.accounts)
{ }

Authenticator::Authenticator(Sessions sessions, const AccountStore &accounts)
    : m_sessions(std::move(sessions))
    , m_accounts(accounts)
{ }

QString Authenticator::bearerToken(const Request &request)
{
    const QByteArray value = request.header("Authorization").trimmed();
    const qsizetype space = value.indexOf(' ');
    if (space <= 0 || QByteArrayView(value.left(space)).compare("Bearer", Qt::CaseInsensitive) != 0)
        return {};
    return QString::fromLatin1(value.mid(space + 1).trimmed());
}

std::optional<SignedIn> Authenticator::authenticate(const Request &request, Activity activity,
                                                    Response *problem)
{
    SignedIn who;
    switch (m_sessions.find(bearerToken(request), &who.session)) {
    case Sessions::Lookup::Unknown:
        *problem = SignInProblems::unauthenticated();
        return std::nullopt;
    case Sessions::Lookup::Ended:
        *problem = SignInProblems::sessionExpired();
        return std::nullopt;
    case Sessions::Lookup::Valid:
        break;
    }
    const std::optional<Person> person = m_accounts.findById(who.session.personId);
    if (!person || person->disabled) {
        // Closed or blocked while signed in: the session ends with the account.
        m_sessions.end(who.session.tokenHash);
        *problem = SignInProblems::sessionExpired();
        return std::nullopt;
    }
    who.person = *person;
    if (activity == Activity::Counts)
        m_sessions.touch(who.session);
    return who;
}

Router::Handler Authenticator::guard(Handler handler, Activity activity) const
{
    // A copy per route: the stores only hold references to the shared database and clock.
    return [auth = *this, handler = std::move(handler), activity](const Request &request) mutable {
        Response problem;
        const std::optional<SignedIn> who = auth.authenticate(request, activity, &problem);
        if (!who)
            return problem;
        return handler(request, *who);
    };
}

} // namespace Portiek::Server
