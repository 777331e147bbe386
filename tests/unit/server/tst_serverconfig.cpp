#include "server/config/configloader.h"
#include "server/config/configparser.h"
#include "testpki.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace Portiek::Server;

namespace {

const QByteArray MinimalJson = R"({
  "tls": { "certificate": "server.pem", "privateKey": "server.key" },
  "organization": { "name": "Zorggroep De Linde", "termsVersion": "2026-01" }
})";

const QByteArray FullJson = R"({
  "listen": { "address": "0.0.0.0", "port": 9443 },
  "tls": { "certificate": "certs/server.pem", "privateKey": "/etc/portiek/server.key" },
  "limits": { "maxRequestBodyBytes": 2048 },
  "organization": {
    "name": "Zorggroep De Linde",
    "logo": "logo.png",
    "helpdesk": { "phone": "020 123 45 67", "email": "helpdesk@delinde.example" },
    "termsVersion": "2026-01",
    "passwordPolicy": { "minLength": 10, "requireMixedCase": true, "requireNonLetter": true }
  }
})";

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

class TestServerConfig : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    // Parsing: shape, types, ranges, defaults.
    void parse_minimal_usesDefaults();
    void parse_full_readsEveryValue();
    void parse_relativePaths_resolvedAgainstBaseDirectory();
    void parse_portZero_meansPickAFreePort();
    void parse_localhostAndIpv6_accepted();
    void parse_invalid_givesOneLineNamingFileAndKey_data();
    void parse_invalid_givesOneLineNamingFileAndKey();
    void parse_syntaxError_namesLineAndColumn();

    // Loading: the files the configuration names.
    void load_goodFiles_readsChainKeyAndLogo();
    void load_rsaKey_accepted();
    void load_jpegLogo_servedAsJpeg();
    void load_withoutLogo_hasNullLogo();
    void load_missingConfigFile_namesFile();
    void load_relativePaths_resolvedAgainstConfigFileDirectory();
    void load_badCertificate_fails_data();
    void load_badCertificate_fails();
    void load_unreadableCertificate_fails();
    void load_badPrivateKey_fails_data();
    void load_badPrivateKey_fails();
    void load_badLogo_fails_data();
    void load_badLogo_fails();
    void load_expiringCertificate_warns();
    void load_worldReadableKey_warns();

private:
    // A folder with a PKI, a PNG logo and a config naming them; returns the config's path.
    QString writeSetup(QTemporaryDir &dir, const QByteArray &organizationExtra = {});

    QTemporaryDir m_pkiDir;
    QByteArray m_certificateChain;
    QByteArray m_privateKey;
};

void TestServerConfig::initTestCase()
{
    QVERIFY(m_pkiDir.isValid());
    const QString error = TestPki::create(m_pkiDir.path());
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QFile chain(m_pkiDir.filePath(QStringLiteral("server.pem")));
    QFile key(m_pkiDir.filePath(QStringLiteral("server.key")));
    QVERIFY(chain.open(QIODevice::ReadOnly));
    QVERIFY(key.open(QIODevice::ReadOnly));
    m_certificateChain = chain.readAll();
    m_privateKey = key.readAll();
}

QString TestServerConfig::writeSetup(QTemporaryDir &dir, const QByteArray &organizationExtra)
{
    const QString configPath = dir.filePath(QStringLiteral("server.json"));
    writeFile(dir.filePath(QStringLiteral("server.pem")), m_certificateChain);
    writeFile(dir.filePath(QStringLiteral("server.key")), m_privateKey);
    QFile::setPermissions(dir.filePath(QStringLiteral("server.key")),
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    QImage logo(64, 32, QImage::Format_RGB32);
    logo.fill(Qt::darkGreen);
    logo.save(dir.filePath(QStringLiteral("logo.png")), "PNG");
    writeFile(configPath,
              R"({ "tls": { "certificate": "server.pem", "privateKey": "server.key" },
                   "organization": { "name": "De Linde", "termsVersion": "2026-01")"
                  + organizationExtra + "} }");
    return configPath;
}

void TestServerConfig::parse_minimal_usesDefaults()
{
    const auto result = parse(MinimalJson);
    QVERIFY2(result.isOk(), qPrintable(result.error()));
    const ServerConfig &config = result.value();
    QCOMPARE(config.listenAddress, QHostAddress(QHostAddress::LocalHost));
    QCOMPARE(config.listenPort, quint16(8443));
    QCOMPARE(config.maxRequestBodyBytes, qint64(1024 * 1024));
    QCOMPARE(config.organization.name, QStringLiteral("Zorggroep De Linde"));
    QCOMPARE(config.organization.termsVersion, QStringLiteral("2026-01"));
    QVERIFY(config.organization.logoPath.isEmpty());
    QVERIFY(config.organization.helpdesk.phone.isEmpty());
    QVERIFY(config.organization.helpdesk.email.isEmpty());
    QCOMPARE(config.organization.passwordPolicy.minLength, 12);
    QCOMPARE(config.organization.passwordPolicy.maxLength, 128);
    QCOMPARE(config.organization.passwordPolicy.requireMixedCase, false);
    QCOMPARE(config.organization.passwordPolicy.requireNonLetter, false);
}

void TestServerConfig::parse_full_readsEveryValue()
{
    const auto result = parse(FullJson);
    QVERIFY2(result.isOk(), qPrintable(result.error()));
    const ServerConfig &config = result.value();
    QCOMPARE(config.listenAddress, QHostAddress(QHostAddress::AnyIPv4));
    QCOMPARE(config.listenPort, quint16(9443));
    QCOMPARE(config.maxRequestBodyBytes, qint64(2048));
    QCOMPARE(config.certificatePath, QStringLiteral("/srv/portiek/certs/server.pem"));
    QCOMPARE(config.privateKeyPath, QStringLiteral("/etc/portiek/server.key"));
    QCOMPARE(config.organization.logoPath, QStringLiteral("/srv/portiek/logo.png"));
    QCOMPARE(config.organization.helpdesk.phone, QStringLiteral("020 123 45 67"));
    QCOMPARE(config.organization.helpdesk.email, QStringLiteral("helpdesk@delinde.example"));
    QCOMPARE(config.organization.passwordPolicy.minLength, 10);
    QCOMPARE(config.organization.passwordPolicy.maxLength, 128);
    QCOMPARE(config.organization.passwordPolicy.requireMixedCase, true);
    QCOMPARE(config.organization.passwordPolicy.requireNonLetter, true);
}

void TestServerConfig::parse_relativePaths_resolvedAgainstBaseDirectory()
{
    const auto result = parseServerConfig(
        R"({ "tls": { "certificate": "../tls/./server.pem", "privateKey": "server.key" },
                 "organization": { "name": "X", "termsVersion": "1", "logo": "img/logo.png" } })",
        QStringLiteral("server.json"), QDir(QStringLiteral("/opt/portiek/etc")));
    QVERIFY2(result.isOk(), qPrintable(result.error()));
    QCOMPARE(result.value().certificatePath, QStringLiteral("/opt/portiek/tls/server.pem"));
    QCOMPARE(result.value().privateKeyPath, QStringLiteral("/opt/portiek/etc/server.key"));
    QCOMPARE(result.value().organization.logoPath, QStringLiteral("/opt/portiek/etc/img/logo.png"));
}

void TestServerConfig::parse_portZero_meansPickAFreePort()
{
    QByteArray json = MinimalJson;
    json.replace("\"tls\"", "\"listen\": { \"port\": 0 }, \"tls\"");
    const auto result = parse(json);
    QVERIFY2(result.isOk(), qPrintable(result.error()));
    QCOMPARE(result.value().listenPort, quint16(0));
}

void TestServerConfig::parse_localhostAndIpv6_accepted()
{
    QByteArray json = MinimalJson;
    json.replace("\"tls\"", "\"listen\": { \"address\": \"localhost\" }, \"tls\"");
    auto result = parse(json);
    QVERIFY2(result.isOk(), qPrintable(result.error()));
    QCOMPARE(result.value().listenAddress, QHostAddress(QHostAddress::LocalHost));

    json = MinimalJson;
    json.replace("\"tls\"", "\"listen\": { \"address\": \"::1\" }, \"tls\"");
    result = parse(json);
    QVERIFY2(result.isOk(), qPrintable(result.error()));
    QCOMPARE(result.value().listenAddress, QHostAddress(QHostAddress::LocalHostIPv6));
}

void TestServerConfig::parse_invalid_givesOneLineNamingFileAndKey_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("expected");

    const QByteArray tls = R"("tls": { "certificate": "a.pem", "privateKey": "a.key" })";
    const auto withOrganization = [&](const QByteArray &organization) {
        return "{ " + tls + R"(, "organization": { )" + organization + " } }";
    };
    const QByteArray goodOrganization = R"("name": "X", "termsVersion": "1")";
    const auto withTop = [&](const QByteArray &extra) {
        return "{ " + tls + R"(, "organization": { )" + goodOrganization + " }, " + extra + " }";
    };

    QTest::newRow("top level is an array")
        << QByteArray("[1, 2]") << "server.json: the top level must be a JSON object";
    QTest::newRow("typo at top level")
        << withTop(R"("tsl": {})") << R"(server.json: unknown key "tsl" at top level)";
    QTest::newRow("typo in listen")
        << withTop(R"("listen": { "prot": 1 })") << R"(server.json: unknown key "prot" in listen)";
    QTest::newRow("typo in helpdesk")
        << withOrganization(goodOrganization + R"(, "helpdesk": { "phon": "1" })")
        << R"(server.json: unknown key "phon" in organization.helpdesk)";
    QTest::newRow("organization missing") << "{ " + tls + " }"
                                          << "server.json: organization is missing";
    QTest::newRow("organization not an object") << "{ " + tls + R"(, "organization": "De Linde" })"
                                                << "server.json: organization must be an object";
    QTest::newRow("name missing") << withOrganization(R"("termsVersion": "1")")
                                  << "server.json: organization.name is missing";
    QTest::newRow("name empty") << withOrganization(R"("name": "  ", "termsVersion": "1")")
                                << "server.json: organization.name must not be empty";
    QTest::newRow("name a number") << withOrganization(R"("name": 12, "termsVersion": "1")")
                                   << "server.json: organization.name must be a string";
    QTest::newRow("name too long")
        << withOrganization(R"("name": ")" + QByteArray(201, 'a') + R"(", "termsVersion": "1")")
        << "server.json: organization.name must be at most 200 characters";
    QTest::newRow("terms version missing") << withOrganization(R"("name": "X")")
                                           << "server.json: organization.termsVersion is missing";
    QTest::newRow("terms version empty")
        << withOrganization(R"("name": "X", "termsVersion": "")")
        << "server.json: organization.termsVersion must not be empty";
    QTest::newRow("logo null") << withOrganization(goodOrganization + R"(, "logo": null)")
                               << "server.json: organization.logo must be a string";
    QTest::newRow("helpdesk email not an address")
        << withOrganization(goodOrganization + R"(, "helpdesk": { "email": "helpdesk" })")
        << "server.json: organization.helpdesk.email must be an e-mail address";
    QTest::newRow("helpdesk phone empty")
        << withOrganization(goodOrganization + R"(, "helpdesk": { "phone": "" })")
        << "server.json: organization.helpdesk.phone must not be empty (leave the key out "
           "instead)";
    QTest::newRow("tls missing") << QByteArray(
        R"({ "organization": { "name": "X", "termsVersion": "1" } })")
                                 << "server.json: tls is missing";
    QTest::newRow("tls not an object")
        << QByteArray(R"({ "tls": "server.pem", "organization": {} })")
        << "server.json: tls must be an object";
    QTest::newRow("certificate missing")
        << QByteArray(R"({ "tls": { "privateKey": "a.key" }, "organization": {} })")
        << "server.json: tls.certificate is missing";
    QTest::newRow("private key a number")
        << QByteArray(R"({ "tls": { "certificate": "a.pem", "privateKey": 1 } })")
        << "server.json: tls.privateKey must be a string";

    const QString portError
        = QStringLiteral("server.json: listen.port must be a whole number from 0 to 65535");
    QTest::newRow("port as string") << withTop(R"("listen": { "port": "8443" })") << portError;
    QTest::newRow("port too large") << withTop(R"("listen": { "port": 65536 })") << portError;
    QTest::newRow("port negative") << withTop(R"("listen": { "port": -1 })") << portError;
    QTest::newRow("port fractional") << withTop(R"("listen": { "port": 8443.5 })") << portError;
    QTest::newRow("address a host name")
        << withTop(R"("listen": { "address": "portal.example" })")
        << R"(server.json: listen.address must be an IP address or "localhost")";
    QTest::newRow("listen an array")
        << withTop(R"("listen": [])") << "server.json: listen must be an object";
    QTest::newRow("body limit zero")
        << withTop(R"("limits": { "maxRequestBodyBytes": 0 })")
        << "server.json: limits.maxRequestBodyBytes must be a whole number from 1 to "
           "1073741824";

    const QString minLengthError = QStringLiteral(
        "server.json: organization.passwordPolicy.minLength must be a whole number from 8 "
        "to 128");
    QTest::newRow("min length too small")
        << withOrganization(goodOrganization + R"(, "passwordPolicy": { "minLength": 7 })")
        << minLengthError;
    QTest::newRow("min length too large")
        << withOrganization(goodOrganization + R"(, "passwordPolicy": { "minLength": 129 })")
        << minLengthError;
    QTest::newRow("min length as string")
        << withOrganization(goodOrganization + R"(, "passwordPolicy": { "minLength": "12" })")
        << minLengthError;
    QTest::newRow("max length configured")
        << withOrganization(goodOrganization + R"(, "passwordPolicy": { "maxLength": 64 })")
        << "server.json: organization.passwordPolicy.maxLength cannot be configured (it is "
           "always 128)";
    QTest::newRow("mixed case as string")
        << withOrganization(goodOrganization
                            + R"(, "passwordPolicy": { "requireMixedCase": "yes" })")
        << "server.json: organization.passwordPolicy.requireMixedCase must be true or false";
    QTest::newRow("typo in password policy")
        << withOrganization(goodOrganization + R"(, "passwordPolicy": { "minLenght": 12 })")
        << R"(server.json: unknown key "minLenght" in organization.passwordPolicy)";
}

void TestServerConfig::parse_invalid_givesOneLineNamingFileAndKey()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, expected);
    const auto result = parse(json);
    QVERIFY(!result.isOk());
    QCOMPARE(result.error(), expected);
    QVERIFY(!result.error().contains(QLatin1Char('\n')));
}

void TestServerConfig::parse_syntaxError_namesLineAndColumn()
{
    const QByteArray json = "{\n"
                            "  \"listen\": {\n"
                            "    \"port\": 8443\n"
                            "    \"address\": \"127.0.0.1\"\n"
                            "  }\n"
                            "}\n";
    const auto result = parse(json);
    QVERIFY(!result.isOk());
    // The error is at the start of line 4 (a missing comma); Qt reports the offset just after
    // the first character it could not take.
    static const QRegularExpression expected(
        QStringLiteral("^server\\.json: line 4, column [56]: JSON syntax error: \\w"));
    QVERIFY2(expected.match(result.error()).hasMatch(), qPrintable(result.error()));
}

void TestServerConfig::load_goodFiles_readsChainKeyAndLogo()
{
    QTemporaryDir dir;
    const QString configPath = writeSetup(dir, R"(, "logo": "logo.png")");
    const auto result = loadServerConfig(configPath);
    QVERIFY2(result.isOk(), qPrintable(result.error()));
    const LoadedServerConfig &loaded = result.value();
    QCOMPARE(loaded.certificateChain.size(), 2); // leaf, then the CA
    QVERIFY(loaded.certificateChain.first().subjectAlternativeNames().values().contains(
        QStringLiteral("localhost")));
    QCOMPARE(loaded.privateKey.algorithm(), QSsl::Ec);
    QCOMPARE(loaded.privateKey.type(), QSsl::PrivateKey);
    QCOMPARE(loaded.logo.mediaType, QByteArray("image/png"));
    QFile logo(dir.filePath(QStringLiteral("logo.png")));
    QVERIFY(logo.open(QIODevice::ReadOnly));
    QCOMPARE(loaded.logo.bytes, logo.readAll()); // served as the file's bytes, not re-encoded
    QVERIFY2(loaded.warnings.isEmpty(), qPrintable(loaded.warnings.join(QLatin1Char('\n'))));
}

void TestServerConfig::load_rsaKey_accepted()
{
    QTemporaryDir dir;
    const QString error = TestPki::create(dir.path(), TestPki::KeyType::Rsa);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const QString configPath = dir.filePath(QStringLiteral("server.json"));
    QVERIFY(writeFile(configPath, MinimalJson));
    const auto result = loadServerConfig(configPath);
    QVERIFY2(result.isOk(), qPrintable(result.error()));
    QCOMPARE(result.value().privateKey.algorithm(), QSsl::Rsa);
}

void TestServerConfig::load_jpegLogo_servedAsJpeg()
{
    QTemporaryDir dir;
    // Named .png on purpose: the type comes from the content, not from the name.
    const QString configPath = writeSetup(dir, R"(, "logo": "photo.png")");
    QImage image(100, 50, QImage::Format_RGB32);
    image.fill(Qt::blue);
    QVERIFY(image.save(dir.filePath(QStringLiteral("photo.png")), "JPEG"));
    const auto result = loadServerConfig(configPath);
    QVERIFY2(result.isOk(), qPrintable(result.error()));
    QCOMPARE(result.value().logo.mediaType, QByteArray("image/jpeg"));
}

void TestServerConfig::load_withoutLogo_hasNullLogo()
{
    QTemporaryDir dir;
    const auto result = loadServerConfig(writeSetup(dir));
    QVERIFY2(result.isOk(), qPrintable(result.error()));
    QVERIFY(result.value().logo.isNull());
}

void TestServerConfig::load_missingConfigFile_namesFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("absent.json"));
    const auto result = loadServerConfig(path);
    QVERIFY(!result.isOk());
    QCOMPARE(result.error(), QStringLiteral("cannot read %1: No such file or directory").arg(path));
}

void TestServerConfig::load_relativePaths_resolvedAgainstConfigFileDirectory()
{
    QTemporaryDir dir;
    const QString configPath = writeSetup(dir);
    // Run from elsewhere: the paths in the file must not depend on the working directory.
    const QString previous = QDir::currentPath();
    QVERIFY(QDir::setCurrent(QDir::rootPath()));
    const auto result = loadServerConfig(configPath);
    QDir::setCurrent(previous);
    QVERIFY2(result.isOk(), qPrintable(result.error()));
    QCOMPARE(result.value().config.certificatePath, dir.filePath(QStringLiteral("server.pem")));
}

void TestServerConfig::load_badCertificate_fails_data()
{
    QTest::addColumn<QByteArray>("contents"); // empty: no file at all
    QTest::addColumn<QString>("expected"); // %1: the configuration file, %2: the certificate

    QTest::newRow("missing") << QByteArray()
                             << "%1: tls.certificate: cannot read %2: No such file or directory";
    QTest::newRow("garbage") << QByteArray("hello, I am not a certificate\n")
                             << "%1: tls.certificate: %2 is not a PEM certificate";
    QTest::newRow("a key instead")
        << m_privateKey << "%1: tls.certificate: %2 is not a PEM certificate";
}

void TestServerConfig::load_badCertificate_fails()
{
    QFETCH(QByteArray, contents);
    QFETCH(QString, expected);
    QTemporaryDir dir;
    const QString configPath = writeSetup(dir);
    const QString certificate = dir.filePath(QStringLiteral("server.pem"));
    QFile::remove(certificate);
    if (!contents.isEmpty())
        QVERIFY(writeFile(certificate, contents));
    const auto result = loadServerConfig(configPath);
    QVERIFY(!result.isOk());
    QCOMPARE(result.error(), expected.arg(configPath, certificate));
}

void TestServerConfig::load_unreadableCertificate_fails()
{
    QTemporaryDir dir;
    const QString configPath = writeSetup(dir);
    const QString certificate = dir.filePath(QStringLiteral("server.pem"));

    QFile::remove(certificate);
    QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("server.pem")));
    auto result = loadServerConfig(configPath);
    QVERIFY(!result.isOk());
    QCOMPARE(result.error(),
             QStringLiteral("%1: tls.certificate: cannot read %2: it is a folder")
                 .arg(configPath, certificate));

    if (::geteuid() == 0)
        QSKIP("root reads files whatever their permissions");
    QVERIFY(QDir(dir.path()).rmdir(QStringLiteral("server.pem")));
    QVERIFY(writeFile(certificate, m_certificateChain));
    QVERIFY(QFile::setPermissions(certificate, QFileDevice::WriteOwner));
    result = loadServerConfig(configPath);
    QVERIFY(!result.isOk());
    QCOMPARE(result.error(),
             QStringLiteral("%1: tls.certificate: cannot read %2: Permission denied")
                 .arg(configPath, certificate));
}

void TestServerConfig::load_badPrivateKey_fails_data()
{
    QTest::addColumn<QByteArray>("contents"); // empty: no file at all
    QTest::addColumn<QString>("expected");

    const QString notAKey = QStringLiteral(
        "%1: tls.privateKey: %2 is not an unencrypted PEM private key (RSA or EC)");
    QTest::newRow("missing") << QByteArray()
                             << "%1: tls.privateKey: cannot read %2: No such file or directory";
    QTest::newRow("garbage") << QByteArray("-----BEGIN PRIVATE KEY-----\nnope\n") << notAKey;
    QTest::newRow("a certificate instead") << m_certificateChain << notAKey;
}

void TestServerConfig::load_badPrivateKey_fails()
{
    QFETCH(QByteArray, contents);
    QFETCH(QString, expected);
    QTemporaryDir dir;
    const QString configPath = writeSetup(dir);
    const QString key = dir.filePath(QStringLiteral("server.key"));
    QFile::remove(key);
    if (!contents.isEmpty())
        QVERIFY(writeFile(key, contents));
    const auto result = loadServerConfig(configPath);
    QVERIFY(!result.isOk());
    QCOMPARE(result.error(), expected.arg(configPath, key));
}

void TestServerConfig::load_badLogo_fails_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("expected");

    QTest::newRow("missing") << "missing"
                             << "%1: organization.logo: cannot read %2: No such file or directory";
    QTest::newRow("text") << "text"
                          << "%1: organization.logo: %2: not a PNG or JPEG image";
    QTest::newRow("bmp") << "bmp"
                         << "%1: organization.logo: %2: not a PNG or JPEG image";
    QTest::newRow("truncated png") << "truncated"
                                   << "%1: organization.logo: %2: not a PNG or JPEG image";
    QTest::newRow("over 1 MiB") << "huge"
                                << "%1: organization.logo: %2 is larger than 1 MiB";
    QTest::newRow("too wide")
        << "wide"
        << "%1: organization.logo: %2 is 2049x16 pixels; at most 2048x2048 is allowed";
}

void TestServerConfig::load_badLogo_fails()
{
    QFETCH(QString, kind);
    QFETCH(QString, expected);
    QTemporaryDir dir;
    const QString configPath = writeSetup(dir, R"(, "logo": "logo.img")");
    const QString logo = dir.filePath(QStringLiteral("logo.img"));

    QImage image(kind == QLatin1String("wide") ? 2049 : 64, 16, QImage::Format_RGB32);
    image.fill(Qt::red);
    if (kind == QLatin1String("text")) {
        QVERIFY(writeFile(logo, "<svg>not what we take</svg>"));
    } else if (kind == QLatin1String("bmp")) {
        QVERIFY(image.save(logo, "BMP"));
    } else if (kind == QLatin1String("truncated")) {
        QVERIFY(image.save(logo, "PNG"));
        QFile file(logo);
        QVERIFY(file.resize(40)); // the header survives, the pixels do not
    } else if (kind == QLatin1String("huge")) {
        QVERIFY(writeFile(logo, QByteArray(1024 * 1024 + 1, 'x')));
    } else if (kind == QLatin1String("wide")) {
        QVERIFY(image.save(logo, "PNG"));
    }
    const auto result = loadServerConfig(configPath);
    QVERIFY(!result.isOk());
    QCOMPARE(result.error(), expected.arg(configPath, logo));
}

void TestServerConfig::load_expiringCertificate_warns()
{
    QTemporaryDir dir;
    const QString error = TestPki::create(dir.path(), TestPki::KeyType::Ec, 2);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const QString configPath = dir.filePath(QStringLiteral("server.json"));
    QVERIFY(writeFile(configPath, MinimalJson));
    QFile::setPermissions(dir.filePath(QStringLiteral("server.key")),
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    const auto result = loadServerConfig(configPath);
    QVERIFY2(result.isOk(), qPrintable(result.error()));
    QCOMPARE(result.value().warnings.size(), 1);
    QVERIFY2(result.value().warnings.first().startsWith(
                 QStringLiteral("tls.certificate: the certificate expires on ")),
             qPrintable(result.value().warnings.first()));
}

void TestServerConfig::load_worldReadableKey_warns()
{
    QTemporaryDir dir;
    const QString configPath = writeSetup(dir);
    const QString key = dir.filePath(QStringLiteral("server.key"));
    QVERIFY(QFile::setPermissions(key,
                                  QFileDevice::ReadOwner | QFileDevice::WriteOwner
                                      | QFileDevice::ReadGroup | QFileDevice::ReadOther));
    const auto result = loadServerConfig(configPath);
    QVERIFY2(result.isOk(), qPrintable(result.error()));
    QCOMPARE(result.value().warnings,
             QStringList { QStringLiteral("tls.privateKey: %1 can be read by every user of this "
                                          "machine")
                               .arg(key) });
}

QTEST_GUILESS_MAIN(TestServerConfig)
#include "tst_serverconfig.moc"
