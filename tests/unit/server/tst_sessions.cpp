// Sessions (idle and absolute limits, keep-alive, sign-out), /api/v1/me and trusted devices.
#include "server/accounts/accountstore.h"
#include "signinfixture.h"

#include <QJsonArray>
#include <QTest>

using namespace Portiek::Server;

namespace {

const QString User = QStringLiteral("mvandijk");
const QString Password = QStringLiteral("lente in het park bij de vijver");
const QString NewPassword = QStringLiteral("fietsen langs de Vecht in mei");

QJsonObject remember(const QString &name)
{
    return { { QStringLiteral("rememberDevice"), true }, { QStringLiteral("deviceName"), name } };
}

QString sessionToken(const QJsonObject &done)
{
    return done.value(QStringLiteral("session"))
        .toObject()
        .value(QStringLiteral("token"))
        .toString();
}

} // namespace

class TestSessions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void noOrUnknownToken_isUnauthenticated();
    void idle_activityMovesExpiry_silenceEndsSession();
    void getSession_isNotActivity();
    void keepAlive_movesIdleExpiry_notAbsolute();
    void activity_isWrittenInSteps_idleLimitNeverLater();
    void absolute_endsSessionDespiteActivity();
    void signOut_endsSessionOnly();
    void me_describesThePerson();
    void meClients_listsLinksWithRights_inPages();
    void mePassword_changes_revokesDevices_endsOtherSessions();
    void mePassword_wrongCurrent_isRefused();
    void trustedDevices_listedWithCurrent_andRevocable();
};

void TestSessions::noOrUnknownToken_isUnauthenticated()
{
    SignInFixture portal;
    for (const QString &token : { QString(), QStringLiteral("st_unknown") }) {
        const Response response = portal.request("GET", QStringLiteral("/api/v1/me"), {}, token);
        QCOMPARE(response.status(), 401);
        QCOMPARE(SignInFixture::problemCode(response), QStringLiteral("unauthenticated"));
        QCOMPARE(response.header("WWW-Authenticate"), QByteArray("Bearer realm=\"portiek\""));
    }
}

void TestSessions::idle_activityMovesExpiry_silenceEndsSession()
{
    SignInFixture portal;
    portal.addPerson(User, Password);
    const QString token = sessionToken(portal.signIn(User, Password));
    for (int i = 0; i < 3; ++i) {
        portal.clock().advance(899);
        QCOMPARE(portal.request("GET", QStringLiteral("/api/v1/me"), {}, token).status(), 200);
    }
    portal.clock().advance(900);
    const Response expired = portal.request("GET", QStringLiteral("/api/v1/me"), {}, token);
    QCOMPARE(expired.status(), 401);
    QCOMPARE(SignInFixture::problemCode(expired), QStringLiteral("session_expired"));
}

void TestSessions::getSession_isNotActivity()
{
    SignInFixture portal;
    portal.addPerson(User, Password);
    const QString token = sessionToken(portal.signIn(User, Password));
    portal.clock().advance(600);
    const Response session = portal.request("GET", QStringLiteral("/api/v1/session"), {}, token);
    QCOMPARE(session.status(), 200);
    const QJsonObject body = SignInFixture::json(session);
    QCOMPARE(body.value("idleExpiresAt").toString(), QStringLiteral("2026-03-12T09:45:00+01:00"));
    QCOMPARE(body.value("signedInAt").toString(), QStringLiteral("2026-03-12T09:30:00+01:00"));
    QCOMPARE(body.value("trustedDeviceId"), QJsonValue(QJsonValue::Null));
    QVERIFY(!body.value("personId").toString().isEmpty());
    portal.clock().advance(300);
    QCOMPARE(SignInFixture::problemCode(
                 portal.request("GET", QStringLiteral("/api/v1/session"), {}, token)),
             QStringLiteral("session_expired"));
}

void TestSessions::keepAlive_movesIdleExpiry_notAbsolute()
{
    SignInFixture portal;
    portal.addPerson(User, Password);
    const QString token = sessionToken(portal.signIn(User, Password));
    portal.clock().advance(840);
    const Response response
        = portal.request("POST", QStringLiteral("/api/v1/session/keep-alive"), {}, token);
    QCOMPARE(response.status(), 200);
    const QJsonObject session = SignInFixture::json(response);
    QCOMPARE(session.value("idleExpiresAt").toString(),
             QStringLiteral("2026-03-12T09:59:00+01:00"));
    QCOMPARE(session.value("expiresAt").toString(), QStringLiteral("2026-03-12T17:30:00+01:00"));
}

void TestSessions::activity_isWrittenInSteps_idleLimitNeverLater()
{
    // Not a database write per request: activity within 10 s of the last one written leaves
    // the idle expiry where it was, so the session can only end early, never late.
    SignInFixture portal;
    portal.addPerson(User, Password);
    const QString token = sessionToken(portal.signIn(User, Password));
    const auto keepAlive = [&] {
        return SignInFixture::json(
                   portal.request("POST", QStringLiteral("/api/v1/session/keep-alive"), {}, token))
            .value("idleExpiresAt")
            .toString();
    };
    portal.clock().advance(9);
    QCOMPARE(keepAlive(), QStringLiteral("2026-03-12T09:45:00+01:00"));
    portal.clock().advance(1);
    QCOMPARE(keepAlive(), QStringLiteral("2026-03-12T09:45:10+01:00"));
    portal.clock().advance(5);
    QCOMPARE(keepAlive(), QStringLiteral("2026-03-12T09:45:10+01:00"));
    portal.clock().advance(894); // 09:45:09
    QCOMPARE(portal.request("GET", QStringLiteral("/api/v1/session"), {}, token).status(), 200);
    portal.clock().advance(1);
    QCOMPARE(SignInFixture::problemCode(
                 portal.request("GET", QStringLiteral("/api/v1/session"), {}, token)),
             QStringLiteral("session_expired"));
}

void TestSessions::absolute_endsSessionDespiteActivity()
{
    SignInFixture portal;
    portal.addPerson(User, Password);
    const QString token = sessionToken(portal.signIn(User, Password));
    for (int minutes = 10; minutes < 8 * 60; minutes += 10) {
        portal.clock().advance(600);
        QCOMPARE(portal.request("POST", QStringLiteral("/api/v1/session/keep-alive"), {}, token)
                     .status(),
                 200);
    }
    portal.clock().advance(600); // 8 hours after signing in
    QCOMPARE(SignInFixture::problemCode(
                 portal.request("POST", QStringLiteral("/api/v1/session/keep-alive"), {}, token)),
             QStringLiteral("session_expired"));
}

void TestSessions::signOut_endsSessionOnly()
{
    SignInFixture portal;
    portal.addPerson(User, Password);
    const QJsonObject done = portal.signIn(User, Password, remember(QStringLiteral("Laptop")));
    const QString token = sessionToken(done);
    const QString other = sessionToken(portal.signIn(User, Password));
    QCOMPARE(portal.request("DELETE", QStringLiteral("/api/v1/session"), {}, token).status(), 204);
    QCOMPARE(
        SignInFixture::problemCode(portal.request("GET", QStringLiteral("/api/v1/me"), {}, token)),
        QStringLiteral("session_expired"));
    QCOMPARE(portal.request("GET", QStringLiteral("/api/v1/me"), {}, other).status(), 200);
    // The trusted device stays.
    const QString device = done.value("trustedDevice").toObject().value("token").toString();
    QCOMPARE(SignInFixture::json(portal.start(User, Password, { { "deviceToken", device } }))
                 .value("deviceTokenAccepted")
                 .toBool(),
             true);
}

void TestSessions::me_describesThePerson()
{
    SignInFixture portal;
    const Person person = portal.addPerson(User, Password);
    const QString token = sessionToken(portal.signIn(User, Password));
    const Response response = portal.request("GET", QStringLiteral("/api/v1/me"), {}, token);
    QCOMPARE(response.status(), 200);
    QCOMPARE(response.header("Cache-Control"), QByteArray("private, no-cache"));
    const QJsonObject me = SignInFixture::json(response);
    QCOMPARE(me.value("id").toString(), person.id);
    QCOMPARE(me.value("username").toString(), User);
    QCOMPARE(me.value("displayName").toString(), QStringLiteral("Gerard van Dijk"));
    QCOMPARE(me.value("name").toObject().value("familyNamePrefix").toString(),
             QStringLiteral("van"));
    QCOMPARE(me.value("role").toString(), QStringLiteral("client"));
    QCOMPARE(me.value("mobile").toString(), QStringLiteral("+31612345678"));
    QCOMPARE(me.value("termsVersionAccepted").toString(), SignInFixture::TermsVersion);
    QCOMPARE(me.value("passwordChangedAt").toString(), QStringLiteral("2026-03-12T09:30:00+01:00"));

    Request conditional("GET", QUrl(QStringLiteral("/api/v1/me")));
    conditional.addHeader("Authorization", "Bearer " + token.toLatin1());
    conditional.addHeader("If-None-Match", response.header("ETag"));
    QCOMPARE(portal.router().dispatch(conditional).status(), 304);
}

void TestSessions::meClients_listsLinksWithRights_inPages()
{
    SignInFixture portal;
    const Person person = portal.addPerson(User, Password);
    AccountStore &accounts = portal.context().accounts;
    QVERIFY(accounts.upsertClient({ QStringLiteral("100482"), QStringLiteral("Gerard"),
                                    QStringLiteral("van"), QStringLiteral("Dijk") }));
    QVERIFY(accounts.upsertClient({ QStringLiteral("100517"),
                                    QStringLiteral("Truus"),
                                    {},
                                    QStringLiteral("van Dijk-Smit") }));
    Rights some;
    some.reportsRead = true;
    QVERIFY(accounts.linkClient(person.id, QStringLiteral("100482"), Role::Representative,
                                QStringLiteral("zoon"), Rights::all()));
    QVERIFY(accounts.linkClient(person.id, QStringLiteral("100517"), Role::Contact,
                                QStringLiteral("buurman"), some));
    const QString token = sessionToken(portal.signIn(User, Password));

    const QJsonObject all = SignInFixture::json(
        portal.request("GET", QStringLiteral("/api/v1/me/clients"), {}, token));
    const QJsonArray items = all.value("items").toArray();
    QCOMPARE(items.size(), 2);
    QCOMPARE(all.value("nextCursor"), QJsonValue(QJsonValue::Null));
    const QJsonObject gerard = items.at(0).toObject();
    QCOMPARE(gerard.value("id").toString(), QStringLiteral("100482"));
    QCOMPARE(gerard.value("name").toString(), QStringLiteral("Gerard van Dijk"));
    QCOMPARE(gerard.value("myRole").toString(), QStringLiteral("representative"));
    QCOMPARE(gerard.value("myRelation").toString(), QStringLiteral("zoon"));
    QCOMPARE(gerard.value("rights").toObject(), Rights::all().toJson());
    QCOMPARE(items.at(1).toObject().value("rights").toObject(), some.toJson());

    const QJsonObject first = SignInFixture::json(
        portal.request("GET", QStringLiteral("/api/v1/me/clients?limit=1"), {}, token));
    QCOMPARE(first.value("items").toArray().size(), 1);
    const QString cursor = first.value("nextCursor").toString();
    QVERIFY(!cursor.isEmpty());
    const QJsonObject second = SignInFixture::json(portal.request(
        "GET", QStringLiteral("/api/v1/me/clients?limit=1&cursor=") + cursor, {}, token));
    QCOMPARE(second.value("items").toArray().at(0).toObject().value("id").toString(),
             QStringLiteral("100517"));
    QCOMPARE(second.value("nextCursor"), QJsonValue(QJsonValue::Null));
    QCOMPARE(SignInFixture::problemCode(portal.request(
                 "GET", QStringLiteral("/api/v1/me/clients?cursor=bogus!"), {}, token)),
             QStringLiteral("cursor_invalid"));
    QCOMPARE(SignInFixture::problemCode(
                 portal.request("GET", QStringLiteral("/api/v1/me/clients?limit=0"), {}, token)),
             QStringLiteral("parameter_invalid"));
}

void TestSessions::mePassword_changes_revokesDevices_endsOtherSessions()
{
    SignInFixture portal;
    portal.addPerson(User, Password);
    const QJsonObject here = portal.signIn(User, Password, remember(QStringLiteral("Laptop")));
    const QJsonObject there = portal.signIn(User, Password, remember(QStringLiteral("iMac")));
    const Response response = portal.request(
        "PUT", QStringLiteral("/api/v1/me/password"),
        { { "currentPassword", Password }, { "newPassword", NewPassword } }, sessionToken(here));
    QCOMPARE(response.status(), 204);

    QCOMPARE(portal.request("GET", QStringLiteral("/api/v1/me"), {}, sessionToken(here)).status(),
             200);
    QCOMPARE(SignInFixture::problemCode(
                 portal.request("GET", QStringLiteral("/api/v1/me"), {}, sessionToken(there))),
             QStringLiteral("session_expired"));
    for (const QJsonObject &done : { here, there }) {
        const QString device = done.value("trustedDevice").toObject().value("token").toString();
        const QJsonObject state
            = SignInFixture::json(portal.start(User, NewPassword, { { "deviceToken", device } }));
        QCOMPARE(state.value("deviceTokenAccepted").toBool(true), false);
        QCOMPARE(state.value("next").toString(), QStringLiteral("smsCode"));
    }
    QCOMPARE(portal.start(User, Password).status(), 401);
}

void TestSessions::mePassword_wrongCurrent_isRefused()
{
    SignInFixture portal;
    portal.addPerson(User, Password);
    const QString token = sessionToken(portal.signIn(User, Password));
    const Response wrong = portal.request(
        "PUT", QStringLiteral("/api/v1/me/password"),
        { { "currentPassword", QStringLiteral("geraden") }, { "newPassword", NewPassword } },
        token);
    QCOMPARE(wrong.status(), 422);
    QCOMPARE(SignInFixture::json(wrong).value("errors").toArray().at(0).toObject().value("field"),
             QJsonValue(QStringLiteral("currentPassword")));
    const Response same
        = portal.request("PUT", QStringLiteral("/api/v1/me/password"),
                         { { "currentPassword", Password }, { "newPassword", Password } }, token);
    QCOMPARE(SignInFixture::json(same).value("errors").toArray().at(0).toObject().value("code"),
             QJsonValue(QStringLiteral("same_as_current")));
}

void TestSessions::trustedDevices_listedWithCurrent_andRevocable()
{
    SignInFixture portal;
    portal.addPerson(User, Password);
    const QJsonObject laptop = portal.signIn(User, Password, remember(QStringLiteral("Laptop")));
    portal.clock().advance(60);
    const QJsonObject imac = portal.signIn(User, Password, remember(QStringLiteral("iMac")));
    const QString token = sessionToken(imac);

    const QJsonArray items
        = SignInFixture::json(
              portal.request("GET", QStringLiteral("/api/v1/me/trusted-devices"), {}, token))
              .value("items")
              .toArray();
    QCOMPARE(items.size(), 2);
    QCOMPARE(items.at(0).toObject().value("name").toString(), QStringLiteral("iMac"));
    QCOMPARE(items.at(0).toObject().value("current").toBool(), true);
    QCOMPARE(items.at(1).toObject().value("current").toBool(), false);
    QVERIFY(!items.at(0).toObject().contains("token"));

    const QString laptopId = laptop.value("trustedDevice").toObject().value("id").toString();
    const QString path = QStringLiteral("/api/v1/me/trusted-devices/") + laptopId;
    QCOMPARE(portal.request("DELETE", path, {}, token).status(), 204);
    QCOMPARE(portal.request("DELETE", path, {}, token).status(), 404);
    const QString laptopToken = laptop.value("trustedDevice").toObject().value("token").toString();
    QCOMPARE(SignInFixture::json(portal.start(User, Password, { { "deviceToken", laptopToken } }))
                 .value("deviceTokenAccepted")
                 .toBool(true),
             false);

    QCOMPARE(
        portal.request("DELETE", QStringLiteral("/api/v1/me/trusted-devices"), {}, token).status(),
        204);
    QCOMPARE(SignInFixture::json(
                 portal.request("GET", QStringLiteral("/api/v1/me/trusted-devices"), {}, token))
                 .value("items")
                 .toArray()
                 .size(),
             0);
}

QTEST_GUILESS_MAIN(TestSessions)
#include "tst_sessions.moc"
