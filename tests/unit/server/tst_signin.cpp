// Sign-in start, SMS codes and the growing waits (docs/openapi.yaml, tag Sign-in).
#include "server/accounts/accountstore.h"
#include "signinfixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Portiek::Server;

namespace {

const QString User = QStringLiteral("mvandijk");
const QString Password = QStringLiteral("lente in het park bij de vijver");

QString tokenOf(const Response &response)
{
    return SignInFixture::json(response).value(QStringLiteral("signInToken")).toString();
}

// A POST as Portiek sends it: with an Idempotency-Key.
Response postWithKey(const SignInFixture &portal, const QString &path, const QJsonObject &body,
                     const QByteArray &key)
{
    Request request("POST", QUrl(path));
    request.setBody(QJsonDocument(body).toJson(QJsonDocument::Compact));
    request.addHeader("Content-Type", "application/json");
    request.addHeader("Idempotency-Key", key);
    request.setRemoteAddress(SignInFixture::Address);
    return portal.router().dispatch(request);
}

Response startWithKey(const SignInFixture &portal, const QString &username, const QString &password,
                      const QByteArray &key)
{
    return postWithKey(
        portal, QStringLiteral("/api/v1/sign-in"),
        { { QStringLiteral("username"), username }, { QStringLiteral("password"), password } },
        key);
}

QString wrongCode(const QString &right)
{
    return right == QLatin1String("000000") ? QStringLiteral("111111") : QStringLiteral("000000");
}

} // namespace

class TestSignIn : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void start_rightPassword_sendsCodeAndAsksSmsStep();
    void start_wrongPasswordOrUnknownUser_sameAnswer();
    void start_malformedBody_is400();
    void start_sentAgainWithItsKey_noSecondCode();
    void start_sentAgainWithItsKey_temporaryPasswordStillWorks();
    void verify_rightCode_issuesSession();
    void verify_expiredCode_isRejected();
    void verify_codeIsSingleUse();
    void verify_codeOfOtherAttempt_isRejected();
    void verify_fiveWrongTries_exhaustTheCode();
    void resend_beforeResendAvailableAt_isTooSoon();
    void resend_sentAgainWithItsKey_noSecondCode();
    void resend_waitsGrow_atMostFivePerAttempt();
    void resend_doesNotResetFailureCount();
    void lock_waitsGrowPerAccount();
    void lock_perAddress_coversAllUsernames();
    void attempt_expiresAfter15Minutes();
    void step_outOfOrder_is409();
    void disabledAccount_toldOnlyAfterRightPassword();
};

void TestSignIn::start_rightPassword_sendsCodeAndAsksSmsStep()
{
    SignInFixture portal;
    portal.addPerson(User, Password);
    const Response response = portal.start(User, Password);
    QCOMPARE(response.status(), 200);
    QCOMPARE(response.header("Cache-Control"), QByteArray("no-store"));
    const QJsonObject state = SignInFixture::json(response);
    QCOMPARE(state.value("next").toString(), QStringLiteral("smsCode"));
    QVERIFY(state.value("signInToken").toString().startsWith(QLatin1String("si_")));
    // ManualClock starts at 2026-03-12 08:30 UTC, 09:30 in Amsterdam.
    QCOMPARE(state.value("expiresAt").toString(), QStringLiteral("2026-03-12T09:45:00+01:00"));
    QCOMPARE(state.value("remainingSteps").toArray(), QJsonArray { "smsCode" });
    QVERIFY(!state.contains("deviceTokenAccepted"));
    const QJsonObject sms = state.value("smsCode").toObject();
    QCOMPARE(sms.value("maskedMobile").toString(), QStringLiteral("06-******78"));
    QCOMPARE(sms.value("codeLength").toInt(), 6);
    QCOMPARE(sms.value("sentAt").toString(), QStringLiteral("2026-03-12T09:30:00+01:00"));
    QCOMPARE(sms.value("codeExpiresAt").toString(), QStringLiteral("2026-03-12T09:35:00+01:00"));
    QCOMPARE(sms.value("resendAvailableAt").toString(),
             QStringLiteral("2026-03-12T09:30:30+01:00"));
    QCOMPARE(sms.value("attemptsLeft").toInt(), 5);

    QCOMPARE(portal.smsCount(), 1);
    QCOMPARE(portal.lastSmsCode().size(), 6);
}

void TestSignIn::start_wrongPasswordOrUnknownUser_sameAnswer()
{
    SignInFixture portal;
    portal.addPerson(User, Password);
    const Response wrongPassword = portal.start(User, QStringLiteral("niet mijn wachtwoord"));
    const Response unknownUser = portal.start(QStringLiteral("nobody"), Password);
    QCOMPARE(wrongPassword.status(), 401);
    QCOMPARE(SignInFixture::problemCode(wrongPassword), QStringLiteral("invalid_credentials"));
    QCOMPARE(unknownUser.status(), wrongPassword.status());
    QCOMPARE(unknownUser.body(), wrongPassword.body());
    QCOMPARE(unknownUser.headers(), wrongPassword.headers());
    QCOMPARE(portal.smsCount(), 0);
}

void TestSignIn::start_malformedBody_is400()
{
    SignInFixture portal;
    Request request("POST", QUrl(QStringLiteral("/api/v1/sign-in")));
    request.setBody("not json");
    QCOMPARE(portal.router().dispatch(request).status(), 400);
    const Response noPassword
        = portal.post(QStringLiteral("/api/v1/sign-in"), { { QStringLiteral("username"), User } });
    QCOMPARE(noPassword.status(), 400);
    QCOMPARE(SignInFixture::problemCode(noPassword), QStringLiteral("malformed_request"));
}

void TestSignIn::start_sentAgainWithItsKey_noSecondCode()
{
    // Qt sends a POST again by itself when the connection closed before the answer came: the
    // person got a second SMS code, and the first one (which arrives first) was then wrong.
    SignInFixture portal;
    portal.addPerson(User, Password);
    const QByteArray key = "6f1c2a7e-3b9d-4f0e-9a51-0c8e2d4b7f13";
    const Response first = startWithKey(portal, User, Password, key);
    QCOMPARE(first.status(), 200);
    QCOMPARE(portal.smsCount(), 1);
    const QString code = portal.lastSmsCode();
    portal.clock().advance(2);

    const Response again = startWithKey(portal, User, Password, key);
    QCOMPARE(again.status(), 200);
    const QJsonObject state = SignInFixture::json(again);
    QCOMPARE(state.value("next").toString(), QStringLiteral("smsCode"));
    QCOMPARE(state.value("smsCode").toObject().value("sentAt").toString(),
             QStringLiteral("2026-03-12T09:30:00+01:00")); // the first code's
    QCOMPARE(portal.smsCount(), 1);
    // The attempt goes on under the new token, with the code already sent; the lost answer's
    // token is no longer any use.
    QVERIFY(tokenOf(again) != tokenOf(first));
    QCOMPARE(portal.verify(tokenOf(first), code).status(), 401);
    const Response verified = portal.verify(tokenOf(again), code);
    QCOMPARE(verified.status(), 200);
    QCOMPARE(SignInFixture::json(verified).value("next").toString(), QStringLiteral("done"));

    // Once finished, the key starts nothing again: a new attempt, a new code.
    QCOMPARE(startWithKey(portal, User, Password, key).status(), 200);
    QCOMPARE(portal.smsCount(), 2);
    // Another key is another press of "Sign in".
    QCOMPARE(startWithKey(portal, User, Password, "another-press-0001").status(), 200);
    QCOMPARE(portal.smsCount(), 3);
    // The key is no password: a wrong one with it is refused, and sends nothing.
    const Response wrong
        = startWithKey(portal, User, QStringLiteral("niet mijn wachtwoord"), "another-press-0001");
    QCOMPARE(wrong.status(), 401);
    QCOMPARE(portal.smsCount(), 3);
    // A key that is no key.
    const Response malformed = startWithKey(portal, User, Password, QByteArray(300, 'k'));
    QCOMPARE(malformed.status(), 400);
    QCOMPARE(SignInFixture::problemCode(malformed), QStringLiteral("malformed_request"));
}

void TestSignIn::start_sentAgainWithItsKey_temporaryPasswordStillWorks()
{
    // A temporary password works once: a repeated first sign-in was refused with "already used"
    // and the person needed a new letter from the care organisation.
    SignInFixture portal;
    portal.addPerson(User, Password, true);
    const QByteArray key = "first-sign-in-press-01";
    QCOMPARE(startWithKey(portal, User, Password, key).status(), 200);
    const Response again = startWithKey(portal, User, Password, key);
    QCOMPARE(again.status(), 200);
    QCOMPARE(SignInFixture::json(again).value("next").toString(), QStringLiteral("smsCode"));
    QCOMPARE(portal.smsCount(), 1);
    // Without the key it is used up, as before.
    const Response other = portal.start(User, Password);
    QCOMPARE(other.status(), 401);
    QCOMPARE(portal.smsCount(), 1);
}

void TestSignIn::verify_rightCode_issuesSession()
{
    SignInFixture portal;
    portal.addPerson(User, Password);
    const QString token = tokenOf(portal.start(User, Password));
    portal.clock().advance(60);
    const Response response = portal.verify(token, portal.lastSmsCode());
    QCOMPARE(response.status(), 200);
    const QJsonObject state = SignInFixture::json(response);
    QCOMPARE(state.value("next").toString(), QStringLiteral("done"));
    QCOMPARE(state.value("remainingSteps").toArray(), QJsonArray());
    QVERIFY(!state.contains("signInToken"));
    QVERIFY(!state.contains("trustedDevice"));
    const QJsonObject session = state.value("session").toObject();
    QVERIFY(session.value("token").toString().startsWith(QLatin1String("st_")));
    QCOMPARE(session.value("tokenType").toString(), QStringLiteral("Bearer"));
    QCOMPARE(session.value("idleTimeoutSeconds").toInt(), 900);
    QCOMPARE(session.value("idleExpiresAt").toString(),
             QStringLiteral("2026-03-12T09:46:00+01:00"));
    QCOMPARE(session.value("expiresAt").toString(), QStringLiteral("2026-03-12T17:31:00+01:00"));
    QCOMPARE(session.value("kiosk").toBool(), false);
}

void TestSignIn::verify_expiredCode_isRejected()
{
    SignInFixture portal;
    portal.addPerson(User, Password);
    const QString token = tokenOf(portal.start(User, Password));
    portal.clock().advance(5 * 60);
    const Response response = portal.verify(token, portal.lastSmsCode());
    QCOMPARE(response.status(), 422);
    QCOMPARE(SignInFixture::problemCode(response), QStringLiteral("sms_code_expired"));
}

void TestSignIn::verify_codeIsSingleUse()
{
    SignInFixture portal;
    // A temporary password: after the code comes the password step, so the attempt lives on.
    portal.addPerson(User, QStringLiteral("Kx7-pRw2-Lm9q"), true);
    const QString token = tokenOf(portal.start(User, QStringLiteral("Kx7-pRw2-Lm9q")));
    const QString code = portal.lastSmsCode();
    const Response first = portal.verify(token, code);
    QCOMPARE(SignInFixture::json(first).value("next").toString(), QStringLiteral("changePassword"));
    const Response again = portal.verify(token, code);
    QCOMPARE(again.status(), 409);
    QCOMPARE(SignInFixture::problemCode(again), QStringLiteral("sign_in_step_not_expected"));
}

void TestSignIn::verify_codeOfOtherAttempt_isRejected()
{
    SignInFixture portal;
    portal.addPerson(User, Password);
    const QString first = tokenOf(portal.start(User, Password));
    const QString firstCode = portal.lastSmsCode();
    const QString second = tokenOf(portal.start(User, Password));
    const QString secondCode = portal.lastSmsCode();
    if (firstCode == secondCode)
        QSKIP("both attempts drew the same six digits (one in a million)");
    const Response response = portal.verify(second, firstCode);
    QCOMPARE(SignInFixture::problemCode(response), QStringLiteral("sms_code_invalid"));
    QCOMPARE(portal.verify(first, firstCode).status(), 200);
}

void TestSignIn::verify_fiveWrongTries_exhaustTheCode()
{
    SignInFixture portal;
    portal.addPerson(User, Password);
    const QString token = tokenOf(portal.start(User, Password));
    const QString code = portal.lastSmsCode();
    for (int left = 4; left >= 0; --left) {
        const Response wrong = portal.verify(token, wrongCode(code));
        QCOMPARE(wrong.status(), 422);
        QCOMPARE(SignInFixture::problemCode(wrong), QStringLiteral("sms_code_invalid"));
        QCOMPARE(SignInFixture::json(wrong).value("attemptsLeft").toInt(), left);
    }
    const Response right = portal.verify(token, code);
    QCOMPARE(right.status(), 422);
    QCOMPARE(SignInFixture::problemCode(right), QStringLiteral("sms_code_attempts_exhausted"));
}

void TestSignIn::resend_beforeResendAvailableAt_isTooSoon()
{
    SignInFixture portal;
    portal.addPerson(User, Password);
    const QString token = tokenOf(portal.start(User, Password));
    portal.clock().advance(10);
    const Response response
        = portal.post(QStringLiteral("/api/v1/sign-in/sms-code"), { { "signInToken", token } });
    QCOMPARE(response.status(), 429);
    QCOMPARE(SignInFixture::problemCode(response), QStringLiteral("sms_code_resend_too_soon"));
    QCOMPARE(response.header("Retry-After"), QByteArray("20"));
    QCOMPARE(SignInFixture::json(response).value("retryAfterSeconds").toInt(), 20);
    QCOMPARE(portal.smsCount(), 1);
}

void TestSignIn::resend_sentAgainWithItsKey_noSecondCode()
{
    // A repeat of "send a new code" (Qt, after a lost answer) was told "asked too soon",
    // although the new code was on its way.
    SignInFixture portal;
    portal.addPerson(User, Password);
    const QString token = tokenOf(portal.start(User, Password));
    portal.clock().advance(31);
    const QString path = QStringLiteral("/api/v1/sign-in/sms-code");
    const QJsonObject body { { "signInToken", token } };
    const Response first = postWithKey(portal, path, body, "new-code-press-0001");
    QCOMPARE(first.status(), 200);
    QCOMPARE(portal.smsCount(), 2);
    const QString code = portal.lastSmsCode();
    portal.clock().advance(2);
    const Response again = postWithKey(portal, path, body, "new-code-press-0001");
    QCOMPARE(again.status(), 200);
    QCOMPARE(SignInFixture::json(again).value("smsCode").toObject().value("sentAt"),
             SignInFixture::json(first).value("smsCode").toObject().value("sentAt"));
    QCOMPARE(portal.smsCount(), 2);
    // Another press is another request, and that one is too soon.
    const Response other = postWithKey(portal, path, body, "new-code-press-0002");
    QCOMPARE(SignInFixture::problemCode(other), QStringLiteral("sms_code_resend_too_soon"));
    QCOMPARE(postWithKey(portal, path, body, QByteArray(300, 'k')).status(), 400);
    QCOMPARE(portal.verify(token, code).status(), 200);
}

void TestSignIn::resend_waitsGrow_atMostFivePerAttempt()
{
    SignInFixture portal;
    portal.addPerson(User, Password);
    const QString token = tokenOf(portal.start(User, Password));
    const QString oldCode = portal.lastSmsCode();
    const QList<int> waits = { 30, 60, 120, 120, 120 };
    int wait = waits.first();
    for (int i = 0; i < waits.size(); ++i) {
        portal.clock().advance(wait);
        const Response response
            = portal.post(QStringLiteral("/api/v1/sign-in/sms-code"), { { "signInToken", token } });
        QCOMPARE(response.status(), 200);
        const QJsonObject sms = SignInFixture::json(response).value("smsCode").toObject();
        QCOMPARE(sms.value("attemptsLeft").toInt(), 5);
        wait = i + 1 < waits.size() ? waits.at(i + 1) : 120;
        const QDateTime sent = QDateTime::fromString(sms.value("sentAt").toString(), Qt::ISODate);
        const QDateTime resend
            = QDateTime::fromString(sms.value("resendAvailableAt").toString(), Qt::ISODate);
        QCOMPARE(sent.secsTo(resend), qint64(wait));
    }
    QCOMPARE(portal.smsCount(), 6);
    portal.clock().advance(wait);
    const Response sixth
        = portal.post(QStringLiteral("/api/v1/sign-in/sms-code"), { { "signInToken", token } });
    QCOMPARE(sixth.status(), 429);
    QCOMPARE(SignInFixture::problemCode(sixth), QStringLiteral("too_many_attempts"));
    QVERIFY(sixth.header("Retry-After").toInt() > 0);

    // A replaced code no longer works, the newest does.
    const QString newest = portal.lastSmsCode();
    if (oldCode != newest) {
        const Response replaced = portal.verify(token, oldCode);
        QCOMPARE(SignInFixture::problemCode(replaced), QStringLiteral("sms_code_expired"));
    }
    QCOMPARE(portal.verify(token, newest).status(), 200);
}

void TestSignIn::resend_doesNotResetFailureCount()
{
    SignInFixture portal;
    portal.addPerson(User, Password);
    const QString token = tokenOf(portal.start(User, Password));
    for (int i = 0; i < 5; ++i)
        QCOMPARE(portal.verify(token, wrongCode(portal.lastSmsCode())).status(), 422);
    portal.clock().advance(30);
    QCOMPARE(portal.post(QStringLiteral("/api/v1/sign-in/sms-code"), { { "signInToken", token } })
                 .status(),
             200);
    // The new code has 5 tries of its own, but the account has had 5 failures already: the
    // 8th failure in all starts the first wait.
    QCOMPARE(portal.verify(token, wrongCode(portal.lastSmsCode())).status(), 422);
    QCOMPARE(portal.verify(token, wrongCode(portal.lastSmsCode())).status(), 422);
    const Response eighth = portal.verify(token, wrongCode(portal.lastSmsCode()));
    QCOMPARE(eighth.status(), 429);
    QCOMPARE(SignInFixture::problemCode(eighth), QStringLiteral("too_many_attempts"));
    QCOMPARE(eighth.header("Retry-After"), QByteArray("30"));
    // Even the right code waits.
    QCOMPARE(portal.verify(token, portal.lastSmsCode()).status(), 429);
    portal.clock().advance(30);
    QCOMPARE(portal.verify(token, portal.lastSmsCode()).status(), 200);
}

void TestSignIn::lock_waitsGrowPerAccount()
{
    SignInFixture portal;
    portal.addPerson(User, Password);
    const QString wrong = QStringLiteral("niet mijn wachtwoord");
    for (int i = 0; i < 7; ++i)
        QCOMPARE(portal.start(User, wrong).status(), 401);
    const QList<int> waits = { 30, 60, 120, 240 };
    for (const int wait : waits) {
        const Response locked = portal.start(User, wrong);
        QCOMPARE(locked.status(), 429);
        QCOMPARE(locked.header("Retry-After"), QByteArray::number(wait));
        QCOMPARE(SignInFixture::json(locked).value("retryAfterSeconds").toInt(), wait);
        // While waiting even the right password is refused, without checking it.
        portal.clock().advance(wait - 1);
        QCOMPARE(portal.start(User, Password).status(), 429);
        portal.clock().advance(1);
    }
    // The same waits for a username that does not exist (from elsewhere: the address above
    // has had its share).
    const QHostAddress elsewhere(QStringLiteral("127.0.0.3"));
    for (int i = 0; i < 7; ++i)
        QCOMPARE(portal.start(QStringLiteral("nobody"), wrong, {}, elsewhere).status(), 401);
    QCOMPARE(portal.start(QStringLiteral("nobody"), wrong, {}, elsewhere).header("Retry-After"),
             QByteArray("30"));

    // A full sign-in clears the account's count.
    const QJsonObject done = portal.signIn(User, Password);
    QCOMPARE(done.value("next").toString(), QStringLiteral("done"));
    QCOMPARE(portal.start(User, wrong).status(), 401);
}

void TestSignIn::lock_perAddress_coversAllUsernames()
{
    SignInFixture portal;
    portal.addPerson(User, Password);
    const QHostAddress other(QStringLiteral("127.0.0.2"));
    for (int i = 0; i < 19; ++i) {
        const QString name = QStringLiteral("guess%1").arg(i);
        QCOMPARE(portal.start(name, QStringLiteral("x"), {}, other).status(), 401);
    }
    const Response locked = portal.start(QStringLiteral("guess20"), QStringLiteral("x"), {}, other);
    QCOMPARE(locked.status(), 429);
    QCOMPARE(portal.start(User, Password, {}, other).status(), 429);
    // Another address is not affected.
    QCOMPARE(portal.start(User, Password).status(), 200);
}

void TestSignIn::attempt_expiresAfter15Minutes()
{
    SignInFixture portal;
    portal.addPerson(User, Password);
    const QString token = tokenOf(portal.start(User, Password));
    for (int i = 0; i < 4; ++i) {
        portal.clock().advance(i == 0 ? 30 : 120);
        QCOMPARE(
            portal.post(QStringLiteral("/api/v1/sign-in/sms-code"), { { "signInToken", token } })
                .status(),
            200);
    }
    portal.clock().set(QDateTime(QDate(2026, 3, 12), QTime(8, 45), Qt::UTC));
    const Response response = portal.verify(token, portal.lastSmsCode());
    QCOMPARE(response.status(), 401);
    QCOMPARE(SignInFixture::problemCode(response), QStringLiteral("sign_in_expired"));
}

void TestSignIn::step_outOfOrder_is409()
{
    SignInFixture portal;
    portal.addPerson(User, Password);
    const QString token = tokenOf(portal.start(User, Password));
    const Response response = portal.post(
        QStringLiteral("/api/v1/sign-in/terms"),
        { { "signInToken", token }, { "termsVersion", SignInFixture::TermsVersion } });
    QCOMPARE(response.status(), 409);
    QCOMPARE(SignInFixture::problemCode(response), QStringLiteral("sign_in_step_not_expected"));
    QCOMPARE(SignInFixture::json(response).value("detail").toString(),
             QStringLiteral("The next step is smsCode."));
    QCOMPARE(portal
                 .post(QStringLiteral("/api/v1/sign-in/terms"),
                       { { "signInToken", QStringLiteral("si_unknownunknownunknown") },
                         { "termsVersion", SignInFixture::TermsVersion } })
                 .status(),
             401);
}

void TestSignIn::disabledAccount_toldOnlyAfterRightPassword()
{
    SignInFixture portal;
    const Person person = portal.addPerson(User, Password);
    QVERIFY(portal.context().accounts.setDisabled(person.id, true));
    QCOMPARE(SignInFixture::problemCode(portal.start(User, QStringLiteral("fout"))),
             QStringLiteral("invalid_credentials"));
    const Response right = portal.start(User, Password);
    QCOMPARE(right.status(), 403);
    QCOMPARE(SignInFixture::problemCode(right), QStringLiteral("account_disabled"));
    QCOMPARE(portal.smsCount(), 0);
}

QTEST_GUILESS_MAIN(TestSignIn)
#include "tst_signin.moc"
