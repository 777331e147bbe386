#include "contactaccesstestdata.h"
#include "server/accounts/accountstore.h"

#include <QTest>

using namespace Portiek::Server;
using namespace ContactAccessTestData;

// Contact persons' access, managed by the portal administrator: the list, rights that apply at
// once, the end of access, and who may do none of that.
class TestContactAccess : public QObject
{
    Q_OBJECT

private slots:
    void list_isAlphabeticalByFamilyName();
    void setRights_takesEffectOnTheContactsNextRequest();
    void setRights_staleIfMatch_isPreconditionFailed();
    void setRights_contradiction_isRefused();
    void endAccess_lastClient_closesAccountAndSessions();
    void endAccess_otherClientLeft_keepsAccount();
    void clientAndRepresentatives_cannotBeChangedHere();
    void contactWithoutManageAccess_isRefused();
};

void TestContactAccess::list_isAlphabeticalByFamilyName()
{
    DossierFixture fixture;
    QCOMPARE(fixture.callJson("POST", Contacts, fixture.clientToken, fatima(), key("l-1")).status(),
             201);
    const QJsonObject anouk
        = inviteBody(QStringLiteral("Anouk"), QStringLiteral("de"), QStringLiteral("Boer"),
                     QStringLiteral("anouk@example.org"), QStringLiteral("06-23456789"));
    QCOMPARE(fixture.callJson("POST", Contacts, fixture.clientToken, anouk, key("l-2")).status(),
             201);
    const Response list = fixture.call("GET", Contacts, fixture.representativeToken);
    QCOMPARE(list.status(), 200);
    QCOMPARE(list.header("Cache-Control"), QByteArray("private, no-cache"));
    const QJsonArray items = SignInFixture::json(list).value(QStringLiteral("items")).toArray();
    QStringList names;
    for (const QJsonValue &item : items)
        names.append(item.toObject().value(QStringLiteral("name")).toString());
    // Boer, Dijk (the fixture's contact, linked by the organisation), El Amrani; no client and
    // no representative.
    QCOMPARE(names,
             QStringList({ QStringLiteral("Anouk de Boer"), QStringLiteral("Gerard van Dijk"),
                           QStringLiteral("Fatima El Amrani") }));
    QCOMPARE(items.at(0).toObject().value(QStringLiteral("mobile")).toString(),
             QStringLiteral("+31623456789"));
    const QJsonObject linked = items.at(1).toObject();
    QCOMPARE(linked.value(QStringLiteral("personId")).toString(), fixture.contact.id);
    QVERIFY(linked.value(QStringLiteral("invitedBy")).isNull());
    // The fixture's contact has a session: they signed in.
    QCOMPARE(linked.value(QStringLiteral("status")).toString(), QStringLiteral("active"));
    QVERIFY(!linked.value(QStringLiteral("lastSignInAt")).isNull());

    const Response again
        = fixture.call("GET", Contacts, fixture.representativeToken, {},
                       { qMakePair(QByteArray("If-None-Match"), list.header("ETag")) });
    QCOMPARE(again.status(), 304);
}

void TestContactAccess::setRights_takesEffectOnTheContactsNextRequest()
{
    DossierFixture fixture;
    fixture.setContactRights(Rights());
    const QString rightsPath
        = Contacts + QLatin1Char('/') + fixture.contact.id + QStringLiteral("/rights");
    QCOMPARE(SignInFixture::problemCode(fixture.call("GET", Reports, fixture.contactToken)),
             QStringLiteral("right_missing"));

    const Response granted
        = fixture.callJson("PUT", rightsPath, fixture.clientToken, rightsJson(true));
    QCOMPARE(granted.status(), 200);
    QCOMPARE(SignInFixture::json(granted).value(QStringLiteral("rights")).toObject(),
             rightsJson(true));
    QCOMPARE(fixture.call("GET", Reports, fixture.contactToken).status(), 200);

    const Response taken
        = fixture.callJson("PUT", rightsPath, fixture.clientToken, rightsJson(false));
    QCOMPARE(taken.status(), 200);
    const AccessLog::Entry logged = newestLogEntry(fixture);
    QCOMPARE(logged.action, AccessLog::Action::Update);
    QCOMPARE(logged.resourceType, QStringLiteral("contactAccess"));
    QCOMPARE(logged.resourceId, fixture.contact.id);
    QCOMPARE(logged.personId, fixture.client.id);
    QCOMPARE(SignInFixture::problemCode(fixture.call("GET", Reports, fixture.contactToken)),
             QStringLiteral("right_missing"));
}

void TestContactAccess::setRights_staleIfMatch_isPreconditionFailed()
{
    DossierFixture fixture;
    const QString contactPath = Contacts + QLatin1Char('/') + fixture.contact.id;
    const QByteArray etag = fixture.call("GET", contactPath, fixture.clientToken).header("ETag");
    QVERIFY(!etag.isEmpty());
    const auto ifMatch = [](const QByteArray &tag) {
        return DossierFixture::Headers { qMakePair(QByteArray("If-Match"), tag) };
    };
    // Another administrator changes the rights first …
    const Response first
        = fixture.callJson("PUT", contactPath + QStringLiteral("/rights"),
                           fixture.representativeToken, rightsJson(true), ifMatch(etag));
    QCOMPARE(first.status(), 200);
    QCOMPARE(first.header("ETag"),
             fixture.call("GET", contactPath, fixture.clientToken).header("ETag"));
    // … so the client's change, based on the old copy, is refused.
    const Response stale = fixture.callJson("PUT", contactPath + QStringLiteral("/rights"),
                                            fixture.clientToken, rightsJson(false), ifMatch(etag));
    QCOMPARE(stale.status(), 412);
    QCOMPARE(SignInFixture::problemCode(stale), QStringLiteral("precondition_failed"));
    QVERIFY(fixture.context()
                .accounts.linkFor(fixture.contact.id, DossierFixture::ClientId)
                ->rights.reportsRead);
}

void TestContactAccess::setRights_contradiction_isRefused()
{
    DossierFixture fixture;
    const Response refused = fixture.callJson(
        "PUT", Contacts + QLatin1Char('/') + fixture.contact.id + QStringLiteral("/rights"),
        fixture.clientToken, rightsJson(false, true));
    QCOMPARE(refused.status(), 422);
    QCOMPARE(fieldErrors(refused),
             QStringList({ QStringLiteral("reportsWrite requires_other_right") }));
}

void TestContactAccess::endAccess_lastClient_closesAccountAndSessions()
{
    DossierFixture fixture;
    fixture.setContactRights(Rights::fromJson(rightsJson(true)));
    const Response ended = fixture.call("DELETE", Contacts + QLatin1Char('/') + fixture.contact.id,
                                        fixture.representativeToken);
    QCOMPARE(ended.status(), 204);
    QVERIFY(!fixture.context().accounts.linkFor(fixture.contact.id, DossierFixture::ClientId));
    QVERIFY(fixture.context().accounts.findById(fixture.contact.id)->disabled);
    QCOMPARE(SignInFixture::problemCode(fixture.call("GET", Reports, fixture.contactToken)),
             QStringLiteral("session_expired"));
    const AccessLog::Entry logged = newestLogEntry(fixture);
    QCOMPARE(logged.action, AccessLog::Action::Delete);
    QCOMPARE(logged.resourceId, fixture.contact.id);
    // Gone from the list, and a second time there is nothing to end.
    QCOMPARE(fixture
                 .call("DELETE", Contacts + QLatin1Char('/') + fixture.contact.id,
                       fixture.representativeToken)
                 .status(),
             404);
}

void TestContactAccess::endAccess_otherClientLeft_keepsAccount()
{
    DossierFixture fixture;
    // A contact of both clients.
    const QString token
        = fixture.addContact(QStringLiteral("vriend"), Rights::fromJson(rightsJson(true)),
                             DossierFixture::OtherClientId);
    const Person friendPerson
        = *fixture.context().accounts.findByUsername(QStringLiteral("vriend"));
    fixture.context().accounts.linkClient(friendPerson.id, DossierFixture::ClientId, Role::Contact,
                                          QStringLiteral("vriend"),
                                          Rights::fromJson(rightsJson(true)));
    QCOMPARE(fixture.call("GET", Reports, token).status(), 200);

    QCOMPARE(
        fixture.call("DELETE", Contacts + QLatin1Char('/') + friendPerson.id, fixture.clientToken)
            .status(),
        204);
    // This client at once no longer; the other one still, in the same session.
    QCOMPARE(SignInFixture::problemCode(fixture.call("GET", Reports, token)),
             QStringLiteral("client_not_accessible"));
    QCOMPARE(fixture.call("GET", QStringLiteral("/api/v1/clients/100999/reports"), token).status(),
             200);
    QVERIFY(!fixture.context().accounts.findById(friendPerson.id)->disabled);
}

void TestContactAccess::clientAndRepresentatives_cannotBeChangedHere()
{
    DossierFixture fixture;
    for (const Person &person : { fixture.client, fixture.representative }) {
        const QString path = Contacts + QLatin1Char('/') + person.id;
        for (const QString &token : { fixture.clientToken, fixture.representativeToken }) {
            QCOMPARE(fixture.call("GET", path, token).status(), 404);
            QCOMPARE(fixture.call("DELETE", path, token).status(), 404);
            QCOMPARE(
                fixture.callJson("PUT", path + QStringLiteral("/rights"), token, rightsJson(false))
                    .status(),
                404);
        }
        QVERIFY(fixture.context()
                    .accounts.linkFor(person.id, DossierFixture::ClientId)
                    ->rights.manageAccess);
    }
}

void TestContactAccess::contactWithoutManageAccess_isRefused()
{
    DossierFixture fixture;
    Rights everythingElse = Rights::all();
    everythingElse.manageAccess = false;
    fixture.setContactRights(everythingElse);
    const QList<Response> answers = {
        fixture.call("GET", Contacts, fixture.contactToken),
        fixture.callJson("POST", Contacts, fixture.contactToken, fatima(), key("c-1")),
        fixture.callJson(
            "PUT", Contacts + QLatin1Char('/') + fixture.contact.id + QStringLiteral("/rights"),
            fixture.contactToken, rightsJson(true, true)),
        fixture.call("DELETE", Contacts + QLatin1Char('/') + fixture.contact.id,
                     fixture.contactToken),
        fixture.call("GET", QStringLiteral("/api/v1/clients/100482/access/log"),
                     fixture.contactToken),
    };
    for (const Response &answer : answers) {
        QCOMPARE(answer.status(), 403);
        QCOMPARE(SignInFixture::problemCode(answer), QStringLiteral("right_missing"));
        // Nothing beyond the problem itself.
        const QStringList allowed
            = { QStringLiteral("code"), QStringLiteral("detail"), QStringLiteral("status"),
                QStringLiteral("title"), QStringLiteral("type") };
        for (const QString &member : SignInFixture::json(answer).keys())
            QVERIFY2(allowed.contains(member), qPrintable(member));
    }
    QVERIFY(fixture.context()
                .accounts.findByEmail(QStringLiteral("f.elamrani@hotmail.example"))
                .isEmpty());
}

QTEST_GUILESS_MAIN(TestContactAccess)
#include "tst_contactaccess.moc"
