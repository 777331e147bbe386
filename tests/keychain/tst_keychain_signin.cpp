// "Remember this computer" with the real OS keychain (QtKeychain over gnome-keyring, inside
// scripts/with-keyring) against the real portiek-server: the device token survives a restart of
// the client, and the second sign-in asks no code.
#include "core/keychaintrusteddevicestore.h"
#include "core/loginflow.h"
#include "support/signinclient.h"
#include "support/testserver.h"

#include <QSignalSpy>
#include <QSslSocket>
#include <QTest>

#include <memory>

using Step = LoginFlow::Step;

namespace {

const QString Username = QStringLiteral("aboer");
const QString Password = QStringLiteral("fietsen langs de Amstel 2026");
const QString Mobile = QStringLiteral("+31612340731");

// What the keychain holds under `key`, read by a store of its own ("<timeout>" when no answer).
QString keychainToken(const QString &key)
{
    KeychainTrustedDeviceStore store;
    QString token;
    bool answered = false;
    QObject context;
    store.load(key, &context, [&](const QString &loaded) {
        token = loaded;
        answered = true;
    });
    if (!QTest::qWaitFor([&] { return answered; }, SignInClient::TimeoutMs))
        return QStringLiteral("<timeout>");
    return token;
}

} // namespace

class TestKeychainSignIn : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void rememberedComputer_survivesARestart_andAsksNoCode();
    void cleanupTestCase();

private:
    TestServer m_server;
    QString m_key;
};

void TestKeychainSignIn::initTestCase()
{
    QVERIFY(QSslSocket::supportsSsl());
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    QVERIFY2(m_server.addDemoAccounts(), qPrintable(m_server.errorString()));
    // The store's service is the app id; the key names this test server's loopback address and
    // free port, which no real installation uses. with-keyring also gives a keyring of its own.
    const QUrl url = m_server.url();
    m_key = TrustedDeviceStore::keyFor(url.host() + QLatin1Char(':') + QString::number(url.port()),
                                       Username);
    QCOMPARE(keychainToken(m_key), QString());
}

void TestKeychainSignIn::rememberedComputer_survivesARestart_andAsksNoCode()
{
    {
        KeychainTrustedDeviceStore devices;
        QSignalSpy unavailable(&devices, &TrustedDeviceStore::unavailable);
        SignInClient client(m_server, &devices);
        LoginFlow &flow = client.flow();
        flow.signIn(Username, Password);
        QVERIFY2(client.waitForStep(Step::SmsCode), qPrintable(client.describe()));
        QVERIFY(flow.canRememberDevice());
        const QString code = m_server.latestSmsCode(Mobile);
        QCOMPARE(code.size(), 6);
        flow.setRememberDevice(true);
        flow.submitSmsCode(code);
        QVERIFY2(client.waitForStep(Step::SignedIn), qPrintable(client.describe()));
        // The flow saves without waiting; the token is in the keychain once a second store,
        // as after a restart, reads it there.
        QTRY_VERIFY_WITH_TIMEOUT(keychainToken(m_key).startsWith(QLatin1String("dt_")),
                                 SignInClient::TimeoutMs);
        QCOMPARE(unavailable.size(), 0);
        flow.signOut();
    } // "restart": flow, connection and store are gone

    const int textsBefore = smsCount(m_server, Mobile);
    KeychainTrustedDeviceStore devices;
    QSignalSpy unavailable(&devices, &TrustedDeviceStore::unavailable);
    SignInClient client(m_server, &devices);
    client.flow().signIn(Username, Password);
    QVERIFY2(client.waitForStep(Step::SignedIn), qPrintable(client.describe()));
    QCOMPARE(client.steps(), QList<Step> { Step::SignedIn });
    QCOMPARE(client.flow().currentClient().id, QStringLiteral("100482"));
    QCOMPARE(smsCount(m_server, Mobile), textsBefore);
    QCOMPARE(unavailable.size(), 0);
}

void TestKeychainSignIn::cleanupTestCase()
{
    if (m_key.isEmpty())
        return;
    KeychainTrustedDeviceStore store;
    bool removed = false;
    store.remove(m_key, nullptr, [&](bool) { removed = true; });
    QVERIFY(QTest::qWaitFor([&] { return removed; }, SignInClient::TimeoutMs));
}

QTEST_GUILESS_MAIN(TestKeychainSignIn)
#include "tst_keychain_signin.moc"
