#include "server/app/portalserver.h"

#include "server/app/apiroutes.h"
#include "server/http/httpserver.h"
#include "server/http/requestpipeline.h"
#include "server/http/tlsconfiguration.h"
#include "server/outbox/outboxdelivery.h"

namespace Portiek::Server {

std::unique_ptr<PortalServer> PortalServer::create(const LoadedServerConfig &config, QString *error)
{
    std::unique_ptr<ServerServices> services = ServerServices::open(config, error);
    if (!services)
        return nullptr;
    return std::make_unique<PortalServer>(std::move(services));
}

PortalServer::PortalServer(std::unique_ptr<ServerServices> services)
    : m_services(std::move(services))
{
    const LoadedServerConfig &config = m_services->config();
    registerApiRoutes(m_router, m_services->context());
    m_pipeline = std::make_unique<RequestPipeline>(m_router, config.config.maxRequestBodyBytes);
    m_httpServer = std::make_unique<HttpServer>(
        *m_pipeline, makeServerTlsConfiguration(config.certificateChain, config.privateKey));
    if (config.config.outboxGateway.isConfigured()) {
        ServerContext &context = m_services->context();
        m_outboxDelivery = std::make_unique<OutboxDelivery>(context.outbox, context.clock,
                                                            config.config.outboxGateway.url,
                                                            config.outboxGatewayApiKey);
    }
}

PortalServer::~PortalServer() = default;

bool PortalServer::start()
{
    const ServerConfig &config = m_services->config().config;
    if (!m_httpServer->start(config.listenAddress, config.listenPort))
        return false;
    if (m_outboxDelivery)
        m_outboxDelivery->start();
    return true;
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
