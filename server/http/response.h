#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>

class QJsonDocument;
class QJsonObject;

namespace Portiek::Server {

// What a handler answers. The HTTP layer adds Content-Length, the security headers and the
// default Cache-Control; a handler sets only what is particular to its resource.
class Response
{
public:
    using Header = QPair<QByteArray, QByteArray>;

    // An invalid response (status 0): a handler that returns it gets a 500 instead.
    Response() = default;
    explicit Response(int status, const QByteArray &body = {}, const QByteArray &contentType = {});

    static Response json(const QJsonObject &object, int status = 200);
    static Response json(const QJsonDocument &document, int status = 200);
    // json(), marked as personal data (markPersonal()).
    static Response personalJson(const QJsonObject &object, int status = 200);
    static Response noContent();

    int status() const { return m_status; }
    void setStatus(int status) { m_status = status; }

    QByteArray body() const { return m_body; }
    void setBody(const QByteArray &body) { m_body = body; }

    QList<Header> headers() const { return m_headers; }
    QByteArray header(QByteArrayView name) const;
    bool hasHeader(QByteArrayView name) const;
    // Replaces any header of that name (case-insensitive), keeping one value per name.
    void setHeader(const QByteArray &name, const QByteArray &value);
    void removeHeader(QByteArrayView name);
    // Personal data: the client may keep a copy but must revalidate it; no shared cache may.
    void markPersonal();

private:
    int m_status = 0;
    QByteArray m_body;
    QList<Header> m_headers;
};

} // namespace Portiek::Server
