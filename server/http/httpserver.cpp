#include "server/http/httpserver.h"

#include "server/http/problem.h"
#include "server/http/request.h"
#include "server/http/requestpipeline.h"
#include "server/http/response.h"
#include "server/logging.h"

#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QSslServer>
#include <QSslSocket>
#include <QTcpSocket>

namespace Portiek::Server {

namespace {

constexpr int HandshakeTimeoutMs = 30000;
constexpr int MaxPendingConnections = 512;
constexpr int ListenBacklog = 511;

QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return QByteArrayLiteral("GET");
    case QHttpServerRequest::Method::Put:
        return QByteArrayLiteral("PUT");
    case QHttpServerRequest::Method::Delete:
        return QByteArrayLiteral("DELETE");
    case QHttpServerRequest::Method::Post:
        return QByteArrayLiteral("POST");
    case QHttpServerRequest::Method::Head:
        return QByteArrayLiteral("HEAD");
    case QHttpServerRequest::Method::Options:
        return QByteArrayLiteral("OPTIONS");
    case QHttpServerRequest::Method::Patch:
        return QByteArrayLiteral("PATCH");
    case QHttpServerRequest::Method::Connect:
        return QByteArrayLiteral("CONNECT");
    case QHttpServerRequest::Method::Trace:
        return QByteArrayLiteral("TRACE");
    default:
        return QByteArrayLiteral("UNKNOWN");
    }
}

Request toRequest(const QHttpServerRequest &incoming)
{
    Request request(methodName(incoming.method()), incoming.url());
    const QList<QPair<QByteArray, QByteArray>> headers = incoming.headers();
    for (const auto &header : headers)
        request.addHeader(header.first, header.second);
    request.setBody(incoming.body());
    request.setRemoteAddress(incoming.remoteAddress());
    return request;
}

bool isFramingHeader(const QByteArray &name)
{
    // These describe the message, not the resource: only the writer below may set them.
    return name.compare("Content-Length", Qt::CaseInsensitive) == 0
        || name.compare("Transfer-Encoding", Qt::CaseInsensitive) == 0
        || name.compare("Connection", Qt::CaseInsensitive) == 0;
}

} // namespace

HttpServer::HttpServer(const RequestPipeline &pipeline, const QSslConfiguration &tls,
                       QObject *parent)
    : QAbstractHttpServer(parent)
    , m_pipeline(pipeline)
    , m_tls(tls)
{
    // Also arms QAbstractHttpServer::listen() for TLS, so no code path can serve plain HTTP.
    sslSetup(m_tls);
}

bool HttpServer::start(const QHostAddress &address, quint16 port)
{
    // Our own QSslServer instead of QAbstractHttpServer::listen(): that one only logs why
    // listening failed, and we want to tell the operator in one line.
    auto *listener = new QSslServer(this);
    listener->setSslConfiguration(m_tls);
    // A rush of connections (200 desktop clients after a restart, or at nine in the morning)
    // while this one thread is busy with sign-ins, an Argon2id verification of ~70 ms each:
    // Qt stops accepting while 30 connections are pending, counting those still in their TLS
    // handshake, and the kernel queues only 50 more; the rest were reset after ~20 s. Accept
    // what comes (nginx's numbers) and let it wait here instead. The handshake deadline runs
    // from the accept and counts the time spent on other requests, so Qt's 5 s would now drop
    // those clients; half a minute still ends handshakes that stall.
    listener->setMaxPendingConnections(MaxPendingConnections);
    listener->setListenBacklogSize(ListenBacklog);
    listener->setHandshakeTimeout(HandshakeTimeoutMs);
    if (!listener->listen(address, port)) {
        m_errorString = listener->errorString();
        delete listener;
        return false;
    }
    connect(listener, &QSslServer::errorOccurred, this,
            [](QSslSocket *, QAbstractSocket::SocketError error) {
                // Typically a plain-HTTP client or a failed handshake: not worth more than debug.
                qCDebug(lcServerHttp) << "connection failed before a request:" << error;
            });
    bind(listener);
    m_listener = listener;
    m_errorString.clear();
    return true;
}

QHostAddress HttpServer::serverAddress() const
{
    return m_listener ? m_listener->serverAddress() : QHostAddress();
}

quint16 HttpServer::serverPort() const
{
    return m_listener ? m_listener->serverPort() : 0;
}

bool HttpServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    // Answered synchronously, inside this call: QHttpServer 6.4 crashes when a deferred answer is
    // written after the client went away (PLATFORM-NOTES.md, pitfall 2).
    write(request, socket, m_pipeline.process(toRequest(request)));
    return true;
}

void HttpServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    // Not reached, handleRequest() answers everything; kept sane in case QtHttpServer changes.
    write(request, socket, Problem::notFound());
}

void HttpServer::write(const QHttpServerRequest &request, QTcpSocket *socket,
                       const Response &response)
{
    if (!socket || !socket->isOpen())
        return;
    QHttpServerResponder responder = makeResponder(request, socket);
    const int status = response.status();
    responder.writeStatusLine(static_cast<QHttpServerResponder::StatusCode>(status));
    for (const Response::Header &header : response.headers()) {
        if (!isFramingHeader(header.first))
            responder.writeHeader(header.first, header.second);
    }
    const bool mayHaveBody = status != 204 && status != 304;
    if (mayHaveBody) {
        responder.writeHeader(QByteArrayLiteral("Content-Length"),
                              QByteArray::number(response.body().size()));
    }
    // A HEAD answer announces the length of the GET body but must not send it, or the next
    // answer on this keep-alive connection would be read from the middle of it.
    const bool sendBody = mayHaveBody && request.method() != QHttpServerRequest::Method::Head;
    responder.writeBody(sendBody ? response.body() : QByteArray());
}

} // namespace Portiek::Server
