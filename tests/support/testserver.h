#pragma once

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

    QUrl url() const { return m_url; }
    QString caFile() const;
    QList<QSslCertificate> caCertificates() const;
    // A second CA that signed nothing of this server: trusting it must not help.
    QList<QSslCertificate> unrelatedCaCertificates();
    QString directory() const { return m_dir.path(); }
    QString errorString() const { return m_error; }
    QByteArray serverOutput() const { return m_output; }

    static QString sourceDir();
    static bool makeCertificates(const QString &directory, QString *error);

private:
    bool writeConfig(const QJsonObject &organization);

    QTemporaryDir m_dir;
    QProcess m_process;
    QUrl m_url;
    QString m_error;
    QByteArray m_output;
};
