#pragma once

#include <QList>
#include <QObject>
#include <QPointer>
#include <QTcpServer>
#include <QUrl>

class QTcpSocket;

// A TCP relay on 127.0.0.1 in front of the real portiek-server that breaks the conversation the
// way networks and crashing servers do. TLS passes through untouched: the proxy reads only the
// TLS record headers, to know when the client has sent its request (TLS 1.3: the client's
// Finished is its first encrypted record, the request the second).
class FaultProxy : public QObject
{
    Q_OBJECT

public:
    enum class Fault {
        None, // relay both ways
        Reset, // reset the connection as soon as the client speaks
        DropRequest, // relay the request, then close both sides before any answer
        HoldAnswer, // relay the request, never the answer (a server that hangs)
    };

    explicit FaultProxy(QObject *parent = nullptr);
    ~FaultProxy() override;

    bool listen();
    QUrl url() const;
    void setUpstreamPort(quint16 port) { m_upstreamPort = port; }
    // For connections made from now on.
    void setFault(Fault fault) { m_fault = fault; }
    // Resets every open connection, as when the server behind it dies.
    void resetAll();
    int connectionCount() const { return m_connections; }
    // Requests that reached the server through the proxy.
    int requestCount() const { return m_requests; }

private:
    struct Link
    {
        QPointer<QTcpSocket> client;
        QPointer<QTcpSocket> upstream;
        Fault fault = Fault::None;
        QByteArray pendingToUpstream; // before the upstream connection is up
        QByteArray clientRecords; // incomplete TLS record header bytes, for counting
        qint64 skip = 0; // bytes of the current record still to pass
        int encryptedRecords = 0;
        bool requestSent = false;
    };

    void onNewConnection();
    void fromClient(Link *link);
    void fromUpstream(Link *link);
    void countRecords(Link *link, const QByteArray &bytes);
    void close(Link *link, bool reset);

    QTcpServer m_server;
    quint16 m_upstreamPort = 0;
    Fault m_fault = Fault::None;
    QList<Link *> m_links;
    int m_connections = 0;
    int m_requests = 0;
};
