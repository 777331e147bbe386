#include "fakeportal.h"

#include <QJsonDocument>

namespace {

QString routeKey(const QByteArray &verb, const QString &path)
{
    return QString::fromLatin1(verb) + QLatin1Char(' ') + path.section(QLatin1Char('?'), 0, 0);
}

} // namespace

FakePortal::FakePortal(QObject *parent)
    : FakeNetworkAccessManager(parent)
{ }

void FakePortal::add(const QByteArray &verb, const QString &path, const Answer &answer)
{
    QQueue<Answer> &queue = m_answers[routeKey(verb, path)];
    // An answer that was served and kept for repeats gives way to the ones queued after it.
    while (!queue.isEmpty() && queue.head().served)
        queue.dequeue();
    queue.enqueue(answer);
}

void FakePortal::answer(const QByteArray &verb, const QString &path, int status,
                        const QJsonObject &json)
{
    Answer answer;
    answer.status = status;
    if (status != 204) {
        answer.contentType = "application/json; charset=utf-8";
        answer.body = QJsonDocument(json).toJson(QJsonDocument::Compact);
    }
    add(verb, path, answer);
}

void FakePortal::answerWithEtag(const QByteArray &verb, const QString &path,
                                const QJsonObject &json, const QByteArray &etag)
{
    Answer answer;
    answer.contentType = "application/json; charset=utf-8";
    answer.body = QJsonDocument(json).toJson(QJsonDocument::Compact);
    answer.etag = etag;
    add(verb, path, answer);
}

void FakePortal::problem(const QByteArray &verb, const QString &path, int status,
                         const QString &code, const QJsonObject &extra, int retryAfter)
{
    QJsonObject problem = extra;
    problem.insert(QStringLiteral("type"), QStringLiteral("urn:portiek:problem:") + code);
    problem.insert(QStringLiteral("title"), code);
    problem.insert(QStringLiteral("status"), status);
    problem.insert(QStringLiteral("code"), code);
    Answer answer;
    answer.status = status;
    answer.contentType = "application/problem+json";
    answer.body = QJsonDocument(problem).toJson(QJsonDocument::Compact);
    answer.retryAfter = retryAfter;
    add(verb, path, answer);
}

void FakePortal::problemRetryAfter(const QByteArray &verb, const QString &path, int status,
                                   const QString &code, const QByteArray &retryAfter)
{
    problem(verb, path, status, code);
    m_answers[routeKey(verb, path)].last().retryAfterRaw = retryAfter;
}

void FakePortal::cutOff(const QByteArray &verb, const QString &path, const QJsonObject &json,
                        int missingBytes)
{
    Answer answer;
    answer.contentType = "application/json; charset=utf-8";
    const QByteArray whole = QJsonDocument(json).toJson(QJsonDocument::Compact);
    answer.body = whole.left(qMax(0, int(whole.size()) - missingBytes));
    answer.cutOffLength = whole.size();
    add(verb, path, answer);
}

void FakePortal::networkError(const QByteArray &verb, const QString &path,
                              QNetworkReply::NetworkError error)
{
    Answer answer;
    answer.error = error;
    add(verb, path, answer);
}

void FakePortal::hang(const QByteArray &verb, const QString &path)
{
    Answer answer;
    answer.hang = true;
    add(verb, path, answer);
}

void FakePortal::raw(const QByteArray &verb, const QString &path, int status,
                     const QByteArray &contentType, const QByteArray &body)
{
    Answer answer;
    answer.status = status;
    answer.contentType = contentType;
    answer.body = body;
    add(verb, path, answer);
}

QList<FakePortal::Call> FakePortal::callsTo(const QByteArray &verb, const QString &path) const
{
    QList<Call> found;
    for (const Call &call : m_calls) {
        if (routeKey(call.verb, call.path) == routeKey(verb, path))
            found.append(call);
    }
    return found;
}

FakePortal::Call FakePortal::lastCallTo(const QByteArray &verb, const QString &path) const
{
    const QList<Call> found = callsTo(verb, path);
    return found.isEmpty() ? Call() : found.last();
}

QNetworkReply *FakePortal::createRequest(Operation op, const QNetworkRequest &request,
                                         QIODevice *outgoingData)
{
    Call call;
    switch (op) {
    case GetOperation:
        call.verb = "GET";
        break;
    case PostOperation:
        call.verb = "POST";
        break;
    case PutOperation:
        call.verb = "PUT";
        break;
    case DeleteOperation:
        call.verb = "DELETE";
        break;
    case CustomOperation:
        call.verb = request.attribute(QNetworkRequest::CustomVerbAttribute).toByteArray();
        break;
    default:
        call.verb = "?";
        break;
    }
    call.path = request.url().path();
    if (request.url().hasQuery())
        call.path += QLatin1Char('?') + request.url().query();
    if (outgoingData)
        call.body = QJsonDocument::fromJson(outgoingData->readAll()).object();
    call.authorization = request.rawHeader("Authorization");
    call.idempotencyKey = request.rawHeader("Idempotency-Key");
    call.contentType = request.header(QNetworkRequest::ContentTypeHeader).toByteArray();
    call.ifNoneMatch = request.rawHeader("If-None-Match");
    m_calls.append(call);

    QQueue<Answer> &queue = m_answers[routeKey(call.verb, call.path)];
    if (queue.isEmpty())
        return new FakeErrorReply(request, QNetworkReply::ConnectionRefusedError,
                                  QStringLiteral("no fake answer for %1 %2")
                                      .arg(QString::fromLatin1(call.verb), call.path),
                                  this);
    if (queue.size() == 1)
        queue.head().served = true;
    const Answer answer = queue.size() > 1 ? queue.dequeue() : queue.head();
    if (answer.hang)
        return new FakeHangingReply(request, this);
    if (answer.error != QNetworkReply::NoError)
        return new FakeErrorReply(request, answer.error, QStringLiteral("fake network error"),
                                  this);
    auto *reply = new FakeReply(request, answer.status, answer.contentType, answer.body, this);
    if (answer.retryAfter >= 0)
        reply->setRawHeaderForTest("Retry-After", QByteArray::number(answer.retryAfter));
    if (!answer.retryAfterRaw.isEmpty())
        reply->setRawHeaderForTest("Retry-After", answer.retryAfterRaw);
    if (answer.cutOffLength >= 0)
        reply->cutOffAt(answer.cutOffLength);
    if (!answer.etag.isEmpty())
        reply->setRawHeaderForTest("ETag", answer.etag);
    return reply;
}
