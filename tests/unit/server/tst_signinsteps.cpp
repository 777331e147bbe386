// The later sign-in steps: temporary password, password change, terms, trusted devices, kiosk.
#include "server/accounts/accountstore.h"
#include "signinfixture.h"

#include <QJsonArray>
#include <QTest>

using namespace Portiek::Server;
using namespace SignInSteps;

namespace {

QJsonObject remember()
{
    return { { QStringLiteral("rememberDevice"), true }, { QStringLiteral("deviceName"), Laptop } };
}

QString tokenOf(const QJsonObject &state)
{
    return state.value(QStringLiteral("signInToken")).toString();
}

} // namespace

class TestSignInSteps : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void firstSignIn_temporaryPassword_changePasswordThenTerms();
    void changePassword_wrongCurrentOrBadNew_isRefused();
    void changePassword_inSignIn_endsOtherSessions();
    void temporaryPassword_worksOnce();
    void temporaryPassword_expires();
    void policyPassword_asksChangeWithReasonPolicy();
    void terms_outdatedVersion_is409();
    void terms_route_servesCurrentTerms();
    void device_remembered_skipsSmsCode();
    void device_invalidToken_isIgnoredAndReported();
    void device_expiresAfter90Days();
    void device_passwordChangeInSignIn_getsFreshToken();
    void kiosk_neverTrustsDevices_shorterSession();
};

void TestSignInSteps::firstSignIn_temporaryPassword_changePasswordThenTerms()
{
    SignInFixture portal;
    const Person person = portal.addPerson(User, Temporary, true, QString());
    const QJsonObject started = SignInFixture::json(portal.start(User, Temporary));
    QCOMPARE(started.value("remainingSteps").toArray(),
             (QJsonArray { "smsCode", "changePassword", "acceptTerms" }));

    const QJsonObject afterCode
        = SignInFixture::json(portal.verify(tokenOf(started), portal.lastSmsCode(), remember()));
    QCOMPARE(afterCode.value("next").toString(), QStringLiteral("changePassword"));
    QCOMPARE(afterCode.value("remainingSteps").toArray(),
             (QJsonArray { "changePassword", "acceptTerms" }));
    const QJsonObject change = afterCode.value("changePassword").toObject();
    QCOMPARE(change.value("reason").toString(), QStringLiteral("temporaryPassword"));
    QCOMPARE(change.value("passwordPolicy").toObject().value("minLength").toInt(), 12);

    const QJsonObject afterPassword
        = SignInFixture::json(portal.post(QStringLiteral("/api/v1/sign-in/password"),
                                          { { "signInToken", tokenOf(started) },
                                            { "currentPassword", Temporary },
                                            { "newPassword", NewPassword } }));
    QCOMPARE(afterPassword.value("next").toString(), QStringLiteral("acceptTerms"));
    const QJsonObject terms = afterPassword.value("acceptTerms").toObject();
    QCOMPARE(terms.value("termsVersion").toString(), SignInFixture::TermsVersion);
    QCOMPARE(terms.value("acceptedVersion"), QJsonValue(QJsonValue::Null));
    QCOMPARE(terms.value("termsUrl").toString(), QStringLiteral("/api/v1/organization/terms"));

    const QJsonObject done = SignInFixture::json(portal.post(
        QStringLiteral("/api/v1/sign-in/terms"),
        { { "signInToken", tokenOf(started) }, { "termsVersion", SignInFixture::TermsVersion } }));
    QCOMPARE(done.value("next").toString(), QStringLiteral("done"));
    QVERIFY(done.value("session").toObject().contains("token"));
    // Asked at the code step, issued only now, after the password change.
    const QJsonObject device = done.value("trustedDevice").toObject();
    QCOMPARE(device.value("name").toString(), Laptop);
    QVERIFY(device.value("token").toString().startsWith(QLatin1String("dt_")));
    QCOMPARE(device.value("expiresAt").toString(), QStringLiteral("2026-06-10T10:30:00+02:00"));

    const Person stored = *portal.context().accounts.findById(person.id);
    QVERIFY(!stored.passwordTemporary);
    QCOMPARE(stored.termsVersionAccepted, SignInFixture::TermsVersion);
    // The new password works; the device skips the code.
    const QJsonObject again = SignInFixture::json(
        portal.start(User, NewPassword, { { "deviceToken", device.value("token").toString() } }));
    QCOMPARE(again.value("next").toString(), QStringLiteral("done"));
    QCOMPARE(again.value("deviceTokenAccepted").toBool(), true);
}

void TestSignInSteps::changePassword_wrongCurrentOrBadNew_isRefused()
{
    SignInFixture portal;
    portal.addPerson(User, Temporary, true);
    const QJsonObject state = portal.signIn(User, Temporary);
    const auto change = [&](const QString &current, const QString &next) {
        return portal.post(QStringLiteral("/api/v1/sign-in/password"),
                           { { "signInToken", tokenOf(state) },
                             { "currentPassword", current },
                             { "newPassword", next } });
    };
    const auto errors = [](const Response &response) {
        QStringList list;
        for (const QJsonValue &error : SignInFixture::json(response).value("errors").toArray()) {
            list.append(error.toObject().value("field").toString() + u':'
                        + error.toObject().value("code").toString());
        }
        return list;
    };
    const Response wrongCurrent = change(QStringLiteral("fout wachtwoord"), NewPassword);
    QCOMPARE(wrongCurrent.status(), 422);
    QCOMPARE(errors(wrongCurrent), QStringList { "currentPassword:incorrect" });
    QCOMPARE(errors(change(Temporary, QStringLiteral("kort"))),
             QStringList { "newPassword:too_short" });
    QCOMPARE(errors(change(Temporary, QStringLiteral("gvandijk is mijn naam"))),
             QStringList { "newPassword:contains_personal_data" });
    QCOMPARE(errors(change(Temporary, Temporary)), QStringList { "newPassword:same_as_current" });
    QCOMPARE(change(Temporary, NewPassword).status(), 200);
}

void TestSignInSteps::changePassword_inSignIn_endsOtherSessions()
{
    SignInFixture portal;
    const QString weak = QStringLiteral("Welkom01!");
    portal.addPerson(User, weak);
    // The policy refuses the password, but an old session from before the policy still runs.
    const Person person = *portal.context().accounts.findByUsername(User);
    QVERIFY(portal.context().accounts.setPassword(
        person.id, portal.context().passwordHasher.hash(Password), false));
    const QString old
        = portal.signIn(User, Password).value("session").toObject().value("token").toString();
    QVERIFY(portal.context().accounts.setPassword(
        person.id, portal.context().passwordHasher.hash(weak), false));
    QCOMPARE(portal.request("GET", QStringLiteral("/api/v1/me"), {}, old).status(), 200);

    const QJsonObject state = portal.signIn(User, weak);
    QCOMPARE(state.value("next").toString(), QStringLiteral("changePassword"));
    const Response changed = portal.post(QStringLiteral("/api/v1/sign-in/password"),
                                         { { "signInToken", tokenOf(state) },
                                           { "currentPassword", weak },
                                           { "newPassword", NewPassword } });
    QCOMPARE(SignInFixture::json(changed).value("next").toString(), QStringLiteral("done"));
    QCOMPARE(
        SignInFixture::problemCode(portal.request("GET", QStringLiteral("/api/v1/me"), {}, old)),
        QStringLiteral("session_expired"));
}

void TestSignInSteps::temporaryPassword_worksOnce()
{
    SignInFixture portal;
    portal.addPerson(User, Temporary, true);
    QCOMPARE(portal.start(User, Temporary).status(), 200);
    portal.clock().advance(20 * 60);
    const Response second = portal.start(User, Temporary);
    QCOMPARE(second.status(), 401);
    QCOMPARE(SignInFixture::problemCode(second), QStringLiteral("invalid_credentials"));
}

void TestSignInSteps::temporaryPassword_expires()
{
    SignInFixture portal;
    portal.addPerson(User, Temporary, true); // valid 14 days
    portal.clock().advance(14 * 24 * 60 * 60);
    QCOMPARE(SignInFixture::problemCode(portal.start(User, Temporary)),
             QStringLiteral("invalid_credentials"));
}

void TestSignInSteps::policyPassword_asksChangeWithReasonPolicy()
{
    SignInFixture portal;
    portal.addPerson(User, QStringLiteral("Welkom01!"));
    const QJsonObject state = portal.signIn(User, QStringLiteral("Welkom01!"));
    QCOMPARE(state.value("next").toString(), QStringLiteral("changePassword"));
    QCOMPARE(state.value("changePassword").toObject().value("reason").toString(),
             QStringLiteral("policy"));
}

void TestSignInSteps::terms_outdatedVersion_is409()
{
    SignInFixture portal;
    portal.addPerson(User, Password, false, QStringLiteral("2025-03"));
    const QJsonObject state = portal.signIn(User, Password);
    QCOMPARE(state.value("next").toString(), QStringLiteral("acceptTerms"));
    QCOMPARE(state.value("acceptTerms").toObject().value("acceptedVersion").toString(),
             QStringLiteral("2025-03"));
    const Response outdated = portal.post(
        QStringLiteral("/api/v1/sign-in/terms"),
        { { "signInToken", tokenOf(state) }, { "termsVersion", QStringLiteral("2025-03") } });
    QCOMPARE(outdated.status(), 409);
    QCOMPARE(SignInFixture::problemCode(outdated), QStringLiteral("terms_version_outdated"));
}

void TestSignInSteps::terms_route_servesCurrentTerms()
{
    SignInFixture portal;
    const Response response = portal.request("GET", QStringLiteral("/api/v1/organization/terms"));
    QCOMPARE(response.status(), 200);
    const QJsonObject terms = SignInFixture::json(response);
    QCOMPARE(terms.value("version").toString(), SignInFixture::TermsVersion);
    QCOMPARE(terms.value("title").toString(),
             QStringLiteral("Voorwaarden cliëntportaal Zorggroep De Linde"));
    QVERIFY(terms.value("text").toString().startsWith(QStringLiteral("Dit cliëntportaal")));
    QVERIFY(!response.header("ETag").isEmpty());
}

void TestSignInSteps::device_remembered_skipsSmsCode()
{
    SignInFixture portal;
    portal.addPerson(User, Password);
    const QJsonObject first = portal.signIn(User, Password, remember());
    const QJsonObject device = first.value("trustedDevice").toObject();
    QVERIFY(!device.value("id").toString().isEmpty());
    const int smsBefore = portal.smsCount();

    portal.clock().advance(24 * 60 * 60);
    const QJsonObject second = SignInFixture::json(
        portal.start(User, Password, { { "deviceToken", device.value("token").toString() } }));
    QCOMPARE(second.value("next").toString(), QStringLiteral("done"));
    QCOMPARE(second.value("deviceTokenAccepted").toBool(), true);
    QVERIFY(!second.contains("trustedDevice")); // no new token: the old one stays
    QCOMPARE(portal.smsCount(), smsBefore);
    const QString session = second.value("session").toObject().value("token").toString();
    const QJsonObject current = SignInFixture::json(
        portal.request("GET", QStringLiteral("/api/v1/session"), {}, session));
    QCOMPARE(current.value("trustedDeviceId").toString(), device.value("id").toString());
}

void TestSignInSteps::device_invalidToken_isIgnoredAndReported()
{
    SignInFixture portal;
    portal.addPerson(User, Password);
    portal.addPerson(QStringLiteral("tvandijk"), Password);
    const QJsonObject state = SignInFixture::json(
        portal.start(User, Password, { { "deviceToken", QStringLiteral("dt_madeup") } }));
    QCOMPARE(state.value("next").toString(), QStringLiteral("smsCode"));
    QCOMPARE(state.value("deviceTokenAccepted").toBool(true), false);

    // Another account's token does not count for this one.
    const QString otherToken = portal.signIn(QStringLiteral("tvandijk"), Password, remember())
                                   .value("trustedDevice")
                                   .toObject()
                                   .value("token")
                                   .toString();
    QVERIFY(!otherToken.isEmpty());
    const QJsonObject mixed
        = SignInFixture::json(portal.start(User, Password, { { "deviceToken", otherToken } }));
    QCOMPARE(mixed.value("next").toString(), QStringLiteral("smsCode"));
    QCOMPARE(mixed.value("deviceTokenAccepted").toBool(true), false);
}

void TestSignInSteps::device_expiresAfter90Days()
{
    SignInFixture portal;
    portal.addPerson(User, Password);
    const QString token = portal.signIn(User, Password, remember())
                              .value("trustedDevice")
                              .toObject()
                              .value("token")
                              .toString();
    portal.clock().advance(90 * 24 * 60 * 60 - 1);
    QCOMPARE(SignInFixture::json(portal.start(User, Password, { { "deviceToken", token } }))
                 .value("next")
                 .toString(),
             QStringLiteral("done"));
    portal.clock().advance(1);
    const QJsonObject expired
        = SignInFixture::json(portal.start(User, Password, { { "deviceToken", token } }));
    QCOMPARE(expired.value("next").toString(), QStringLiteral("smsCode"));
    QCOMPARE(expired.value("deviceTokenAccepted").toBool(true), false);
}

void TestSignInSteps::device_passwordChangeInSignIn_getsFreshToken()
{
    SignInFixture portal;
    const QString weak = QStringLiteral("Welkom01!"); // the policy asks a change on every sign-in
    portal.addPerson(User, weak);
    const QJsonObject first = portal.signIn(User, weak, remember());
    QCOMPARE(first.value("next").toString(), QStringLiteral("changePassword"));
    const QJsonObject done
        = SignInFixture::json(portal.post(QStringLiteral("/api/v1/sign-in/password"),
                                          { { "signInToken", tokenOf(first) },
                                            { "currentPassword", weak },
                                            { "newPassword", NewPassword } }));
    const QString oldToken = done.value("trustedDevice").toObject().value("token").toString();
    QVERIFY(!oldToken.isEmpty());

    // Now a password change by the policy again, with the device token skipping the code.
    const Person person = *portal.context().accounts.findByUsername(User);
    QVERIFY(portal.context().accounts.setPassword(
        person.id, portal.context().passwordHasher.hash(weak), false));
    const QJsonObject started
        = SignInFixture::json(portal.start(User, weak, { { "deviceToken", oldToken } }));
    QCOMPARE(started.value("next").toString(), QStringLiteral("changePassword"));
    QCOMPARE(started.value("deviceTokenAccepted").toBool(), true);
    const QJsonObject renewed = SignInFixture::json(
        portal.post(QStringLiteral("/api/v1/sign-in/password"),
                    { { "signInToken", tokenOf(started) },
                      { "currentPassword", weak },
                      { "newPassword", QStringLiteral("fietsen langs de Vecht in mei") } }));
    QCOMPARE(renewed.value("next").toString(), QStringLiteral("done"));
    const QJsonObject fresh = renewed.value("trustedDevice").toObject();
    QCOMPARE(fresh.value("name").toString(), Laptop);
    QVERIFY(fresh.value("token").toString() != oldToken);
    // The old token was revoked by the change.
    const QJsonObject withOld = SignInFixture::json(portal.start(
        User, QStringLiteral("fietsen langs de Vecht in mei"), { { "deviceToken", oldToken } }));
    QCOMPARE(withOld.value("deviceTokenAccepted").toBool(true), false);
}

void TestSignInSteps::kiosk_neverTrustsDevices_shorterSession()
{
    SignInFixture portal;
    portal.addPerson(User, Password);
    const QString token = portal.signIn(User, Password, remember())
                              .value("trustedDevice")
                              .toObject()
                              .value("token")
                              .toString();
    const QJsonObject kiosk = { { "kiosk", true } };
    const QJsonObject done = portal.signIn(User, Password, remember(), kiosk);
    QCOMPARE(done.value("next").toString(), QStringLiteral("done"));
    QVERIFY(!done.contains("trustedDevice"));
    const QJsonObject session = done.value("session").toObject();
    QCOMPARE(session.value("kiosk").toBool(), true);
    QCOMPARE(session.value("idleTimeoutSeconds").toInt(), 300);
    QCOMPARE(session.value("expiresAt").toString(), QStringLiteral("2026-03-12T10:30:00+01:00"));

    QJsonObject withToken = kiosk;
    withToken.insert("deviceToken", token);
    const QJsonObject started = SignInFixture::json(portal.start(User, Password, withToken));
    QCOMPARE(started.value("next").toString(), QStringLiteral("smsCode"));
    QCOMPARE(started.value("deviceTokenAccepted").toBool(true), false);
}

QTEST_GUILESS_MAIN(TestSignInSteps)
#include "tst_signinsteps.moc"
