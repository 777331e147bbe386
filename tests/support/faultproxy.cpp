#include "support/faultproxy.h"

#include <QTcpSocket>
#include <QTimer>

#ifdef Q_OS_UNIX
#include <sys/socket.h>
#endif

namespace {

// An RST instead of a FIN: the peer sees "connection reset by peer".
void resetSocket(QTcpSocket *socket)
{
#ifdef Q_OS_UNIX
    if (socket->socketDescriptor() >= 0) {
        linger noLinger { 1, 0 };
        ::setsockopt(int(socket->socketDescriptor()), SOL_SOCKET, SO_LINGER, &noLinger,
                     sizeof noLinger);
    }
#endif
    socket->abort();
}

} // namespace

FaultProxy::FaultProxy(QObject *parent)
    : QObject(parent)
{
    connect(&m_server, &QTcpServer::newConnection, this, &FaultProxy::onNewConnection);
}

FaultProxy::~FaultProxy()
{
    qDeleteAll(m_links);
}

bool FaultProxy::listen()
{
    return m_server.listen(QHostAddress::LocalHost);
}

QUrl FaultProxy::url() const
{
    return QUrl(QStringLiteral("https://127.0.0.1:%1").arg(m_server.serverPort()));
}

void FaultProxy::resetAll()
{
    const QList<Link *> links = m_links;
    for (Link *link : links)
        close(link, true);
}

void FaultProxy::onNewConnection()
{
    while (QTcpSocket *client = m_server.nextPendingConnection()) {
        ++m_connections;
        auto *link = new Link;
        link->client = client;
        link->fault = m_fault;
        m_links.append(link);
        auto *upstream = new QTcpSocket(client);
        link->upstream = upstream;
        connect(client, &QTcpSocket::readyRead, this, [this, link] { fromClient(link); });
        connect(client, &QTcpSocket::disconnected, this, [this, link] { close(link, false); });
        connect(upstream, &QTcpSocket::connected, this, [link] {
            link->upstream->write(link->pendingToUpstream);
            link->pendingToUpstream.clear();
        });
        connect(upstream, &QTcpSocket::readyRead, this, [this, link] { fromUpstream(link); });
        // The server is gone (killed, not listening): so is the connection.
        connect(upstream, &QTcpSocket::errorOccurred, this, [this, link] { close(link, true); });
        if (link->fault != Fault::Reset)
            upstream->connectToHost(QHostAddress::LocalHost, m_upstreamPort);
    }
}

void FaultProxy::fromClient(Link *link)
{
    const QByteArray bytes = link->client->readAll();
    if (link->fault == Fault::Reset) {
        close(link, true);
        return;
    }
    const bool before = link->requestSent;
    countRecords(link, bytes);
    if (link->upstream->state() == QAbstractSocket::ConnectedState)
        link->upstream->write(bytes);
    else
        link->pendingToUpstream += bytes;
    if (!before && link->requestSent) {
        ++m_requests;
        if (link->fault == Fault::DropRequest) {
            // Let the request reach the server first, then break off.
            link->upstream->flush();
            QTimer::singleShot(50, this, [this, link] {
                if (m_links.contains(link))
                    close(link, true);
            });
        }
    }
}

void FaultProxy::fromUpstream(Link *link)
{
    const QByteArray bytes = link->upstream->readAll();
    if (link->requestSent
        && (link->fault == Fault::HoldAnswer || link->fault == Fault::DropRequest))
        return; // the answer goes nowhere
    link->client->write(bytes);
}

void FaultProxy::countRecords(Link *link, const QByteArray &bytes)
{
    qint64 at = 0;
    while (at < bytes.size()) {
        if (link->skip > 0) {
            const qint64 step = qMin(link->skip, bytes.size() - at);
            link->skip -= step;
            at += step;
            continue;
        }
        link->clientRecords += bytes.at(at++);
        if (link->clientRecords.size() < 5)
            continue;
        const auto type = quint8(link->clientRecords.at(0));
        link->skip = (quint8(link->clientRecords.at(3)) << 8) | quint8(link->clientRecords.at(4));
        link->clientRecords.clear();
        if (type == 23 && ++link->encryptedRecords >= 2)
            link->requestSent = true;
    }
}

void FaultProxy::close(Link *link, bool reset)
{
    if (!m_links.removeOne(link))
        return;
    if (link->upstream) {
        link->upstream->disconnect(this);
        link->upstream->abort();
    }
    if (QTcpSocket *client = link->client) {
        client->disconnect(this);
        if (reset)
            resetSocket(client);
        else
            client->disconnectFromHost();
        client->deleteLater();
    }
    delete link;
}
