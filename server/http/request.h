#pragma once

#include <QByteArray>
#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>
#include <QUrlQuery>

namespace Portiek::Server {

// One HTTP request as our handlers see it. A plain value, independent of QtHttpServer, so that the
// router and every handler can be tested without sockets.
class Request
{
public:
    using Header = QPair<QByteArray, QByteArray>;

    Request() = default;
    // `method` in upper case ("GET"); `url` is the request target, path plus optional query.
    Request(QByteArray method, const QUrl &url);

    QByteArray method() const { return m_method; }
    // The path as it came in, still percent-encoded: safe to log (no control characters) and what
    // the router splits into segments before decoding each one.
    QString path() const { return m_path; }
    QUrlQuery query() const { return m_query; }

    QList<Header> headers() const { return m_headers; }
    // The first header with this name, compared case-insensitively; empty when absent.
    QByteArray header(QByteArrayView name) const;
    bool hasHeader(QByteArrayView name) const;
    void addHeader(const QByteArray &name, const QByteArray &value);

    QByteArray body() const { return m_body; }
    void setBody(const QByteArray &body) { m_body = body; }

    QHostAddress remoteAddress() const { return m_remoteAddress; }
    void setRemoteAddress(const QHostAddress &address) { m_remoteAddress = address; }

    // Filled in by the router from the matched path template, already percent-decoded.
    QString pathParameter(const QString &name) const { return m_pathParameters.value(name); }
    QHash<QString, QString> pathParameters() const { return m_pathParameters; }
    void setPathParameters(const QHash<QString, QString> &parameters)
    {
        m_pathParameters = parameters;
    }

private:
    QByteArray m_method;
    QString m_path;
    QUrlQuery m_query;
    QList<Header> m_headers;
    QByteArray m_body;
    QHostAddress m_remoteAddress;
    QHash<QString, QString> m_pathParameters;
};

} // namespace Portiek::Server
