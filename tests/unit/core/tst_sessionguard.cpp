#include "core/portalapi.h"
#include "core/sessionguard.h"
#include "fakeportal.h"

#include <QSignalSpy>
#include <QTest>

#include <memory>

namespace {

const QString KeepAlive = QStringLiteral("/api/v1/session/keep-alive");

QJsonObject sessionJson(const QString &expiresAt = QStringLiteral("2026-03-12T17:34:30+01:00"))
{
    return { { "personId", "per_7Hq2" },
             { "signedInAt", "2026-03-12T09:34:30+01:00" },
             { "idleTimeoutSeconds", 900 },
             { "idleExpiresAt", "2026-03-12T10:13:40+01:00" },
             { "expiresAt", expiresAt },
             { "kiosk", false },
             { "trustedDeviceId", QJsonValue::Null } };
}

} // namespace

class TestSessionGuard : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void warning_comesTwoMinutesBeforeTheIdleLimit();
    void activity_movesTheIdleLimit();
    void stillHere_sendsKeepAliveAndClearsTheWarning();
    void idleLimit_signsOut();
    void absoluteLimit_signsOutEvenWhenActive();
    void keepAlive_refusedWithEndedSession_signsOut();
    void keepAlive_networkFailure_keepsTheWarning();
    void activityTheServerCannotSee_isPassedOnQuietly();
    void shortIdleLimit_warnsAtHalfTime();
    void kioskLimits_capTheServersIdleLimit();
    void kioskLimits_keepTheirCapAfterKeepAlive();
    void kioskLimits_endTheSessionAtTheLocalLimit();

private:
    void advance(int seconds)
    {
        m_now = m_now.addSecs(seconds);
        m_guard->check();
    }

    QDateTime m_now;
    std::unique_ptr<FakePortal> m_portal;
    std::unique_ptr<PortalApi> m_api;
    std::unique_ptr<SessionGuard> m_guard;
};

void TestSessionGuard::init()
{
    m_now = QDateTime::fromString("2026-03-12T09:34:30+01:00", Qt::ISODate);
    m_portal = std::make_unique<FakePortal>();
    m_api = std::make_unique<PortalApi>(m_portal.get());
    m_api->setBaseUrl(QUrl(QStringLiteral("https://portaal.example")));
    m_api->setSessionToken(QStringLiteral("st_W5n9Qe2Rk7Tz1Xc4Vb8Mp3Ls6Jd0Hf2Ga9Uy"));
    m_guard = std::make_unique<SessionGuard>(m_api.get());
    m_guard->setClock([this] { return m_now; });
    m_guard->start(900, m_now.addSecs(8 * 3600));
}

void TestSessionGuard::warning_comesTwoMinutesBeforeTheIdleLimit()
{
    QSignalSpy warning(m_guard.get(), &SessionGuard::warning);
    advance(779);
    QCOMPARE(warning.size(), 0);
    QCOMPARE(m_guard->secondsLeft(), 121);
    advance(1);
    QCOMPARE(warning.size(), 1);
    QVERIFY(m_guard->isWarning());
    QCOMPARE(warning.first().first().toDateTime(), m_now.addSecs(120));
    advance(10);
    QCOMPARE(warning.size(), 1); // once
}

void TestSessionGuard::activity_movesTheIdleLimit()
{
    QSignalSpy warning(m_guard.get(), &SessionGuard::warning);
    QSignalSpy expired(m_guard.get(), &SessionGuard::expired);
    advance(600);
    m_guard->noteActivity();
    advance(600);
    QCOMPARE(warning.size(), 0);
    QCOMPARE(expired.size(), 0);
    advance(180);
    QCOMPARE(warning.size(), 1);
    // While the warning shows, only "I'm still here" counts: a stray mouse move does not.
    m_guard->noteActivity();
    advance(120);
    QCOMPARE(expired.size(), 1);
}

void TestSessionGuard::stillHere_sendsKeepAliveAndClearsTheWarning()
{
    m_portal->answer("POST", KeepAlive, 200, sessionJson());
    QSignalSpy cleared(m_guard.get(), &SessionGuard::warningCleared);
    QSignalSpy expired(m_guard.get(), &SessionGuard::expired);
    advance(800);
    QVERIFY(m_guard->isWarning());
    m_guard->stillHere();
    QVERIFY(QTest::qWaitFor([&] { return cleared.size() == 1; }, 5000));
    QVERIFY(!m_guard->isWarning());
    const FakePortal::Call call = m_portal->lastCallTo("POST", KeepAlive);
    QCOMPARE(call.authorization, QByteArray("Bearer st_W5n9Qe2Rk7Tz1Xc4Vb8Mp3Ls6Jd0Hf2Ga9Uy"));
    advance(800);
    QCOMPARE(expired.size(), 0);
    QCOMPARE(m_guard->secondsLeft(), 100);
}

void TestSessionGuard::idleLimit_signsOut()
{
    QSignalSpy expired(m_guard.get(), &SessionGuard::expired);
    advance(900);
    QCOMPARE(expired.size(), 1);
    QCOMPARE(expired.first().first().value<SessionGuard::Reason>(), SessionGuard::Reason::Idle);
    QVERIFY(!m_guard->isRunning());
    advance(900);
    QCOMPARE(expired.size(), 1);
}

void TestSessionGuard::absoluteLimit_signsOutEvenWhenActive()
{
    m_portal->answer("POST", KeepAlive, 200, sessionJson());
    QSignalSpy expired(m_guard.get(), &SessionGuard::expired);
    m_guard->start(900, m_now.addSecs(1000));
    for (int i = 0; i < 9; ++i) {
        advance(100);
        m_guard->noteActivity();
    }
    QCOMPARE(expired.size(), 0);
    QCOMPARE(m_guard->signOutAt(), m_now.addSecs(100));
    advance(100);
    QCOMPARE(expired.size(), 1);
    QCOMPARE(expired.first().first().value<SessionGuard::Reason>(), SessionGuard::Reason::Absolute);
}

void TestSessionGuard::keepAlive_refusedWithEndedSession_signsOut()
{
    m_portal->problem("POST", KeepAlive, 401, "session_expired");
    QSignalSpy expired(m_guard.get(), &SessionGuard::expired);
    QSignalSpy ended(m_api.get(), &PortalApi::sessionEnded);
    advance(800);
    m_guard->stillHere();
    QVERIFY(QTest::qWaitFor([&] { return expired.size() == 1; }, 5000));
    QCOMPARE(ended.size(), 1);
    QVERIFY(!m_api->hasSession());
}

void TestSessionGuard::keepAlive_networkFailure_keepsTheWarning()
{
    m_portal->networkError("POST", KeepAlive);
    QSignalSpy failed(m_guard.get(), &SessionGuard::keepAliveFailed);
    advance(800);
    m_guard->stillHere();
    QVERIFY(QTest::qWaitFor([&] { return failed.size() == 1; }, 5000));
    QVERIFY(m_guard->isWarning());
    QVERIFY(m_guard->isRunning());
}

void TestSessionGuard::activityTheServerCannotSee_isPassedOnQuietly()
{
    // Reading on screen makes no requests; the server's idle limit must move anyway.
    m_portal->answer("POST", KeepAlive, 200, sessionJson());
    QSignalSpy warning(m_guard.get(), &SessionGuard::warning);
    advance(100);
    m_guard->noteActivity();
    advance(349);
    QCOMPARE(m_portal->callsTo("POST", KeepAlive).size(), 0);
    advance(1);
    QCOMPARE(m_portal->callsTo("POST", KeepAlive).size(), 1);
    QCOMPARE(warning.size(), 0);
    // Without activity, no keep-alive: the session may end.
    advance(10);
    QCOMPARE(m_portal->callsTo("POST", KeepAlive).size(), 1);
}

void TestSessionGuard::shortIdleLimit_warnsAtHalfTime()
{
    QSignalSpy warning(m_guard.get(), &SessionGuard::warning);
    m_guard->start(120, m_now.addSecs(3600));
    advance(59);
    QCOMPARE(warning.size(), 0);
    advance(1);
    QCOMPARE(warning.size(), 1);
}

void TestSessionGuard::kioskLimits_capTheServersIdleLimit()
{
    // Kiosk policy: 120 s idle with a 30 s countdown, whatever the server's 300 s.
    QSignalSpy warning(m_guard.get(), &SessionGuard::warning);
    QSignalSpy expired(m_guard.get(), &SessionGuard::expired);
    m_guard->setLocalLimits(120, 3600);
    m_guard->setWarningSeconds(30);
    m_guard->start(300, m_now.addSecs(3600));
    advance(89);
    QCOMPARE(warning.size(), 0);
    advance(1);
    QCOMPARE(warning.size(), 1);
    QCOMPARE(warning.first().first().toDateTime(), m_now.addSecs(30));
    QCOMPARE(m_guard->secondsLeft(), 30);
    advance(29);
    QCOMPARE(expired.size(), 0);
    advance(1);
    QCOMPARE(expired.size(), 1);
    QCOMPARE(expired.first().first().value<SessionGuard::Reason>(), SessionGuard::Reason::Idle);

    // A server that is stricter than the policy still wins.
    warning.clear();
    m_guard->start(60, m_now.addSecs(3600));
    advance(29);
    QCOMPARE(warning.size(), 0);
    advance(1);
    QCOMPARE(warning.size(), 1);
}

void TestSessionGuard::kioskLimits_keepTheirCapAfterKeepAlive()
{
    // The keep-alive answer says 900 s idle and 8 hours; the kiosk's caps stay.
    m_portal->answer("POST", KeepAlive, 200, sessionJson());
    QSignalSpy cleared(m_guard.get(), &SessionGuard::warningCleared);
    QSignalSpy expired(m_guard.get(), &SessionGuard::expired);
    m_guard->setLocalLimits(120, 3600);
    m_guard->setWarningSeconds(30);
    m_guard->start(300, m_now.addSecs(3600));
    advance(95);
    QVERIFY(m_guard->isWarning());
    m_guard->stillHere();
    QVERIFY(QTest::qWaitFor([&] { return cleared.size() == 1; }, 5000));
    QCOMPARE(m_guard->secondsLeft(), 120);
    advance(120);
    QCOMPARE(expired.size(), 1);
}

void TestSessionGuard::kioskLimits_endTheSessionAtTheLocalLimit()
{
    // 20 minutes at most, even with the server allowing 8 hours and someone busy all the time.
    m_portal->answer("POST", KeepAlive, 200, sessionJson());
    QSignalSpy expired(m_guard.get(), &SessionGuard::expired);
    m_guard->setLocalLimits(120, 20 * 60);
    m_guard->start(300, m_now.addSecs(8 * 3600));
    QCOMPARE(m_guard->signOutAt(), m_now.addSecs(120));
    for (int i = 0; i < 23; ++i) {
        advance(50);
        m_guard->noteActivity();
    }
    QCOMPARE(expired.size(), 0);
    QCOMPARE(m_guard->signOutAt(), m_now.addSecs(50));
    advance(50);
    QCOMPARE(expired.size(), 1);
    QCOMPARE(expired.first().first().value<SessionGuard::Reason>(), SessionGuard::Reason::Absolute);
}

QTEST_GUILESS_MAIN(TestSessionGuard)
#include "tst_sessionguard.moc"
