#pragma once

#include <QAtomicInteger>
#include <QByteArray>
#include <QString>

#include <cstddef>

namespace Portiek::Server {

// How much work one Argon2id hash costs (libsodium's opslimit and memlimit).
struct Argon2Cost
{
    unsigned long long opsLimit;
    std::size_t memLimit;

    // Production default: libsodium's MODERATE level would cost ~0.5 s of one of our two cores
    // per sign-in; INTERACTIVE (64 MiB, 2 passes) is what libsodium recommends for online logins.
    static Argon2Cost interactive();
    // The cheapest libsodium allows; for tests only, so they stay fast.
    static Argon2Cost minimum();
};

// Argon2id password hashes in libsodium's self-describing string form ("$argon2id$v=19$m=…"),
// which carries its own salt and cost, so hashes made with an older cost still verify.
// Secrets::initialize() must have run first.
class PasswordHasher
{
public:
    explicit PasswordHasher(Argon2Cost cost = Argon2Cost::interactive());

    // The hash to store; empty when libsodium could not hash (out of memory).
    QString hash(const QString &password) const;
    bool verify(const QString &storedHash, const QString &password) const;
    // True when `storedHash` was made with another cost or algorithm than ours: after a
    // successful sign-in, store a fresh hash.
    bool needsRehash(const QString &storedHash) const;
    // Does the work of one verify() against a fixed dummy hash of our cost, so that an unknown
    // username takes as long to refuse as a wrong password.
    void burnVerifyTime(const QString &password) const;

    Argon2Cost cost() const { return m_cost; }
    // How many Argon2id checks verify() and burnVerifyTime() have made: the work a sign-in
    // costs, whether or not the username exists (tests count it).
    quint64 checksMade() const { return m_checks.loadRelaxed(); }

private:
    Argon2Cost m_cost;
    QString m_dummyHash;
    mutable QAtomicInteger<quint64> m_checks = 0;
};

} // namespace Portiek::Server
