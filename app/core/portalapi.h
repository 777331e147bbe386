#pragma once

#include "core/apireply.h"

#include <QList>
#include <QObject>
#include <QSslCertificate>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkRequest;

// The one place that talks HTTPS to the portal. The network access manager is passed in, so tests
// can hand in a fake one; every call is asynchronous and returns an ApiReply.
class PortalApi : public QObject
{
    Q_OBJECT

public:
    static constexpr int DefaultTimeoutMs = 20000;
    static constexpr qint64 MaxJsonBytes = 8 * 1024 * 1024;
    static constexpr qint64 MaxImageBytes = 4 * 1024 * 1024;

    explicit PortalApi(QNetworkAccessManager *network, QObject *parent = nullptr);

    void setBaseUrl(const QUrl &url);
    QUrl baseUrl() const { return m_baseUrl; }
    // Certificate authorities to trust besides the system's (an organisation's own CA).
    void setExtraCaCertificates(const QList<QSslCertificate> &certificates);
    // Only development builds turn this on; see ServerAddress::isAllowedScheme().
    void setAllowPlainHttpToLoopback(bool allow) { m_allowPlainHttpToLoopback = allow; }
    bool allowsPlainHttpToLoopback() const { return m_allowPlainHttpToLoopback; }
    void setTransferTimeout(int milliseconds) { m_timeoutMs = milliseconds; }

    // `path` is server-relative ("/api/v1/organization"); a base URL's own path is kept in front.
    QUrl urlFor(const QString &path) const;
    ApiReply *get(const QString &path, ApiReply::Expect expect = ApiReply::Expect::Json);
    // JSON bodies; `idempotencyKey` for a POST that creates something (docs/openapi.yaml).
    ApiReply *post(const QString &path, const QJsonObject &body = {},
                   const QByteArray &idempotencyKey = {});
    ApiReply *put(const QString &path, const QJsonObject &body);
    ApiReply *del(const QString &path, const QJsonObject &body = {});

    // The session token, kept in memory only and sent as "Authorization: Bearer" while set.
    void setSessionToken(const QString &token) { m_sessionToken = token; }
    void clearSession() { m_sessionToken.clear(); }
    bool hasSession() const { return !m_sessionToken.isEmpty(); }

signals:
    // An authenticated call was refused because the session is over (401 session_expired or
    // unauthenticated): the token is forgotten and the app returns to sign-in. Emitted before
    // the reply's own finished().
    void sessionEnded(const ApiError &error);

private:
    QNetworkRequest makeRequest(const QUrl &url, ApiReply::Expect expect) const;
    ApiReply *send(const QByteArray &verb, const QString &path, ApiReply::Expect expect,
                   const QByteArray &body = {}, const QByteArray &idempotencyKey = {});
    void watchSession(ApiReply *reply, const QString &token);

    QNetworkAccessManager *m_network;
    QUrl m_baseUrl;
    QList<QSslCertificate> m_extraCaCertificates;
    bool m_allowPlainHttpToLoopback = false;
    int m_timeoutMs = DefaultTimeoutMs;
    QString m_sessionToken;
};
