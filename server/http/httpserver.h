#pragma once

#include <QAbstractHttpServer>
#include <QHostAddress>
#include <QPointer>
#include <QSslConfiguration>

class QSslServer;

namespace Portiek::Server {

class RequestPipeline;
class Response;

// The socket side: accepts TLS connections, turns each QHttpServerRequest into our Request,
// runs it through the pipeline and writes the answer at once. Plain-HTTP clients fail the TLS
// handshake and never reach a handler.
class HttpServer final : public QAbstractHttpServer
{
    Q_OBJECT

public:
    // The pipeline must outlive the server. `tls` comes from makeServerTlsConfiguration().
    HttpServer(const RequestPipeline &pipeline, const QSslConfiguration &tls,
               QObject *parent = nullptr);

    // Starts listening; port 0 picks a free port. On failure errorString() says why.
    bool start(const QHostAddress &address, quint16 port);
    QString errorString() const { return m_errorString; }
    QHostAddress serverAddress() const;
    quint16 serverPort() const;

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    void write(const QHttpServerRequest &request, QTcpSocket *socket, const Response &response);

    const RequestPipeline &m_pipeline;
    QSslConfiguration m_tls;
    QPointer<QSslServer> m_listener;
    QString m_errorString;
};

} // namespace Portiek::Server
