#include "server/app/portalserver.h"

#include "server/app/apiroutes.h"
#include "server/http/httpserver.h"
#include "server/http/requestpipeline.h"
#include "server/http/tlsconfiguration.h"

namespace Portiek::Server {

PortalServer::PortalServer(const LoadedServerConfig &config)
    : m_config(config)
{
    registerApiRoutes(m_router, m_config);
    m_pipeline = std::make_unique<RequestPipeline>(m_router, m_config.config.maxRequestBodyBytes);
    m_httpServer = std::make_unique<HttpServer>(
        *m_pipeline, makeServerTlsConfiguration(m_config.certificateChain, m_config.privateKey));
}

PortalServer::~PortalServer() = default;

bool PortalServer::start()
{
    return m_httpServer->start(m_config.config.listenAddress, m_config.config.listenPort);
}

QString PortalServer::errorString() const
{
    return m_httpServer->errorString();
}

QUrl PortalServer::url() const
{
    QUrl url;
    url.setScheme(QStringLiteral("https"));
    url.setHost(m_httpServer->serverAddress().toString());
    url.setPort(m_httpServer->serverPort());
    return url;
}

} // namespace Portiek::Server
