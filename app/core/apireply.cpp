#include "core/apireply.h"

#include "core/logging.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QNetworkReply>
#include <QSslError>
#include <QTimer>

namespace {

bool isJsonType(const QByteArray &contentType, const char *type)
{
    const QByteArray mime = contentType.split(';').first().trimmed().toLower();
    return mime == type;
}

// A whole number from 0 up, or -1 when absent or anything else.
int readCount(const QJsonObject &problem, QLatin1String key)
{
    const QJsonValue value = problem.value(key);
    const double number = value.toDouble(-1);
    if (!value.isDouble() || number < 0 || number > 1e9 || number != static_cast<int>(number))
        return -1;
    return static_cast<int>(number);
}

// attemptsLeft, retryAfterSeconds and validation errors; anything malformed is left out.
void readProblemExtras(const QJsonObject &problem, ApiError *error)
{
    error->setAttemptsLeft(readCount(problem, QLatin1String("attemptsLeft")));
    error->setRetryAfterSeconds(readCount(problem, QLatin1String("retryAfterSeconds")));
    QList<ApiError::FieldError> fieldErrors;
    const QJsonArray errors = problem.value(QLatin1String("errors")).toArray();
    for (const QJsonValue &entry : errors) {
        const QJsonObject object = entry.toObject();
        const QString field = object.value(QLatin1String("field")).toString();
        const QString code = object.value(QLatin1String("code")).toString();
        if (!field.isEmpty() && !code.isEmpty())
            fieldErrors.append({ field, code });
    }
    error->setFieldErrors(fieldErrors);
}

// Retry-After as seconds ("120") or as an HTTP date ("Wed, 21 Oct 2026 07:28:00 GMT"); -1 when
// absent or unreadable.
int parseRetryAfter(const QByteArray &header, const QDateTime &now)
{
    const QByteArray value = header.trimmed();
    if (value.isEmpty())
        return -1;
    bool ok = false;
    const qint64 seconds = value.toLongLong(&ok);
    if (ok)
        return seconds < 0 ? -1 : int(qMin<qint64>(seconds, 1000000000));
    // HTTP dates are always GMT (RFC 9110 IMF-fixdate); Qt reads the zone only as an offset.
    QString date = QString::fromLatin1(value);
    if (date.endsWith(QLatin1String(" GMT")))
        date = date.chopped(4) + QLatin1String(" +0000");
    const QDateTime at = QDateTime::fromString(date, Qt::RFC2822Date);
    if (!at.isValid())
        return -1;
    return int(qBound<qint64>(qint64(0), now.secsTo(at), 1000000000LL));
}

} // namespace

ApiReply::ApiReply(QObject *parent)
    : QObject(parent)
{ }

ApiReply::ApiReply(QNetworkReply *reply, Expect expect, qint64 maxBodyBytes, QObject *parent)
    : QObject(parent)
    , m_expect(expect)
    , m_maxBodyBytes(maxBodyBytes)
{
    attach(reply);
}

ApiReply::ApiReply(Sender sender, Expect expect, qint64 maxBodyBytes, RetryPolicy policy,
                   Clock clock, QObject *parent)
    : QObject(parent)
    , m_sender(std::move(sender))
    , m_policy(std::move(policy))
    , m_clock(std::move(clock))
    , m_expect(expect)
    , m_maxBodyBytes(maxBodyBytes)
{
    if (QNetworkReply *reply = m_sender()) {
        attach(reply);
    } else {
        m_error = ApiError(ApiError::Kind::Unreachable, QStringLiteral("not sent"));
        QTimer::singleShot(0, this, &ApiReply::finish);
    }
}

void ApiReply::attach(QNetworkReply *reply)
{
    m_reply = reply;
    m_tooLarge = false;
    m_truncated = false;
    m_sslErrors.clear();
    reply->setParent(this);
    connect(reply, &QNetworkReply::finished, this, &ApiReply::onNetworkFinished);
    connect(reply, &QNetworkReply::downloadProgress, this, &ApiReply::onDownloadProgress);
    connect(reply, &QNetworkReply::sslErrors, this, &ApiReply::onSslErrors);
}

ApiReply::~ApiReply() = default;

ApiReply *ApiReply::failedReply(const ApiError &error, QObject *parent)
{
    auto *reply = new ApiReply(parent);
    reply->m_error = error;
    // Finish from the event loop, so callers can connect to finished() first.
    QTimer::singleShot(0, reply, &ApiReply::finish);
    return reply;
}

bool ApiReply::isWaitingToRetry() const
{
    return m_retryTimer && m_retryTimer->isActive();
}

void ApiReply::abort()
{
    if (m_finished)
        return;
    m_aborted = true;
    if (isWaitingToRetry()) {
        m_retryTimer->stop();
        m_error = ApiError(ApiError::Kind::Timeout, QStringLiteral("aborted"));
        finish();
    } else if (m_reply) {
        m_reply->abort();
    }
}

void ApiReply::onDownloadProgress(qint64 received, qint64 total)
{
    // A portal's answers are small; anything far larger is not the portal, or an attack.
    if (received > m_maxBodyBytes || total > m_maxBodyBytes) {
        m_tooLarge = true;
        m_reply->abort();
        return;
    }
    emit downloadProgress(received, total);
}

void ApiReply::onSslErrors(const QList<QSslError> &errors)
{
    // Never ignored: the reply fails with SslHandshakeFailedError afterwards.
    for (const QSslError &error : errors)
        m_sslErrors.append(error.errorString());
}

void ApiReply::onNetworkFinished()
{
    QNetworkReply *reply = m_reply;
    if (!reply)
        return;
    readAnswer();
    const int delay = retryDelayMs();
    if (m_error.isError())
        qCInfo(lcApi) << "request failed:" << reply->url().path() << m_httpStatus
                      << m_error.detail() << (delay >= 0 ? "- will try again" : "");
    if (delay < 0) {
        finish();
        return;
    }
    // This try is over; the next one gets a reply of its own.
    m_reply = nullptr;
    reply->disconnect(this);
    reply->deleteLater();
    ++m_retries;
    if (!m_retryTimer) {
        m_retryTimer = new QTimer(this);
        m_retryTimer->setSingleShot(true);
        connect(m_retryTimer, &QTimer::timeout, this, &ApiReply::retryNow);
    }
    m_retryTimer->start(m_policy.realWaitMs(delay));
    emit retryScheduled(delay);
}

void ApiReply::readAnswer()
{
    const QVariant status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    m_httpStatus = status.isValid() ? status.toInt() : 0;
    m_contentType = m_reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
    m_etag = m_reply->rawHeader("ETag");
    m_networkError = m_reply->error();
    m_error = ApiError();
    m_body.clear();
    m_json = QJsonObject();

    // Errors below 100 are the connection's (refused, closed, timed out, TLS), even when the
    // status line had already arrived: then the answer was cut off.
    const bool connectionFailed = m_networkError > QNetworkReply::NoError && m_networkError < 100;
    if (m_tooLarge) {
        m_error = ApiError(ApiError::Kind::NotAPortal, QStringLiteral("answer too large"));
    } else if (m_httpStatus == 0 || connectionFailed) {
        m_truncated = m_httpStatus != 0;
        m_error = classifyNetworkError();
    } else {
        m_body = m_reply->readAll();
        bool known = false;
        const qint64 length
            = m_reply->header(QNetworkRequest::ContentLengthHeader).toLongLong(&known);
        if (known && m_body.size() < length && m_httpStatus != 204 && m_httpStatus != 304) {
            m_truncated = true;
            m_error = ApiError(ApiError::Kind::Unreachable,
                               QStringLiteral("answer cut off after %1 of %2 bytes")
                                   .arg(m_body.size())
                                   .arg(length));
        } else if (m_httpStatus >= 400) {
            m_error = classifyHttpError();
        } else if (m_expect == Expect::Json && m_httpStatus != 304 && m_httpStatus != 204) {
            parseJsonBody();
        }
    }
}

int ApiReply::retryDelayMs() const
{
    if (!m_error.isError() || m_aborted || m_tooLarge || m_retries >= m_policy.maxRetries)
        return -1;
    const int backoff = m_policy.backoffMs(m_retries + 1);
    if (m_truncated)
        return backoff;
    if (m_httpStatus == 0 || m_networkError < 100) {
        switch (m_networkError) {
        case QNetworkReply::ConnectionRefusedError:
        case QNetworkReply::RemoteHostClosedError:
        case QNetworkReply::TimeoutError:
        case QNetworkReply::OperationCanceledError: // the transfer timeout; not our own abort()
        case QNetworkReply::TemporaryNetworkFailureError:
        case QNetworkReply::NetworkSessionFailedError:
        case QNetworkReply::UnknownNetworkError:
            return backoff;
        default: // no such host, TLS, redirects: trying again changes nothing
            return -1;
        }
    }
    switch (m_httpStatus) {
    case 408:
    case 502:
    case 504:
        return backoff;
    case 429:
        // The person's own attempts (a sign-in lock, SMS codes asked for too often): the error
        // tells them how long to wait, and a repeat by itself would count as another attempt.
        if (m_error.problemCode() == QLatin1String("too_many_attempts"))
            return -1;
        [[fallthrough]];
    case 503: {
        const int after = m_error.retryAfterSeconds();
        if (after < 0) // a busy portal that says nothing; a 429 without a wait is not retried
            return m_httpStatus == 503 ? backoff : -1;
        if (after > m_policy.maxRetryAfterSeconds)
            return -1; // reported: the error says how long
        return after > 0 ? after * 1000 : backoff;
    }
    default: // other 4xx, 500, and a 200 with malformed JSON: the same again gets the same
        return -1;
    }
}

void ApiReply::retryNow()
{
    QNetworkReply *reply = m_sender ? m_sender() : nullptr;
    if (!reply) {
        finish(); // with the last try's error
        return;
    }
    attach(reply);
    emit retryStarted();
}

void ApiReply::parseJsonBody()
{
    m_error = readJsonAnswer(m_contentType, m_body, &m_json);
}

ApiError ApiReply::readJsonAnswer(const QByteArray &contentType, const QByteArray &body,
                                  QJsonObject *json)
{
    if (!isJsonType(contentType, "application/json"))
        return ApiError(ApiError::Kind::NotAPortal,
                        QStringLiteral("content type is %1").arg(QString::fromLatin1(contentType)));
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return ApiError(ApiError::Kind::NotAPortal,
                        QStringLiteral("malformed JSON: %1").arg(parseError.errorString()));
    *json = document.object();
    return {};
}

ApiError ApiReply::classifyNetworkError() const
{
    const QString detail = m_reply->errorString();
    switch (m_reply->error()) {
    case QNetworkReply::HostNotFoundError:
        return ApiError(ApiError::Kind::HostNotFound, detail);
    case QNetworkReply::TimeoutError:
    case QNetworkReply::OperationCanceledError: // transfer timeout; an explicit abort too
        return ApiError(ApiError::Kind::Timeout, detail);
    case QNetworkReply::SslHandshakeFailedError:
        if (!m_sslErrors.isEmpty())
            return ApiError(ApiError::Kind::CertificateUntrusted,
                            m_sslErrors.join(QLatin1String("; ")));
        return ApiError(ApiError::Kind::SecureConnectionFailed, detail);
    case QNetworkReply::ProtocolUnknownError:
    case QNetworkReply::ProtocolFailure:
    case QNetworkReply::InsecureRedirectError:
    case QNetworkReply::TooManyRedirectsError:
        return ApiError(ApiError::Kind::NotAPortal, detail);
    default:
        return ApiError(ApiError::Kind::Unreachable, detail);
    }
}

ApiError ApiReply::classifyHttpError() const
{
    return errorFromAnswer(m_httpStatus, m_contentType, m_body, m_reply->rawHeader("Retry-After"),
                           m_clock ? m_clock() : systemClock()());
}

ApiError ApiReply::errorFromAnswer(int httpStatus, const QByteArray &contentType,
                                   const QByteArray &body, const QByteArray &retryAfterHeader,
                                   const QDateTime &now)
{
    ApiError error;
    if (isJsonType(contentType, "application/problem+json")) {
        const QJsonObject problem = QJsonDocument::fromJson(body).object();
        const QString code = problem.value(QLatin1String("code")).toString();
        error = ApiError(httpStatus >= 500 ? ApiError::Kind::ServerUnavailable
                                           : ApiError::Kind::Problem,
                         problem.value(QLatin1String("detail")).toString());
        error.setProblemCode(code);
        readProblemExtras(problem, &error);
    } else if (httpStatus >= 500) {
        error = ApiError(ApiError::Kind::ServerUnavailable,
                         QStringLiteral("HTTP %1").arg(httpStatus));
    } else {
        // A portal always explains a refusal; a bare 4xx comes from some other web server.
        error = ApiError(ApiError::Kind::NotAPortal, QStringLiteral("HTTP %1").arg(httpStatus));
    }
    error.setHttpStatus(httpStatus);
    // The header wins; the problem's retryAfterSeconds is the same number when both are there.
    if (const int retryAfter = parseRetryAfter(retryAfterHeader, now); retryAfter >= 0)
        error.setRetryAfterSeconds(retryAfter);
    return error;
}

void ApiReply::finish()
{
    if (m_finished)
        return;
    m_finished = true;
    emit finished();
    deleteLater();
}
