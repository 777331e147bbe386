#include "contactaccesstestdata.h"
#include "server/accounts/accountstore.h"

#include <QTest>

using namespace Portiek::Server;
using namespace ContactAccessTestData;

namespace {

// Fatima, invited by the client with the Idempotency-Key `invitationKey`; the path that sends
// her invitation again.
QString invitedFatima(DossierFixture &fixture, const QByteArray &invitationKey)
{
    const Response created
        = fixture.callJson("POST", Contacts, fixture.clientToken, fatima(), key(invitationKey));
    return QString::fromUtf8(created.header("Location")) + QStringLiteral("/invitation");
}

} // namespace

// Inviting contact persons: a new account with a temporary password by e-mail, or a link of an
// existing one; idempotent, checked whole, and sent again on request (rate-limited).
class TestContactInvite : public QObject
{
    Q_OBJECT

private slots:
    void invite_createsAccountAndSendsInvitation();
    void invite_sameKeyTwice_invitesOnce();
    void invite_existingAccount_isLinkedAndKeepsItsPassword();
    void invite_personWithAccess_isConflict();
    void invite_closedAccount_isReopenedWithNewPassword();
    void invite_badBody_isRefusedWithEveryFieldError();
    void resend_newPasswordReplacesOld_andIsRateLimited();
    void resend_activeContact_isConflict();
    void resend_sentAgainWithItsKey_sendsOneEmail();
};

void TestContactInvite::invite_createsAccountAndSendsInvitation()
{
    DossierFixture fixture;
    const int emailsBefore = fixture.emailCount();
    const Response created
        = fixture.callJson("POST", Contacts, fixture.representativeToken, fatima(), key("inv-1"));
    QCOMPARE(created.status(), 201);
    const QJsonObject contact = SignInFixture::json(created);
    const QString personId = contact.value(QStringLiteral("personId")).toString();
    QVERIFY(personId.startsWith(QLatin1String("per_")));
    QCOMPARE(created.header("Location"), (Contacts + QLatin1Char('/') + personId).toUtf8());
    QVERIFY(!created.header("ETag").isEmpty());
    QCOMPARE(contact.value(QStringLiteral("name")).toString(), QStringLiteral("Fatima El Amrani"));
    QCOMPARE(contact.value(QStringLiteral("relation")).toString(), QStringLiteral("buurvrouw"));
    QCOMPARE(contact.value(QStringLiteral("email")).toString(),
             QStringLiteral("f.elamrani@hotmail.example"));
    QCOMPARE(contact.value(QStringLiteral("mobile")).toString(), QStringLiteral("+31634567890"));
    QCOMPARE(contact.value(QStringLiteral("status")).toString(), QStringLiteral("invited"));
    QCOMPARE(contact.value(QStringLiteral("rights")).toObject(), rightsJson(false, false, true));
    QCOMPARE(contact.value(QStringLiteral("invitedAt")).toString(),
             QStringLiteral("2026-03-12T09:30:00+01:00"));
    QVERIFY(contact.value(QStringLiteral("lastSignInAt")).isNull());
    const QJsonObject invitedBy = contact.value(QStringLiteral("invitedBy")).toObject();
    QCOMPARE(invitedBy.value(QStringLiteral("id")).toString(), fixture.representative.id);
    QCOMPARE(invitedBy.value(QStringLiteral("role")).toString(), QStringLiteral("representative"));
    QVERIFY(invitedBy.contains(QStringLiteral("photoUrl")));

    // The account, its link with exactly these rights, and the e-mail with a working password.
    const std::optional<Person> person = fixture.context().accounts.findById(personId);
    QVERIFY(person);
    QCOMPARE(person->username, QStringLiteral("felamrani"));
    QVERIFY(person->passwordTemporary);
    const std::optional<ClientLink> link
        = fixture.context().accounts.linkFor(personId, DossierFixture::ClientId);
    QVERIFY(link);
    QCOMPARE(link->myRole, Role::Contact);
    QVERIFY(link->rights.agendaView && link->rights.board && !link->rights.reportsRead
            && !link->rights.manageAccess);
    QCOMPARE(fixture.emailCount(), emailsBefore + 1);
    const QString mail = fixture.lastEmailBody();
    QVERIFY(mail.contains(QStringLiteral("Gebruikersnaam: felamrani")));
    const QString password = temporaryPasswordIn(mail);
    QVERIFY(!password.isEmpty());
    QCOMPARE(fixture.start(QStringLiteral("felamrani"), password).status(), 200);

    const AccessLog::Entry logged = newestLogEntry(fixture);
    QCOMPARE(logged.action, AccessLog::Action::Create);
    QCOMPARE(logged.resourceType, QStringLiteral("contactAccess"));
    QCOMPARE(logged.resourceId, personId);
    QCOMPARE(logged.personId, fixture.representative.id);
}

void TestContactInvite::invite_sameKeyTwice_invitesOnce()
{
    DossierFixture fixture;
    const int emailsBefore = fixture.emailCount();
    const Response first
        = fixture.callJson("POST", Contacts, fixture.clientToken, fatima(), key("inv-same"));
    const Response retry
        = fixture.callJson("POST", Contacts, fixture.clientToken, fatima(), key("inv-same"));
    QCOMPARE(first.status(), 201);
    QCOMPARE(retry.status(), 201);
    QCOMPARE(retry.header("Idempotent-Replayed"), QByteArray("true"));
    QCOMPARE(retry.body(), first.body());
    QCOMPARE(fixture.emailCount(), emailsBefore + 1);
    QCOMPARE(
        fixture.context().accounts.findByEmail(QStringLiteral("f.elamrani@hotmail.example")).size(),
        1);
    // The client invited: their PersonRef has the client's role.
    QCOMPARE(SignInFixture::json(first)
                 .value(QStringLiteral("invitedBy"))
                 .toObject()
                 .value(QStringLiteral("role"))
                 .toString(),
             QStringLiteral("client"));

    // Without a key nothing happens.
    const Response keyless = fixture.callJson("POST", Contacts, fixture.clientToken, fatima());
    QCOMPARE(keyless.status(), 400);
    QCOMPARE(SignInFixture::problemCode(keyless), QStringLiteral("idempotency_key_missing"));
}

void TestContactInvite::invite_existingAccount_isLinkedAndKeepsItsPassword()
{
    DossierFixture fixture;
    // The stranger (a client of 100999) is invited for 100482 with their own address and number.
    const QJsonObject body = inviteBody(QStringLiteral("Truus"), QString(), QStringLiteral("Smit"),
                                        fixture.stranger.email, fixture.stranger.mobile);
    const Response created
        = fixture.callJson("POST", Contacts, fixture.representativeToken, body, key("inv-ex"));
    QCOMPARE(created.status(), 201);
    QCOMPARE(SignInFixture::json(created).value(QStringLiteral("personId")).toString(),
             fixture.stranger.id);
    // Their own password still works; the e-mail carries none.
    QCOMPARE(fixture.start(fixture.stranger.username, SignInFixture::GoodPassword).status(), 200);
    const QString mail = fixture.lastEmailBody();
    QVERIFY(temporaryPasswordIn(mail).isEmpty());
    QVERIFY(mail.contains(QStringLiteral("Gerard van Dijk")));
    // And they see the client now, with the given rights.
    QCOMPARE(fixture.call("GET", QStringLiteral("/api/v1/clients/100482"), fixture.strangerToken)
                 .status(),
             200);
}

void TestContactInvite::invite_personWithAccess_isConflict()
{
    DossierFixture fixture;
    // The representative's own address and number: they have access already.
    const QJsonObject body
        = inviteBody(QStringLiteral("Mark"), QStringLiteral("van"), QStringLiteral("Dijk"),
                     fixture.representative.email, fixture.representative.mobile);
    const int emailsBefore = fixture.emailCount();
    const Response refused
        = fixture.callJson("POST", Contacts, fixture.clientToken, body, key("inv-dup"));
    QCOMPARE(refused.status(), 409);
    QCOMPARE(SignInFixture::problemCode(refused), QStringLiteral("contact_already_linked"));
    QCOMPARE(fixture.emailCount(), emailsBefore);
}

void TestContactInvite::invite_closedAccount_isReopenedWithNewPassword()
{
    DossierFixture fixture;
    QCOMPARE(
        fixture
            .call("DELETE", Contacts + QLatin1Char('/') + fixture.contact.id, fixture.clientToken)
            .status(),
        204);
    QVERIFY(fixture.context().accounts.findById(fixture.contact.id)->disabled);

    const QJsonObject body
        = inviteBody(QStringLiteral("Anouk"), QStringLiteral("de"), QStringLiteral("Boer"),
                     fixture.contact.email, fixture.contact.mobile);
    const Response created
        = fixture.callJson("POST", Contacts, fixture.clientToken, body, key("inv-again"));
    QCOMPARE(created.status(), 201);
    QCOMPARE(SignInFixture::json(created).value(QStringLiteral("personId")).toString(),
             fixture.contact.id);
    QVERIFY(!fixture.context().accounts.findById(fixture.contact.id)->disabled);
    const QString password = temporaryPasswordIn(fixture.lastEmailBody());
    QVERIFY(!password.isEmpty());
    QCOMPARE(fixture.start(fixture.contact.username, password).status(), 200);
}

void TestContactInvite::invite_badBody_isRefusedWithEveryFieldError()
{
    DossierFixture fixture;
    const auto post = [&](const QJsonObject &body, const QByteArray &keyValue) {
        return fixture.callJson("POST", Contacts, fixture.clientToken, body, key(keyValue));
    };
    const Response notJson
        = fixture.call("POST", Contacts, fixture.clientToken, "[1, 2", key("bad-0"));
    QCOMPARE(notJson.status(), 400);

    const Response empty = post({}, "bad-1");
    QCOMPARE(empty.status(), 422);
    QCOMPARE(fieldErrors(empty),
             QStringList({ QStringLiteral("name required"), QStringLiteral("relation required"),
                           QStringLiteral("email required"), QStringLiteral("mobile required"),
                           QStringLiteral("rights required") }));

    QJsonObject rights = rightsJson(false, true, false, true);
    rights.remove(QStringLiteral("plans"));
    rights.insert(QStringLiteral("board"), QStringLiteral("yes"));
    QJsonObject body
        = inviteBody(QString(), QString(), QString(100 + 1, QLatin1Char('x')),
                     QStringLiteral("not-an-address"), QStringLiteral("12345"), rights);
    const Response bad = post(body, "bad-2");
    QCOMPARE(bad.status(), 422);
    QCOMPARE(fieldErrors(bad),
             QStringList({ QStringLiteral("name.givenName required"),
                           QStringLiteral("name.familyName too_long"),
                           QStringLiteral("email invalid_format"),
                           QStringLiteral("mobile invalid_format"),
                           QStringLiteral("rights.plans required"),
                           QStringLiteral("rights.board invalid_format"),
                           QStringLiteral("rights.reportsWrite requires_other_right"),
                           QStringLiteral("rights.agendaEdit requires_other_right") }));
    QVERIFY(fixture.context().accounts.findByEmail(QStringLiteral("not-an-address")).isEmpty());
}

void TestContactInvite::resend_newPasswordReplacesOld_andIsRateLimited()
{
    DossierFixture fixture;
    const QString path = invitedFatima(fixture, "r-1");
    const QString oldPassword = temporaryPasswordIn(fixture.lastEmailBody());

    const Response tooSoon = fixture.call("POST", path, fixture.clientToken);
    QCOMPARE(tooSoon.status(), 429);
    QCOMPARE(SignInFixture::problemCode(tooSoon), QStringLiteral("rate_limited"));
    QCOMPARE(tooSoon.header("Retry-After"), QByteArray("300"));

    fixture.clock().advance(300);
    const int emailsBefore = fixture.emailCount();
    QCOMPARE(fixture.call("POST", path, fixture.clientToken).status(), 202);
    QCOMPARE(fixture.emailCount(), emailsBefore + 1);
    const QString newPassword = temporaryPasswordIn(fixture.lastEmailBody());
    QVERIFY(!newPassword.isEmpty() && newPassword != oldPassword);
    QCOMPARE(SignInFixture::problemCode(fixture.start(QStringLiteral("felamrani"), oldPassword)),
             QStringLiteral("invalid_credentials"));
    QCOMPARE(fixture.start(QStringLiteral("felamrani"), newPassword).status(), 200);
}

void TestContactInvite::resend_sentAgainWithItsKey_sendsOneEmail()
{
    // Qt sends a POST again by itself after a lost answer: the repeat was told "sent a moment
    // ago" although the invitation had gone.
    DossierFixture fixture;
    const QString path = invitedFatima(fixture, "rk-1");
    fixture.clock().advance(300);
    const int emailsBefore = fixture.emailCount();
    const Response first = fixture.call("POST", path, fixture.clientToken, {}, key("resend-1"));
    QCOMPARE(first.status(), 202);
    const Response again = fixture.call("POST", path, fixture.clientToken, {}, key("resend-1"));
    QCOMPARE(again.status(), 202);
    QCOMPARE(again.header("Idempotent-Replayed"), QByteArray("true"));
    QCOMPARE(fixture.emailCount(), emailsBefore + 1);
    // Another press is another request: too soon.
    QCOMPARE(fixture.call("POST", path, fixture.clientToken, {}, key("resend-2")).status(), 429);
    QCOMPARE(fixture.emailCount(), emailsBefore + 1);
}

void TestContactInvite::resend_activeContact_isConflict()
{
    DossierFixture fixture;
    const Response refused = fixture.call(
        "POST", Contacts + QLatin1Char('/') + fixture.contact.id + QStringLiteral("/invitation"),
        fixture.clientToken);
    QCOMPARE(refused.status(), 409);
    QCOMPARE(SignInFixture::problemCode(refused), QStringLiteral("invitation_not_pending"));
}

QTEST_GUILESS_MAIN(TestContactInvite)
#include "tst_contactinvite.moc"
