#include "load/httpconnection.h"

#include <QSslConfiguration>

HttpConnection::HttpConnection(const QUrl &server, const QList<QSslCertificate> &ca,
                               QObject *parent)
    : QObject(parent)
    , m_host(server.host())
    , m_port(quint16(server.port()))
{
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.addCaCertificates(ca);
    m_socket.setSslConfiguration(tls);
    connect(&m_socket, &QSslSocket::readyRead, this, &HttpConnection::onReadyRead);
    connect(&m_socket, &QSslSocket::disconnected, this, &HttpConnection::onDisconnected);
    connect(&m_socket, &QSslSocket::encrypted, this, [this] { m_encrypted = true; });
    connect(&m_socket, &QSslSocket::errorOccurred, this, [this](QAbstractSocket::SocketError) {
        // The server closing an idle keep-alive connection is no error; one with a request on it
        // is, and so is every other socket error.
        if (m_done && m_socket.error() != QAbstractSocket::RemoteHostClosedError)
            onDisconnected();
    });
    connect(&m_socket, &QSslSocket::sslErrors, this, [this](const QList<QSslError> &errors) {
        Answer failed;
        failed.error = QStringLiteral("TLS: ") + errors.constFirst().errorString();
        finish(failed);
        m_socket.abort();
    });
}

QByteArray HttpConnection::Answer::header(const QByteArray &name) const
{
    for (const auto &header : headers) {
        if (header.first.compare(name, Qt::CaseInsensitive) == 0)
            return header.second;
    }
    return {};
}

void HttpConnection::send(const QByteArray &method, const QByteArray &path, const QByteArray &body,
                          const QList<QPair<QByteArray, QByteArray>> &headers, Callback done)
{
    Q_ASSERT(!m_done);
    m_done = std::move(done);
    m_request = method + ' ' + path + " HTTP/1.1\r\nHost: " + m_host.toLatin1() + ':'
        + QByteArray::number(m_port) + "\r\n";
    for (const auto &header : headers)
        m_request += header.first + ": " + header.second + "\r\n";
    if (!body.isEmpty() || method == "POST" || method == "PUT") {
        m_request += "Content-Type: application/json\r\nContent-Length: "
            + QByteArray::number(body.size()) + "\r\n";
    }
    m_request += "\r\n" + body;
    m_buffer.clear();
    m_bodyStart = -1;
    m_answer = Answer();
    m_sentAt.start();
    if (m_socket.state() == QAbstractSocket::UnconnectedState) {
        ++m_connects;
        m_encrypted = false;
        // QSslSocket keeps what is written before the handshake ends and sends it after.
        m_socket.connectToHostEncrypted(m_host, m_port);
    }
    m_socket.write(m_request);
}

void HttpConnection::onReadyRead()
{
    m_buffer += m_socket.readAll();
    if (!m_done)
        return; // nothing asked: the server has no business sending
    if (m_bodyStart < 0) {
        const qsizetype headEnd = m_buffer.indexOf("\r\n\r\n");
        if (headEnd < 0)
            return;
        if (!parseHead(headEnd)) {
            Answer failed;
            failed.error
                = QStringLiteral("unreadable answer: ") + QString::fromLatin1(m_buffer.left(200));
            finish(failed);
            m_socket.abort();
            return;
        }
    }
    if (m_buffer.size() - m_bodyStart < m_contentLength)
        return;
    m_answer.body = m_buffer.mid(m_bodyStart, m_contentLength);
    m_buffer.remove(0, m_bodyStart + m_contentLength);
    m_answer.latencyUs = m_sentAt.nsecsElapsed() / 1000;
    finish(m_answer);
}

bool HttpConnection::parseHead(qsizetype headEnd)
{
    const QList<QByteArray> lines = m_buffer.left(headEnd).split('\n');
    const QList<QByteArray> statusLine = lines.constFirst().trimmed().split(' ');
    if (statusLine.size() < 2 || !statusLine.at(0).startsWith("HTTP/1."))
        return false;
    m_answer.status = statusLine.at(1).toInt();
    m_contentLength = 0;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines.at(i).indexOf(':');
        if (colon <= 0)
            return false;
        const QByteArray name = lines.at(i).left(colon).trimmed();
        const QByteArray value = lines.at(i).mid(colon + 1).trimmed();
        if (name.compare("Content-Length", Qt::CaseInsensitive) == 0)
            m_contentLength = value.toLongLong();
        else if (name.compare("Transfer-Encoding", Qt::CaseInsensitive) == 0)
            return false; // portiek-server always says how long its answers are
        m_answer.headers.append({ name, value });
    }
    m_bodyStart = headEnd + 4;
    return m_answer.status >= 100;
}

void HttpConnection::onDisconnected()
{
    if (!m_done)
        return; // an idle connection closed: the next send() connects again
    Answer failed;
    failed.latencyUs = m_sentAt.nsecsElapsed() / 1000;
    failed.error = QStringLiteral("connection lost after %1 ms (%2): %3")
                       .arg(failed.latencyUs / 1000)
                       .arg(m_encrypted ? QStringLiteral("encrypted")
                                        : QStringLiteral("during the TLS handshake"))
                       .arg(m_socket.errorString());
    finish(failed);
}

void HttpConnection::finish(Answer answer)
{
    if (!m_done)
        return;
    Callback done = std::move(m_done);
    m_done = nullptr;
    done(answer);
}
