#include "support/fakenetwork.h"

#include <QTimer>

FakeReply::FakeReply(const QNetworkRequest &request, int status, const QByteArray &contentType,
                     const QByteArray &body, QObject *parent)
    : QNetworkReply(parent)
    , m_body(body)
{
    setRequest(request);
    setUrl(request.url());
    setOperation(QNetworkAccessManager::GetOperation);
    setAttribute(QNetworkRequest::HttpStatusCodeAttribute, status);
    if (!contentType.isEmpty())
        setHeader(QNetworkRequest::ContentTypeHeader, contentType);
    setHeader(QNetworkRequest::ContentLengthHeader, body.size());
    if (status >= 400)
        setError(status >= 500 ? InternalServerError : ContentNotFoundError,
                 QStringLiteral("HTTP %1").arg(status));
    open(QIODevice::ReadOnly | QIODevice::Unbuffered);
    QTimer::singleShot(0, this, &FakeReply::respond);
}

void FakeReply::respond()
{
    if (isFinished())
        return;
    emit metaDataChanged();
    emit downloadProgress(m_body.size(), m_body.size());
    if (isFinished()) // aborted from a downloadProgress handler
        return;
    emit readyRead();
    if (m_cutOff) {
        setError(RemoteHostClosedError, QStringLiteral("Connection closed"));
        emit errorOccurred(RemoteHostClosedError);
    }
    setFinished(true);
    emit finished();
}

void FakeReply::cutOffAt(qint64 declaredLength)
{
    setHeader(QNetworkRequest::ContentLengthHeader, declaredLength);
    m_cutOff = true;
}

void FakeReply::abort()
{
    if (isFinished())
        return;
    setError(OperationCanceledError, QStringLiteral("Operation canceled"));
    setFinished(true);
    emit errorOccurred(OperationCanceledError);
    emit finished();
}

qint64 FakeReply::bytesAvailable() const
{
    return m_body.size() - m_offset + QIODevice::bytesAvailable();
}

qint64 FakeReply::readData(char *data, qint64 maxSize)
{
    const qint64 count = qMin(maxSize, m_body.size() - m_offset);
    if (count <= 0)
        return isFinished() ? -1 : 0;
    std::copy_n(m_body.constData() + m_offset, count, data);
    m_offset += count;
    return count;
}

FakeErrorReply::FakeErrorReply(const QNetworkRequest &request, QNetworkReply::NetworkError error,
                               const QString &message, QObject *parent)
    : QNetworkReply(parent)
{
    setRequest(request);
    setUrl(request.url());
    setOperation(QNetworkAccessManager::GetOperation);
    open(QIODevice::ReadOnly);
    setError(error, message);
    QTimer::singleShot(0, this, [this, error] {
        emit errorOccurred(error);
        setFinished(true);
        emit finished();
    });
}

FakeHangingReply::FakeHangingReply(const QNetworkRequest &request, QObject *parent)
    : QNetworkReply(parent)
{
    setRequest(request);
    setUrl(request.url());
    setOperation(QNetworkAccessManager::GetOperation);
    open(QIODevice::ReadOnly);
    if (const int timeout = request.transferTimeout(); timeout > 0)
        QTimer::singleShot(timeout, this, &FakeHangingReply::abort);
}

void FakeHangingReply::abort()
{
    if (isFinished())
        return;
    setError(OperationCanceledError, QStringLiteral("Operation canceled"));
    setFinished(true);
    emit errorOccurred(OperationCanceledError);
    emit finished();
}

FakeNetworkAccessManager::FakeNetworkAccessManager(QObject *parent)
    : QNetworkAccessManager(parent)
{ }

QNetworkReply *FakeNetworkAccessManager::createRequest(Operation op, const QNetworkRequest &request,
                                                       QIODevice *outgoingData)
{
    Q_UNUSED(op)
    Q_UNUSED(outgoingData)
    m_requests.append(request);
    if (m_handler)
        return m_handler(request, this);
    return new FakeErrorReply(request, QNetworkReply::ConnectionRefusedError,
                              QStringLiteral("no fake answer"), this);
}
