#include "server/http/request.h"

namespace Portiek::Server {

Request::Request(QByteArray method, const QUrl &url)
    : m_method(std::move(method))
    , m_path(url.path(QUrl::FullyEncoded))
    , m_query(url)
{ }

QByteArray Request::header(QByteArrayView name) const
{
    for (const Header &header : m_headers) {
        if (name.compare(header.first, Qt::CaseInsensitive) == 0)
            return header.second;
    }
    return {};
}

bool Request::hasHeader(QByteArrayView name) const
{
    for (const Header &header : m_headers) {
        if (name.compare(header.first, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

void Request::addHeader(const QByteArray &name, const QByteArray &value)
{
    m_headers.append({ name, value });
}

} // namespace Portiek::Server
