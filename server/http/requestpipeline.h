#pragma once

#include "server/http/request.h"
#include "server/http/response.h"

namespace Portiek::Server {

class Router;

// What happens to every request, whatever its route: the body limit, routing, the headers every
// answer carries, and the one access-log line. Kept apart from the socket side (HttpServer) so
// tests can run it without TLS.
class RequestPipeline
{
public:
    static constexpr qint64 DefaultMaxRequestBodyBytes = 1024 * 1024;

    // The router must outlive the pipeline. `maxRequestBodyBytes` is the limit of every route
    // that does not set its own (Router::setMaxBodyBytes).
    explicit RequestPipeline(const Router &router,
                             qint64 maxRequestBodyBytes = DefaultMaxRequestBodyBytes);

    qint64 maxRequestBodyBytes() const { return m_maxRequestBodyBytes; }

    // Always returns a response that can be sent as it is.
    Response process(const Request &request) const;

private:
    Response route(const Request &request) const;
    static void addStandardHeaders(Response &response);

    const Router &m_router;
    qint64 m_maxRequestBodyBytes;
};

} // namespace Portiek::Server
