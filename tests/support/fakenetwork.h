#pragma once

#include <QList>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

#include <functional>

// A reply with a ready answer: status, headers, body (optionally cut short with an error).
class FakeReply : public QNetworkReply
{
    Q_OBJECT

public:
    FakeReply(const QNetworkRequest &request, int status, const QByteArray &contentType,
              const QByteArray &body, QObject *parent = nullptr);

    void setRawHeaderForTest(const QByteArray &name, const QByteArray &value)
    {
        setRawHeader(name, value);
    }

    void abort() override;
    qint64 bytesAvailable() const override;
    // The connection breaks after `body`, with `declaredLength` (more) in Content-Length, as a
    // portal that is killed while it answers.
    void cutOffAt(qint64 declaredLength);

protected:
    qint64 readData(char *data, qint64 maxSize) override;

private:
    void respond();
    bool m_cutOff = false;

    QByteArray m_body;
    qint64 m_offset = 0;
};

// A reply that fails at the network level (refused, reset, TLS, …).
class FakeErrorReply : public QNetworkReply
{
    Q_OBJECT

public:
    FakeErrorReply(const QNetworkRequest &request, QNetworkReply::NetworkError error,
                   const QString &message, QObject *parent = nullptr);

    void abort() override { }

protected:
    qint64 readData(char *, qint64) override { return -1; }
};

// A reply that never answers, until aborted (a portal that hangs). Like QNetworkAccessManager,
// it gives up with OperationCanceledError after the request's transfer timeout.
class FakeHangingReply : public QNetworkReply
{
    Q_OBJECT

public:
    explicit FakeHangingReply(const QNetworkRequest &request, QObject *parent = nullptr);

    void abort() override;

protected:
    qint64 readData(char *, qint64) override { return -1; }
};

// Answers every request through `handler` and records what was asked.
class FakeNetworkAccessManager : public QNetworkAccessManager
{
    Q_OBJECT

public:
    using Handler = std::function<QNetworkReply *(const QNetworkRequest &, QObject *parent)>;

    explicit FakeNetworkAccessManager(QObject *parent = nullptr);

    void setHandler(Handler handler) { m_handler = std::move(handler); }
    QList<QNetworkRequest> requests() const { return m_requests; }

protected:
    QNetworkReply *createRequest(Operation op, const QNetworkRequest &request,
                                 QIODevice *outgoingData) override;

private:
    Handler m_handler;
    QList<QNetworkRequest> m_requests;
};
