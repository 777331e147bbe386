#include "core/portalapi.h"

#include "core/serveraddress.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>
#include <QSslConfiguration>
#include <QUuid>

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
    return send(QByteArrayLiteral("GET"), path, expect);
}

ApiReply *PortalApi::get(const QString &path, ApiReply::Expect expect,
                         const QByteArray &ifNoneMatch)
{
    Extras extras;
    extras.ifNoneMatch = ifNoneMatch;
    return send(QByteArrayLiteral("GET"), path, expect, {}, extras);
}

ApiReply *PortalApi::getDocument(const QString &path, const QByteArray &ifNoneMatch)
{
    Extras extras;
    extras.ifNoneMatch = ifNoneMatch;
    extras.maxBodyBytes = MaxDocumentBytes;
    return send(QByteArrayLiteral("GET"), path, ApiReply::Expect::Bytes, {}, extras);
}

ApiReply *PortalApi::post(const QString &path, const QJsonObject &body,
                          const QByteArray &idempotencyKey)
{
    Extras extras;
    extras.idempotencyKey = idempotencyKey;
    return send(QByteArrayLiteral("POST"), path, ApiReply::Expect::Json,
                QJsonDocument(body).toJson(QJsonDocument::Compact), extras);
}

ApiReply *PortalApi::put(const QString &path, const QJsonObject &body, const QByteArray &ifMatch)
{
    Extras extras;
    extras.ifMatch = ifMatch;
    return send(QByteArrayLiteral("PUT"), path, ApiReply::Expect::Json,
                QJsonDocument(body).toJson(QJsonDocument::Compact), extras);
}

ApiReply *PortalApi::putBytes(const QString &path, const QByteArray &body,
                              const QByteArray &contentType)
{
    Extras extras;
    extras.contentType = contentType;
    return send(QByteArrayLiteral("PUT"), path, ApiReply::Expect::Json, body, extras);
}

ApiReply *PortalApi::postBytes(const QString &path, const QByteArray &body,
                               const QByteArray &contentType, const QByteArray &idempotencyKey)
{
    Extras extras;
    extras.contentType = contentType;
    extras.idempotencyKey = idempotencyKey;
    return send(QByteArrayLiteral("POST"), path, ApiReply::Expect::Json, body, extras);
}

ApiReply *PortalApi::del(const QString &path, const QJsonObject &body, const QByteArray &ifMatch)
{
    Extras extras;
    extras.ifMatch = ifMatch;
    return send(QByteArrayLiteral("DELETE"), path, ApiReply::Expect::Json,
                body.isEmpty() ? QByteArray() : QJsonDocument(body).toJson(QJsonDocument::Compact),
                extras);
}

ApiReply *PortalApi::send(const QByteArray &verb, const QString &path, ApiReply::Expect expect,
                          const QByteArray &body, const Extras &extras)
{
    const QUrl url = urlFor(path);
    if (!url.isValid() || url.host().isEmpty())
        return ApiReply::failedReply(ApiError(ApiError::Kind::InvalidAddress, url.toString()),
                                     this);
    if (!ServerAddress::isAllowedScheme(url, m_allowPlainHttpToLoopback))
        return ApiReply::failedReply(ApiError(ApiError::Kind::InsecureAddress, url.toString()),
                                     this);
    QNetworkRequest request = makeRequest(url, expect);
    if (!m_sessionToken.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + m_sessionToken.toUtf8());
    QByteArray idempotencyKey = extras.idempotencyKey;
    // A change guarded by If-Match is sent again after a lost answer (isSafeToRepeat); were the
    // first one applied, the repeat would find the ETag it changed itself. Its own key lets the
    // portal answer the repeat with the first answer instead. The retries reuse this request.
    if (idempotencyKey.isEmpty() && !extras.ifMatch.isEmpty()
        && (verb == "PUT" || verb == "DELETE"))
        idempotencyKey = newIdempotencyKey();
    if (!idempotencyKey.isEmpty())
        request.setRawHeader("Idempotency-Key", idempotencyKey);
    if (!extras.ifNoneMatch.isEmpty())
        request.setRawHeader("If-None-Match", extras.ifNoneMatch);
    if (!extras.ifMatch.isEmpty())
        request.setRawHeader("If-Match", extras.ifMatch);
    QByteArray contentType;
    if (verb != "GET")
        contentType = extras.contentType.isEmpty()
            ? QByteArrayLiteral("application/json; charset=utf-8")
            : extras.contentType;
    const QString token = m_sessionToken;
    QPointer<QNetworkAccessManager> network = m_network;
    // Sends the same request again for a retry; not once the session it belongs to is over.
    auto sender = [this, network, request, verb, body, contentType, token]() -> QNetworkReply * {
        if (!network || (!token.isEmpty() && token != m_sessionToken))
            return nullptr;
        QNetworkRequest r = request;
        if (verb == "GET")
            return network->get(r);
        r.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
        if (verb == "POST")
            return network->post(r, body);
        if (verb == "PUT")
            return network->put(r, body);
        if (body.isEmpty())
            return network->deleteResource(r);
        return network->sendCustomRequest(r, verb, body);
    };
    const qint64 limit = extras.maxBodyBytes > 0 ? extras.maxBodyBytes
        : expect == ApiReply::Expect::Json       ? MaxJsonBytes
                                                 : MaxImageBytes;
    const RetryPolicy policy = isSafeToRepeat(verb, extras) ? m_retryPolicy : RetryPolicy::never();
    auto *reply = new ApiReply(sender, expect, limit, policy, m_clock, this);
    if (!m_sessionToken.isEmpty())
        watchSession(reply, m_sessionToken);
    watchRetries(reply);
    return reply;
}

QByteArray PortalApi::newIdempotencyKey()
{
    return QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
}

bool PortalApi::isSafeToRepeat(const QByteArray &verb, const Extras &extras)
{
    if (verb == "GET")
        return true;
    // The portal applies a change once: a repeated POST, PUT or DELETE carries the first one's
    // Idempotency-Key and gets its answer back (without a key a repeat finds the ETag changed).
    if (verb == "PUT" || verb == "DELETE")
        return !extras.ifMatch.isEmpty();
    if (verb == "POST")
        return !extras.idempotencyKey.isEmpty();
    return false;
}

void PortalApi::watchRetries(ApiReply *reply)
{
    connect(reply, &ApiReply::retryScheduled, this, [this, reply](int delayMs) {
        m_retrying.insert(reply);
        emit retryScheduled(qMax(1, (delayMs + 999) / 1000));
    });
    connect(reply, &ApiReply::retryStarted, this, &PortalApi::retryStarted);
    connect(reply, &ApiReply::finished, this, [this, reply] {
        if (!m_retrying.remove(reply) || !m_retrying.isEmpty())
            return;
        // Any answer the portal gave itself (a refusal too) means the connection is back.
        const int status = reply->httpStatus();
        const bool answered = reply->isOk()
            || (status > 0 && status < 500 && status != 408 && status != 429
                && reply->error().kind() != ApiError::Kind::Unreachable);
        emit retriesEnded(answered);
    });
}

void PortalApi::watchSession(ApiReply *reply, const QString &token)
{
    // Connected before the caller's own slot, so the app leaves the signed-in screens first.
    connect(reply, &ApiReply::finished, this, [this, reply, token] {
        const ApiError &error = reply->error();
        const bool ended = error.httpStatus() == 401
            && (error.problemCode() == QLatin1String("session_expired")
                || error.problemCode() == QLatin1String("unauthenticated"));
        // An answer from an older session must not end the one signed in since.
        if (!ended || token != m_sessionToken)
            return;
        m_sessionToken.clear();
        emit sessionEnded(error);
    });
}
