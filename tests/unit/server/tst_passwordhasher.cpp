#include "server/accounts/passwordhasher.h"
#include "server/core/secrets.h"

#include <QTest>

using namespace Portiek::Server;

// Argon2id through libsodium, at the cheapest cost so the test stays fast.
class TestPasswordHasher : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void hash_isArgon2id_andSaltedPerCall();
    void verify_rightPassword_accepts();
    void verify_wrongPassword_refuses();
    void verify_emptyOrGarbageHash_refuses();
    void needsRehash_otherCost_isTrue();
    void burnVerifyTime_runs();
};

void TestPasswordHasher::initTestCase()
{
    QVERIFY(Secrets::initialize());
}

void TestPasswordHasher::hash_isArgon2id_andSaltedPerCall()
{
    const PasswordHasher hasher(Argon2Cost::minimum());
    const QString first = hasher.hash(QStringLiteral("lente in het park"));
    const QString second = hasher.hash(QStringLiteral("lente in het park"));
    QVERIFY(first.startsWith(QStringLiteral("$argon2id$")));
    QVERIFY(first != second);
}

void TestPasswordHasher::verify_rightPassword_accepts()
{
    const PasswordHasher hasher(Argon2Cost::minimum());
    const QString password = QStringLiteral("fietsen langs de Amstel 2026 ë");
    QVERIFY(hasher.verify(hasher.hash(password), password));
}

void TestPasswordHasher::verify_wrongPassword_refuses()
{
    const PasswordHasher hasher(Argon2Cost::minimum());
    const QString stored = hasher.hash(QStringLiteral("lente in het park"));
    QVERIFY(!hasher.verify(stored, QStringLiteral("Lente in het park")));
    QVERIFY(!hasher.verify(stored, QString()));
}

void TestPasswordHasher::verify_emptyOrGarbageHash_refuses()
{
    const PasswordHasher hasher(Argon2Cost::minimum());
    QVERIFY(!hasher.verify(QString(), QStringLiteral("x")));
    QVERIFY(!hasher.verify(QStringLiteral("$argon2id$nonsense"), QStringLiteral("x")));
    QVERIFY(!hasher.verify(QString(300, QLatin1Char('a')), QStringLiteral("x")));
}

void TestPasswordHasher::needsRehash_otherCost_isTrue()
{
    const PasswordHasher cheap(Argon2Cost::minimum());
    const Argon2Cost moreOps { Argon2Cost::minimum().opsLimit + 1, Argon2Cost::minimum().memLimit };
    const PasswordHasher dearer(moreOps);
    const QString stored = cheap.hash(QStringLiteral("lente in het park"));
    QVERIFY(!cheap.needsRehash(stored));
    QVERIFY(dearer.needsRehash(stored));
    QVERIFY(cheap.needsRehash(QStringLiteral("not a hash")));
    QVERIFY(cheap.needsRehash(QString()));
    // Still verifies with the new cost: the hash carries its own parameters.
    QVERIFY(dearer.verify(stored, QStringLiteral("lente in het park")));
}

void TestPasswordHasher::burnVerifyTime_runs()
{
    const PasswordHasher hasher(Argon2Cost::minimum());
    hasher.burnVerifyTime(QStringLiteral("anything"));
    QCOMPARE(hasher.cost().opsLimit, Argon2Cost::minimum().opsLimit);
}

QTEST_GUILESS_MAIN(TestPasswordHasher)
#include "tst_passwordhasher.moc"
