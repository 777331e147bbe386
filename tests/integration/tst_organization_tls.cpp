#include "core/portalapi.h"
#include "core/portalconnection.h"
#include "support/testserver.h"

#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslSocket>
#include <QTcpSocket>
#include <QTest>

#include <memory>

using Kind = ApiError::Kind;

// The real portiek-server over real TLS, with a certificate authority made for this run.
class TestOrganizationTls : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void organization_isFetchedOverTls();
    void untrustedCertificate_isRefused();
    void unrelatedAuthority_isRefused();
    void plainHttp_isRefusedByTheClient();
    void plainHttp_isRefusedByTheServer();
    void organizationWithoutLogo_connectsWithoutLogo();
    void organization_honoursIfNoneMatch();
    void unknownPath_answersProblemJson();

private:
    bool waitForEnd(PortalConnection &connection);

    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<PortalApi> m_api;
    std::unique_ptr<PortalConnection> m_connection;
};

void TestOrganizationTls::initTestCase()
{
    QVERIFY(QSslSocket::supportsSsl());
    m_server = std::make_unique<TestServer>();
    QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
    QCOMPARE(m_server->url().host(), QStringLiteral("127.0.0.1"));
    QCOMPARE(m_server->url().scheme(), QStringLiteral("https"));
}

void TestOrganizationTls::init()
{
    m_network = std::make_unique<QNetworkAccessManager>();
    m_api = std::make_unique<PortalApi>(m_network.get());
    m_api->setExtraCaCertificates(m_server->caCertificates());
    m_connection = std::make_unique<PortalConnection>(m_api.get());
}

bool TestOrganizationTls::waitForEnd(PortalConnection &connection)
{
    return QTest::qWaitFor(
        [&] {
            return connection.state() == PortalConnection::State::Connected
                || connection.state() == PortalConnection::State::Failed;
        },
        15000);
}

void TestOrganizationTls::organization_isFetchedOverTls()
{
    m_connection->connectToPortal(m_server->url());
    QVERIFY(waitForEnd(*m_connection));
    QVERIFY2(m_connection->state() == PortalConnection::State::Connected,
             qPrintable(m_connection->lastError().detail()));
    const OrganizationInfo &organization = m_connection->organization();
    QCOMPARE(organization.name, QStringLiteral("Zorggroep Testlanden"));
    QCOMPARE(organization.helpdesk.phone, QStringLiteral("020 123 45 67"));
    QCOMPARE(organization.helpdesk.email, QStringLiteral("helpdesk@testlanden.example"));
    QCOMPARE(organization.termsVersion, QStringLiteral("2026-01"));
    QCOMPARE(organization.passwordPolicy.minLength, 12);
    QCOMPARE(organization.passwordPolicy.maxLength, 128);
    QCOMPARE(m_connection->logo().size(), QSize(120, 120));
}

void TestOrganizationTls::untrustedCertificate_isRefused()
{
    m_api->setExtraCaCertificates({});
    m_connection->connectToPortal(m_server->url());
    QVERIFY(waitForEnd(*m_connection));
    QCOMPARE(m_connection->state(), PortalConnection::State::Failed);
    QCOMPARE(m_connection->lastError().kind(), Kind::CertificateUntrusted);
    // The detail names the certificate problem, for the log and the helpdesk.
    QVERIFY2(m_connection->lastError().detail().contains(QLatin1String("certificate"),
                                                         Qt::CaseInsensitive),
             qPrintable(m_connection->lastError().detail()));
    QVERIFY(m_connection->organization().name.isEmpty());
}

void TestOrganizationTls::unrelatedAuthority_isRefused()
{
    const QList<QSslCertificate> unrelated = m_server->unrelatedCaCertificates();
    QVERIFY(!unrelated.isEmpty());
    m_api->setExtraCaCertificates(unrelated);
    m_connection->connectToPortal(m_server->url());
    QVERIFY(waitForEnd(*m_connection));
    QCOMPARE(m_connection->lastError().kind(), Kind::CertificateUntrusted);
}

void TestOrganizationTls::plainHttp_isRefusedByTheClient()
{
    QUrl plain = m_server->url();
    plain.setScheme(QStringLiteral("http"));
    m_connection->connectToAddress(plain.toString());
    QCOMPARE(m_connection->state(), PortalConnection::State::Failed);
    QCOMPARE(m_connection->lastError().kind(), Kind::InsecureAddress);
}

void TestOrganizationTls::plainHttp_isRefusedByTheServer()
{
    // Speak plain HTTP to the TLS port: the server must never answer with data.
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, quint16(m_server->url().port()));
    QVERIFY(socket.waitForConnected(5000));
    socket.write("GET /api/v1/organization HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
    QByteArray received;
    // The server hangs up: what it got was no TLS handshake.
    QVERIFY(QTest::qWaitFor(
        [&] {
            received += socket.readAll();
            return socket.state() == QAbstractSocket::UnconnectedState;
        },
        10000));
    received += socket.readAll();
    QVERIFY2(!received.contains("HTTP/1.1 200"), received.constData());
    QVERIFY(!received.contains("Testlanden"));

    // And a client allowed plain HTTP (development builds) still gets no portal there.
    m_api->setAllowPlainHttpToLoopback(true);
    QUrl plain = m_server->url();
    plain.setScheme(QStringLiteral("http"));
    m_connection->connectToPortal(plain);
    QVERIFY(waitForEnd(*m_connection));
    QCOMPARE(m_connection->state(), PortalConnection::State::Failed);
}

void TestOrganizationTls::organizationWithoutLogo_connectsWithoutLogo()
{
    TestServer plain;
    QVERIFY2(plain.start({ { QStringLiteral("logo"), QJsonValue::Null },
                           { QStringLiteral("name"), QStringLiteral("Stichting Zonder Logo") } }),
             qPrintable(plain.errorString()));
    m_api->setExtraCaCertificates(plain.caCertificates());
    m_connection->connectToPortal(plain.url());
    QVERIFY(waitForEnd(*m_connection));
    QCOMPARE(m_connection->state(), PortalConnection::State::Connected);
    QCOMPARE(m_connection->organization().name, QStringLiteral("Stichting Zonder Logo"));
    QVERIFY(m_connection->organization().logoPath.isEmpty());
    QVERIFY(m_connection->logo().isNull());
}

void TestOrganizationTls::organization_honoursIfNoneMatch()
{
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.addCaCertificates(m_server->caCertificates());
    m_api->setBaseUrl(m_server->url());
    QNetworkRequest request(m_api->urlFor(QStringLiteral("/api/v1/organization")));
    request.setSslConfiguration(tls);
    std::unique_ptr<QNetworkReply> first(m_network->get(request));
    QVERIFY(QTest::qWaitFor([&] { return first->isFinished(); }, 10000));
    QCOMPARE(first->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    const QByteArray etag = first->rawHeader("ETag");
    QVERIFY(!etag.isEmpty());

    request.setRawHeader("If-None-Match", etag);
    std::unique_ptr<QNetworkReply> second(m_network->get(request));
    QVERIFY(QTest::qWaitFor([&] { return second->isFinished(); }, 10000));
    QCOMPARE(second->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 304);
    QVERIFY(second->readAll().isEmpty());
}

void TestOrganizationTls::unknownPath_answersProblemJson()
{
    m_api->setBaseUrl(m_server->url());
    ApiError error;
    bool done = false;
    ApiReply *reply = m_api->get(QStringLiteral("/api/v1/does-not-exist"));
    connect(reply, &ApiReply::finished, this, [&] {
        error = reply->error();
        done = true;
    });
    QVERIFY(QTest::qWaitFor([&] { return done; }, 10000));
    QCOMPARE(error.kind(), Kind::Problem);
    QCOMPARE(error.httpStatus(), 404);
    QCOMPARE(error.problemCode(), QStringLiteral("not_found"));
}

QTEST_GUILESS_MAIN(TestOrganizationTls)
#include "tst_organization_tls.moc"
