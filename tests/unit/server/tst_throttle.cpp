// The growing waits of sign-in (server/signin/throttle.h) and the resend waits.
#include "server/signin/signinrules.h"
#include "server/signin/throttle.h"

#include <QTest>

using namespace Portiek::Server;

class TestThrottle : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void accountPolicy_waitsDoubleFromEighthFailure();
    void addressPolicy_allowsMoreBeforeWaiting();
    void addressKey_ipv6CountsPerPrefix();
    void resendWait_growsToTwoMinutes();
};

void TestThrottle::accountPolicy_waitsDoubleFromEighthFailure()
{
    const Throttle::Policy policy = Throttle::accountPolicy();
    for (int failures = 0; failures < 8; ++failures)
        QCOMPARE(policy.waitAfter(failures), 0);
    QCOMPARE(policy.waitAfter(8), 30);
    QCOMPARE(policy.waitAfter(9), 60);
    QCOMPARE(policy.waitAfter(10), 120);
    QCOMPARE(policy.waitAfter(14), 1920);
    QCOMPARE(policy.waitAfter(15), 3600);
    QCOMPARE(policy.waitAfter(1000), 3600);
}

void TestThrottle::addressPolicy_allowsMoreBeforeWaiting()
{
    const Throttle::Policy policy = Throttle::addressPolicy();
    QCOMPARE(policy.waitAfter(19), 0);
    QCOMPARE(policy.waitAfter(20), 30);
    QCOMPARE(policy.waitAfter(100), 15 * 60);
}

void TestThrottle::addressKey_ipv6CountsPerPrefix()
{
    QCOMPARE(Throttle::addressKey(QHostAddress(QStringLiteral("127.0.0.1"))),
             QStringLiteral("address:127.0.0.1"));
    QCOMPARE(Throttle::addressKey(QHostAddress(QStringLiteral("::ffff:127.0.0.1"))),
             QStringLiteral("address:127.0.0.1"));
    QCOMPARE(Throttle::addressKey(QHostAddress(QStringLiteral("2001:db8:1:2:3:4:5:6"))),
             Throttle::addressKey(QHostAddress(QStringLiteral("2001:db8:1:2:ffff::1"))));
    QVERIFY(Throttle::addressKey(QHostAddress(QStringLiteral("2001:db8:1:2::1")))
            != Throttle::addressKey(QHostAddress(QStringLiteral("2001:db8:1:3::1"))));
}

void TestThrottle::resendWait_growsToTwoMinutes()
{
    QCOMPARE(SignInRules::resendWaitSeconds(1), 30);
    QCOMPARE(SignInRules::resendWaitSeconds(2), 60);
    QCOMPARE(SignInRules::resendWaitSeconds(3), 120);
    QCOMPARE(SignInRules::resendWaitSeconds(6), 120);
    // All resends fit within one attempt.
    int total = 0;
    for (int codes = 1; codes <= SignInRules::SmsResendsPerAttempt; ++codes)
        total += SignInRules::resendWaitSeconds(codes);
    QVERIFY(total < SignInRules::AttemptValidSeconds);
}

QTEST_GUILESS_MAIN(TestThrottle)
#include "tst_throttle.moc"
