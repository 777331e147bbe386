#pragma once

#include "server/app/servercontext.h"
#include "server/session/sessions.h"
#include "server/signin/authevents.h"
#include "server/signin/passwordresets.h"
#include "server/signin/signinattempts.h"
#include "server/signin/smscodes.h"
#include "server/signin/throttle.h"
#include "server/signin/trusteddevices.h"

namespace Portiek::Server {

// The shared services plus the sign-in module's own stores, made once per route table and
// shared by its handlers. The stores hold no state of their own beyond the database.
struct SignInServices
{
    explicit SignInServices(const ServerContext &shared)
        : context(shared)
        , throttle(shared.database, shared.clock)
        , attempts(shared.database, shared.clock)
        , smsCodes(shared.database, shared.clock)
        , trustedDevices(shared.database, shared.clock)
        , sessions(shared.database, shared.clock)
        , events(shared.database, shared.clock)
        , passwordResets(shared.database, shared.clock)
    { }

    const OrganizationConfig &organization() const { return context.config.config.organization; }

    ServerContext context;
    Throttle throttle;
    SignInAttempts attempts;
    SmsCodes smsCodes;
    TrustedDevices trustedDevices;
    Sessions sessions;
    AuthEvents events;
    PasswordResets passwordResets;
};

} // namespace Portiek::Server
