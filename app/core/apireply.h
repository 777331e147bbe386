#pragma once

#include "core/apierror.h"
#include "core/clock.h"
#include "core/retrypolicy.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QObject>
#include <QPointer>

#include <functional>

class QNetworkReply;
class QSslError;
class QTimer;

// One answer from the portal. Emits finished() exactly once and deletes itself afterwards, so a
// caller connects to finished() and reads the result inside that slot.
//
// A reply made with a Sender may try again by itself after a passing fault (refused or dropped
// connection, no answer in time, a cut-off answer, 408/429/502/503/504) as its RetryPolicy
// allows; finished() then comes once, after the last try. abort() also ends a pending retry.
class ApiReply : public QObject
{
    Q_OBJECT

public:
    enum class Expect { Json, Bytes };
    // Sends the request (again); null when it may not be sent any more (the session it belonged
    // to is over), and the reply ends with the last try's error.
    using Sender = std::function<QNetworkReply *()>;

    ApiReply(QNetworkReply *reply, Expect expect, qint64 maxBodyBytes, QObject *parent = nullptr);
    // Sends at once through `sender`, and again as `policy` allows; `clock` reads a Retry-After
    // given as a date.
    ApiReply(Sender sender, Expect expect, qint64 maxBodyBytes, RetryPolicy policy, Clock clock,
             QObject *parent = nullptr);
    // A reply that fails without asking the network (e.g. an address that may not be used).
    static ApiReply *failedReply(const ApiError &error, QObject *parent = nullptr);
    ~ApiReply() override;

    bool isFinished() const { return m_finished; }
    bool isOk() const { return m_finished && !m_error.isError(); }
    const ApiError &error() const { return m_error; }
    int httpStatus() const { return m_httpStatus; }
    QByteArray body() const { return m_body; }
    QJsonObject json() const { return m_json; }
    QByteArray contentType() const { return m_contentType; }
    QByteArray etag() const { return m_etag; }
    // Tries made after the first one.
    int retries() const { return m_retries; }
    bool isWaitingToRetry() const;

    void abort();

    // The reading of an answer, apart from the network (and so testable and fuzzable alone).
    // A 2xx JSON answer: its object in `*json`, or the error that makes it unusable.
    static ApiError readJsonAnswer(const QByteArray &contentType, const QByteArray &body,
                                   QJsonObject *json);
    // A 4xx/5xx answer: problem+json's code, detail and extras, or what a bare status means.
    // `now` reads a Retry-After given as an HTTP date.
    static ApiError errorFromAnswer(int httpStatus, const QByteArray &contentType,
                                    const QByteArray &body, const QByteArray &retryAfterHeader,
                                    const QDateTime &now = QDateTime::currentDateTimeUtc());

signals:
    void finished();
    // Bytes received so far and the total (-1 when the server did not say).
    void downloadProgress(qint64 received, qint64 total);
    // The last try failed for a passing reason; the next one starts in `delayMs`.
    void retryScheduled(int delayMs);
    // The wait is over and the request is on its way again.
    void retryStarted();

private:
    explicit ApiReply(QObject *parent);
    void attach(QNetworkReply *reply);
    void onNetworkFinished();
    void readAnswer();
    // The wait before the next try, or -1 when this answer is final.
    int retryDelayMs() const;
    void retryNow();
    void onDownloadProgress(qint64 received, qint64 total);
    void onSslErrors(const QList<QSslError> &errors);
    ApiError classifyNetworkError() const;
    ApiError classifyHttpError() const;
    void parseJsonBody();
    void finish();

    QPointer<QNetworkReply> m_reply;
    Sender m_sender;
    RetryPolicy m_policy = RetryPolicy::never();
    Clock m_clock;
    QTimer *m_retryTimer = nullptr;
    int m_retries = 0;
    Expect m_expect = Expect::Json;
    qint64 m_maxBodyBytes = 0;
    bool m_tooLarge = false;
    bool m_aborted = false;
    // The connection broke before the whole answer arrived (Content-Length not reached).
    bool m_truncated = false;
    int m_networkError = 0; // QNetworkReply::NetworkError of the last try
    bool m_finished = false;
    QStringList m_sslErrors;
    ApiError m_error;
    int m_httpStatus = 0;
    QByteArray m_body;
    QByteArray m_contentType;
    QByteArray m_etag;
    QJsonObject m_json;
};
