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

} // namespace

ApiReply::ApiReply(QObject *parent)
    : QObject(parent)
{ }

ApiReply::ApiReply(QNetworkReply *reply, Expect expect, qint64 maxBodyBytes, QObject *parent)
    : QObject(parent)
    , m_reply(reply)
    , m_expect(expect)
    , m_maxBodyBytes(maxBodyBytes)
{
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

void ApiReply::abort()
{
    if (m_reply)
        m_reply->abort();
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
    const QVariant status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    m_httpStatus = status.isValid() ? status.toInt() : 0;
    m_contentType = m_reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
    m_etag = m_reply->rawHeader("ETag");

    if (m_tooLarge) {
        m_error = ApiError(ApiError::Kind::NotAPortal, QStringLiteral("answer too large"));
    } else if (m_httpStatus == 0) {
        m_error = classifyNetworkError();
    } else {
        m_body = m_reply->readAll();
        if (m_httpStatus >= 400)
            m_error = classifyHttpError();
        else if (m_expect == Expect::Json && m_httpStatus != 304 && m_httpStatus != 204)
            parseJsonBody();
    }
    if (m_error.isError())
        qCInfo(lcApi) << "request failed:" << m_reply->url().path() << m_httpStatus
                      << m_error.detail();
    finish();
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
    return errorFromAnswer(m_httpStatus, m_contentType, m_body, m_reply->rawHeader("Retry-After"));
}

ApiError ApiReply::errorFromAnswer(int httpStatus, const QByteArray &contentType,
                                   const QByteArray &body, const QByteArray &retryAfterHeader)
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
    bool ok = false;
    const int retryAfter = retryAfterHeader.trimmed().toInt(&ok);
    if (ok && retryAfter >= 0)
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
