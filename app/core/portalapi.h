#pragma once

#include "core/apireply.h"
#include "core/clock.h"
#include "core/retrypolicy.h"

#include <QList>
#include <QObject>
#include <QSet>
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
    // Documents such as plan PDFs (the import API accepts up to 25 MiB).
    static constexpr qint64 MaxDocumentBytes = 25 * 1024 * 1024;

    explicit PortalApi(QNetworkAccessManager *network, QObject *parent = nullptr);

    void setBaseUrl(const QUrl &url);
    QUrl baseUrl() const { return m_baseUrl; }
    // Certificate authorities to trust besides the system's (an organisation's own CA).
    void setExtraCaCertificates(const QList<QSslCertificate> &certificates);
    // Only development builds turn this on; see ServerAddress::isAllowedScheme().
    void setAllowPlainHttpToLoopback(bool allow) { m_allowPlainHttpToLoopback = allow; }
    bool allowsPlainHttpToLoopback() const { return m_allowPlainHttpToLoopback; }
    void setTransferTimeout(int milliseconds) { m_timeoutMs = milliseconds; }
    // Automatic retries after passing faults, for requests that are safe to repeat: GET, PUT and
    // DELETE with If-Match, POST with an Idempotency-Key. Sign-in steps, password changes and
    // other POSTs without a key are never sent twice by Portiek itself. Off until set: the app
    // sets RetryPolicy{} (application.cpp); a test that scripts one fault sees just that fault.
    void setRetryPolicy(const RetryPolicy &policy) { m_retryPolicy = policy; }
    RetryPolicy retryPolicy() const { return m_retryPolicy; }
    // The time, for a Retry-After given as a date.
    void setClock(Clock clock) { m_clock = std::move(clock); }
    // True while some request waits to be tried again, or is on its way again.
    bool isRetrying() const { return !m_retrying.isEmpty(); }

    // `path` is server-relative ("/api/v1/organization"); a base URL's own path is kept in front.
    QUrl urlFor(const QString &path) const;
    ApiReply *get(const QString &path, ApiReply::Expect expect = ApiReply::Expect::Json);
    // A conditional GET: with the ETag of an earlier answer in `ifNoneMatch`, the portal answers
    // 304 without a body while that copy is still current (photos, documents).
    ApiReply *get(const QString &path, ApiReply::Expect expect, const QByteArray &ifNoneMatch);
    // A document (a plan's PDF) as bytes, up to MaxDocumentBytes.
    ApiReply *getDocument(const QString &path, const QByteArray &ifNoneMatch = {});
    // A fresh Idempotency-Key (a UUID): one per thing created or code asked for, the same on
    // every repeat of that request.
    static QByteArray newIdempotencyKey();
    // JSON bodies; `idempotencyKey` for a POST that creates something (docs/openapi.yaml).
    ApiReply *post(const QString &path, const QJsonObject &body = {},
                   const QByteArray &idempotencyKey = {});
    // `ifMatch`: the ETag the change is based on; the portal answers 412 when someone changed
    // the object meanwhile (appointments, a contact's rights).
    ApiReply *put(const QString &path, const QJsonObject &body, const QByteArray &ifMatch = {});
    // Raw bytes with their own type, e.g. an image for PUT /api/v1/me/photo ("image/jpeg").
    ApiReply *putBytes(const QString &path, const QByteArray &body, const QByteArray &contentType);
    // An image that creates something (a board photo), with its own Idempotency-Key.
    ApiReply *postBytes(const QString &path, const QByteArray &body, const QByteArray &contentType,
                        const QByteArray &idempotencyKey = {});
    ApiReply *del(const QString &path, const QJsonObject &body = {},
                  const QByteArray &ifMatch = {});

    // The session token, kept in memory only and sent as "Authorization: Bearer" while set.
    void setSessionToken(const QString &token) { m_sessionToken = token; }
    void clearSession() { m_sessionToken.clear(); }
    bool hasSession() const { return !m_sessionToken.isEmpty(); }

signals:
    // An authenticated call was refused because the session is over (401 session_expired or
    // unauthenticated): the token is forgotten and the app returns to sign-in. Emitted before
    // the reply's own finished().
    void sessionEnded(const ApiError &error);
    // A request failed for a passing reason (the connection dropped, the portal is busy) and is
    // sent again in `seconds` (rounded up). The part that asked keeps waiting meanwhile.
    void retryScheduled(int seconds);
    // The wait is over; the request is on its way again.
    void retryStarted();
    // No request is being retried any more: `recovered` when the last one got its answer, false
    // when Portiek gave up or it was cancelled (the part that asked shows its own error then).
    void retriesEnded(bool recovered);

private:
    QNetworkRequest makeRequest(const QUrl &url, ApiReply::Expect expect) const;
    struct Extras
    {
        QByteArray idempotencyKey;
        QByteArray contentType; // of the body; JSON when empty
        QByteArray ifNoneMatch;
        QByteArray ifMatch;
        // 0: the default for the expected answer. Set in a constructor, not a member initializer:
        // send()'s `= {}` needs Extras complete before PortalApi is.
        qint64 maxBodyBytes;
        Extras()
            : maxBodyBytes(0)
        { }
    };
    ApiReply *send(const QByteArray &verb, const QString &path, ApiReply::Expect expect,
                   const QByteArray &body = {}, const Extras &extras = {});
    void watchSession(ApiReply *reply, const QString &token);
    void watchRetries(ApiReply *reply);
    static bool isSafeToRepeat(const QByteArray &verb, const Extras &extras);

    QNetworkAccessManager *m_network;
    QUrl m_baseUrl;
    QList<QSslCertificate> m_extraCaCertificates;
    bool m_allowPlainHttpToLoopback = false;
    int m_timeoutMs = DefaultTimeoutMs;
    QString m_sessionToken;
    RetryPolicy m_retryPolicy = RetryPolicy::never();
    Clock m_clock = systemClock();
    QSet<const QObject *> m_retrying;
};
