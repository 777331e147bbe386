#include "server/http/response.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace Portiek::Server {

Response::Response(int status, const QByteArray &body, const QByteArray &contentType)
    : m_status(status)
    , m_body(body)
{
    if (!contentType.isEmpty())
        setHeader(QByteArrayLiteral("Content-Type"), contentType);
}

Response Response::json(const QJsonObject &object, int status)
{
    return json(QJsonDocument(object), status);
}

Response Response::json(const QJsonDocument &document, int status)
{
    // Compact: the client does not read it by eye, and the ETag is computed over these bytes.
    return Response(status, document.toJson(QJsonDocument::Compact),
                    QByteArrayLiteral("application/json"));
}

Response Response::personalJson(const QJsonObject &object, int status)
{
    Response response = json(object, status);
    response.markPersonal();
    return response;
}

Response Response::noContent()
{
    return Response(204);
}

QByteArray Response::header(QByteArrayView name) const
{
    for (const Header &header : m_headers) {
        if (name.compare(header.first, Qt::CaseInsensitive) == 0)
            return header.second;
    }
    return {};
}

bool Response::hasHeader(QByteArrayView name) const
{
    for (const Header &header : m_headers) {
        if (name.compare(header.first, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

void Response::setHeader(const QByteArray &name, const QByteArray &value)
{
    for (Header &header : m_headers) {
        if (QByteArrayView(name).compare(header.first, Qt::CaseInsensitive) == 0) {
            header.second = value;
            return;
        }
    }
    m_headers.append({ name, value });
}

void Response::removeHeader(QByteArrayView name)
{
    m_headers.removeIf([name](const Header &header) {
        return name.compare(header.first, Qt::CaseInsensitive) == 0;
    });
}

void Response::markPersonal()
{
    setHeader(QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("private, no-cache"));
}

} // namespace Portiek::Server
