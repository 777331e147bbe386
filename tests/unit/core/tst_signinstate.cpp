#include "core/clientsummary.h"
#include "core/me.h"
#include "core/organizationterms.h"
#include "core/signinstate.h"
#include "signinfixtures.h"

#include <QJsonDocument>
#include <QTest>

using namespace Fixtures;

class TestSignInState : public QObject
{
    Q_OBJECT

private slots:
    void smsCodeAnswer_isParsed();
    void changePasswordAnswer_isParsed();
    void acceptTermsAnswer_isParsed();
    void doneAnswer_carriesSessionAndDevice();
    void deviceTokenAccepted_isOnlySetWhenPresent();
    void brokenAnswer_isRejected_data();
    void brokenAnswer_isRejected();
    void garbage_isRejectedWithoutCrash();
    void clientsPage_isParsed();
    void clientsPage_withBrokenItem_isRejected();
    void me_andTerms_areParsed();
};

void TestSignInState::smsCodeAnswer_isParsed()
{
    SignInState state;
    QString error;
    QVERIFY2(SignInState::fromJson(smsCodeState(4), &state, &error), qPrintable(error));
    QCOMPARE(state.next, SignInState::Next::SmsCode);
    QCOMPARE(state.signInToken, SignInToken);
    QCOMPARE(state.expiresAt, QDateTime::fromString("2026-03-12T09:45:00+01:00", Qt::ISODate));
    QCOMPARE(state.remainingSteps, QStringList({ "smsCode", "changePassword", "acceptTerms" }));
    QCOMPARE(state.smsCode.maskedMobile, QStringLiteral("06-******78"));
    QCOMPARE(state.smsCode.codeLength, 6);
    QCOMPARE(state.smsCode.sentAt.secsTo(state.smsCode.resendAvailableAt), 30);
    QCOMPARE(state.smsCode.sentAt.secsTo(state.smsCode.codeExpiresAt), 300);
    QCOMPARE(state.smsCode.attemptsLeft, 4);
    QVERIFY(!state.hasDeviceTokenAccepted);
    QVERIFY(!state.hasTrustedDevice);
}

void TestSignInState::changePasswordAnswer_isParsed()
{
    SignInState state;
    QString error;
    QVERIFY2(SignInState::fromJson(changePasswordState("policy"), &state, &error),
             qPrintable(error));
    QCOMPARE(state.next, SignInState::Next::ChangePassword);
    QCOMPARE(state.changePassword.reason, SignInState::ChangePassword::Reason::Policy);
    QCOMPARE(state.changePassword.passwordPolicy.minLength, 12);
    QCOMPARE(state.changePassword.passwordPolicy.maxLength, 128);
    QVERIFY(!state.changePassword.passwordPolicy.requireMixedCase);
}

void TestSignInState::acceptTermsAnswer_isParsed()
{
    SignInState state;
    QString error;
    QVERIFY2(SignInState::fromJson(acceptTermsState(), &state, &error), qPrintable(error));
    QCOMPARE(state.next, SignInState::Next::AcceptTerms);
    QCOMPARE(state.acceptTerms.termsVersion, QStringLiteral("2026-01"));
    QVERIFY(state.acceptTerms.acceptedVersion.isEmpty());
    QCOMPARE(state.acceptTerms.termsUrl, QStringLiteral("/api/v1/organization/terms"));
}

void TestSignInState::doneAnswer_carriesSessionAndDevice()
{
    SignInState state;
    QString error;
    QVERIFY2(SignInState::fromJson(doneState(true), &state, &error), qPrintable(error));
    QCOMPARE(state.next, SignInState::Next::Done);
    QVERIFY(state.signInToken.isEmpty());
    QCOMPARE(state.session.token, SessionToken);
    QCOMPARE(state.session.idleTimeoutSeconds, 900);
    QVERIFY(state.session.expiresAt.isValid());
    QVERIFY(!state.session.kiosk);
    QVERIFY(state.hasTrustedDevice);
    QCOMPARE(state.trustedDevice.token, DeviceToken);
    QCOMPARE(state.trustedDevice.id, QStringLiteral("dev_4Kp8Wz"));
}

void TestSignInState::deviceTokenAccepted_isOnlySetWhenPresent()
{
    QJsonObject json = smsCodeState();
    json.insert("deviceTokenAccepted", false);
    SignInState state;
    QString error;
    QVERIFY2(SignInState::fromJson(json, &state, &error), qPrintable(error));
    QVERIFY(state.hasDeviceTokenAccepted);
    QVERIFY(!state.deviceTokenAccepted);

    json.insert("deviceTokenAccepted", "no");
    QVERIFY(!SignInState::fromJson(json, &state, &error));
    QVERIFY(error.contains("deviceTokenAccepted"));
}

void TestSignInState::brokenAnswer_isRejected_data()
{
    QTest::addColumn<QJsonObject>("json");
    QTest::addColumn<QString>("mentions");

    auto without = [](QJsonObject json, const QString &key) {
        json.remove(key);
        return json;
    };
    auto with = [](QJsonObject json, const QString &key, const QJsonValue &value) {
        json.insert(key, value);
        return json;
    };
    auto smsWith = [&](const QString &key, const QJsonValue &value) {
        QJsonObject json = smsCodeState();
        json.insert("smsCode", with(json.value("smsCode").toObject(), key, value));
        return json;
    };
    auto sessionWith = [&](const QString &key, const QJsonValue &value) {
        QJsonObject json = doneState();
        json.insert("session", with(json.value("session").toObject(), key, value));
        return json;
    };

    QTest::newRow("no next") << without(smsCodeState(), "next") << "next";
    QTest::newRow("unknown next") << with(smsCodeState(), "next", "dance") << "next";
    QTest::newRow("next not a string") << with(smsCodeState(), "next", 3) << "next";
    QTest::newRow("no remainingSteps")
        << without(smsCodeState(), "remainingSteps") << "remainingSteps";
    QTest::newRow("remainingSteps unknown")
        << with(smsCodeState(), "remainingSteps", steps({ "smsCode", "fly" })) << "remainingSteps";
    QTest::newRow("no signInToken") << without(smsCodeState(), "signInToken") << "signInToken";
    QTest::newRow("short signInToken")
        << with(smsCodeState(), "signInToken", "abc") << "signInToken";
    QTest::newRow("no expiresAt") << without(smsCodeState(), "expiresAt") << "expiresAt";
    QTest::newRow("time without offset")
        << with(smsCodeState(), "expiresAt", "2026-03-12T09:45:00") << "expiresAt";
    QTest::newRow("no smsCode object") << without(smsCodeState(), "smsCode") << "smsCode";
    QTest::newRow("smsCode is a list")
        << with(smsCodeState(), "smsCode", QJsonArray()) << "smsCode";
    QTest::newRow("codeLength text") << smsWith("codeLength", "6") << "codeLength";
    QTest::newRow("codeLength fraction") << smsWith("codeLength", 6.5) << "codeLength";
    // Far beyond int: refused, not converted first (undefined behaviour, found by fuzzing).
    QTest::newRow("codeLength 1e300") << smsWith("codeLength", 1e300) << "codeLength";
    QTest::newRow("attemptsLeft negative") << smsWith("attemptsLeft", -1) << "attemptsLeft";
    QTest::newRow("sentAt garbage") << smsWith("sentAt", "yesterday") << "sentAt";
    QTest::newRow("no reason") << with(changePasswordState(), "changePassword",
                                       QJsonObject { { "passwordPolicy", policy() } })
                               << "reason";
    QTest::newRow("unknown reason") << changePasswordState("whim") << "reason";
    QTest::newRow("termsUrl elsewhere")
        << with(acceptTermsState(), "acceptTerms",
                QJsonObject { { "termsVersion", "1" }, { "termsUrl", "https://evil.example/t" } })
        << "termsUrl";
    QTest::newRow("done without session") << without(doneState(), "session") << "session";
    QTest::newRow("session token short") << sessionWith("token", "x") << "token";
    QTest::newRow("session not bearer") << sessionWith("tokenType", "Basic") << "tokenType";
    QTest::newRow("idle timeout tiny")
        << sessionWith("idleTimeoutSeconds", 5) << "idleTimeoutSeconds";
    QTest::newRow("kiosk not bool") << sessionWith("kiosk", "false") << "kiosk";
    QTest::newRow("device without token")
        << with(doneState(), "trustedDevice", QJsonObject { { "id", "dev_1" } }) << "trustedDevice";
}

void TestSignInState::brokenAnswer_isRejected()
{
    QFETCH(QJsonObject, json);
    QFETCH(QString, mentions);
    SignInState state;
    state.signInToken = QStringLiteral("untouched");
    QString error;
    QVERIFY(!SignInState::fromJson(json, &state, &error));
    QVERIFY2(error.contains(mentions), qPrintable(error));
    QCOMPARE(state.signInToken, QStringLiteral("untouched"));
}

void TestSignInState::garbage_isRejectedWithoutCrash()
{
    const QList<QByteArray> bodies = {
        "{}",
        R"({"next":null,"remainingSteps":null})",
        R"({"next":"smsCode","remainingSteps":[],"signInToken":"si_0123456789abcdef",)"
        R"("expiresAt":"2026-03-12T09:45:00+01:00","smsCode":{"codeLength":1e300}})",
        R"({"next":"done","remainingSteps":[{}],"session":[]})",
        R"({"next":"done","remainingSteps":[],"session":{"token":{"a":1}}})",
    };
    for (const QByteArray &body : bodies) {
        SignInState state;
        QString error;
        QVERIFY(!SignInState::fromJson(QJsonDocument::fromJson(body).object(), &state, &error));
        QVERIFY(!error.isEmpty());
    }
}

void TestSignInState::clientsPage_isParsed()
{
    QList<ClientSummary> clients;
    QString cursor;
    QString error;
    QJsonObject second = client("100517", "Truus van Dijk-Smit");
    second.insert("myRole", "contact");
    second.insert("rights",
                  QJsonObject { { "reportsRead", false },
                                { "reportsWrite", true },
                                { "plans", false },
                                { "agendaView", false },
                                { "agendaEdit", false },
                                { "measurements", false },
                                { "messages", true },
                                { "board", false },
                                { "profile", false },
                                { "manageAccess", false } });
    QVERIFY2(ClientSummary::pageFromJson(
                 clientsPage({ client("100482", "Gerard van Dijk", true), second }, "next-1"),
                 &clients, &cursor, &error),
             qPrintable(error));
    QCOMPARE(clients.size(), 2);
    QCOMPARE(cursor, QStringLiteral("next-1"));
    QCOMPARE(clients[0].photoUrl, QStringLiteral("/api/v1/clients/100482/photo"));
    QCOMPARE(clients[0].myRole, ClientSummary::Role::Representative);
    QCOMPARE(clients[0].rights, Rights::all());
    QVERIFY(clients[1].photoUrl.isEmpty());
    QCOMPARE(clients[1].myRole, ClientSummary::Role::Contact);
    // Writing reports implies reading them.
    QVERIFY(clients[1].rights.reportsRead);
    QVERIFY(clients[1].rights.messages);
    QVERIFY(!clients[1].rights.manageAccess);
}

void TestSignInState::clientsPage_withBrokenItem_isRejected()
{
    QList<ClientSummary> clients;
    QString cursor;
    QString error;
    QJsonObject broken = client("100482", "Gerard");
    QJsonObject rights = allRights();
    rights.remove("board");
    broken.insert("rights", rights);
    QVERIFY(!ClientSummary::pageFromJson(clientsPage({ broken }), &clients, &cursor, &error));
    QVERIFY2(error.contains("board"), qPrintable(error));

    broken = client("../etc", "Gerard");
    QVERIFY(!ClientSummary::pageFromJson(clientsPage({ broken }), &clients, &cursor, &error));
    QVERIFY(!ClientSummary::pageFromJson(QJsonObject { { "items", QJsonArray() } }, &clients,
                                         &cursor, &error));
    QVERIFY(!ClientSummary::pageFromJson(clientsPage({ 5 }), &clients, &cursor, &error));
}

void TestSignInState::me_andTerms_areParsed()
{
    Me me;
    QString error;
    QVERIFY2(Me::fromJson(Fixtures::me(), &me, &error), qPrintable(error));
    QCOMPARE(me.displayName, QStringLiteral("Mark van Dijk"));
    QCOMPARE(me.role, QStringLiteral("representative"));
    QJsonObject badMe = Fixtures::me();
    badMe.insert("role", "admin");
    QVERIFY(!Me::fromJson(badMe, &me, &error));

    OrganizationTerms terms;
    QVERIFY2(OrganizationTerms::fromJson(Fixtures::terms(), &terms, &error), qPrintable(error));
    QCOMPARE(terms.version, QStringLiteral("2026-01"));
    QVERIFY(terms.text.contains("\n\n"));
    QJsonObject badTerms = Fixtures::terms();
    badTerms.remove("text");
    QVERIFY(!OrganizationTerms::fromJson(badTerms, &terms, &error));
}

QTEST_GUILESS_MAIN(TestSignInState)
#include "tst_signinstate.moc"
