#include "dossierfixture.h"
#include "server/accounts/accountstore.h"
#include "server/app/servercontext.h"
#include "server/outbox/outbox.h"
#include "server/storage/database.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QTest>

using namespace Portiek::Server;

namespace {

const QString MobileStart = QStringLiteral("/api/v1/me/mobile-change");
const QString MobileConfirm = QStringLiteral("/api/v1/me/mobile-change/confirm");
const QString EmailStart = QStringLiteral("/api/v1/me/email-change");
const QString EmailConfirm = QStringLiteral("/api/v1/me/email-change/confirm");
const QString NewMobile = QStringLiteral("+31687654321");

QString code(const Response &response)
{
    return SignInFixture::problemCode(response);
}

OutboxMessage lastMessage(DossierFixture &fixture)
{
    const QList<OutboxMessage> all = fixture.context().outbox.all();
    return all.isEmpty() ? OutboxMessage() : all.last();
}

// The 8-character code of the newest e-mail.
QString emailCode(DossierFixture &fixture)
{
    static const QRegularExpression pattern(QStringLiteral("code: ([A-Z0-9]{8})"));
    return pattern.match(fixture.lastEmailBody()).captured(1);
}

// The contact asks to change their mobile number to NewMobile.
Response startMobileChange(DossierFixture &fixture)
{
    return fixture.callJson(
        "POST", MobileStart, fixture.contactToken,
        { { "newMobile", NewMobile }, { "currentPassword", DossierFixture::GoodPassword } });
}

// A six-digit code that is not `right`.
QString wrongCode(const QString &right)
{
    return right == QLatin1String("000000") ? QStringLiteral("111111") : QStringLiteral("000000");
}

} // namespace

// Changing one's own mobile number and e-mail address with a code sent to the new one.
class TestContactChange : public QObject
{
    Q_OBJECT

private slots:
    void mobile_changesAfterTheCodeSentToTheNewNumber();
    void email_changesAfterTheCodeSentToTheNewAddress();
    void start_needsTheCurrentPasswordAndAValidNewValue();
    void start_refusesASecondCodeTooSoon();
    void start_sentAgainWithItsKey_getsTheFirstAnswer();
    void confirm_refusesAWrongCodeAndCountsTries();
    void confirm_refusesAnExpiredCode();
    void confirm_refusesACodeUsedBefore();
    void confirm_sentAgainWithItsKey_getsTheFirstAnswer();
    void confirm_refusesAnotherPersonsCode();
    void confirm_withoutPendingChangeIsAConflict();
    void routes_needASession();
};

void TestContactChange::mobile_changesAfterTheCodeSentToTheNewNumber()
{
    DossierFixture fixture;
    QVERIFY(fixture.isValid());
    const QString oldMobile = fixture.representative.mobile;
    const Response started = fixture.callJson(
        "POST", MobileStart, fixture.representativeToken,
        { { "newMobile", "06-87654321" }, { "currentPassword", DossierFixture::GoodPassword } });
    QCOMPARE(started.status(), 202);
    const QJsonObject pending = SignInFixture::json(started);
    QCOMPARE(pending.value("channel").toString(), QStringLiteral("sms"));
    QCOMPARE(pending.value("maskedDestination").toString(), QStringLiteral("06-******21"));
    QCOMPARE(pending.value("codeLength").toInt(), 6);
    QCOMPARE(pending.value("sentAt").toString(), QStringLiteral("2026-03-12T09:30:00+01:00"));
    QCOMPARE(pending.value("codeExpiresAt").toString(),
             QStringLiteral("2026-03-12T09:40:00+01:00"));
    QCOMPARE(pending.value("resendAvailableAt").toString(),
             QStringLiteral("2026-03-12T09:31:00+01:00"));

    const OutboxMessage sms = lastMessage(fixture);
    QCOMPARE(sms.channel, OutboxMessage::Channel::Sms);
    QCOMPARE(sms.recipient, NewMobile); // to the new number, normalised
    const QString digits = fixture.lastSmsCode();
    QCOMPARE(digits.size(), 6);
    // Nothing changes before the code.
    QCOMPARE(fixture.context().accounts.findById(fixture.representative.id)->mobile, oldMobile);
    // The code is stored only as a hash.
    QSqlQuery query;
    QVERIFY(fixture.context().database.exec(query, "SELECT code_hash FROM contact_changes", {}));
    QVERIFY(query.next());
    QVERIFY(!query.value(0).toString().contains(digits));

    const Response confirmed = fixture.callJson("POST", MobileConfirm, fixture.representativeToken,
                                                { { "code", digits } });
    QCOMPARE(confirmed.status(), 200);
    const QJsonObject me = SignInFixture::json(confirmed);
    QCOMPARE(me.value("mobile").toString(), NewMobile);
    QCOMPARE(me.value("username").toString(), QStringLiteral("mvandijk"));
    QCOMPARE(confirmed.header("Cache-Control"), QByteArray("no-store"));
    QCOMPARE(fixture.context().accounts.findById(fixture.representative.id)->mobile, NewMobile);
    // The old number hears of it.
    const OutboxMessage notice = lastMessage(fixture);
    QCOMPARE(notice.recipient, oldMobile);
    QVERIFY(!notice.body.contains(digits));
}

void TestContactChange::email_changesAfterTheCodeSentToTheNewAddress()
{
    DossierFixture fixture;
    const QString oldEmail = fixture.client.email;
    const Response started
        = fixture.callJson("POST", EmailStart, fixture.clientToken,
                           { { "newEmail", " Gerard.vanDijk@kpnmail.example " },
                             { "currentPassword", DossierFixture::GoodPassword } });
    QCOMPARE(started.status(), 202);
    const QJsonObject pending = SignInFixture::json(started);
    QCOMPARE(pending.value("channel").toString(), QStringLiteral("email"));
    QCOMPARE(pending.value("codeLength").toInt(), 8);
    QCOMPARE(pending.value("maskedDestination").toString(),
             QStringLiteral("G***k@kpnmail.example"));
    QCOMPARE(pending.value("codeExpiresAt").toString(),
             QStringLiteral("2026-03-12T10:00:00+01:00"));
    QCOMPARE(lastMessage(fixture).recipient, QStringLiteral("Gerard.vanDijk@kpnmail.example"));
    const QString mailed = emailCode(fixture);
    QCOMPARE(mailed.size(), 8);

    // Typed as people do: lower case, with a space.
    const QString typed = mailed.left(4).toLower() + u' ' + mailed.mid(4).toLower();
    const Response confirmed
        = fixture.callJson("POST", EmailConfirm, fixture.clientToken, { { "code", typed } });
    QCOMPARE(confirmed.status(), 200);
    QCOMPARE(SignInFixture::json(confirmed).value("email").toString(),
             QStringLiteral("Gerard.vanDijk@kpnmail.example"));
    // Found by the new address (password reset by e-mail), no longer by the old one.
    QCOMPARE(fixture.context().accounts.findByEmail("gerard.vandijk@kpnmail.example").size(), 1);
    QVERIFY(fixture.context().accounts.findByEmail(oldEmail).isEmpty()
            || fixture.context().accounts.findByEmail(oldEmail).first().id != fixture.client.id);
    QCOMPARE(lastMessage(fixture).recipient, oldEmail);
}

void TestContactChange::start_needsTheCurrentPasswordAndAValidNewValue()
{
    DossierFixture fixture;
    Response response = fixture.callJson(
        "POST", MobileStart, fixture.contactToken,
        { { "newMobile", NewMobile }, { "currentPassword", "not my password at all" } });
    QCOMPARE(response.status(), 422);
    QCOMPARE(SignInFixture::json(response).value("errors").toArray().at(0).toObject().value("code"),
             QStringLiteral("incorrect"));
    const int messages = fixture.context().outbox.all().size();

    response = fixture.callJson(
        "POST", MobileStart, fixture.contactToken,
        { { "newMobile", "020-6412283" }, { "currentPassword", DossierFixture::GoodPassword } });
    QCOMPARE(response.status(), 422);
    QCOMPARE(
        SignInFixture::json(response).value("errors").toArray().at(0).toObject().value("field"),
        QStringLiteral("newMobile"));
    response = fixture.callJson("POST", MobileStart, fixture.contactToken,
                                { { "newMobile", fixture.contact.mobile },
                                  { "currentPassword", DossierFixture::GoodPassword } });
    QCOMPARE(SignInFixture::json(response).value("errors").toArray().at(0).toObject().value("code"),
             QStringLiteral("same_as_current"));
    response = fixture.callJson("POST", EmailStart, fixture.contactToken,
                                { { "newEmail", "no-at-sign.example" },
                                  { "currentPassword", DossierFixture::GoodPassword } });
    QCOMPARE(SignInFixture::json(response).value("errors").toArray().at(0).toObject().value("code"),
             QStringLiteral("invalid_format"));
    QCOMPARE(code(fixture.callJson("POST", EmailStart, fixture.contactToken,
                                   { { "newEmail", "a@b.example" } })),
             QStringLiteral("malformed_request"));
    QCOMPARE(fixture.context().outbox.all().size(), messages); // nothing was sent
}

void TestContactChange::start_refusesASecondCodeTooSoon()
{
    DossierFixture fixture;
    const QJsonObject body { { "newMobile", NewMobile },
                             { "currentPassword", DossierFixture::GoodPassword } };
    QCOMPARE(fixture.callJson("POST", MobileStart, fixture.contactToken, body).status(), 202);
    const QString first = fixture.lastSmsCode();
    fixture.clock().advance(20);
    const Response tooSoon = fixture.callJson("POST", MobileStart, fixture.contactToken, body);
    QCOMPARE(tooSoon.status(), 429);
    QCOMPARE(code(tooSoon), QStringLiteral("sms_code_resend_too_soon"));
    QCOMPARE(tooSoon.header("Retry-After"), QByteArray("40"));

    fixture.clock().advance(40);
    const Response resent = fixture.callJson("POST", MobileStart, fixture.contactToken, body);
    QCOMPARE(resent.status(), 202);
    // The wait grows: two minutes before the third code.
    QCOMPARE(SignInFixture::json(resent).value("resendAvailableAt").toString(),
             QStringLiteral("2026-03-12T09:33:00+01:00"));
    const QString second = fixture.lastSmsCode();
    // The new code replaces the old one.
    if (first != second) {
        QCOMPARE(code(fixture.callJson("POST", MobileConfirm, fixture.contactToken,
                                       { { "code", first } })),
                 QStringLiteral("contact_change_code_invalid"));
    }
    QCOMPARE(fixture.callJson("POST", MobileConfirm, fixture.contactToken, { { "code", second } })
                 .status(),
             200);
}

void TestContactChange::start_sentAgainWithItsKey_getsTheFirstAnswer()
{
    // Qt sends a POST again by itself after a lost answer: the repeat was told "asked too
    // soon", although the code it asked for was on its way.
    DossierFixture fixture;
    const QJsonObject body { { "newMobile", NewMobile },
                             { "currentPassword", DossierFixture::GoodPassword } };
    const DossierFixture::Headers key { { "Idempotency-Key", "mobile-change-press-1" } };
    const Response first = fixture.callJson("POST", MobileStart, fixture.contactToken, body, key);
    QCOMPARE(first.status(), 202);
    const int messages = fixture.context().outbox.all().size();
    const QString sent = fixture.lastSmsCode();
    fixture.clock().advance(5);
    const Response again = fixture.callJson("POST", MobileStart, fixture.contactToken, body, key);
    QCOMPARE(again.status(), 202);
    QCOMPARE(again.body(), first.body());
    QCOMPARE(fixture.context().outbox.all().size(), messages); // no second code
    // Another press is another request, and that one is too soon.
    const Response other = fixture.callJson("POST", MobileStart, fixture.contactToken, body,
                                            { { "Idempotency-Key", "mobile-change-press-2" } });
    QCOMPARE(code(other), QStringLiteral("sms_code_resend_too_soon"));
    // The same key with another number is no repeat.
    QJsonObject otherNumber = body;
    otherNumber.insert("newMobile", QStringLiteral("+31611223344"));
    QCOMPARE(fixture.callJson("POST", MobileStart, fixture.contactToken, otherNumber, key).status(),
             429);
    // The code sent first works.
    QCOMPARE(fixture.callJson("POST", MobileConfirm, fixture.contactToken, { { "code", sent } })
                 .status(),
             200);
    // A key that is no key.
    QCOMPARE(fixture
                 .callJson("POST", MobileStart, fixture.contactToken, body,
                           { { "Idempotency-Key", QByteArray(300, 'k') } })
                 .status(),
             400);
}

void TestContactChange::confirm_refusesAWrongCodeAndCountsTries()
{
    DossierFixture fixture;
    QCOMPARE(startMobileChange(fixture).status(), 202);
    const QString right = fixture.lastSmsCode();
    for (int i = 0; i < 5; ++i) {
        const Response wrong = fixture.callJson("POST", MobileConfirm, fixture.contactToken,
                                                { { "code", wrongCode(right) } });
        QCOMPARE(wrong.status(), 422);
        QCOMPARE(code(wrong), QStringLiteral("contact_change_code_invalid"));
    }
    // Five tries used: even the right code no longer works.
    QCOMPARE(
        code(fixture.callJson("POST", MobileConfirm, fixture.contactToken, { { "code", right } })),
        QStringLiteral("contact_change_code_invalid"));
    QVERIFY(fixture.context().accounts.findById(fixture.contact.id)->mobile != NewMobile);
}

void TestContactChange::confirm_refusesAnExpiredCode()
{
    DossierFixture fixture;
    QCOMPARE(startMobileChange(fixture).status(), 202);
    const QString digits = fixture.lastSmsCode();
    fixture.clock().advance(10 * 60);
    // The session must still be alive: keep it within its idle time.
    const QString token = fixture.sessionFor(fixture.contact);
    const Response expired = fixture.callJson("POST", MobileConfirm, token, { { "code", digits } });
    QCOMPARE(expired.status(), 422);
    QCOMPARE(code(expired), QStringLiteral("contact_change_code_expired"));
    QVERIFY(fixture.context().accounts.findById(fixture.contact.id)->mobile != NewMobile);
}

void TestContactChange::confirm_refusesACodeUsedBefore()
{
    DossierFixture fixture;
    QCOMPARE(fixture
                 .callJson("POST", EmailStart, fixture.contactToken,
                           { { "newEmail", "anouk@example.org" },
                             { "currentPassword", DossierFixture::GoodPassword } })
                 .status(),
             202);
    const QString mailed = emailCode(fixture);
    QCOMPARE(fixture.callJson("POST", EmailConfirm, fixture.contactToken, { { "code", mailed } })
                 .status(),
             200);
    const Response again
        = fixture.callJson("POST", EmailConfirm, fixture.contactToken, { { "code", mailed } });
    QCOMPARE(again.status(), 422);
    QCOMPARE(code(again), QStringLiteral("contact_change_code_invalid"));
}

void TestContactChange::confirm_sentAgainWithItsKey_getsTheFirstAnswer()
{
    // The new number stored, the answer lost, the confirmation sent again: it was told "code
    // used", and the person believed the change had failed.
    DossierFixture fixture;
    QCOMPARE(startMobileChange(fixture).status(), 202);
    const QString sent = fixture.lastSmsCode();
    const DossierFixture::Headers key { { "Idempotency-Key", "mobile-confirm-press-1" } };
    const Response first
        = fixture.callJson("POST", MobileConfirm, fixture.contactToken, { { "code", sent } }, key);
    QCOMPARE(first.status(), 200);
    const int messages = fixture.context().outbox.all().size();
    for (int repeat = 0; repeat < 6; ++repeat) { // more than the tries a code has
        const Response again = fixture.callJson("POST", MobileConfirm, fixture.contactToken,
                                                { { "code", sent } }, key);
        QCOMPARE(again.status(), 200);
        QCOMPARE(again.body(), first.body());
    }
    QCOMPARE(fixture.context().outbox.all().size(), messages); // no second notice
    QCOMPARE(fixture.context().accounts.findById(fixture.contact.id)->mobile, NewMobile);

    // Only the same confirmation: another code or another key is refused as before.
    QCOMPARE(code(fixture.callJson("POST", MobileConfirm, fixture.contactToken,
                                   { { "code", wrongCode(sent) } }, key)),
             QStringLiteral("contact_change_code_invalid"));
    QCOMPARE(
        code(fixture.callJson("POST", MobileConfirm, fixture.contactToken, { { "code", sent } },
                              { { "Idempotency-Key", "mobile-confirm-press-2" } })),
        QStringLiteral("contact_change_code_invalid"));
    // The e-mail channel's code is another one: the key does not carry over.
    QCOMPARE(fixture.callJson("POST", EmailConfirm, fixture.contactToken, { { "code", sent } }, key)
                 .status(),
             409);
}

void TestContactChange::confirm_refusesAnotherPersonsCode()
{
    DossierFixture fixture;
    const QJsonObject body { { "newMobile", NewMobile },
                             { "currentPassword", DossierFixture::GoodPassword } };
    QCOMPARE(fixture.callJson("POST", MobileStart, fixture.contactToken, body).status(), 202);
    const QString contactsCode = fixture.lastSmsCode();
    // Without a change of their own: nothing to confirm.
    QCOMPARE(code(fixture.callJson("POST", MobileConfirm, fixture.representativeToken,
                                   { { "code", contactsCode } })),
             QStringLiteral("no_pending_change"));
    // With one of their own: the other person's code does not fit it.
    QCOMPARE(fixture
                 .callJson("POST", MobileStart, fixture.representativeToken,
                           { { "newMobile", "+31611112222" },
                             { "currentPassword", DossierFixture::GoodPassword } })
                 .status(),
             202);
    const QString representativesCode = fixture.lastSmsCode();
    if (contactsCode != representativesCode) {
        QCOMPARE(code(fixture.callJson("POST", MobileConfirm, fixture.representativeToken,
                                       { { "code", contactsCode } })),
                 QStringLiteral("contact_change_code_invalid"));
    }
    // The e-mail channel is separate too.
    QCOMPARE(code(fixture.callJson("POST", EmailConfirm, fixture.contactToken,
                                   { { "code", contactsCode } })),
             QStringLiteral("no_pending_change"));
    QCOMPARE(
        fixture.callJson("POST", MobileConfirm, fixture.contactToken, { { "code", contactsCode } })
            .status(),
        200);
    QCOMPARE(fixture.context().accounts.findById(fixture.representative.id)->mobile,
             fixture.representative.mobile);
}

void TestContactChange::confirm_withoutPendingChangeIsAConflict()
{
    DossierFixture fixture;
    const Response response
        = fixture.callJson("POST", MobileConfirm, fixture.clientToken, { { "code", "123456" } });
    QCOMPARE(response.status(), 409);
    QCOMPARE(code(response), QStringLiteral("no_pending_change"));
    QCOMPARE(
        code(fixture.callJson("POST", MobileConfirm, fixture.clientToken, { { "code", "1" } })),
        QStringLiteral("malformed_request"));
}

void TestContactChange::routes_needASession()
{
    DossierFixture fixture;
    for (const QString &path : { MobileStart, MobileConfirm, EmailStart, EmailConfirm })
        QCOMPARE(fixture.callJson("POST", path, QString(), { { "code", "123456" } }).status(), 401);
}

QTEST_GUILESS_MAIN(TestContactChange)
#include "tst_contactchangeroutes.moc"
