#include "server/http/httpserver.h"
#include "server/http/requestpipeline.h"
#include "server/http/router.h"
#include "server/http/tlsconfiguration.h"
#include "testpki.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QSslKey>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Portiek::Server;

// The socket side over real TLS, in-process: what the router tests cannot see (framing,
// keep-alive after HEAD, the handshake).
class TestHttpServer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void tlsConfiguration_requiresTls12OrLater();
    void get_answersWithBodyAndStandardHeaders();
    void head_sendsNoBody_andConnectionStaysUsable();
    void unknownPath_is404ProblemJson();
    void bodyOverLimit_is413();
    void plainHttp_getsNoHttpAnswer();
    void start_portInUse_failsWithReason();

private:
    QNetworkReply *send(const QByteArray &method, const QString &path, const QByteArray &body = {});
    QUrl url(const QString &path) const;

    QTemporaryDir m_pkiDir;
    QList<QSslCertificate> m_chain;
    QSslKey m_key;
    QList<QSslCertificate> m_ca;
    Router m_router;
    std::unique_ptr<RequestPipeline> m_pipeline;
    std::unique_ptr<HttpServer> m_server;
    std::unique_ptr<QNetworkAccessManager> m_network;
};

void TestHttpServer::initTestCase()
{
    if (!QSslSocket::supportsSsl())
        QSKIP("no TLS backend");
    QVERIFY(m_pkiDir.isValid());
    const QString error = TestPki::create(m_pkiDir.path());
    QVERIFY2(error.isEmpty(), qPrintable(error));
    m_chain = QSslCertificate::fromPath(m_pkiDir.filePath(QStringLiteral("server.pem")));
    m_ca = QSslCertificate::fromPath(m_pkiDir.filePath(QStringLiteral("ca.pem")));
    QFile keyFile(m_pkiDir.filePath(QStringLiteral("server.key")));
    QVERIFY(keyFile.open(QIODevice::ReadOnly));
    m_key = QSslKey(keyFile.readAll(), QSsl::Ec);
    QCOMPARE(m_chain.size(), 2);
    QVERIFY(!m_key.isNull());

    m_router.get(QStringLiteral("/api/v1/hello"),
                 [](const Request &) { return Response(200, "hello, client", "text/plain"); });
    m_router.post(QStringLiteral("/api/v1/echo"), [](const Request &request) {
        return Response(200, request.body(), "text/plain");
    });
}

void TestHttpServer::init()
{
    m_pipeline = std::make_unique<RequestPipeline>(m_router, 1000);
    m_server
        = std::make_unique<HttpServer>(*m_pipeline, makeServerTlsConfiguration(m_chain, m_key));
    QVERIFY2(m_server->start(QHostAddress::LocalHost, 0), qPrintable(m_server->errorString()));
    QVERIFY(m_server->serverPort() != 0);
    m_network = std::make_unique<QNetworkAccessManager>();
}

void TestHttpServer::cleanup()
{
    m_network.reset();
    m_server.reset();
    m_pipeline.reset();
}

QUrl TestHttpServer::url(const QString &path) const
{
    QUrl result;
    result.setScheme(QStringLiteral("https"));
    result.setHost(QStringLiteral("localhost"));
    result.setPort(m_server->serverPort());
    result.setPath(path);
    return result;
}

QNetworkReply *TestHttpServer::send(const QByteArray &method, const QString &path,
                                    const QByteArray &body)
{
    QNetworkRequest request(url(path));
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setCaCertificates(m_ca); // trust only the test CA
    request.setSslConfiguration(tls);
    if (!body.isNull())
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("text/plain"));
    // head() rather than a custom "HEAD": only then does QNAM know no body will follow.
    QNetworkReply *reply = method == "HEAD" ? m_network->head(request)
        : body.isNull()                     ? m_network->sendCustomRequest(request, method)
                                            : m_network->sendCustomRequest(request, method, body);
    reply->setParent(this);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!reply->isFinished())
        finished.wait(10000);
    return reply;
}

void TestHttpServer::tlsConfiguration_requiresTls12OrLater()
{
    const QSslConfiguration tls = makeServerTlsConfiguration(m_chain, m_key);
    QCOMPARE(tls.protocol(), QSsl::TlsV1_2OrLater);
    QCOMPARE(tls.localCertificateChain(), m_chain);
    QCOMPARE(tls.localCertificate(), m_chain.first());
}

void TestHttpServer::get_answersWithBodyAndStandardHeaders()
{
    QNetworkReply *reply = send("GET", QStringLiteral("/api/v1/hello"));
    QVERIFY2(reply->isFinished(), "no answer");
    QCOMPARE(reply->error(), QNetworkReply::NoError);
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    QCOMPARE(reply->readAll(), QByteArray("hello, client"));
    QCOMPARE(reply->rawHeader("Content-Type"), QByteArray("text/plain"));
    QCOMPARE(reply->rawHeader("X-Content-Type-Options"), QByteArray("nosniff"));
    QCOMPARE(reply->rawHeader("Strict-Transport-Security"), QByteArray("max-age=31536000"));
    QCOMPARE(reply->rawHeader("Cache-Control"), QByteArray("no-store"));
}

void TestHttpServer::head_sendsNoBody_andConnectionStaysUsable()
{
    QNetworkReply *head = send("HEAD", QStringLiteral("/api/v1/hello"));
    QVERIFY(head->isFinished());
    QCOMPARE(head->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    QCOMPARE(head->rawHeader("Content-Length"), QByteArray("13"));
    QVERIFY(head->readAll().isEmpty());
    // Had the HEAD answer carried its body, this answer would be read from the middle of it.
    QNetworkReply *get = send("GET", QStringLiteral("/api/v1/hello"));
    QVERIFY(get->isFinished());
    QCOMPARE(get->error(), QNetworkReply::NoError);
    QCOMPARE(get->readAll(), QByteArray("hello, client"));
}

void TestHttpServer::unknownPath_is404ProblemJson()
{
    QNetworkReply *reply = send("GET", QStringLiteral("/api/v1/nothing"));
    QVERIFY(reply->isFinished());
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 404);
    QCOMPARE(reply->rawHeader("Content-Type"), QByteArray("application/problem+json"));
    QVERIFY(reply->readAll().contains("\"code\":\"not_found\""));
}

void TestHttpServer::bodyOverLimit_is413()
{
    QNetworkReply *small = send("POST", QStringLiteral("/api/v1/echo"), QByteArray(1000, 'a'));
    QVERIFY(small->isFinished());
    QCOMPARE(small->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    QCOMPARE(small->readAll().size(), 1000);

    QNetworkReply *large = send("POST", QStringLiteral("/api/v1/echo"), QByteArray(1001, 'a'));
    QVERIFY(large->isFinished());
    QCOMPARE(large->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 413);
    QVERIFY(large->readAll().contains("\"code\":\"payload_too_large\""));
}

void TestHttpServer::plainHttp_getsNoHttpAnswer()
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, m_server->serverPort());
    QVERIFY(socket.waitForConnected(5000));
    socket.write("GET /api/v1/hello HTTP/1.1\r\nHost: localhost\r\n\r\n");
    QByteArray received;
    QTRY_VERIFY_WITH_TIMEOUT(
        (received += socket.readAll(), socket.state() == QAbstractSocket::UnconnectedState), 10000);
    received += socket.readAll();
    QVERIFY2(!received.contains("HTTP/"), received.constData());
    QVERIFY(!received.contains("hello, client"));
}

void TestHttpServer::start_portInUse_failsWithReason()
{
    QTcpServer occupant;
    QVERIFY(occupant.listen(QHostAddress::LocalHost, 0));
    HttpServer second(*m_pipeline, makeServerTlsConfiguration(m_chain, m_key));
    QVERIFY(!second.start(QHostAddress::LocalHost, occupant.serverPort()));
    QVERIFY(!second.errorString().isEmpty());
    QCOMPARE(second.serverPort(), quint16(0));
}

QTEST_GUILESS_MAIN(TestHttpServer)
#include "tst_httpserver.moc"
