#include "testpki.h"

#include <QDir>
#include <QFile>
#include <QProcess>

namespace TestPki {

QString runOpenssl(const QString &directory, const QStringList &arguments)
{
    QProcess openssl;
    openssl.setWorkingDirectory(directory);
    openssl.start(QStringLiteral("openssl"), arguments);
    if (!openssl.waitForFinished(60000))
        return QStringLiteral("openssl did not run: ") + openssl.errorString();
    if (openssl.exitStatus() != QProcess::NormalExit || openssl.exitCode() != 0) {
        return QStringLiteral("openssl %1 failed: %2")
            .arg(arguments.join(QLatin1Char(' ')),
                 QString::fromLocal8Bit(openssl.readAllStandardError()));
    }
    return {};
}

QString create(const QString &directory, KeyType keyType, int validDays)
{
    const QString days = QString::number(validDays);
    const QStringList newKey = keyType == KeyType::Rsa
        ? QStringList { QStringLiteral("-newkey"), QStringLiteral("rsa:2048") }
        : QStringList { QStringLiteral("-newkey"), QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
                        QStringLiteral("ec_paramgen_curve:prime256v1") };

    QString error = runOpenssl(
        directory,
        QStringList {
            QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
            QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
            QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes"),
            QStringLiteral("-keyout"), QStringLiteral("ca.key"), QStringLiteral("-out"),
            QStringLiteral("ca.pem"), QStringLiteral("-days"), days, QStringLiteral("-subj"),
            QStringLiteral("/CN=Portiek Test CA"), QStringLiteral("-addext"),
            QStringLiteral("basicConstraints=critical,CA:TRUE"), QStringLiteral("-addext"),
            QStringLiteral("keyUsage=critical,keyCertSign,cRLSign") });
    if (!error.isEmpty())
        return error;

    error = runOpenssl(directory,
                       QStringList { QStringLiteral("req"), QStringLiteral("-new") } + newKey
                           + QStringList { QStringLiteral("-nodes"), QStringLiteral("-keyout"),
                                           QStringLiteral("server.key"), QStringLiteral("-out"),
                                           QStringLiteral("server.csr"), QStringLiteral("-subj"),
                                           QStringLiteral("/CN=localhost") });
    if (!error.isEmpty())
        return error;

    QFile extensions(QDir(directory).filePath(QStringLiteral("server.ext")));
    if (!extensions.open(QIODevice::WriteOnly))
        return extensions.errorString();
    extensions.write("subjectAltName=DNS:localhost,IP:127.0.0.1\n"
                     "basicConstraints=critical,CA:FALSE\n"
                     "extendedKeyUsage=serverAuth\n");
    extensions.close();

    error = runOpenssl(
        directory,
        { QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"),
          QStringLiteral("server.csr"), QStringLiteral("-CA"), QStringLiteral("ca.pem"),
          QStringLiteral("-CAkey"), QStringLiteral("ca.key"), QStringLiteral("-CAcreateserial"),
          QStringLiteral("-out"), QStringLiteral("server.crt"), QStringLiteral("-days"), days,
          QStringLiteral("-extfile"), QStringLiteral("server.ext") });
    if (!error.isEmpty())
        return error;

    // Leaf first, then the chain: the layout the server's tls.certificate file expects.
    QFile leaf(QDir(directory).filePath(QStringLiteral("server.crt")));
    QFile ca(QDir(directory).filePath(QStringLiteral("ca.pem")));
    QFile chain(QDir(directory).filePath(QStringLiteral("server.pem")));
    if (!leaf.open(QIODevice::ReadOnly) || !ca.open(QIODevice::ReadOnly)
        || !chain.open(QIODevice::WriteOnly)) {
        return QStringLiteral("cannot assemble server.pem");
    }
    chain.write(leaf.readAll() + ca.readAll());
    return {};
}

} // namespace TestPki
