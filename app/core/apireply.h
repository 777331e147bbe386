#pragma once

#include "core/apierror.h"

#include <QByteArray>
#include <QJsonObject>
#include <QObject>
#include <QPointer>

class QNetworkReply;
class QSslError;

// One answer from the portal. Emits finished() exactly once and deletes itself afterwards, so a
// caller connects to finished() and reads the result inside that slot.
class ApiReply : public QObject
{
    Q_OBJECT

public:
    enum class Expect { Json, Bytes };

    ApiReply(QNetworkReply *reply, Expect expect, qint64 maxBodyBytes, QObject *parent = nullptr);
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

    void abort();

    // The reading of an answer, apart from the network (and so testable and fuzzable alone).
    // A 2xx JSON answer: its object in `*json`, or the error that makes it unusable.
    static ApiError readJsonAnswer(const QByteArray &contentType, const QByteArray &body,
                                   QJsonObject *json);
    // A 4xx/5xx answer: problem+json's code, detail and extras, or what a bare status means.
    static ApiError errorFromAnswer(int httpStatus, const QByteArray &contentType,
                                    const QByteArray &body, const QByteArray &retryAfterHeader);

signals:
    void finished();
    // Bytes received so far and the total (-1 when the server did not say).
    void downloadProgress(qint64 received, qint64 total);

private:
    explicit ApiReply(QObject *parent);
    void onNetworkFinished();
    void onDownloadProgress(qint64 received, qint64 total);
    void onSslErrors(const QList<QSslError> &errors);
    ApiError classifyNetworkError() const;
    ApiError classifyHttpError() const;
    void parseJsonBody();
    void finish();

    QPointer<QNetworkReply> m_reply;
    Expect m_expect = Expect::Json;
    qint64 m_maxBodyBytes = 0;
    bool m_tooLarge = false;
    bool m_finished = false;
    QStringList m_sslErrors;
    ApiError m_error;
    int m_httpStatus = 0;
    QByteArray m_body;
    QByteArray m_contentType;
    QByteArray m_etag;
    QJsonObject m_json;
};
