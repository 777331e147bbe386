#include "core/contactchange.h"
#include "core/portalapi.h"
#include "fakeportal.h"
#include "homefixtures.h"

#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace HomeFixtures;
using Channel = ContactChange::Channel;
using Step = ContactChange::Step;

namespace {

const QString MobileStart = QStringLiteral("/api/v1/me/mobile-change");
const QString MobileConfirm = QStringLiteral("/api/v1/me/mobile-change/confirm");
const QString EmailStart = QStringLiteral("/api/v1/me/email-change");
const QString EmailConfirm = QStringLiteral("/api/v1/me/email-change/confirm");
const QString Password = QStringLiteral("koffie met appeltaart op zondag");

} // namespace

class TestContactChange : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void normalizeMobile_acceptsWhatPeopleType_data();
    void normalizeMobile_acceptsWhatPeopleType();
    void mobile_startThenConfirm_changesTheNumber();
    void email_startThenConfirm_changesTheAddress();
    void start_badValue_asksNothing();
    void start_wrongPassword_saysSo();
    void confirm_wrongCode_staysAtTheCodeStep();
    void confirm_expiredCode_asksForANewOne();
    void confirm_noPendingChange_startsAgain();
    void resend_waitsUntilThePortalAllowsIt();
    void resend_tooSoon_givesTheWait();

private:
    std::unique_ptr<ContactChange> make(Channel channel);
    bool waitIdle(ContactChange *change);

    QDateTime m_now;
    std::unique_ptr<FakePortal> m_portal;
    std::unique_ptr<PortalApi> m_api;
};

void TestContactChange::init()
{
    m_now = QDateTime::fromString("2026-03-12T10:05:00+01:00", Qt::ISODate);
    m_portal = std::make_unique<FakePortal>();
    m_api = std::make_unique<PortalApi>(m_portal.get());
    m_api->setBaseUrl(QUrl(QStringLiteral("https://portaal.example")));
    m_api->setSessionToken(QStringLiteral("st_W5n9Qe2Rk7Tz1Xc4Vb8Mp3Ls6Jd0Hf2Ga9Uy"));
}

std::unique_ptr<ContactChange> TestContactChange::make(Channel channel)
{
    return std::make_unique<ContactChange>(m_api.get(), channel, [this] { return m_now; });
}

bool TestContactChange::waitIdle(ContactChange *change)
{
    return QTest::qWaitFor([change] { return !change->isBusy(); }, 2000);
}

void TestContactChange::normalizeMobile_acceptsWhatPeopleType_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("expected");
    QTest::newRow("06-") << "06-87654321"
                         << "+31687654321";
    QTest::newRow("spaces") << " 06 8765 4321 "
                            << "+31687654321";
    QTest::newRow("plus") << "+31 6 87654321"
                          << "+31687654321";
    QTest::newRow("national zero") << "+31 (0)6 87654321"
                                   << "+31687654321";
    QTest::newRow("double zero") << "0031687654321"
                                 << "+31687654321";
    QTest::newRow("belgian") << "+32 470 12 34 56"
                             << "+32470123456";
    QTest::newRow("landline") << "020 641 22 83"
                              << "";
    QTest::newRow("too short") << "06 1234"
                               << "";
    QTest::newRow("letters") << "06 abcdefgh"
                             << "";
    QTest::newRow("empty") << ""
                           << "";
}

void TestContactChange::normalizeMobile_acceptsWhatPeopleType()
{
    QFETCH(QString, typed);
    QFETCH(QString, expected);
    QCOMPARE(ContactChange::normalizeMobile(typed), expected);
}

void TestContactChange::mobile_startThenConfirm_changesTheNumber()
{
    auto change = make(Channel::Mobile);
    m_portal->answer("POST", MobileStart, 202, pendingChange("sms", "06-******21", 6));
    m_portal->answer("POST", MobileConfirm, 200, me("m.vandijk@ziggo.example", "+31687654321"));
    QSignalSpy sent(change.get(), &ContactChange::codeSent);
    QSignalSpy changed(change.get(), &ContactChange::changed);
    QSignalSpy failed(change.get(), &ContactChange::failed);

    change->start(QStringLiteral("06-87654321"), Password);
    QVERIFY(change->isBusy());
    QVERIFY(sent.wait(2000));
    QCOMPARE(change->step(), Step::Code);
    QCOMPARE(change->maskedDestination(), QStringLiteral("06-******21"));
    QCOMPARE(change->codeLength(), 6);
    const FakePortal::Call start = m_portal->lastCallTo("POST", MobileStart);
    QCOMPARE(start.body.value("newMobile").toString(), QStringLiteral("+31687654321"));
    QCOMPARE(start.body.value("currentPassword").toString(), Password);

    change->confirm(QStringLiteral(" 730 264 "));
    QVERIFY(changed.wait(2000));
    QCOMPARE(change->step(), Step::Done);
    QCOMPARE(m_portal->lastCallTo("POST", MobileConfirm).body.value("code").toString(),
             QStringLiteral("730264"));
    QCOMPARE(change->updatedMe().mobile, QStringLiteral("+31687654321"));
    QCOMPARE(failed.size(), 0);
}

void TestContactChange::email_startThenConfirm_changesTheAddress()
{
    auto change = make(Channel::Email);
    m_portal->answer("POST", EmailStart, 202, pendingChange("email", "m***k@kpnmail.example", 8));
    m_portal->answer("POST", EmailConfirm, 200, me("mark.vandijk@kpnmail.example"));
    QSignalSpy sent(change.get(), &ContactChange::codeSent);
    QSignalSpy changed(change.get(), &ContactChange::changed);
    change->start(QStringLiteral(" mark.vandijk@kpnmail.example "), Password);
    QVERIFY(sent.wait(2000));
    QCOMPARE(m_portal->lastCallTo("POST", EmailStart).body.value("newEmail").toString(),
             QStringLiteral("mark.vandijk@kpnmail.example"));
    QCOMPARE(change->codeLength(), 8);
    change->confirm(QStringLiteral("p4zk9qwm"));
    QVERIFY(changed.wait(2000));
    QCOMPARE(m_portal->lastCallTo("POST", EmailConfirm).body.value("code").toString(),
             QStringLiteral("P4ZK9QWM"));
    QCOMPARE(change->updatedMe().email, QStringLiteral("mark.vandijk@kpnmail.example"));
}

void TestContactChange::start_badValue_asksNothing()
{
    auto mobile = make(Channel::Mobile);
    QSignalSpy failed(mobile.get(), &ContactChange::failed);
    mobile->start(QStringLiteral("020 641 22 83"), Password);
    QCOMPARE(failed.size(), 1);
    QVERIFY(failed.first().first().toString().contains("not a mobile number"));
    auto email = make(Channel::Email);
    QSignalSpy emailFailed(email.get(), &ContactChange::failed);
    email->start(QStringLiteral("mark.vandijk@"), Password);
    email->start(QStringLiteral("mark@kpnmail.example"), QString());
    QCOMPARE(emailFailed.size(), 2);
    QVERIFY(emailFailed.at(1).first().toString().contains("current password"));
    QVERIFY(m_portal->calls().isEmpty());
}

void TestContactChange::start_wrongPassword_saysSo()
{
    auto change = make(Channel::Email);
    m_portal->problem("POST", EmailStart, 422, "validation_failed",
                      { { "errors",
                          QJsonArray { QJsonObject { { "field", "currentPassword" },
                                                     { "code", "incorrect" } } } } });
    QSignalSpy failed(change.get(), &ContactChange::failed);
    change->start(QStringLiteral("mark@kpnmail.example"), QStringLiteral("wrong"));
    QVERIFY(failed.wait(2000));
    QCOMPARE(failed.first().first().toString(),
             QStringLiteral("Your current password is not correct."));
    QCOMPARE(change->step(), Step::NewValue);

    m_portal->problem("POST", EmailStart, 422, "validation_failed",
                      { { "errors",
                          QJsonArray { QJsonObject { { "field", "newEmail" },
                                                     { "code", "same_as_current" } } } } });
    change->start(QStringLiteral("mark@kpnmail.example"), Password);
    QVERIFY(failed.wait(2000));
    QCOMPARE(failed.last().first().toString(),
             QStringLiteral("This is already your e-mail address."));
}

void TestContactChange::confirm_wrongCode_staysAtTheCodeStep()
{
    auto change = make(Channel::Mobile);
    m_portal->answer("POST", MobileStart, 202, pendingChange("sms", "06-******21", 6));
    m_portal->problem("POST", MobileConfirm, 422, "contact_change_code_invalid");
    QSignalSpy sent(change.get(), &ContactChange::codeSent);
    QSignalSpy failed(change.get(), &ContactChange::failed);
    change->start(QStringLiteral("0687654321"), Password);
    QVERIFY(sent.wait(2000));
    change->confirm(QStringLiteral("111111"));
    QVERIFY(failed.wait(2000));
    QCOMPARE(failed.first().first().toString(),
             QStringLiteral("The code is not correct. Check it and try again."));
    QCOMPARE(change->step(), Step::Code);
}

void TestContactChange::confirm_expiredCode_asksForANewOne()
{
    auto change = make(Channel::Mobile);
    m_portal->answer("POST", MobileStart, 202, pendingChange("sms", "06-******21", 6));
    m_portal->problem("POST", MobileConfirm, 422, "contact_change_code_expired");
    QSignalSpy sent(change.get(), &ContactChange::codeSent);
    QSignalSpy failed(change.get(), &ContactChange::failed);
    change->start(QStringLiteral("0687654321"), Password);
    QVERIFY(sent.wait(2000));
    change->confirm(QStringLiteral("730264"));
    QVERIFY(failed.wait(2000));
    QCOMPARE(failed.first().first().toString(),
             QStringLiteral("This code has expired. Ask for a new code."));
    QCOMPARE(change->step(), Step::Code);
}

void TestContactChange::confirm_noPendingChange_startsAgain()
{
    auto change = make(Channel::Email);
    m_portal->answer("POST", EmailStart, 202, pendingChange("email", "m***k@kpnmail.example", 8));
    m_portal->problem("POST", EmailConfirm, 409, "no_pending_change");
    QSignalSpy sent(change.get(), &ContactChange::codeSent);
    QSignalSpy failed(change.get(), &ContactChange::failed);
    change->start(QStringLiteral("mark@kpnmail.example"), Password);
    QVERIFY(sent.wait(2000));
    change->confirm(QStringLiteral("P4ZK9QWM"));
    QVERIFY(failed.wait(2000));
    QCOMPARE(failed.first().first().toString(),
             QStringLiteral("No change is waiting for a code any more. Please start again."));
    QCOMPARE(change->step(), Step::NewValue);
}

void TestContactChange::resend_waitsUntilThePortalAllowsIt()
{
    auto change = make(Channel::Mobile);
    m_portal->answer("POST", MobileStart, 202, pendingChange("sms", "06-******21", 6));
    QSignalSpy sent(change.get(), &ContactChange::codeSent);
    change->start(QStringLiteral("0687654321"), Password);
    QVERIFY(sent.wait(2000));
    QVERIFY(!change->canResend()); // resendAvailableAt is 10:06, it is 10:05
    m_now = m_now.addSecs(60);
    QVERIFY(change->canResend());
    change->resend();
    QVERIFY(sent.wait(2000));
    const QList<FakePortal::Call> starts = m_portal->callsTo("POST", MobileStart);
    QCOMPARE(starts.size(), 2);
    // The same number and password again: nobody types them twice.
    QCOMPARE(starts.last().body, starts.first().body);
}

void TestContactChange::resend_tooSoon_givesTheWait()
{
    auto change = make(Channel::Mobile);
    m_portal->answer("POST", MobileStart, 202, pendingChange("sms", "06-******21", 6));
    m_portal->problem("POST", MobileStart, 429, "rate_limited", { { "retryAfterSeconds", 40 } },
                      40);
    QSignalSpy sent(change.get(), &ContactChange::codeSent);
    QSignalSpy failed(change.get(), &ContactChange::failed);
    change->start(QStringLiteral("0687654321"), Password);
    QVERIFY(sent.wait(2000));
    m_now = m_now.addSecs(60);
    change->resend();
    QVERIFY(failed.wait(2000));
    QVERIFY2(failed.first().first().toString().contains("Try again in 40 second"),
             qPrintable(failed.first().first().toString()));
    QCOMPARE(change->step(), Step::Code);
}

QTEST_GUILESS_MAIN(TestContactChange)
#include "tst_contactchange.moc"
