#include "server/http/tlsconfiguration.h"

#include <QSslCipher>
#include <QSslSocket>

namespace Portiek::Server {

QList<QSslCipher> strongCiphers()
{
    // TLS 1.3's suites (all AEAD with forward secrecy) and, for TLS 1.2, only ECDHE/DHE key
    // exchange with AEAD encryption (GCM, ChaCha20-Poly1305): no CBC, RC4, 3DES or static RSA.
    QList<QSslCipher> strong;
    const QList<QSslCipher> all = QSslConfiguration::supportedCiphers();
    for (const QSslCipher &cipher : all) {
        const QString encryption = cipher.encryptionMethod();
        const QString exchange = cipher.keyExchangeMethod();
        const bool aead = encryption.contains(QLatin1String("GCM"))
            || encryption.contains(QLatin1String("CHACHA20"));
        const bool tls13 = cipher.protocol() == QSsl::TlsV1_3;
        const bool forwardSecret = exchange.startsWith(QLatin1String("ECDH"))
            || exchange.startsWith(QLatin1String("DH"));
        if (aead && (tls13 || forwardSecret)
            && cipher.authenticationMethod() != QLatin1String("None"))
            strong.append(cipher);
    }
    return strong;
}

QSslConfiguration makeServerTlsConfiguration(const QList<QSslCertificate> &certificateChain,
                                             const QSslKey &privateKey)
{
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setProtocol(QSsl::TlsV1_2OrLater);
    configuration.setCiphers(strongCiphers());
    configuration.setLocalCertificateChain(certificateChain);
    configuration.setPrivateKey(privateKey);
    // Clients sign in with a password and a login code, not with certificates.
    configuration.setPeerVerifyMode(QSslSocket::VerifyNone);
    return configuration;
}

QString tlsUnavailableReason()
{
    if (QSslSocket::supportsSsl())
        return {};
    return QStringLiteral("TLS is not available: Qt found no usable TLS backend (is OpenSSL %1 "
                          "installed?)")
        .arg(QSslSocket::sslLibraryBuildVersionString());
}

} // namespace Portiek::Server
