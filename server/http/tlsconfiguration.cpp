#include "server/http/tlsconfiguration.h"

#include <QSslSocket>

namespace Portiek::Server {

QSslConfiguration makeServerTlsConfiguration(const QList<QSslCertificate> &certificateChain,
                                             const QSslKey &privateKey)
{
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setProtocol(QSsl::TlsV1_2OrLater);
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
