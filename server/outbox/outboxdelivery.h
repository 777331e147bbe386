#pragma once

#include <QByteArray>
#include <QObject>
#include <QStringList>
#include <QUrl>

#include <chrono>

class QNetworkAccessManager;
class QTimer;

namespace Portiek::Server {

class Clock;
class Outbox;

// Hands the outbox's messages to an HTTP gateway: one POST per message, JSON
// {"id", "channel", "to", "subject", "body"} with "Authorization: Bearer <key>". A 2xx answer
// marks it sent; anything else is recorded (attempts, last error) and retried after a growing
// wait (30 s, 1 min, 2 min … at most 1 h). A message is never dropped.
class OutboxDelivery : public QObject
{
    Q_OBJECT

public:
    // The gateway must be https, or http to a loopback address (checked by the configuration).
    OutboxDelivery(Outbox &outbox, const Clock &clock, QUrl gatewayUrl, QByteArray apiKey,
                   QObject *parent = nullptr);
    ~OutboxDelivery() override;

    // Delivers what is due now and keeps doing so: after each new message, and when a retry is
    // due (checked at least every pollInterval).
    void start();
    // Tries every due message once now (tests call this after moving their clock).
    void deliverDue();

    void setPollInterval(std::chrono::milliseconds interval);
    void setRequestTimeout(std::chrono::milliseconds timeout);

    // The wait before the next try after `attempts` failures.
    static qint64 retryDelaySeconds(int attempts);

Q_SIGNALS:
    // After each attempt finished (success or failure); for tests and logging.
    void attemptFinished(const QString &messageId, bool delivered);

private:
    void send(const QString &messageId, const QByteArray &json, int attempts);

    Outbox &m_outbox;
    const Clock &m_clock;
    QUrl m_gatewayUrl;
    QByteArray m_apiKey;
    QNetworkAccessManager *m_network;
    QTimer *m_pollTimer;
    int m_requestTimeoutMs = 30000;
    QStringList m_inFlightIds;
};

} // namespace Portiek::Server
