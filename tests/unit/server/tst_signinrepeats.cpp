// A sign-in step sent again after its answer was lost (Qt repeats a POST by itself when the
// connection closes before the answer; Portiek's retry repeats a keyed one): the person gets
// where the attempt stands, not "this sign-in has expired" and a new SMS code.
#include "server/accounts/accountstore.h"
#include "server/signin/trusteddevices.h"
#include "signinfixture.h"

#include <QJsonDocument>
#include <QTest>

using namespace Portiek::Server;
using namespace SignInSteps;

namespace {

Response postWithKey(const SignInFixture &portal, const QString &path, const QJsonObject &body,
                     const QByteArray &key)
{
    Request request("POST", QUrl(path));
    request.setBody(QJsonDocument(body).toJson(QJsonDocument::Compact));
    request.addHeader("Content-Type", "application/json");
    if (!key.isEmpty())
        request.addHeader("Idempotency-Key", key);
    request.setRemoteAddress(SignInFixture::Address);
    return portal.router().dispatch(request);
}

QJsonObject verifyBody(const QString &token, const QString &code, bool remember = false)
{
    QJsonObject body { { "signInToken", token }, { "code", code } };
    if (remember) {
        body.insert("rememberDevice", true);
        body.insert("deviceName", Laptop);
    }
    return body;
}

QString signInToken(const Response &response)
{
    return SignInFixture::json(response).value("signInToken").toString();
}

QString next(const Response &response)
{
    return SignInFixture::json(response).value("next").toString();
}

QString sessionToken(const Response &response)
{
    return SignInFixture::json(response).value("session").toObject().value("token").toString();
}

QString deviceToken(const Response &response)
{
    return SignInFixture::json(response)
        .value("trustedDevice")
        .toObject()
        .value("token")
        .toString();
}

int meStatus(const SignInFixture &portal, const QString &sessionToken)
{
    return portal.request("GET", QStringLiteral("/api/v1/me"), {}, sessionToken).status();
}

} // namespace

class TestSignInRepeats : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void finalVerify_sentAgain_newSessionAndDeviceReplaceTheLostOnes();
    void middleSteps_sentAgain_answerWhereTheAttemptStands();
    void changePassword_sentAgainWithOtherPassword_isNoRepeat();
    void repeat_ofExpiredAttemptOrWithoutKey_isRefusedAsBefore();
};

void TestSignInRepeats::finalVerify_sentAgain_newSessionAndDeviceReplaceTheLostOnes()
{
    SignInFixture portal;
    portal.addPerson(User, Password);
    const QString token = signInToken(portal.start(User, Password));
    const QString code = portal.lastSmsCode();
    const QByteArray key = "verify-press-key-0001";
    const QString path = QStringLiteral("/api/v1/sign-in/sms-code/verify");

    const Response lost = postWithKey(portal, path, verifyBody(token, code, true), key);
    QCOMPARE(next(lost), QStringLiteral("done"));
    portal.clock().advance(3);
    const Response again = postWithKey(portal, path, verifyBody(token, code, true), key);
    QCOMPARE(again.status(), 200);
    QCOMPARE(next(again), QStringLiteral("done"));
    QCOMPARE(portal.smsCount(), 1);

    // New tokens; the lost answer's session and device token no longer work.
    QVERIFY(!sessionToken(again).isEmpty());
    QVERIFY(sessionToken(again) != sessionToken(lost));
    QCOMPARE(meStatus(portal, sessionToken(again)), 200);
    QCOMPARE(meStatus(portal, sessionToken(lost)), 401);
    QVERIFY(!deviceToken(again).isEmpty());
    QVERIFY(deviceToken(again) != deviceToken(lost));
    const auto skipsCode = [&](const QString &device) {
        return next(portal.start(User, Password, { { "deviceToken", device } }))
            == QLatin1String("done");
    };
    QVERIFY(!skipsCode(deviceToken(lost)));
    QVERIFY(skipsCode(deviceToken(again)));
    const TrustedDevices devices(portal.context().database, portal.context().clock);
    QCOMPARE(devices.list(portal.context().accounts.findByUsername(User)->id).size(), 1);

    // Another key is another request: the code is used and the attempt is over.
    const Response other
        = postWithKey(portal, path, verifyBody(token, code, true), "another-press-key-0001");
    QCOMPARE(other.status(), 401);
    QCOMPARE(SignInFixture::problemCode(other), QStringLiteral("sign_in_expired"));
}

void TestSignInRepeats::middleSteps_sentAgain_answerWhereTheAttemptStands()
{
    SignInFixture portal;
    portal.addPerson(User, Temporary, true, QString());
    const QString token = signInToken(portal.start(User, Temporary));
    const QString code = portal.lastSmsCode();

    const QString verifyPath = QStringLiteral("/api/v1/sign-in/sms-code/verify");
    QCOMPARE(next(postWithKey(portal, verifyPath, verifyBody(token, code), "verify-step-key-0001")),
             QStringLiteral("changePassword"));
    const Response verifiedAgain
        = postWithKey(portal, verifyPath, verifyBody(token, code), "verify-step-key-0001");
    QCOMPARE(verifiedAgain.status(), 200);
    QCOMPARE(next(verifiedAgain), QStringLiteral("changePassword"));
    QCOMPARE(signInToken(verifiedAgain), token);

    const QString passwordPath = QStringLiteral("/api/v1/sign-in/password");
    const QJsonObject change { { "signInToken", token },
                               { "currentPassword", Temporary },
                               { "newPassword", NewPassword } };
    QCOMPARE(next(postWithKey(portal, passwordPath, change, "password-step-key-0001")),
             QStringLiteral("acceptTerms"));
    const Response changedAgain
        = postWithKey(portal, passwordPath, change, "password-step-key-0001");
    QCOMPARE(changedAgain.status(), 200);
    QCOMPARE(next(changedAgain), QStringLiteral("acceptTerms"));

    const QString termsPath = QStringLiteral("/api/v1/sign-in/terms");
    const QJsonObject terms { { "signInToken", token },
                              { "termsVersion", SignInFixture::TermsVersion } };
    const Response done = postWithKey(portal, termsPath, terms, "terms-step-key-0001");
    QCOMPARE(next(done), QStringLiteral("done"));
    const Response doneAgain = postWithKey(portal, termsPath, terms, "terms-step-key-0001");
    QCOMPARE(next(doneAgain), QStringLiteral("done"));
    QCOMPARE(meStatus(portal, sessionToken(doneAgain)), 200);
    QCOMPARE(meStatus(portal, sessionToken(done)), 401);
    // The earlier steps' repeats come too late now: the attempt is over.
    QCOMPARE(postWithKey(portal, passwordPath, change, "password-step-key-0001").status(), 401);
    QCOMPARE(portal.smsCount(), 1);
    // The new password is the one that works.
    QCOMPARE(next(portal.start(User, NewPassword)), QStringLiteral("smsCode"));
}

void TestSignInRepeats::changePassword_sentAgainWithOtherPassword_isNoRepeat()
{
    SignInFixture portal;
    portal.addPerson(User, Temporary, true);
    const QString token = signInToken(portal.start(User, Temporary));
    QCOMPARE(next(portal.verify(token, portal.lastSmsCode())), QStringLiteral("changePassword"));
    const QString path = QStringLiteral("/api/v1/sign-in/password");
    const QJsonObject change { { "signInToken", token },
                               { "currentPassword", Temporary },
                               { "newPassword", NewPassword } };
    const Response changed = postWithKey(portal, path, change, "password-step-key-0001");
    QCOMPARE(next(changed), QStringLiteral("done"));

    // The key with another new password is not the same request: refused as before, and the
    // session of the first answer stands.
    QJsonObject other = change;
    other.insert("newPassword", QStringLiteral("een heel ander wachtwoord dan dat"));
    const Response refused = postWithKey(portal, path, other, "password-step-key-0001");
    QCOMPARE(refused.status(), 401);
    QCOMPARE(SignInFixture::problemCode(refused), QStringLiteral("sign_in_expired"));
    QCOMPARE(meStatus(portal, sessionToken(changed)), 200);
}

void TestSignInRepeats::repeat_ofExpiredAttemptOrWithoutKey_isRefusedAsBefore()
{
    SignInFixture portal;
    portal.addPerson(User, Password);
    const QString path = QStringLiteral("/api/v1/sign-in/sms-code/verify");

    // Without a key (an older client) a repeat is refused, as it always was.
    QString token = signInToken(portal.start(User, Password));
    QString code = portal.lastSmsCode();
    QCOMPARE(next(postWithKey(portal, path, verifyBody(token, code), {})), QStringLiteral("done"));
    QCOMPARE(postWithKey(portal, path, verifyBody(token, code), {}).status(), 401);

    // With its key, but after the attempt's 15 minutes.
    portal.clock().advance(60);
    token = signInToken(portal.start(User, Password));
    code = portal.lastSmsCode();
    const Response first
        = postWithKey(portal, path, verifyBody(token, code), "late-repeat-key-0001");
    QCOMPARE(next(first), QStringLiteral("done"));
    portal.clock().advance(10 * 60);
    QCOMPARE(meStatus(portal, sessionToken(first)), 200); // in use, so not idle
    portal.clock().advance(5 * 60);
    const Response late
        = postWithKey(portal, path, verifyBody(token, code), "late-repeat-key-0001");
    QCOMPARE(late.status(), 401);
    QCOMPARE(SignInFixture::problemCode(late), QStringLiteral("sign_in_expired"));
    QCOMPARE(meStatus(portal, sessionToken(first)), 200);
}

QTEST_GUILESS_MAIN(TestSignInRepeats)
#include "tst_signinrepeats.moc"
