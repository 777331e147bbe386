#include "server/core/clock.h"
#include "server/core/secrets.h"
#include "server/outbox/outbox.h"
#include "server/outbox/outboxdelivery.h"
#include "server/storage/database.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

using namespace Portiek::Server;

namespace {

// A gateway on 127.0.0.1 that answers each request with the next status of its script
// (200 when the script is used up) and records what it received.
class StubGateway : public QObject
{
public:
    struct Received
    {
        QByteArray requestLine;
        QByteArray authorization;
        QByteArray body;
    };

    StubGateway()
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                socket->setParent(this);
                connect(socket, &QTcpSocket::readyRead, this, [this, socket] { read(socket); });
            }
        });
    }
    bool listen() { return m_server.listen(QHostAddress::LocalHost, 0); }
    QUrl url() const
    {
        return QUrl(QStringLiteral("http://127.0.0.1:%1/send").arg(m_server.serverPort()));
    }

    QList<int> script;
    QList<Received> received;

private:
    void read(QTcpSocket *socket)
    {
        QByteArray &buffer = m_buffers[socket];
        buffer += socket->readAll();
        const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
        if (headerEnd < 0)
            return;
        Received request;
        qsizetype length = 0;
        const QList<QByteArray> lines = buffer.left(headerEnd).split('\n');
        request.requestLine = lines.first().trimmed();
        for (const QByteArray &line : lines) {
            const QByteArray lower = line.toLower();
            if (lower.startsWith("content-length:"))
                length = line.mid(15).trimmed().toLongLong();
            if (lower.startsWith("authorization:"))
                request.authorization = line.mid(14).trimmed();
        }
        if (buffer.size() < headerEnd + 4 + length)
            return;
        request.body = buffer.mid(headerEnd + 4, length);
        buffer.clear();
        received.append(request);
        const int status = script.isEmpty() ? 200 : script.takeFirst();
        socket->write("HTTP/1.1 " + QByteArray::number(status)
                      + " X\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
        socket->disconnectFromHost();
    }

    QTcpServer m_server;
    QHash<QTcpSocket *, QByteArray> m_buffers;
};

} // namespace

// Delivery to an HTTP gateway: success, failure and retry with growing waits, never dropping.
class TestOutboxDelivery : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void newMessage_isPostedAsJsonWithKey_andMarkedSent();
    void serverError_isRetriedAfterWait_thenSent();
    void unreachableGateway_keepsMessage_withGrowingWaits();
    void retryDelay_grows_andIsCapped();

private:
    bool waitForAttempt(OutboxDelivery &delivery, bool *delivered);
    OutboxMessage onlyMessage() const;

    ManualClock m_clock;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<Outbox> m_outbox;
};

void TestOutboxDelivery::initTestCase()
{
    QVERIFY(Secrets::initialize());
}

void TestOutboxDelivery::init()
{
    QString error;
    m_database = Database::openInMemory(&error);
    QVERIFY2(m_database, qPrintable(error));
    QVERIFY2(m_database->migrate(&error), qPrintable(error));
    m_outbox = std::make_unique<Outbox>(*m_database, m_clock);
}

void TestOutboxDelivery::cleanup()
{
    m_outbox.reset();
    m_database.reset();
}

bool TestOutboxDelivery::waitForAttempt(OutboxDelivery &delivery, bool *delivered)
{
    QSignalSpy spy(&delivery, &OutboxDelivery::attemptFinished);
    if (!spy.wait(10000))
        return false;
    *delivered = spy.first().at(1).toBool();
    return true;
}

OutboxMessage TestOutboxDelivery::onlyMessage() const
{
    const QList<OutboxMessage> all = m_outbox->all();
    return all.size() == 1 ? all.first() : OutboxMessage();
}

void TestOutboxDelivery::newMessage_isPostedAsJsonWithKey_andMarkedSent()
{
    StubGateway gateway;
    QVERIFY(gateway.listen());
    OutboxDelivery delivery(*m_outbox, m_clock, gateway.url(), "k3y");
    delivery.start();

    QSignalSpy spy(&delivery, &OutboxDelivery::attemptFinished);
    const QString id = m_outbox->enqueueSms(QString(), QStringLiteral("+31612340482"),
                                            QStringLiteral("Uw inlogcode is 048213"));
    QVERIFY(!id.isEmpty());
    QVERIFY(spy.wait(10000)); // started by the new message itself, no poll needed
    QCOMPARE(spy.first().at(0).toString(), id);
    QCOMPARE(spy.first().at(1).toBool(), true);

    QCOMPARE(gateway.received.size(), 1);
    QCOMPARE(gateway.received.first().requestLine, QByteArray("POST /send HTTP/1.1"));
    QCOMPARE(gateway.received.first().authorization, QByteArray("Bearer k3y"));
    const QJsonObject json = QJsonDocument::fromJson(gateway.received.first().body).object();
    QCOMPARE(json.value(QStringLiteral("id")).toString(), id);
    QCOMPARE(json.value(QStringLiteral("channel")).toString(), QStringLiteral("sms"));
    QCOMPARE(json.value(QStringLiteral("to")).toString(), QStringLiteral("+31612340482"));
    QVERIFY(json.value(QStringLiteral("subject")).isNull());
    QCOMPARE(json.value(QStringLiteral("body")).toString(),
             QStringLiteral("Uw inlogcode is 048213"));

    const OutboxMessage message = onlyMessage();
    QCOMPARE(message.status, OutboxMessage::Status::Sent);
    QCOMPARE(message.attempts, 1);
    QCOMPARE(message.sentAt, m_clock.now());
}

void TestOutboxDelivery::serverError_isRetriedAfterWait_thenSent()
{
    StubGateway gateway;
    QVERIFY(gateway.listen());
    gateway.script = { 500 };
    OutboxDelivery delivery(*m_outbox, m_clock, gateway.url(), "k3y");
    QVERIFY(!m_outbox
                 ->enqueueEmail(QString(), QStringLiteral("a@example.nl"),
                                QStringLiteral("Onderwerp"), QStringLiteral("Tekst"))
                 .isEmpty());

    bool delivered = true;
    delivery.deliverDue();
    QVERIFY(waitForAttempt(delivery, &delivered));
    QVERIFY(!delivered);
    OutboxMessage message = onlyMessage();
    QCOMPARE(message.status, OutboxMessage::Status::Retrying);
    QCOMPARE(message.attempts, 1);
    QCOMPARE(message.lastError, QStringLiteral("gateway answered HTTP 500"));
    QCOMPARE(message.nextAttemptAt, m_clock.now().addSecs(30));

    // Not due yet: nothing is sent.
    delivery.deliverDue();
    QVERIFY(m_outbox->due(10).isEmpty());
    QCOMPARE(m_outbox->nextRetryAt(), m_clock.now().addSecs(30));

    m_clock.advance(30);
    delivery.deliverDue();
    QVERIFY(waitForAttempt(delivery, &delivered));
    QVERIFY(delivered);
    QCOMPARE(gateway.received.size(), 2);
    const QJsonObject json = QJsonDocument::fromJson(gateway.received.last().body).object();
    QCOMPARE(json.value(QStringLiteral("subject")).toString(), QStringLiteral("Onderwerp"));
    message = onlyMessage();
    QCOMPARE(message.status, OutboxMessage::Status::Sent);
    QCOMPARE(message.attempts, 2);
    QCOMPARE(message.lastError, QStringLiteral("gateway answered HTTP 500")); // history stays
}

void TestOutboxDelivery::unreachableGateway_keepsMessage_withGrowingWaits()
{
    QTcpServer closed;
    QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
    const QUrl url(QStringLiteral("http://127.0.0.1:%1/send").arg(closed.serverPort()));
    closed.close();

    OutboxDelivery delivery(*m_outbox, m_clock, url, "k3y");
    QVERIFY(!m_outbox->enqueueSms(QString(), QStringLiteral("+31612340482"), QStringLiteral("code"))
                 .isEmpty());
    bool delivered = true;
    delivery.deliverDue();
    QVERIFY(waitForAttempt(delivery, &delivered));
    QVERIFY(!delivered);
    OutboxMessage message = onlyMessage();
    QCOMPARE(message.status, OutboxMessage::Status::Retrying);
    QVERIFY2(!message.lastError.isEmpty(), "the reason is kept for `portiek-server outbox`");
    QCOMPARE(message.nextAttemptAt, m_clock.now().addSecs(30));

    m_clock.advance(30);
    delivery.deliverDue();
    QVERIFY(waitForAttempt(delivery, &delivered));
    QVERIFY(!delivered);
    message = onlyMessage();
    QCOMPARE(message.attempts, 2);
    QCOMPARE(message.nextAttemptAt, m_clock.now().addSecs(60));
    QCOMPARE(m_outbox->all().size(), 1);
}

void TestOutboxDelivery::retryDelay_grows_andIsCapped()
{
    QCOMPARE(OutboxDelivery::retryDelaySeconds(1), qint64(30));
    QCOMPARE(OutboxDelivery::retryDelaySeconds(2), qint64(60));
    QCOMPARE(OutboxDelivery::retryDelaySeconds(3), qint64(120));
    QCOMPARE(OutboxDelivery::retryDelaySeconds(10), qint64(3600));
    QCOMPARE(OutboxDelivery::retryDelaySeconds(1000), qint64(3600));
}

QTEST_GUILESS_MAIN(TestOutboxDelivery)
#include "tst_outboxdelivery.moc"
