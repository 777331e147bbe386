#pragma once

#include <QString>

// Throwaway TLS material for the server tests, made with the `openssl` command at test time into
// a temporary folder: no key is ever committed. The names are fixed:
//   ca.pem          the test CA's certificate (what a client must trust)
//   server.pem      the server's leaf certificate followed by the CA (a chain of two)
//   server.key      the server's unencrypted private key (PKCS#8 PEM)
// The leaf is for DNS:localhost and IP:127.0.0.1.
namespace TestPki {

enum class KeyType { Ec, Rsa };

// Returns an empty string on success, else what went wrong (for QVERIFY2).
QString create(const QString &directory, KeyType keyType = KeyType::Ec, int validDays = 400);

// Runs `openssl` with these arguments in `directory`; empty on success, else its error output.
QString runOpenssl(const QString &directory, const QStringList &arguments);

} // namespace TestPki
