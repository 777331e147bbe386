#include "support/testserver.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QImage>
#include <QJsonDocument>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QUuid>

#ifdef Q_OS_LINUX
#include <csignal>
#include <sys/prctl.h>
#endif

namespace {
constexpr int StartTimeoutMs = 20000;
}

TestServer::TestServer() = default;

TestServer::~TestServer()
{
    stop();
}

QString TestServer::sourceDir()
{
    return qEnvironmentVariable("PORTIEK_SOURCE_DIR");
}

bool TestServer::makeCertificates(const QString &directory, QString *error)
{
    QProcess process;
    process.start(QStringLiteral("/bin/sh"),
                  { sourceDir() + QStringLiteral("/scripts/make-certificates"), directory });
    if (!process.waitForFinished(30000) || process.exitCode() != 0) {
        *error = QStringLiteral("make-certificates failed: ")
            + QString::fromLocal8Bit(process.readAllStandardError());
        return false;
    }
    return true;
}

QString TestServer::configFile() const
{
    return m_dir.filePath(QStringLiteral("server.json"));
}

bool TestServer::runCommand(const QStringList &arguments, QByteArray *output, int timeoutMs)
{
    if (!QFile::exists(configFile()) && !writeConfig({}))
        return false;
    QProcess process;
    process.setProcessEnvironment(serverEnvironment());
    process.start(qEnvironmentVariable("PORTIEK_SERVER_BINARY"),
                  arguments + QStringList { QStringLiteral("--config"), configFile() });
    const bool finished = process.waitForFinished(timeoutMs);
    const QByteArray out = process.readAllStandardOutput();
    if (output)
        *output = out;
    if (!finished || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        m_error = QStringLiteral("portiek-server %1 failed: %2")
                      .arg(arguments.join(QLatin1Char(' ')),
                           QString::fromUtf8(process.readAllStandardError()));
        return false;
    }
    return true;
}

QJsonArray TestServer::outbox()
{
    QByteArray output;
    if (!runCommand({ QStringLiteral("outbox"), QStringLiteral("--json") }, &output))
        return {};
    return QJsonDocument::fromJson(output).array();
}

QString TestServer::latestSmsCode(const QString &mobile)
{
    static const QRegularExpression sixDigits(QStringLiteral("\\b(\\d{6})\\b"));
    const QJsonArray messages = outbox();
    for (auto it = messages.end(); it != messages.begin();) {
        const QJsonObject message = (--it)->toObject();
        if (message.value(QStringLiteral("channel")).toString() == QLatin1String("sms")
            && message.value(QStringLiteral("to")).toString() == mobile) {
            return sixDigits.match(message.value(QStringLiteral("body")).toString()).captured(1);
        }
    }
    return {};
}

QString TestServer::latestEmail(const QString &address)
{
    const QJsonArray messages = outbox();
    for (auto it = messages.end(); it != messages.begin();) {
        const QJsonObject message = (--it)->toObject();
        if (message.value(QStringLiteral("channel")).toString() == QLatin1String("email")
            && message.value(QStringLiteral("to")).toString() == address) {
            return message.value(QStringLiteral("body")).toString();
        }
    }
    return {};
}

QProcessEnvironment TestServer::serverEnvironment()
{
    // Development builds of the server honour this and hash with Argon2id's minimum cost, so
    // tests that sign in many times stay fast; release builds ignore it.
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("PORTIEK_SERVER_ARGON2_COST"), QStringLiteral("minimum"));
    return environment;
}

QString TestServer::caFile() const
{
    return m_dir.filePath(QStringLiteral("ca.pem"));
}

QList<QSslCertificate> TestServer::caCertificates() const
{
    return QSslCertificate::fromPath(caFile(), QSsl::Pem);
}

QList<QSslCertificate> TestServer::unrelatedCaCertificates()
{
    const QString other = m_dir.filePath(QStringLiteral("unrelated"));
    QString error;
    if (!makeCertificates(other, &error))
        return {};
    return QSslCertificate::fromPath(other + QStringLiteral("/ca.pem"), QSsl::Pem);
}

bool TestServer::databaseSection(QJsonObject *section)
{
    if (!m_database.isEmpty()) {
        *section = m_database;
        return true;
    }
    const QString connection = qEnvironmentVariable("PORTIEK_TEST_POSTGRES");
    if (connection.isEmpty()) {
        m_database = { { QStringLiteral("driver"), QStringLiteral("sqlite") },
                       { QStringLiteral("path"), QStringLiteral("portiek.sqlite") } };
        *section = m_database;
        return true;
    }
    // "HOST PORT USER", as tests/support/postgres start writes it.
    QFile file(connection);
    const QStringList parts = file.open(QIODevice::ReadOnly)
        ? QString::fromUtf8(file.readAll()).simplified().split(QLatin1Char(' '))
        : QStringList();
    if (parts.size() != 3) {
        m_error = QStringLiteral("cannot read the PostgreSQL connection in %1").arg(connection);
        return false;
    }
    const QString name
        = QStringLiteral("portiek_%1").arg(QUuid::createUuid().toString(QUuid::Id128).left(16));
    QProcess createdb;
    createdb.start(QStringLiteral("createdb"),
                   { QStringLiteral("-h"), parts.at(0), QStringLiteral("-p"), parts.at(1),
                     QStringLiteral("-U"), parts.at(2), name });
    if (!createdb.waitForFinished(StartTimeoutMs) || createdb.exitCode() != 0) {
        m_error = QStringLiteral("createdb failed: %1")
                      .arg(QString::fromUtf8(createdb.readAllStandardError()));
        return false;
    }
    m_database = { { QStringLiteral("driver"), QStringLiteral("postgresql") },
                   { QStringLiteral("host"), parts.at(0) },
                   { QStringLiteral("port"), parts.at(1).toInt() },
                   { QStringLiteral("name"), name },
                   { QStringLiteral("user"), parts.at(2) } };
    *section = m_database;
    return true;
}

bool TestServer::writeConfig(const QJsonObject &organization)
{
    QImage logo(120, 120, QImage::Format_RGB32);
    logo.fill(QColor(0x2e, 0x7d, 0x32));
    if (!logo.save(m_dir.filePath(QStringLiteral("logo.png"))))
        return false;

    QJsonObject org {
        { QStringLiteral("name"), QStringLiteral("Zorggroep Testlanden") },
        { QStringLiteral("logo"), QStringLiteral("logo.png") },
        { QStringLiteral("helpdesk"),
          QJsonObject {
              { QStringLiteral("phone"), QStringLiteral("020 123 45 67") },
              { QStringLiteral("email"), QStringLiteral("helpdesk@testlanden.example") } } },
        { QStringLiteral("termsVersion"), QStringLiteral("2026-01") },
        { QStringLiteral("terms"),
          QJsonObject { { QStringLiteral("title"), QStringLiteral("Voorwaarden Testlanden") },
                        { QStringLiteral("file"), QStringLiteral("terms.txt") } } },
    };
    QFile terms(m_dir.filePath(QStringLiteral("terms.txt")));
    if (!terms.open(QIODevice::WriteOnly)
        || terms.write("Dit portaal is alleen voor cli\xc3\xabnten van Testlanden.\n") <= 0)
        return false;
    for (auto it = organization.begin(); it != organization.end(); ++it) {
        if (it.value().isNull())
            org.remove(it.key());
        else
            org.insert(it.key(), it.value());
    }
    QJsonObject database;
    if (!databaseSection(&database))
        return false;
    const QJsonObject config {
        { QStringLiteral("database"), database },
        { QStringLiteral("listen"),
          QJsonObject { { QStringLiteral("address"), QStringLiteral("127.0.0.1") },
                        { QStringLiteral("port"), 0 } } },
        { QStringLiteral("tls"),
          QJsonObject { { QStringLiteral("certificate"), QStringLiteral("server.pem") },
                        { QStringLiteral("privateKey"), QStringLiteral("server.key") } } },
        { QStringLiteral("organization"), org },
    };
    QFile file(m_dir.filePath(QStringLiteral("server.json")));
    return file.open(QIODevice::WriteOnly) && file.write(QJsonDocument(config).toJson()) > 0;
}

bool TestServer::start(const QJsonObject &organization)
{
    const QString binary = qEnvironmentVariable("PORTIEK_SERVER_BINARY");
    if (binary.isEmpty() || !m_dir.isValid()) {
        m_error = QStringLiteral("PORTIEK_SERVER_BINARY is not set");
        return false;
    }
    if (!makeCertificates(m_dir.path(), &m_error))
        return false;
    if (!writeConfig(organization)) {
        m_error = QStringLiteral("cannot write the server configuration");
        return false;
    }
    return launch();
}

bool TestServer::restart()
{
    return launch();
}

bool TestServer::launch()
{
    const QString binary = qEnvironmentVariable("PORTIEK_SERVER_BINARY");
    m_output.clear(); // a restart: only this run's "listening on" counts
    m_process.setProcessChannelMode(QProcess::SeparateChannels);
    m_process.setProcessEnvironment(serverEnvironment());
#ifdef Q_OS_LINUX
    // A test that crashes takes its server along instead of leaving it running.
    m_process.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGKILL); });
#endif
    m_process.start(binary,
                    { QStringLiteral("--config"), m_dir.filePath(QStringLiteral("server.json")) });
    if (!m_process.waitForStarted(StartTimeoutMs)) {
        m_error = m_process.errorString();
        return false;
    }
    static const QRegularExpression listening(QStringLiteral("listening on (https://[^\\s]+)"));
    const QDeadlineTimer deadline(StartTimeoutMs);
    while (!deadline.hasExpired() && m_process.state() == QProcess::Running) {
        m_process.waitForReadyRead(100);
        m_output += m_process.readAllStandardOutput();
        const QRegularExpressionMatch match = listening.match(QString::fromUtf8(m_output));
        if (match.hasMatch()) {
            m_url = QUrl(match.captured(1));
            return true;
        }
    }
    m_output += m_process.readAllStandardError();
    m_error = QStringLiteral("portiek-server did not start: ") + QString::fromUtf8(m_output);
    stop();
    return false;
}

void TestServer::kill()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.kill();
    m_process.waitForFinished(5000);
}

QString TestServer::sqliteFile() const
{
    if (m_database.value(QStringLiteral("driver")).toString() != QLatin1String("sqlite"))
        return {};
    return m_dir.filePath(m_database.value(QStringLiteral("path")).toString());
}

void TestServer::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate();
    if (!m_process.waitForFinished(5000)) {
        m_process.kill();
        m_process.waitForFinished(2000);
    }
}
