#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QProcess>
#include <QSslCertificate>
#include <QTemporaryDir>
#include <QUrl>

// Starts the real portiek-server on a free loopback port over TLS, with a certificate authority
// made at test time (scripts/make-certificates), and stops it again.
class TestServer
{
public:
    TestServer();
    ~TestServer();
    TestServer(const TestServer &) = delete;
    TestServer &operator=(const TestServer &) = delete;

    // `organization` keys replace those of the default test organisation.
    bool start(const QJsonObject &organization = {});
    void stop();
    // SIGKILL, as a power cut or the OOM killer would: no chance to finish anything. start()
    // again afterwards runs on the same database.
    void kill();
    // After stop() or kill(): the same server again, with the same certificates and database (as
    // a real portal comes back after a crash); its port may differ.
    bool restart();
    // The SQLite database file, or empty with PostgreSQL.
    QString sqliteFile() const;

    QUrl url() const { return m_url; }
    // The running server's process id (0 when it does not run), e.g. to read its CPU time.
    qint64 processId() const { return m_process.processId(); }
    QString caFile() const;
    QList<QSslCertificate> caCertificates() const;
    // A second CA that signed nothing of this server: trusting it must not help.
    QList<QSslCertificate> unrelatedCaCertificates();
    QString directory() const { return m_dir.path(); }
    QString configFile() const;

    // Runs `portiek-server <arguments> --config <this server's file>` and waits for it; true when
    // it exits with status 0 within `timeoutMs`. Works before and while the server runs (SQLite
    // in WAL mode).
    bool runCommand(const QStringList &arguments, QByteArray *output = nullptr,
                    int timeoutMs = 20000);
    // The demo accounts of `portiek-server demo-data` (see README.md).
    bool addDemoAccounts() { return runCommand({ QStringLiteral("demo-data") }); }
    // start(), the demo accounts and the demo dossier (`seed --demo`): what a part's real-server
    // test reads and writes.
    bool startWithDemoDossier()
    {
        return start() && addDemoAccounts()
            && runCommand({ QStringLiteral("seed"), QStringLiteral("--demo") });
    }
    // Every SMS and e-mail the server queued, oldest first (`portiek-server outbox --json`).
    QJsonArray outbox();
    // The newest six-digit code sent by SMS to `mobile`; empty when there is none.
    QString latestSmsCode(const QString &mobile);
    // The body of the newest e-mail to `address`; empty when there is none.
    QString latestEmail(const QString &address);
    QString errorString() const { return m_error; }
    QByteArray serverOutput() const { return m_output; }
    // What the running server wrote to stdout and stderr since the last call (its log).
    QByteArray takeLog()
    {
        return m_process.readAllStandardOutput() + m_process.readAllStandardError();
    }

    static QString sourceDir();
    static bool makeCertificates(const QString &directory, QString *error);

private:
    bool writeConfig(const QJsonObject &organization);
    bool launch();
    // With PORTIEK_TEST_POSTGRES (tests/support/postgres): a database of this server's own there.
    bool databaseSection(QJsonObject *section);
    static QProcessEnvironment serverEnvironment();

    QTemporaryDir m_dir;
    QProcess m_process;
    QUrl m_url;
    QString m_error;
    QJsonObject m_database; // the configuration's "database", once decided
    QByteArray m_output;
};
