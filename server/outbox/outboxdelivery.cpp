#include "server/outbox/outboxdelivery.h"

#include "server/core/clock.h"
#include "server/logging.h"
#include "server/outbox/outbox.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

#include <algorithm>

namespace Portiek::Server {

namespace {

constexpr int BatchSize = 20;
constexpr qint64 FirstRetrySeconds = 30;
constexpr qint64 LongestRetrySeconds = 60 * 60;
constexpr std::chrono::milliseconds DefaultPollInterval = std::chrono::seconds(15);

QByteArray messageJson(const OutboxMessage &message)
{
    QJsonObject object { { QStringLiteral("id"), message.id },
                         { QStringLiteral("channel"), OutboxMessage::channelName(message.channel) },
                         { QStringLiteral("to"), message.recipient },
                         { QStringLiteral("subject"),
                           message.channel == OutboxMessage::Channel::Email
                               ? QJsonValue(message.subject)
                               : QJsonValue(QJsonValue::Null) },
                         { QStringLiteral("body"), message.body } };
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

} // namespace

OutboxDelivery::OutboxDelivery(Outbox &outbox, const Clock &clock, QUrl gatewayUrl,
                               QByteArray apiKey, QObject *parent)
    : QObject(parent)
    , m_outbox(outbox)
    , m_clock(clock)
    , m_gatewayUrl(std::move(gatewayUrl))
    , m_apiKey(std::move(apiKey))
    , m_network(new QNetworkAccessManager(this))
    , m_pollTimer(new QTimer(this))
{
    m_pollTimer->setInterval(DefaultPollInterval);
    connect(m_pollTimer, &QTimer::timeout, this, &OutboxDelivery::deliverDue);
}

OutboxDelivery::~OutboxDelivery()
{
    m_outbox.setEnqueuedCallback({});
}

void OutboxDelivery::start()
{
    // Queued: enqueueing happens in the middle of a request handler, sending can wait a moment.
    m_outbox.setEnqueuedCallback([this] {
        QMetaObject::invokeMethod(this, &OutboxDelivery::deliverDue, Qt::QueuedConnection);
    });
    m_pollTimer->start();
    deliverDue();
}

void OutboxDelivery::setPollInterval(std::chrono::milliseconds interval)
{
    m_pollTimer->setInterval(interval);
}

void OutboxDelivery::setRequestTimeout(std::chrono::milliseconds timeout)
{
    m_requestTimeoutMs = int(timeout.count());
}

qint64 OutboxDelivery::retryDelaySeconds(int attempts)
{
    qint64 delay = FirstRetrySeconds;
    for (int i = 1; i < attempts && delay < LongestRetrySeconds; ++i)
        delay *= 2;
    return std::min(delay, LongestRetrySeconds);
}

void OutboxDelivery::deliverDue()
{
    const QList<OutboxMessage> due = m_outbox.due(BatchSize);
    for (const OutboxMessage &message : due) {
        if (m_inFlightIds.contains(message.id))
            continue;
        send(message.id, messageJson(message), message.attempts);
    }
}

void OutboxDelivery::send(const QString &messageId, const QByteArray &json, int attempts)
{
    QNetworkRequest request(m_gatewayUrl);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setRawHeader(QByteArrayLiteral("Authorization"), "Bearer " + m_apiKey);
    request.setTransferTimeout(m_requestTimeoutMs);
    m_inFlightIds.append(messageId);
    QNetworkReply *reply = m_network->post(request, json);
    connect(reply, &QNetworkReply::finished, this, [this, reply, messageId, attempts] {
        reply->deleteLater();
        m_inFlightIds.removeAll(messageId);
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const bool delivered
            = reply->error() == QNetworkReply::NoError && status >= 200 && status < 300;
        if (delivered) {
            m_outbox.markSent(messageId);
            qCInfo(lcServerOutbox).noquote() << "delivered" << messageId;
        } else {
            const QString error = status != 0
                ? QStringLiteral("gateway answered HTTP %1").arg(status)
                : reply->errorString();
            const qint64 wait = retryDelaySeconds(attempts + 1);
            m_outbox.markFailed(messageId, error, m_clock.now().addSecs(wait));
            qCWarning(lcServerOutbox).noquote() << "could not deliver" << messageId
                                                << "(" + error + "); next try in" << wait << "s";
        }
        Q_EMIT attemptFinished(messageId, delivered);
    });
}

} // namespace Portiek::Server
