#include "testpki.h"

#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <utility>

// The portiek-server executable as fixtures and operators use it: exit statuses, the one-line
// messages, the "listening" line, clean exit on SIGTERM.
class TestServerCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void version_printsNameAndVersion();
    void routes_listsRoutesWithoutConfiguration();
    void checkConfig_good_printsOk();
    void checkConfig_viaEnvironment_printsOk();
    void badConfiguration_oneLineAndStatus2_data();
    void badConfiguration_oneLineAndStatus2();
    void unknownCommand_isUsageError();
    void serve_printsListeningLine_servesHttps_andExitsCleanlyOnSigterm();
    void serve_portInUse_oneLineAndStatus1();

private:
    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };
    Run run(const QStringList &arguments,
            const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment());
    QString writeConfig(const QByteArray &listen, const QByteArray &organizationExtra = {});

    QString m_binary;
    QTemporaryDir m_dir;
};

void TestServerCli::initTestCase()
{
    m_binary = qEnvironmentVariable("PORTIEK_SERVER_BINARY");
    QVERIFY2(QFile::exists(m_binary), "PORTIEK_SERVER_BINARY must name the built portiek-server");
    QVERIFY(m_dir.isValid());
    const QString error = TestPki::create(m_dir.path());
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QFile::setPermissions(m_dir.filePath(QStringLiteral("server.key")),
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

TestServerCli::Run TestServerCli::run(const QStringList &arguments,
                                      const QProcessEnvironment &environment)
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(m_binary, arguments);
    Run result;
    if (!process.waitForFinished(20000)) {
        process.kill();
        process.waitForFinished();
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

QString TestServerCli::writeConfig(const QByteArray &listen, const QByteArray &organizationExtra)
{
    static int counter = 0;
    const QString path = m_dir.filePath(QStringLiteral("server-%1.json").arg(++counter));
    QFile file(path);
    file.open(QIODevice::WriteOnly);
    file.write("{ \"listen\": " + listen + R"(,
        "tls": { "certificate": "server.pem", "privateKey": "server.key" },
        "organization": { "name": "Zorggroep De Linde", "termsVersion": "2026-01")"
               + organizationExtra + " } }");
    return path;
}

void TestServerCli::version_printsNameAndVersion()
{
    const Run result = run({ QStringLiteral("--version") });
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.out.trimmed(), QByteArray("portiek-server 0.1.0"));
}

void TestServerCli::routes_listsRoutesWithoutConfiguration()
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("PORTIEK_SERVER_CONFIG"),
                       QStringLiteral("/nonexistent.json"));
    const Run result = run({ QStringLiteral("routes") }, environment);
    QCOMPARE(result.exitCode, 0);
    // One "METHOD /path [access]" line per route, sorted by path and method; the contract test
    // checks them all against docs/openapi.yaml, so here a sample of each module is enough.
    const QList<QByteArray> lines = result.out.trimmed().split('\n');
    QVERIFY(lines.contains("GET /api/v1/organization"));
    QVERIFY(lines.contains("GET /api/v1/organization/logo"));
    QVERIFY(lines.contains("POST /api/v1/sign-in"));
    QVERIFY(lines.contains("DELETE /api/v1/session"));
    QVERIFY(lines.contains("GET /api/v1/me/clients"));
    QVERIFY(lines.contains("GET /api/v1/clients/{clientId}/reports rights=reportsRead"));
    QVERIFY(lines.contains("PUT /api/v1/import/clients/{clientId} import"));
    QList<QByteArray> sorted = lines;
    std::sort(sorted.begin(), sorted.end(), [](const QByteArray &a, const QByteArray &b) {
        const auto key = [](const QByteArray &line) {
            const QList<QByteArray> words = line.split(' ');
            return std::make_pair(words.value(1), words.value(0));
        };
        return key(a) < key(b);
    });
    QCOMPARE(lines, sorted);
    QVERIFY(result.err.isEmpty());
}

void TestServerCli::checkConfig_good_printsOk()
{
    const Run result = run({ QStringLiteral("--check-config"), QStringLiteral("--config"),
                             writeConfig(R"({ "port": 0 })") });
    QVERIFY2(result.exitCode == 0, result.err.constData());
    QCOMPARE(result.out, QByteArray("configuration OK\n"));
}

void TestServerCli::checkConfig_viaEnvironment_printsOk()
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("PORTIEK_SERVER_CONFIG"), writeConfig(R"({ "port": 0 })"));
    const Run result = run({ QStringLiteral("--check-config") }, environment);
    QVERIFY2(result.exitCode == 0, result.err.constData());
    QCOMPARE(result.out, QByteArray("configuration OK\n"));
}

void TestServerCli::badConfiguration_oneLineAndStatus2_data()
{
    QTest::addColumn<QString>("config");
    QTest::addColumn<QString>("expectedPattern"); // %1: the configuration file

    QTest::newRow("missing file") << m_dir.filePath(QStringLiteral("absent.json"))
                                  << "portiek-server: cannot read %1: No such file or directory";
    QTest::newRow("bad port") << writeConfig(R"({ "port": 99999 })")
                              << "portiek-server: %1: listen.port must be a whole number from 0 "
                                 "to 65535";
    QTest::newRow("missing logo") << writeConfig(R"({ "port": 0 })", R"(, "logo": "absent.png")")
                                  << "portiek-server: %1: organization.logo: cannot read "
            + m_dir.filePath("absent.png") + ": No such file or directory";
}

void TestServerCli::badConfiguration_oneLineAndStatus2()
{
    QFETCH(QString, config);
    QFETCH(QString, expectedPattern);
    for (const QStringList &mode :
         { QStringList { QStringLiteral("--check-config") }, QStringList() }) {
        const Run result = run(mode + QStringList { QStringLiteral("--config"), config });
        QCOMPARE(result.exitCode, 2);
        QCOMPARE(QString::fromUtf8(result.err), expectedPattern.arg(config) + QLatin1Char('\n'));
        QVERIFY(result.out.isEmpty());
    }
}

void TestServerCli::unknownCommand_isUsageError()
{
    const Run result = run({ QStringLiteral("frobnicate") });
    QCOMPARE(result.exitCode, 2);
    QCOMPARE(result.err,
             QByteArray("portiek-server: unknown command \"frobnicate\" (see --help)\n"));
}

void TestServerCli::serve_printsListeningLine_servesHttps_andExitsCleanlyOnSigterm()
{
    QProcess server;
    server.start(
        m_binary,
        { QStringLiteral("--config"), writeConfig(R"({ "address": "127.0.0.1", "port": 0 })") });
    QVERIFY(server.waitForStarted());
    QTRY_VERIFY_WITH_TIMEOUT(server.canReadLine(), 10000);
    const QString line = QString::fromUtf8(server.readLine());
    static const QRegularExpression listening(
        QStringLiteral(R"(^portiek-server listening on https://127\.0\.0\.1:(\d+)\n$)"));
    const QRegularExpressionMatch match = listening.match(line);
    QVERIFY2(match.hasMatch(), qPrintable(line));
    const int port = match.captured(1).toInt();
    QVERIFY(port > 0);

    QNetworkAccessManager network;
    QNetworkRequest request(
        QUrl(QStringLiteral("https://localhost:%1/api/v1/organization?x=secret").arg(port)));
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setCaCertificates(QSslCertificate::fromPath(m_dir.filePath(QStringLiteral("ca.pem"))));
    request.setSslConfiguration(tls);
    QNetworkReply *reply = network.get(request);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    QVERIFY(finished.wait(10000));
    QCOMPARE(reply->error(), QNetworkReply::NoError);
    QVERIFY(reply->readAll().contains("\"name\":\"Zorggroep De Linde\""));
    delete reply;

    server.terminate(); // SIGTERM
    QVERIFY(server.waitForFinished(10000));
    QCOMPARE(server.exitStatus(), QProcess::NormalExit);
    QCOMPARE(server.exitCode(), 0);
    // Nothing more on stdout than the one line fixtures wait for.
    QVERIFY(server.readAllStandardOutput().isEmpty());
    const QByteArray log = server.readAllStandardError();
    QVERIFY2(log.contains("GET /api/v1/organization 200 "), log.constData());
    QVERIFY(!log.contains("secret"));
}

void TestServerCli::serve_portInUse_oneLineAndStatus1()
{
    QTcpServer occupant;
    QVERIFY(occupant.listen(QHostAddress::LocalHost, 0));
    const QString config
        = writeConfig(QStringLiteral(R"({ "port": %1 })").arg(occupant.serverPort()).toUtf8());
    const Run result = run({ QStringLiteral("--config"), config });
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(
        result.err.startsWith(QStringLiteral("portiek-server: cannot listen on 127.0.0.1 port %1: ")
                                  .arg(occupant.serverPort())
                                  .toUtf8()),
        result.err.constData());
    QCOMPARE(result.err.count('\n'), 1);
    QVERIFY(result.out.isEmpty());
}

QTEST_GUILESS_MAIN(TestServerCli)
#include "tst_servercli.moc"
