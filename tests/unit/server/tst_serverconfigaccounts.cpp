#include "server/config/configloader.h"
#include "server/config/configparser.h"
#include "testpki.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Portiek::Server;

// The configuration keys of accounts and sign-in: database, terms, publicUrl,
// temporaryPasswordValidDays and the outbox gateway (tst_serverconfig covers the rest).
class TestServerConfigAccounts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void parse_minimal_usesDefaults();
    void parse_full_readsEveryValue();
    void parse_invalid_givesOneLineNamingFileAndKey_data();
    void parse_invalid_givesOneLineNamingFileAndKey();
    void load_readsTermsTextAndSecrets();
    void load_badFiles_fail_data();
    void load_badFiles_fail();

private:
    QString writeSetup(QTemporaryDir &dir, const QByteArray &top, const QByteArray &organization);

    QTemporaryDir m_pki;
};

namespace {

const QByteArray Tls = R"("tls": { "certificate": "server.pem", "privateKey": "server.key" })";
const QByteArray Organization = R"("name": "De Linde", "termsVersion": "2026-01")";

QByteArray config(const QByteArray &top, const QByteArray &organization = {})
{
    return "{ " + Tls + R"(, "organization": { )" + Organization + organization + " }" + top + " }";
}

ConfigResult<ServerConfig> parse(const QByteArray &json)
{
    return parseServerConfig(json, QStringLiteral("server.json"),
                             QDir(QStringLiteral("/srv/portiek")));
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

} // namespace

void TestServerConfigAccounts::initTestCase()
{
    QVERIFY(m_pki.isValid());
    const QString error = TestPki::create(m_pki.path());
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void TestServerConfigAccounts::parse_minimal_usesDefaults()
{
    const auto result = parse(config({}));
    QVERIFY2(result.isOk(), qPrintable(result.error()));
    const ServerConfig &c = result.value();
    QCOMPARE(c.database.driver, DatabaseConfig::Driver::Sqlite);
    QCOMPARE(c.database.sqlitePath, QStringLiteral("/srv/portiek/portiek.sqlite"));
    QCOMPARE(c.publicUrl, QUrl(QStringLiteral("https://localhost:8443")));
    QCOMPARE(c.temporaryPasswordValidDays, 14);
    QVERIFY(!c.outboxGateway.isConfigured());
    QVERIFY(c.organization.terms.title.isEmpty());
    QVERIFY(c.organization.terms.textPath.isEmpty());
}

void TestServerConfigAccounts::parse_full_readsEveryValue()
{
    const auto result = parse(config(
        R"(, "database": { "driver": "postgresql", "host": "db.internal", "port": 5433,
              "name": "portiek", "user": "portiek", "passwordFile": "secrets/db" },
            "publicUrl": "https://portaal.delinde.nl/",
            "temporaryPasswordValidDays": 7,
            "outbox": { "gateway": { "url": "https://sms.example/send",
                                     "apiKeyFile": "/etc/portiek/gateway.key" } })",
        R"(, "terms": { "title": "Voorwaarden", "file": "voorwaarden.txt" })"));
    QVERIFY2(result.isOk(), qPrintable(result.error()));
    const ServerConfig &c = result.value();
    QCOMPARE(c.database.driver, DatabaseConfig::Driver::PostgreSql);
    QCOMPARE(c.database.host, QStringLiteral("db.internal"));
    QCOMPARE(c.database.port, quint16(5433));
    QCOMPARE(c.database.name, QStringLiteral("portiek"));
    QCOMPARE(c.database.user, QStringLiteral("portiek"));
    QCOMPARE(c.database.passwordFile, QStringLiteral("/srv/portiek/secrets/db"));
    QCOMPARE(c.publicUrl, QUrl(QStringLiteral("https://portaal.delinde.nl/")));
    QCOMPARE(c.temporaryPasswordValidDays, 7);
    QCOMPARE(c.outboxGateway.url, QUrl(QStringLiteral("https://sms.example/send")));
    QCOMPARE(c.outboxGateway.apiKeyFile, QStringLiteral("/etc/portiek/gateway.key"));
    QCOMPARE(c.organization.terms.title, QStringLiteral("Voorwaarden"));
    QCOMPARE(c.organization.terms.textPath, QStringLiteral("/srv/portiek/voorwaarden.txt"));

    const auto loopback = parse(config(
        R"(, "outbox": { "gateway": { "url": "http://127.0.0.1:9000/send", "apiKeyFile": "k" } })"));
    QVERIFY2(loopback.isOk(), qPrintable(loopback.error()));
}

void TestServerConfigAccounts::parse_invalid_givesOneLineNamingFileAndKey_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("expected");

    QTest::newRow("unknown driver")
        << config(R"(, "database": { "driver": "mysql" })")
        << R"(server.json: database.driver must be "sqlite" or "postgresql")";
    QTest::newRow("typo in database") << config(R"(, "database": { "pth": "x" })")
                                      << R"(server.json: unknown key "pth" in database)";
    QTest::newRow("host for sqlite")
        << config(R"(, "database": { "host": "db" })")
        << R"(server.json: database.host is only for the "postgresql" driver)";
    QTest::newRow("path for postgresql")
        << config(
               R"(, "database": { "driver": "postgresql", "path": "x", "name": "p", "user": "u" })")
        << R"(server.json: database.path is only for the "sqlite" driver)";
    QTest::newRow("postgresql without name")
        << config(R"(, "database": { "driver": "postgresql", "user": "u" })")
        << "server.json: database.name is missing";
    QTest::newRow("postgresql port zero")
        << config(
               R"(, "database": { "driver": "postgresql", "name": "p", "user": "u", "port": 0 })")
        << "server.json: database.port must be a whole number from 1 to 65535";
    QTest::newRow("public url http") << config(R"(, "publicUrl": "http://portaal.example")")
                                     << "server.json: publicUrl must be an https address such as "
                                        "https://portaal.example.nl";
    QTest::newRow("valid days zero") << config(R"(, "temporaryPasswordValidDays": 0)")
                                     << "server.json: temporaryPasswordValidDays must be a whole "
                                        "number from 1 to 90";
    QTest::newRow("gateway http elsewhere") << config(
        R"(, "outbox": { "gateway": { "url": "http://sms.example/send", "apiKeyFile": "k" } })")
                                            << "server.json: outbox.gateway.url must use https "
                                               "(plain http only to this machine)";
    QTest::newRow("gateway without key")
        << config(R"(, "outbox": { "gateway": { "url": "https://sms.example/send" } })")
        << "server.json: outbox.gateway.apiKeyFile is missing";
    QTest::newRow("gateway ftp") << config(
        R"(, "outbox": { "gateway": { "url": "ftp://x/", "apiKeyFile": "k" } })")
                                 << "server.json: outbox.gateway.url must be an http(s) address";
    QTest::newRow("typo in outbox") << config(R"(, "outbox": { "gatway": {} })")
                                    << R"(server.json: unknown key "gatway" in outbox)";
    QTest::newRow("terms without file") << config({}, R"(, "terms": { "title": "Voorwaarden" })")
                                        << "server.json: organization.terms.file is missing";
    QTest::newRow("terms title empty")
        << config({}, R"(, "terms": { "title": "", "file": "t.txt" })")
        << "server.json: organization.terms.title must not be empty";
}

void TestServerConfigAccounts::parse_invalid_givesOneLineNamingFileAndKey()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, expected);
    const auto result = parse(json);
    QVERIFY(!result.isOk());
    QCOMPARE(result.error(), expected);
}

QString TestServerConfigAccounts::writeSetup(QTemporaryDir &dir, const QByteArray &top,
                                             const QByteArray &organization)
{
    for (const char *name : { "server.pem", "server.key" })
        QFile::copy(m_pki.filePath(QLatin1String(name)), dir.filePath(QLatin1String(name)));
    QFile::setPermissions(dir.filePath(QStringLiteral("server.key")),
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    const QString path = dir.filePath(QStringLiteral("server.json"));
    writeFile(path, config(top, organization));
    return path;
}

void TestServerConfigAccounts::load_readsTermsTextAndSecrets()
{
    QTemporaryDir dir;
    QVERIFY(writeFile(dir.filePath(QStringLiteral("voorwaarden.txt")),
                      "\xEF\xBB\xBFVoorwaarden van De Linde: privacy en cliëntportaal.\n"));
    QVERIFY(writeFile(dir.filePath(QStringLiteral("db.password")), "s3cret\n"));
    QVERIFY(writeFile(dir.filePath(QStringLiteral("gateway.key")), "k3y\r\n"));
    const QString path
        = writeSetup(dir,
                     R"(, "database": { "driver": "postgresql", "name": "p", "user": "u",
                           "passwordFile": "db.password" },
            "outbox": { "gateway": { "url": "https://sms.example/send",
                                     "apiKeyFile": "gateway.key" } })",
                     R"(, "terms": { "title": "Voorwaarden", "file": "voorwaarden.txt" })");
    const auto loaded = loadServerConfig(path);
    QVERIFY2(loaded.isOk(), qPrintable(loaded.error()));
    QCOMPARE(loaded.value().termsText,
             QStringLiteral("Voorwaarden van De Linde: privacy en cliëntportaal.\n"));
    QCOMPARE(loaded.value().databasePassword, QByteArray("s3cret"));
    QCOMPARE(loaded.value().outboxGatewayApiKey, QByteArray("k3y"));
}

void TestServerConfigAccounts::load_badFiles_fail_data()
{
    QTest::addColumn<QByteArray>("terms");
    QTest::addColumn<QByteArray>("apiKey"); // "-": no file
    QTest::addColumn<QString>("expected"); // %1: the folder

    QTest::newRow("terms not UTF-8") << QByteArray("caf\xE9\n") << QByteArray("k")
                                     << "organization.terms.file: %1/terms.txt is not UTF-8 text";
    QTest::newRow("terms empty") << QByteArray(" \n") << QByteArray("k")
                                 << "organization.terms.file: %1/terms.txt is empty";
    QTest::newRow("key missing")
        << QByteArray("ok") << QByteArray("-")
        << "outbox.gateway.apiKeyFile: cannot read %1/key: No such file or directory";
    QTest::newRow("key two lines") << QByteArray("ok") << QByteArray("a\nb\n")
                                   << "outbox.gateway.apiKeyFile: %1/key must hold one non-empty "
                                      "line";
}

void TestServerConfigAccounts::load_badFiles_fail()
{
    QFETCH(QByteArray, terms);
    QFETCH(QByteArray, apiKey);
    QFETCH(QString, expected);
    QTemporaryDir dir;
    QVERIFY(writeFile(dir.filePath(QStringLiteral("terms.txt")), terms));
    if (apiKey != "-")
        QVERIFY(writeFile(dir.filePath(QStringLiteral("key")), apiKey));
    const QString path = writeSetup(
        dir, R"(, "outbox": { "gateway": { "url": "https://sms.example/", "apiKeyFile": "key" } })",
        R"(, "terms": { "title": "Voorwaarden", "file": "terms.txt" })");
    const auto loaded = loadServerConfig(path);
    QVERIFY(!loaded.isOk());
    QCOMPARE(loaded.error(), path + QStringLiteral(": ") + expected.arg(dir.path()));
}

QTEST_GUILESS_MAIN(TestServerConfigAccounts)
#include "tst_serverconfigaccounts.moc"
