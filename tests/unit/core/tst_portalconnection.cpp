#include "core/portalapi.h"
#include "core/portalconnection.h"
#include "support/fakenetwork.h"

#include <QBuffer>
#include <QImage>
#include <QSignalSpy>
#include <QTest>

#include <memory>

namespace {

const QByteArray OrganizationJson
    = R"({"name":"Zorggroep De Linde","logoUrl":"/api/v1/organization/logo",)"
      R"("helpdesk":{"phone":"020 123 45 67"},"termsVersion":"2026-01",)"
      R"("passwordPolicy":{"minLength":12,"maxLength":128,)"
      R"("requireMixedCase":false,"requireNonLetter":false},"apiVersion":1})";

QByteArray pngBytes(int width, int height)
{
    QImage image(width, height, QImage::Format_RGB32);
    image.fill(Qt::darkGreen);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

} // namespace

class TestPortalConnection : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void connect_fetchesOrganizationAndLogo();
    void missingLogo_stillConnects();
    void brokenLogo_stillConnects();
    void garbageOrganization_failsAsNotAPortal();
    void problemAnswer_failsAsNotAPortal();
    void badTypedAddress_failsWithoutNetwork();
    void cancel_stopsQuietly();
    void helpdesk_fallsBackToRemembered();

private:
    void answer(const QByteArray &organization, int logoStatus, const QByteArray &logo);
    bool waitForState(PortalConnection::State state);

    std::unique_ptr<FakeNetworkAccessManager> m_network;
    std::unique_ptr<PortalApi> m_api;
    std::unique_ptr<PortalConnection> m_connection;
};

void TestPortalConnection::init()
{
    m_network = std::make_unique<FakeNetworkAccessManager>();
    m_api = std::make_unique<PortalApi>(m_network.get());
    m_connection = std::make_unique<PortalConnection>(m_api.get());
}

void TestPortalConnection::answer(const QByteArray &organization, int logoStatus,
                                  const QByteArray &logo)
{
    m_network->setHandler([=](const QNetworkRequest &request, QObject *parent) -> QNetworkReply * {
        if (request.url().path() == QLatin1String("/api/v1/organization"))
            return new FakeReply(request, 200, "application/json", organization, parent);
        return new FakeReply(request, logoStatus, "image/png", logo, parent);
    });
}

bool TestPortalConnection::waitForState(PortalConnection::State state)
{
    return QTest::qWaitFor([&] { return m_connection->state() == state; }, 5000);
}

void TestPortalConnection::connect_fetchesOrganizationAndLogo()
{
    answer(OrganizationJson, 200, pngBytes(64, 32));
    QSignalSpy connected(m_connection.get(), &PortalConnection::connected);
    m_connection->connectToAddress(QStringLiteral("portaal.delinde.example"));
    QCOMPARE(m_connection->state(), PortalConnection::State::Connecting);
    QVERIFY(waitForState(PortalConnection::State::Connected));
    QCOMPARE(connected.size(), 1);
    QCOMPARE(m_connection->portalUrl(), QUrl(QStringLiteral("https://portaal.delinde.example")));
    QCOMPARE(m_connection->organization().name, QStringLiteral("Zorggroep De Linde"));
    QCOMPARE(m_connection->logo().size(), QSize(64, 32));
    QCOMPARE(m_network->requests().size(), 2);
    QCOMPARE(m_network->requests().at(1).url().path(), QStringLiteral("/api/v1/organization/logo"));
}

void TestPortalConnection::missingLogo_stillConnects()
{
    answer(OrganizationJson, 404, "not here");
    m_connection->connectToAddress(QStringLiteral("portaal.delinde.example"));
    QVERIFY(waitForState(PortalConnection::State::Connected));
    QVERIFY(m_connection->logo().isNull());
}

void TestPortalConnection::brokenLogo_stillConnects()
{
    answer(OrganizationJson, 200, "\x89PNG but not really");
    m_connection->connectToAddress(QStringLiteral("portaal.delinde.example"));
    QVERIFY(waitForState(PortalConnection::State::Connected));
    QVERIFY(m_connection->logo().isNull());

    // A picture too large to be a logo is not decoded at all.
    init();
    answer(OrganizationJson, 200, pngBytes(PortalConnection::MaxLogoSide + 1, 8));
    m_connection->connectToAddress(QStringLiteral("portaal.delinde.example"));
    QVERIFY(waitForState(PortalConnection::State::Connected));
    QVERIFY(m_connection->logo().isNull());
}

void TestPortalConnection::garbageOrganization_failsAsNotAPortal()
{
    answer(R"({"hello":"world"})", 404, {});
    QSignalSpy failed(m_connection.get(), &PortalConnection::failed);
    m_connection->connectToAddress(QStringLiteral("portaal.delinde.example"));
    QVERIFY(waitForState(PortalConnection::State::Failed));
    QCOMPARE(failed.size(), 1);
    QCOMPARE(m_connection->lastError().kind(), ApiError::Kind::NotAPortal);
    QCOMPARE(m_network->requests().size(), 1);
}

void TestPortalConnection::problemAnswer_failsAsNotAPortal()
{
    m_network->setHandler([](const QNetworkRequest &request, QObject *parent) {
        return new FakeReply(request, 401, "application/problem+json",
                             R"({"status":401,"code":"unauthorized"})", parent);
    });
    m_connection->connectToAddress(QStringLiteral("portaal.delinde.example"));
    QVERIFY(waitForState(PortalConnection::State::Failed));
    QCOMPARE(m_connection->lastError().kind(), ApiError::Kind::NotAPortal);
}

void TestPortalConnection::badTypedAddress_failsWithoutNetwork()
{
    m_connection->connectToAddress(QStringLiteral("http://portaal.delinde.example"));
    QCOMPARE(m_connection->state(), PortalConnection::State::Failed);
    QCOMPARE(m_connection->lastError().kind(), ApiError::Kind::InsecureAddress);
    m_connection->connectToAddress(QStringLiteral("geen adres"));
    QCOMPARE(m_connection->lastError().kind(), ApiError::Kind::InvalidAddress);
    QVERIFY(m_network->requests().isEmpty());
}

void TestPortalConnection::cancel_stopsQuietly()
{
    m_network->setHandler([](const QNetworkRequest &request, QObject *parent) {
        return new FakeHangingReply(request, parent);
    });
    QSignalSpy failed(m_connection.get(), &PortalConnection::failed);
    QSignalSpy connected(m_connection.get(), &PortalConnection::connected);
    m_connection->connectToAddress(QStringLiteral("portaal.delinde.example"));
    QCOMPARE(m_connection->state(), PortalConnection::State::Connecting);
    m_connection->cancel();
    QCOMPARE(m_connection->state(), PortalConnection::State::Disconnected);
    QTest::qWait(50);
    QCOMPARE(failed.size(), 0);
    QCOMPARE(connected.size(), 0);
}

void TestPortalConnection::helpdesk_fallsBackToRemembered()
{
    m_connection->setRememberedHelpdesk({ QStringLiteral("0800 123"), {} });
    QCOMPARE(m_connection->helpdesk().phone, QStringLiteral("0800 123"));
    answer(OrganizationJson, 404, {});
    m_connection->connectToAddress(QStringLiteral("portaal.delinde.example"));
    QVERIFY(waitForState(PortalConnection::State::Connected));
    QCOMPARE(m_connection->helpdesk().phone, QStringLiteral("020 123 45 67"));
}

QTEST_GUILESS_MAIN(TestPortalConnection)
#include "tst_portalconnection.moc"
