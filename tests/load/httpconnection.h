#pragma once

#include <QByteArray>
#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QPair>
#include <QSslCertificate>
#include <QSslSocket>
#include <QUrl>

#include <functional>

// One keep-alive HTTP/1.1 connection over TLS with one request in flight at a time: what a
// client session holds, without QNetworkAccessManager's thread and caches, so that 200 of them
// in one thread leave the two cores to the server. It reads only what portiek-server sends:
// a status line, headers and a Content-Length body (none for 204 and 304).
class HttpConnection : public QObject
{
    Q_OBJECT

public:
    struct Answer
    {
        int status = 0; // 0: no answer (the connection failed; `error` says why)
        QByteArray body;
        QList<QPair<QByteArray, QByteArray>> headers;
        qint64 latencyUs = 0; // from sending the request to the last byte of the answer
        QString error;

        QByteArray header(const QByteArray &name) const;
    };
    using Callback = std::function<void(const Answer &)>;

    HttpConnection(const QUrl &server, const QList<QSslCertificate> &ca, QObject *parent = nullptr);

    // Sends at once when the connection is idle; a second request before the first's answer
    // is a bug in the caller (asserted). Connects (again) when there is no connection.
    void send(const QByteArray &method, const QByteArray &path, const QByteArray &body,
              const QList<QPair<QByteArray, QByteArray>> &headers, Callback done);
    bool busy() const { return bool(m_done); }
    // TLS connections made so far: 1 unless the server closed an idle one.
    int connectsMade() const { return m_connects; }

private:
    void writeRequest();
    void onReadyRead();
    void onDisconnected();
    void finish(Answer answer);
    bool parseHead(qsizetype headEnd);

    QSslSocket m_socket;
    QString m_host;
    quint16 m_port = 0;
    QByteArray m_request;
    Callback m_done;
    QElapsedTimer m_sentAt;
    QByteArray m_buffer;
    Answer m_answer;
    qsizetype m_bodyStart = -1; // -1: the head is not complete yet
    qsizetype m_contentLength = 0;
    int m_connects = 0;
    bool m_encrypted = false;
};
