#pragma once

#include <QList>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>

namespace Portiek::Server {

// The server side of TLS: 1.2 or later, our certificate chain (leaf first), no client
// certificates asked.
QSslConfiguration makeServerTlsConfiguration(const QList<QSslCertificate> &certificateChain,
                                             const QSslKey &privateKey);

// Empty when this machine can do TLS; otherwise one sentence saying what is missing.
QString tlsUnavailableReason();

} // namespace Portiek::Server
