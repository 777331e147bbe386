#include "core/linkforwarder.h"

#include <QCryptographicHash>
#include <QDir>
#include <QLocalServer>
#include <QLocalSocket>
#include <QPointer>

LinkForwarder::LinkForwarder(QString name, QObject *parent)
    : QObject(parent)
    , m_name(std::move(name))
{ }

LinkForwarder::~LinkForwarder() = default;

QString LinkForwarder::socketName()
{
    // Per user: the home folder names the person on every system.
    const QByteArray home = QDir::homePath().toUtf8();
    return QStringLiteral("portiek-links-")
        + QString::fromLatin1(
               QCryptographicHash::hash(home, QCryptographicHash::Sha256).toHex().left(16));
}

bool LinkForwarder::listen()
{
    m_server = new QLocalServer(this);
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    if (!m_server->listen(m_name)) {
        // Left behind by a Portiek that crashed? Then nobody answers on it: take it over.
        QLocalSocket probe;
        probe.connectToServer(m_name);
        if (probe.waitForConnected(200))
            return false; // another Portiek runs and takes the links
        QLocalServer::removeServer(m_name);
        if (!m_server->listen(m_name))
            return false;
    }
    connect(m_server, &QLocalServer::newConnection, this, [this] {
        while (QLocalSocket *socket = m_server->nextPendingConnection()) {
            connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
            connect(socket, &QLocalSocket::readyRead, this, [this, socket] {
                // One line: the link. Anything longer or odd is dropped unread.
                if (socket->bytesAvailable() > MaxLinkBytes) {
                    socket->abort();
                    return;
                }
                if (!socket->canReadLine())
                    return;
                const QString link = QString::fromUtf8(socket->readLine(MaxLinkBytes)).trimmed();
                socket->write("ok\n");
                socket->disconnectFromServer();
                if (!link.isEmpty())
                    emit linkReceived(link);
            });
        }
    });
    return true;
}

bool LinkForwarder::forward(const QString &name, const QString &link, int timeoutMs)
{
    const QByteArray line = link.toUtf8() + '\n';
    if (line.size() > MaxLinkBytes || link.contains(QLatin1Char('\n')))
        return false;
    QLocalSocket socket;
    socket.connectToServer(name);
    if (!socket.waitForConnected(timeoutMs))
        return false;
    socket.write(line);
    if (!socket.waitForBytesWritten(timeoutMs) || !socket.waitForReadyRead(timeoutMs))
        return false;
    return socket.readLine().trimmed() == "ok";
}
