#pragma once

#include "server/config/serverconfig.h"
#include "server/http/router.h"

#include <QString>
#include <QUrl>

#include <memory>

namespace Portiek::Server {

class HttpServer;
class RequestPipeline;

// A complete, running portal for one configuration: routes, pipeline and TLS listener.
// The `serve` command uses it; tests can run one in-process the same way.
class PortalServer
{
public:
    explicit PortalServer(const LoadedServerConfig &config);
    ~PortalServer();
    PortalServer(const PortalServer &) = delete;
    PortalServer &operator=(const PortalServer &) = delete;

    // Listens on the configured address and port; on failure errorString() says why.
    bool start();
    QString errorString() const;
    // Where clients reach it, with the actual port: https://127.0.0.1:8443
    QUrl url() const;

    const Router &router() const { return m_router; }

private:
    LoadedServerConfig m_config;
    Router m_router;
    std::unique_ptr<RequestPipeline> m_pipeline;
    std::unique_ptr<HttpServer> m_httpServer;
};

} // namespace Portiek::Server
