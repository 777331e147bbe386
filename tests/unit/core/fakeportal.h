#pragma once

#include "support/fakenetwork.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QQueue>

// A scripted portal on the fake network: answers per method and path (the query is ignored),
// in the order given, and records every call with its body and Authorization header.
class FakePortal : public FakeNetworkAccessManager
{
    Q_OBJECT

public:
    struct Call
    {
        QByteArray verb;
        QString path; // with the query
        QJsonObject body;
        QByteArray authorization;
        QByteArray idempotencyKey;
        QByteArray contentType;
        QByteArray ifNoneMatch;
    };

    explicit FakePortal(QObject *parent = nullptr);

    // Queues one answer for `verb path`; the last answer queued for a route repeats.
    void answer(const QByteArray &verb, const QString &path, int status,
                const QJsonObject &json = {});
    // The same, with an ETag header on the answer.
    void answerWithEtag(const QByteArray &verb, const QString &path, const QJsonObject &json,
                        const QByteArray &etag);
    void problem(const QByteArray &verb, const QString &path, int status, const QString &code,
                 const QJsonObject &extra = {}, int retryAfter = -1);
    void networkError(const QByteArray &verb, const QString &path,
                      QNetworkReply::NetworkError error = QNetworkReply::ConnectionRefusedError);
    // A problem with Retry-After exactly as given ("7", or an HTTP date).
    void problemRetryAfter(const QByteArray &verb, const QString &path, int status,
                           const QString &code, const QByteArray &retryAfter);
    // An answer that never comes (until aborted, or the request's transfer timeout).
    void hang(const QByteArray &verb, const QString &path);
    // A 200 whose connection breaks `missingBytes` before the Content-Length is reached.
    void cutOff(const QByteArray &verb, const QString &path, const QJsonObject &json,
                int missingBytes);
    void raw(const QByteArray &verb, const QString &path, int status, const QByteArray &contentType,
             const QByteArray &body);

    QList<Call> calls() const { return m_calls; }
    QList<Call> callsTo(const QByteArray &verb, const QString &path) const;
    Call lastCallTo(const QByteArray &verb, const QString &path) const;

protected:
    QNetworkReply *createRequest(Operation op, const QNetworkRequest &request,
                                 QIODevice *outgoingData) override;

private:
    struct Answer
    {
        int status = 200;
        QByteArray contentType;
        QByteArray body;
        int retryAfter = -1;
        QByteArray retryAfterRaw;
        qint64 cutOffLength = -1;
        QByteArray etag;
        QNetworkReply::NetworkError error = QNetworkReply::NoError;
        bool hang = false;
        bool served = false;
    };

    void add(const QByteArray &verb, const QString &path, const Answer &answer);

    QHash<QString, QQueue<Answer>> m_answers;
    QList<Call> m_calls;
};
