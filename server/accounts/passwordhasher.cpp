#include "server/accounts/passwordhasher.h"

#include "server/core/secrets.h"

#include <sodium.h>

namespace Portiek::Server {

Argon2Cost Argon2Cost::interactive()
{
    return { crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE };
}

Argon2Cost Argon2Cost::minimum()
{
    return { crypto_pwhash_OPSLIMIT_MIN, crypto_pwhash_MEMLIMIT_MIN };
}

PasswordHasher::PasswordHasher(Argon2Cost cost)
    : m_cost(cost)
{
    // A hash of a password nobody knows, with our own cost, so burnVerifyTime() does exactly
    // the work of a real verify().
    m_dummyHash = hash(Secrets::randomToken("dummy_", 16));
}

QString PasswordHasher::hash(const QString &password) const
{
    const QByteArray utf8 = password.toUtf8();
    char out[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str(out, utf8.constData(), size_t(utf8.size()), m_cost.opsLimit,
                          m_cost.memLimit)
        != 0) {
        return {};
    }
    return QString::fromLatin1(out);
}

bool PasswordHasher::verify(const QString &storedHash, const QString &password) const
{
    const QByteArray hashBytes = storedHash.toLatin1();
    if (storedHash.isEmpty() || hashBytes.size() >= crypto_pwhash_STRBYTES) {
        burnVerifyTime(password);
        return false;
    }
    const QByteArray utf8 = password.toUtf8();
    m_checks.fetchAndAddRelaxed(1);
    // hashBytes is NUL-terminated by QByteArray.
    return crypto_pwhash_str_verify(hashBytes.constData(), utf8.constData(), size_t(utf8.size()))
        == 0;
}

bool PasswordHasher::needsRehash(const QString &storedHash) const
{
    const QByteArray hashBytes = storedHash.toLatin1();
    if (hashBytes.isEmpty() || hashBytes.size() >= crypto_pwhash_STRBYTES)
        return true;
    // 1: other parameters; -1: not an Argon2id hash at all.
    return crypto_pwhash_str_needs_rehash(hashBytes.constData(), m_cost.opsLimit, m_cost.memLimit)
        != 0;
}

void PasswordHasher::burnVerifyTime(const QString &password) const
{
    const QByteArray hashBytes = m_dummyHash.toLatin1();
    const QByteArray utf8 = password.toUtf8();
    m_checks.fetchAndAddRelaxed(1);
    [[maybe_unused]] const int result
        = crypto_pwhash_str_verify(hashBytes.constData(), utf8.constData(), size_t(utf8.size()));
}

} // namespace Portiek::Server
