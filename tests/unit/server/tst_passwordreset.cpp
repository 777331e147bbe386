// Forgotten password: request and confirm (docs/openapi.yaml, tag Password reset).
#include "server/accounts/accountstore.h"
#include "signinfixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTest>

using namespace Portiek::Server;

namespace {

const QString User = QStringLiteral("mvandijk");
const QString Password = QStringLiteral("lente in het park bij de vijver");
const QString NewPassword = QStringLiteral("wandelen door het Vondelpark");

QString codeFrom(const QString &emailBody)
{
    static const QRegularExpression code(QStringLiteral("Herstelcode: ([A-Z0-9]{8})"));
    return code.match(emailBody).captured(1);
}

} // namespace

class TestPasswordReset : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void request_knownOrUnknown_sameAnswer();
    void confirm_rightCode_setsPassword_once();
    void confirm_codeExpiresAfter30Minutes();
    void confirm_fiveWrongTries_useUpTheCode();
    void confirm_newRequest_replacesCode();
    void request_sentAgainWithItsKey_keepsTheCode();
    void confirm_sentAgainWithItsKey_isAnsweredAsTheFirst();
    void confirm_badNewPassword_keepsCode();
    void confirm_unknownAccount_sameAsWrongCode();
    void confirm_endsSessionsAndRevokesDevices();

private:
    // As Portiek sends it: with an Idempotency-Key.
    Response requestWithKey(SignInFixture &portal, const QString &name, const QByteArray &key) const
    {
        Request request("POST", QUrl(QStringLiteral("/api/v1/password-reset")));
        request.setBody(QJsonDocument(QJsonObject { { QStringLiteral("usernameOrEmail"), name } })
                            .toJson(QJsonDocument::Compact));
        request.addHeader("Content-Type", "application/json");
        request.addHeader("Idempotency-Key", key);
        request.setRemoteAddress(SignInFixture::Address);
        return portal.router().dispatch(request);
    }
    Response confirmWithKey(SignInFixture &portal, const QString &code, const QString &password,
                            const QByteArray &key) const
    {
        Request request(QByteArrayLiteral("POST"),
                        QUrl(QStringLiteral("/api/v1/password-reset/confirm")));
        request.setBody(QJsonDocument(QJsonObject { { "usernameOrEmail", User },
                                                    { "code", code },
                                                    { "newPassword", password } })
                            .toJson(QJsonDocument::Compact));
        request.addHeader("Content-Type", "application/json");
        request.addHeader("Idempotency-Key", key);
        request.setRemoteAddress(SignInFixture::Address);
        return portal.router().dispatch(request);
    }
    Response request(SignInFixture &portal, const QString &name) const
    {
        return portal.post(QStringLiteral("/api/v1/password-reset"),
                           { { "usernameOrEmail", name } });
    }
    Response confirm(SignInFixture &portal, const QString &name, const QString &code,
                     const QString &password = NewPassword) const
    {
        return portal.post(
            QStringLiteral("/api/v1/password-reset/confirm"),
            { { "usernameOrEmail", name }, { "code", code }, { "newPassword", password } });
    }
};

void TestPasswordReset::request_knownOrUnknown_sameAnswer()
{
    SignInFixture portal;
    portal.addPerson(User, Password);
    const Response known = request(portal, User);
    const Response byEmail = request(portal, QStringLiteral("MVANDIJK@example.org"));
    const Response unknown = request(portal, QStringLiteral("nobody"));
    QCOMPARE(known.status(), 202);
    QCOMPARE(SignInFixture::json(known).value("codeLength").toInt(), 8);
    QCOMPARE(SignInFixture::json(known).value("expiresInSeconds").toInt(), 1800);
    QCOMPARE(byEmail.status(), 202);
    QCOMPARE(unknown.status(), known.status());
    QCOMPARE(unknown.body(), known.body());
    QCOMPARE(unknown.headers(), known.headers());
    QCOMPARE(portal.emailCount(), 2); // none for "nobody"
    QVERIFY(portal.lastEmailBody().contains(QStringLiteral("Gebruikersnaam: mvandijk")));
}

void TestPasswordReset::confirm_rightCode_setsPassword_once()
{
    SignInFixture portal;
    portal.addPerson(User, Password);
    request(portal, User);
    const QString code = codeFrom(portal.lastEmailBody());
    QCOMPARE(code.size(), 8);
    // Case and dashes do not matter.
    const QString typed = code.left(4).toLower() + u'-' + code.mid(4);
    QCOMPARE(confirm(portal, User, typed).status(), 204);
    QCOMPARE(portal.start(User, Password).status(), 401);
    QCOMPARE(SignInFixture::json(portal.start(User, NewPassword)).value("next").toString(),
             QStringLiteral("smsCode"));
    const Response again = confirm(portal, User, code, QStringLiteral("nog een ander wachtwoord"));
    QCOMPARE(again.status(), 422);
    QCOMPARE(SignInFixture::problemCode(again), QStringLiteral("reset_code_invalid"));
}

void TestPasswordReset::confirm_codeExpiresAfter30Minutes()
{
    SignInFixture portal;
    portal.addPerson(User, Password);
    request(portal, User);
    portal.clock().advance(30 * 60);
    QCOMPARE(SignInFixture::problemCode(confirm(portal, User, codeFrom(portal.lastEmailBody()))),
             QStringLiteral("reset_code_invalid"));
}

void TestPasswordReset::confirm_fiveWrongTries_useUpTheCode()
{
    SignInFixture portal;
    portal.addPerson(User, Password);
    request(portal, User);
    const QString code = codeFrom(portal.lastEmailBody());
    const QString wrong = code == QLatin1String("AAAAAAAA") ? QStringLiteral("BBBBBBBB")
                                                            : QStringLiteral("AAAAAAAA");
    for (int i = 0; i < 5; ++i)
        QCOMPARE(SignInFixture::problemCode(confirm(portal, User, wrong)),
                 QStringLiteral("reset_code_invalid"));
    QCOMPARE(SignInFixture::problemCode(confirm(portal, User, code)),
             QStringLiteral("reset_code_invalid"));
}

void TestPasswordReset::confirm_newRequest_replacesCode()
{
    SignInFixture portal;
    portal.addPerson(User, Password);
    request(portal, User);
    const QString first = codeFrom(portal.lastEmailBody());
    request(portal, User);
    const QString second = codeFrom(portal.lastEmailBody());
    if (first == second)
        QSKIP("both requests drew the same code");
    QCOMPARE(SignInFixture::problemCode(confirm(portal, User, first)),
             QStringLiteral("reset_code_invalid"));
    QCOMPARE(confirm(portal, User, second).status(), 204);
}

void TestPasswordReset::request_sentAgainWithItsKey_keepsTheCode()
{
    // Qt sends a POST again by itself after a lost answer: the repeat replaced the code of the
    // first e-mail (which arrives first, and was then wrong) and counted as another request.
    SignInFixture portal;
    portal.addPerson(User, Password);
    const QByteArray key = "reset-press-000001";
    QCOMPARE(requestWithKey(portal, User, key).status(), 202);
    QCOMPARE(portal.emailCount(), 1);
    const QString code = codeFrom(portal.lastEmailBody());
    for (int repeat = 0; repeat < 6; ++repeat) { // more than the requests that may be made
        const Response again = requestWithKey(portal, User, key);
        QCOMPARE(again.status(), 202);
        QCOMPARE(SignInFixture::json(again).value("codeLength").toInt(), 8);
    }
    QCOMPARE(portal.emailCount(), 1);
    // Someone without an account gets the same answer to a repeat.
    QCOMPARE(requestWithKey(portal, QStringLiteral("nobody"), "reset-press-000002").status(), 202);
    QCOMPARE(requestWithKey(portal, QStringLiteral("nobody"), "reset-press-000002").status(), 202);
    QCOMPARE(portal.emailCount(), 1);
    // The first code works; once used, the key asks for a new one again.
    QCOMPARE(confirm(portal, User, code).status(), 204);
    QCOMPARE(requestWithKey(portal, User, key).status(), 202);
    QCOMPARE(portal.emailCount(), 2);
    // A key that is no key.
    QCOMPARE(requestWithKey(portal, User, "met spatie").status(), 400);
}

void TestPasswordReset::confirm_sentAgainWithItsKey_isAnsweredAsTheFirst()
{
    // The new password set, the answer lost, the confirmation sent again: it was told "wrong
    // code" (the code was used), and the person did not know their password had changed.
    SignInFixture portal;
    portal.addPerson(User, Password);
    request(portal, User);
    const QString code = codeFrom(portal.lastEmailBody());
    const QByteArray key = "confirm-press-000001";
    QCOMPARE(confirmWithKey(portal, code, NewPassword, key).status(), 204);
    for (int repeat = 0; repeat < 6; ++repeat) // more than the tries a code has
        QCOMPARE(confirmWithKey(portal, code, NewPassword, key).status(), 204);
    QCOMPARE(SignInFixture::json(portal.start(User, NewPassword)).value("next").toString(),
             QStringLiteral("smsCode"));

    // Only the same confirmation: another password, another code or another key is refused.
    const Response otherPassword
        = confirmWithKey(portal, code, QStringLiteral("nog een ander wachtwoord"), key);
    QCOMPARE(otherPassword.status(), 422);
    QCOMPARE(SignInFixture::problemCode(otherPassword), QStringLiteral("reset_code_invalid"));
    QCOMPARE(confirmWithKey(portal, QStringLiteral("AAAA2222"), NewPassword, key).status(), 422);
    QCOMPARE(confirmWithKey(portal, code, NewPassword, "confirm-press-000002").status(), 422);
    QCOMPARE(confirm(portal, User, code).status(), 422);
    // Nor once the code would have expired.
    portal.clock().advance(30 * 60);
    QCOMPARE(confirmWithKey(portal, code, NewPassword, key).status(), 422);
}

void TestPasswordReset::confirm_badNewPassword_keepsCode()
{
    SignInFixture portal;
    portal.addPerson(User, Password);
    request(portal, QStringLiteral("mvandijk@example.org"));
    const QString code = codeFrom(portal.lastEmailBody());
    const Response tooShort = confirm(portal, User, code, QStringLiteral("kort"));
    QCOMPARE(tooShort.status(), 422);
    QCOMPARE(SignInFixture::problemCode(tooShort), QStringLiteral("validation_failed"));
    const Response same = confirm(portal, User, code, Password);
    QCOMPARE(SignInFixture::json(same).value("errors").toArray().at(0).toObject().value("code"),
             QJsonValue(QStringLiteral("same_as_current")));
    QCOMPARE(confirm(portal, QStringLiteral("mvandijk@example.org"), code).status(), 204);
}

void TestPasswordReset::confirm_unknownAccount_sameAsWrongCode()
{
    SignInFixture portal;
    portal.addPerson(User, Password);
    request(portal, User);
    request(portal, QStringLiteral("nobody"));
    const Response wrongCode = confirm(portal, User, QStringLiteral("ZZZZZZZZ"));
    const Response nobody = confirm(portal, QStringLiteral("nobody"), QStringLiteral("ZZZZZZZZ"));
    QCOMPARE(nobody.status(), 422);
    QCOMPARE(nobody.body(), wrongCode.body());
    QCOMPARE(nobody.headers(), wrongCode.headers());
}

void TestPasswordReset::confirm_endsSessionsAndRevokesDevices()
{
    SignInFixture portal;
    portal.addPerson(User, Password);
    const QJsonObject done = portal.signIn(
        User, Password, { { "rememberDevice", true }, { "deviceName", QStringLiteral("Laptop") } });
    const QString session = done.value("session").toObject().value("token").toString();
    const QString device = done.value("trustedDevice").toObject().value("token").toString();
    request(portal, User);
    QCOMPARE(confirm(portal, User, codeFrom(portal.lastEmailBody())).status(), 204);
    QCOMPARE(SignInFixture::problemCode(
                 portal.request("GET", QStringLiteral("/api/v1/me"), {}, session)),
             QStringLiteral("session_expired"));
    QCOMPARE(SignInFixture::json(portal.start(User, NewPassword, { { "deviceToken", device } }))
                 .value("deviceTokenAccepted")
                 .toBool(true),
             false);
}

QTEST_GUILESS_MAIN(TestPasswordReset)
#include "tst_passwordreset.moc"
