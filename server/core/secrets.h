#pragma once

#include <QByteArray>
#include <QString>

namespace Portiek::Server::Secrets {

// libsodium must be initialised once before anything here is used; false means the process
// cannot make secrets and must not serve.
bool initialize();

// A random token with a readable prefix ("st_", "dt_", "si_"), `bytes` random bytes in
// unpadded base64url. 32 bytes is 256 bits: far beyond the 128 the contract asks.
QString randomToken(const char *prefix, int bytes = 32);

// `digits` random decimal digits, uniformly distributed ("048213").
QString randomDigits(int digits);

// `length` characters from an alphabet without look-alikes (no 0/O, 1/I/L), for codes people
// type from an e-mail and for temporary passwords.
QString randomReadableCode(int length);

// How a token is stored: SHA-256 of its UTF-8 bytes, hex. Tokens are long and random, so a
// fast hash is right here (passwords use Argon2id instead).
QByteArray tokenHash(const QString &token);

// Compares two byte strings in time that depends only on their length.
bool constantTimeEquals(const QByteArray &a, const QByteArray &b);

} // namespace Portiek::Server::Secrets
