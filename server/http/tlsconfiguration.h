#pragma once

#include <QList>
#include <QSslCertificate>
#include <QSslCipher>
#include <QSslConfiguration>
#include <QSslKey>

namespace Portiek::Server {

// The server side of TLS: 1.2 or later with strongCiphers() only, our certificate chain (leaf
// first), no client certificates asked.
QSslConfiguration makeServerTlsConfiguration(const QList<QSslCertificate> &certificateChain,
                                             const QSslKey &privateKey);

// What the server offers: TLS 1.3's suites, and for TLS 1.2 only forward-secret AEAD ciphers.
QList<QSslCipher> strongCiphers();

// Empty when this machine can do TLS; otherwise one sentence saying what is missing.
QString tlsUnavailableReason();

} // namespace Portiek::Server
