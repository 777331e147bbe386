#include "core/portalapi.h"

#include "core/serveraddress.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslConfiguration>

#include <portiek/version.h>

PortalApi::PortalApi(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_network(network)
{ }

void PortalApi::setBaseUrl(const QUrl &url)
{
    m_baseUrl = url;
}

void PortalApi::setExtraCaCertificates(const QList<QSslCertificate> &certificates)
{
    m_extraCaCertificates = certificates;
}

QUrl PortalApi::urlFor(const QString &path) const
{
    QUrl url = m_baseUrl;
    QString basePath = url.path();
    if (basePath.endsWith(QLatin1Char('/')))
        basePath.chop(1);
    const int query = path.indexOf(QLatin1Char('?'));
    url.setPath(basePath + (query < 0 ? path : path.left(query)));
    if (query >= 0)
        url.setQuery(path.mid(query + 1));
    return url;
}

QNetworkRequest PortalApi::makeRequest(const QUrl &url, ApiReply::Expect expect) const
{
    QNetworkRequest request(url);
    request.setRawHeader("Accept",
                         expect == ApiReply::Expect::Json
                             ? QByteArrayLiteral("application/json, application/problem+json")
                             : QByteArrayLiteral("*/*"));
    request.setHeader(QNetworkRequest::UserAgentHeader,
                      QByteArrayLiteral("Portiek/") + QByteArray(Portiek::Version));
    request.setTransferTimeout(m_timeoutMs);
    // Redirects may not leave the portal, nor step down from https.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::SameOriginRedirectPolicy);
    if (url.scheme() == QLatin1String("https")) {
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setProtocol(QSsl::TlsV1_2OrLater);
        if (!m_extraCaCertificates.isEmpty())
            tls.addCaCertificates(m_extraCaCertificates);
        request.setSslConfiguration(tls);
    }
    return request;
}

ApiReply *PortalApi::get(const QString &path, ApiReply::Expect expect)
{
    const QUrl url = urlFor(path);
    if (!url.isValid() || url.host().isEmpty())
        return ApiReply::failedReply(ApiError(ApiError::Kind::InvalidAddress, url.toString()),
                                     this);
    if (!ServerAddress::isAllowedScheme(url, m_allowPlainHttpToLoopback))
        return ApiReply::failedReply(ApiError(ApiError::Kind::InsecureAddress, url.toString()),
                                     this);
    const qint64 limit = expect == ApiReply::Expect::Json ? MaxJsonBytes : MaxImageBytes;
    return new ApiReply(m_network->get(makeRequest(url, expect)), expect, limit, this);
}
