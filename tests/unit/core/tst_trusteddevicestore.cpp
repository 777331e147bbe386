#include "core/keychaintrusteddevicestore.h"
#include "core/memorytrusteddevicestore.h"

#include <QHash>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

namespace {

using Operation = KeychainTrustedDeviceStore::Operation;
using Outcome = KeychainTrustedDeviceStore::Outcome;

// A keychain that keeps entries in a hash, or fails every job like a missing secrets daemon.
struct FakeKeychain
{
    QHash<QString, QString> entries;
    bool failing = false;
    int jobs = 0;

    KeychainTrustedDeviceStore::JobRunner runner()
    {
        return [this](Operation operation, const QString &key, const QString &data,
                      KeychainTrustedDeviceStore::JobDone done) {
            ++jobs;
            QTimer::singleShot(0, [this, operation, key, data, done] {
                if (failing) {
                    done(Outcome::Failed,
                         QStringLiteral("The name org.freedesktop.secrets was not provided"), {});
                    return;
                }
                switch (operation) {
                case Operation::Read:
                    if (entries.contains(key))
                        done(Outcome::Ok, {}, entries.value(key));
                    else
                        done(Outcome::NotFound, {}, {});
                    break;
                case Operation::Write:
                    entries.insert(key, data);
                    done(Outcome::Ok, {}, {});
                    break;
                case Operation::Delete:
                    done(entries.remove(key) ? Outcome::Ok : Outcome::NotFound, {}, {});
                    break;
                }
            });
        };
    }
};

QString loadNow(TrustedDeviceStore &store, const QString &key)
{
    QString result = QStringLiteral("<no answer>");
    bool answered = false;
    QObject context;
    store.load(key, &context, [&](const QString &token) {
        result = token;
        answered = true;
    });
    if (answered)
        qWarning("load answered inside the call");
    if (!QTest::qWaitFor([&] { return answered; }, 5000))
        return QStringLiteral("<timeout>");
    return result;
}

bool saveNow(TrustedDeviceStore &store, const QString &key, const QString &token)
{
    int result = -1;
    QObject context;
    store.save(key, token, &context, [&](bool ok) { result = ok ? 1 : 0; });
    if (!QTest::qWaitFor([&] { return result >= 0; }, 5000))
        return false;
    return result == 1;
}

} // namespace

class TestTrustedDeviceStore : public QObject
{
    Q_OBJECT

private slots:
    void key_isHostAndUsername();
    void memoryStore_savesLoadsAndRemoves();
    void memoryStore_failing_becomesUnavailableOnce();
    void keychainStore_roundTrip();
    void keychainStore_notFound_isNoError();
    void keychainStore_error_becomesUnavailableOnceAndCarriesOn();
    void callback_isSkippedWhenContextIsGone();
};

void TestTrustedDeviceStore::key_isHostAndUsername()
{
    QCOMPARE(TrustedDeviceStore::keyFor("portaal.DeLinde.example", " MVanDijk "),
             QStringLiteral("portaal.delinde.example/mvandijk"));
}

void TestTrustedDeviceStore::memoryStore_savesLoadsAndRemoves()
{
    MemoryTrustedDeviceStore store;
    const QString key = TrustedDeviceStore::keyFor("portaal.example", "mvandijk");
    QCOMPARE(loadNow(store, key), QString());
    QVERIFY(saveNow(store, key, "dt_token"));
    QCOMPARE(loadNow(store, key), QStringLiteral("dt_token"));
    QCOMPARE(loadNow(store, TrustedDeviceStore::keyFor("portaal.example", "other")), QString());
    bool removed = false;
    store.remove(key, this, [&](bool ok) { removed = ok; });
    QVERIFY(QTest::qWaitFor([&] { return removed; }, 5000));
    QCOMPARE(loadNow(store, key), QString());
}

void TestTrustedDeviceStore::memoryStore_failing_becomesUnavailableOnce()
{
    MemoryTrustedDeviceStore store;
    QSignalSpy unavailable(&store, &TrustedDeviceStore::unavailable);
    store.setFailing(true);
    QVERIFY(!saveNow(store, "k", "t"));
    QCOMPARE(loadNow(store, "k"), QString());
    QCOMPARE(unavailable.size(), 1);
    QVERIFY(!store.isAvailable());
}

void TestTrustedDeviceStore::keychainStore_roundTrip()
{
    FakeKeychain keychain;
    KeychainTrustedDeviceStore store(keychain.runner());
    QVERIFY(saveNow(store, "portaal.example/mvandijk", "dt_secret"));
    QCOMPARE(keychain.entries.value("portaal.example/mvandijk"), QStringLiteral("dt_secret"));
    // A new store object (the app restarted) finds it in the keychain.
    KeychainTrustedDeviceStore again(keychain.runner());
    QCOMPARE(loadNow(again, "portaal.example/mvandijk"), QStringLiteral("dt_secret"));
}

void TestTrustedDeviceStore::keychainStore_notFound_isNoError()
{
    FakeKeychain keychain;
    KeychainTrustedDeviceStore store(keychain.runner());
    QSignalSpy unavailable(&store, &TrustedDeviceStore::unavailable);
    QCOMPARE(loadNow(store, "portaal.example/nobody"), QString());
    bool removed = false;
    store.remove("portaal.example/nobody", this, [&](bool ok) { removed = ok; });
    QVERIFY(QTest::qWaitFor([&] { return removed; }, 5000));
    QCOMPARE(unavailable.size(), 0);
    QVERIFY(store.isAvailable());
}

void TestTrustedDeviceStore::keychainStore_error_becomesUnavailableOnceAndCarriesOn()
{
    FakeKeychain keychain;
    keychain.failing = true;
    KeychainTrustedDeviceStore store(keychain.runner());
    QSignalSpy unavailable(&store, &TrustedDeviceStore::unavailable);
    QCOMPARE(loadNow(store, "portaal.example/mvandijk"), QString());
    QCOMPARE(unavailable.size(), 1);
    QVERIFY(!store.isAvailable());
    // From now on the keychain is not asked again, and every call still answers.
    const int jobs = keychain.jobs;
    QVERIFY(!saveNow(store, "portaal.example/mvandijk", "dt_x"));
    QCOMPARE(loadNow(store, "portaal.example/mvandijk"), QString());
    QCOMPARE(keychain.jobs, jobs);
    QCOMPARE(unavailable.size(), 1);
}

void TestTrustedDeviceStore::callback_isSkippedWhenContextIsGone()
{
    FakeKeychain keychain;
    keychain.entries.insert("k", "t");
    KeychainTrustedDeviceStore store(keychain.runner());
    bool called = false;
    auto *context = new QObject;
    store.load("k", context, [&](const QString &) { called = true; });
    delete context;
    MemoryTrustedDeviceStore memory;
    auto *other = new QObject;
    memory.load("k", other, [&](const QString &) { called = true; });
    delete other;
    QTest::qWait(50);
    QVERIFY(!called);
}

QTEST_GUILESS_MAIN(TestTrustedDeviceStore)
#include "tst_trusteddevicestore.moc"
