// The real OS keychain (QtKeychain over libsecret), run by ctest inside scripts/with-keyring:
// a private D-Bus session with an unlocked gnome-keyring.
#include "core/keychaintrusteddevicestore.h"

#include <QSignalSpy>
#include <QTest>
#include <QUuid>

namespace {

QString loadNow(TrustedDeviceStore &store, const QString &key)
{
    QString result;
    bool answered = false;
    QObject context;
    store.load(key, &context, [&](const QString &token) {
        result = token;
        answered = true;
    });
    if (!QTest::qWaitFor([&] { return answered; }, 20000))
        return QStringLiteral("<timeout>");
    return result;
}

bool finishNow(const std::function<void(QObject *, TrustedDeviceStore::DoneCallback)> &start)
{
    int result = -1;
    QObject context;
    start(&context, [&](bool ok) { result = ok ? 1 : 0; });
    if (!QTest::qWaitFor([&] { return result >= 0; }, 20000))
        return false;
    return result == 1;
}

} // namespace

class TestKeychainStore : public QObject
{
    Q_OBJECT

private slots:
    void token_survivesANewStoreAndIsRemoved();
};

void TestKeychainStore::token_survivesANewStoreAndIsRemoved()
{
    const QString key = TrustedDeviceStore::keyFor(
        QStringLiteral("portaal.test.invalid"),
        QStringLiteral("user-") + QUuid::createUuid().toString(QUuid::WithoutBraces));
    const QString token = QStringLiteral("dt_") + QUuid::createUuid().toString(QUuid::Id128);

    {
        KeychainTrustedDeviceStore store;
        QSignalSpy unavailable(&store, &TrustedDeviceStore::unavailable);
        QCOMPARE(loadNow(store, key), QString()); // not found is no error
        QVERIFY(finishNow([&](QObject *context, TrustedDeviceStore::DoneCallback done) {
            store.save(key, token, context, done);
        }));
        QCOMPARE(unavailable.size(), 0);
        QVERIFY(store.isAvailable());
    }
    {
        // As after a restart of the app: a new object finds the token in the keychain.
        KeychainTrustedDeviceStore store;
        QCOMPARE(loadNow(store, key), token);
        QVERIFY(finishNow([&](QObject *context, TrustedDeviceStore::DoneCallback done) {
            store.remove(key, context, done);
        }));
    }
    KeychainTrustedDeviceStore store;
    QCOMPARE(loadNow(store, key), QString());
    QVERIFY(store.isAvailable());
}

QTEST_GUILESS_MAIN(TestKeychainStore)
#include "tst_keychainstore.moc"
