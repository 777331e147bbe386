#pragma once

#include "server/http/request.h"
#include "server/http/response.h"

#include <QString>

#include <functional>
#include <optional>

namespace Portiek::Server {

class Clock;
class Database;

// Creating POSTs carry an `Idempotency-Key` (docs/openapi.yaml, "Idempotency"): a retry of
// something already created gets the first answer again instead of a second copy. A client's
// PUT or DELETE may carry one too (ClientRoutes runs those through here when it does): a repeat
// of an applied change gets its answer, not 412 for the ETag it changed itself.
//
//     return Idempotency(database, clock).run(request, call.who.person.id, [&] {
//         … store the report …
//         return created; // 201 with Location
//     });
class Idempotency
{
public:
    static constexpr int KeyMaxLength = 255;
    static constexpr qint64 RememberSeconds = 24 * 60 * 60;

    Idempotency(Database &database, const Clock &clock);

    // The request's Idempotency-Key where it is optional (the requests that send a code): ""
    // when there is none, nothing when it is not valid (then answer with malformedKey()).
    static std::optional<QString> optionalKey(const Request &request);
    static Response malformedKey();

    // - no key: 400 `idempotency_key_missing`; a key longer than KeyMaxLength or with other
    //   than printable ASCII: 400 `malformed_request`;
    // - a key this person used in the last 24 hours for the same request (method, path, body):
    //   the stored answer with `Idempotent-Replayed: true`; for another request: 422
    //   `idempotency_key_reused`;
    // - otherwise `create` runs inside a transaction; a 2xx answer is stored with the key in
    //   that same transaction (so a crash leaves either both or neither), any other answer rolls
    //   the transaction back and is not remembered (a retry may still succeed);
    // - stored answers older than RememberSeconds (anyone's) are deleted on the way.
    // The server answers one request at a time, so `idempotency_key_in_use` cannot arise here.
    Response run(const Request &request, const QString &personId,
                 const std::function<Response()> &create);

private:
    Database &m_database;
    const Clock &m_clock;
};

} // namespace Portiek::Server
