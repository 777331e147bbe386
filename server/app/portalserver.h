#pragma once

#include "server/app/serverservices.h"
#include "server/http/router.h"

#include <QString>
#include <QUrl>

#include <memory>

namespace Portiek::Server {

class HttpServer;
class OutboxDelivery;
class RequestPipeline;

// A complete, running portal for one configuration: services (database, stores), routes,
// pipeline, TLS listener and, when a gateway is configured, outbox delivery.
// The `serve` command uses it; tests can run one in-process the same way.
class PortalServer
{
public:
    // Opens and migrates the database; on failure returns nothing with `*error` set to one line.
    static std::unique_ptr<PortalServer> create(const LoadedServerConfig &config, QString *error);
    // With services made by the caller (tests: an in-memory database, a ManualClock).
    explicit PortalServer(std::unique_ptr<ServerServices> services);
    ~PortalServer();
    PortalServer(const PortalServer &) = delete;
    PortalServer &operator=(const PortalServer &) = delete;

    // Listens on the configured address and port; on failure errorString() says why.
    bool start();
    QString errorString() const;
    // Where clients reach it, with the actual port: https://127.0.0.1:8443
    QUrl url() const;

    const Router &router() const { return m_router; }
    ServerContext &context() { return m_services->context(); }

private:
    std::unique_ptr<ServerServices> m_services;
    Router m_router;
    std::unique_ptr<RequestPipeline> m_pipeline;
    std::unique_ptr<HttpServer> m_httpServer;
    std::unique_ptr<OutboxDelivery> m_outboxDelivery;
};

} // namespace Portiek::Server
