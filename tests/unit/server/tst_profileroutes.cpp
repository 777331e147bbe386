#include "dossierfixture.h"
#include "server/accounts/accountstore.h"
#include "server/app/servercontext.h"
#include "server/dossier/accesslog.h"
#include "server/import/syncstamps.h"
#include "server/profile/profilestore.h"
#include "server/storage/database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Portiek::Server;

namespace {

const QString ImportPath = QStringLiteral("/api/v1/import/clients/%1");
const QString ProfilePath = QStringLiteral("/api/v1/clients/100482/profile");

// The contract's example of ImportClientProfile.
QJsonObject fullProfile()
{
    return QJsonDocument::fromJson(R"({
        "clientNumber": "100482",
        "name": { "givenName": "Gerard", "familyNamePrefix": "van", "familyName": "Dijk" },
        "dateOfBirth": "1941-08-23",
        "address": { "street": "Lindelaan", "houseNumber": "14", "houseNumberAddition": "B",
                     "postalCode": "1181 JK", "city": "Amstelveen" },
        "phone": "020 641 22 83",
        "email": null,
        "location": { "name": "Parkzicht", "department": "Eikenhof, 2e verdieping" },
        "coordinatingCaregiver": { "name": "Sanne Bakker", "phone": "020 123 45 80" }
    })")
        .object();
}

QByteArray bytes(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

// "field:code" of every error of a validation_failed answer.
QStringList fieldErrors(const Response &response)
{
    QStringList errors;
    for (const QJsonValue &error : SignInFixture::json(response).value("errors").toArray()) {
        errors.append(error.toObject().value("field").toString() + u':'
                      + error.toObject().value("code").toString());
    }
    return errors;
}

int rows(DossierFixture &fixture, const QString &sql)
{
    QSqlQuery query;
    if (!fixture.context().database.exec(query, sql, {}) || !query.next())
        return -1;
    return query.value(0).toInt();
}

} // namespace

// The client's profile: the dossier's import (PUT /api/v1/import/clients/{clientId}) and the
// read (GET /api/v1/clients/{clientId}/profile) with its right and access log.
class TestProfile : public QObject
{
    Q_OBJECT

private slots:
    void import_createsTheClientAndProfile();
    void import_updatesAndKeepsUpdatedAtWhenNothingChanged();
    void import_rejectsBadPayloadsWithAnErrorPerField();
    void import_rejectsWhatIsNotJson();
    void import_needsTheOrganisationKey();
    void import_writesNothingWhenAStepFails();
    void importProfile_canBeCalledWithoutHttp();
    void profile_isReadWithTheProfileRightAndLogged();
    void profile_answers304AndStillLogsTheRead();
    void profile_isNotFoundBeforeTheFirstImport();
    void profile_rightsMatrix();
};

void TestProfile::import_createsTheClientAndProfile()
{
    DossierFixture fixture;
    QVERIFY(fixture.isValid());
    const Response created
        = fixture.importCall("PUT", ImportPath.arg(QStringLiteral("200777")), bytes(fullProfile()));
    QCOMPARE(created.status(), 201);
    QCOMPARE(created.header("Location"), QByteArray("/api/v1/clients/200777/profile"));
    const QJsonObject result = SignInFixture::json(created);
    QCOMPARE(result.value("clientId").toString(), QStringLiteral("200777"));
    QCOMPARE(result.value("id").toString(), QStringLiteral("200777"));
    QVERIFY(result.value("externalId").isNull());
    QCOMPARE(result.value("created").toBool(), true);
    QCOMPARE(result.value("lastUpdatedAt").toString(), QStringLiteral("2026-03-12T09:30:00+01:00"));

    const std::optional<ClientRecord> client = fixture.context().accounts.findClient("200777");
    QVERIFY(client);
    QCOMPARE(client->name(), QStringLiteral("Gerard van Dijk"));
    QCOMPARE(
        SyncStamps(fixture.context().database, fixture.context().clock).lastUpdatedAt("200777"),
        fixture.clock().now());
    // The organisation's system in the client's access log.
    const QList<AccessLog::Entry> log
        = AccessLog(fixture.context().database, fixture.context().clock).list("200777", 10);
    QCOMPARE(log.size(), 1);
    QCOMPARE(log.first().actorKind, AccessLog::ActorKind::CareOrganisation);
    QCOMPARE(log.first().actorName, QStringLiteral("ECD-koppeling Zorggroep De Linde"));
    QCOMPARE(log.first().action, AccessLog::Action::Update);
    QCOMPARE(log.first().resourceType, QStringLiteral("profile"));
}

void TestProfile::import_updatesAndKeepsUpdatedAtWhenNothingChanged()
{
    DossierFixture fixture;
    const QString path = ImportPath.arg(DossierFixture::ClientId);
    QCOMPARE(fixture.importCall("PUT", path, bytes(fullProfile())).status(), 201);
    QString token = fixture.clientToken;
    const QString firstUpdate
        = SignInFixture::json(fixture.call("GET", ProfilePath, fixture.clientToken))
              .value("updatedAt")
              .toString();

    fixture.clock().advance(3600);
    token = fixture.sessionFor(fixture.client); // sessions idle out after 15 minutes
    const Response same = fixture.importCall("PUT", path, bytes(fullProfile()));
    QCOMPARE(same.status(), 200);
    QCOMPARE(SignInFixture::json(same).value("created").toBool(), false);
    QCOMPARE(SignInFixture::json(same).value("lastUpdatedAt").toString(),
             QStringLiteral("2026-03-12T10:30:00+01:00"));
    QCOMPARE(
        SignInFixture::json(fixture.call("GET", ProfilePath, token)).value("updatedAt").toString(),
        firstUpdate);

    // The whole profile is replaced: what is left out becomes null, the name changes everywhere.
    fixture.clock().advance(3600);
    token = fixture.sessionFor(fixture.client); // sessions idle out after 15 minutes
    QJsonObject moved = fullProfile();
    moved.remove("address");
    moved.insert("name", QJsonObject { { "givenName", "Gerrit" }, { "familyName", "Dijk" } });
    QCOMPARE(fixture.importCall("PUT", path, bytes(moved)).status(), 200);
    const QJsonObject profile = SignInFixture::json(fixture.call("GET", ProfilePath, token));
    QVERIFY(profile.value("address").isNull());
    QCOMPARE(profile.value("displayName").toString(), QStringLiteral("Gerrit Dijk"));
    QVERIFY(profile.value("name").toObject().value("familyNamePrefix").isNull());
    QCOMPARE(profile.value("updatedAt").toString(), QStringLiteral("2026-03-12T11:30:00+01:00"));
    QCOMPARE(
        SignInFixture::json(fixture.call("GET", QStringLiteral("/api/v1/clients/100482"), token))
            .value("name")
            .toString(),
        QStringLiteral("Gerrit Dijk"));
}

void TestProfile::import_rejectsBadPayloadsWithAnErrorPerField()
{
    DossierFixture fixture;
    QJsonObject bad = fullProfile();
    bad.insert("name", QJsonObject { { "givenName", "" }, { "familyNamePrefix", 7 } });
    bad.insert("dateOfBirth", "2031-01-01");
    bad.insert("address", QJsonObject { { "street", "Lindelaan" }, { "city", "Amstelveen" } });
    bad.insert("email", "not an address");
    bad.insert("phone", QString(41, u'1'));
    bad.insert("location", "Parkzicht");
    bad.insert("coordinatingCaregiver", QJsonObject { { "phone", "020" } });
    const Response response = fixture.importCall("PUT", ImportPath.arg("200777"), bytes(bad));
    QCOMPARE(response.status(), 422);
    QCOMPARE(SignInFixture::problemCode(response), QStringLiteral("validation_failed"));
    const QStringList expected = {
        "name.givenName:required",
        "name.familyNamePrefix:invalid_format",
        "name.familyName:required",
        "dateOfBirth:in_future",
        "address.houseNumber:required",
        "address.postalCode:required",
        "phone:too_long",
        "email:invalid_format",
        "location:invalid_format",
        "coordinatingCaregiver.name:required",
    };
    QStringList errors = fieldErrors(response);
    QStringList sortedExpected = expected;
    errors.sort();
    sortedExpected.sort();
    QCOMPARE(errors, sortedExpected);

    QCOMPARE(fieldErrors(fixture.importCall("PUT", ImportPath.arg("200777"), "{}")),
             QStringList { "name:required" });
    QCOMPARE(fieldErrors(fixture.importCall(
                 "PUT", ImportPath.arg("200777"),
                 R"({"name":{"givenName":"A","familyName":"B"},"dateOfBirth":"23-08-1941"})")),
             QStringList { "dateOfBirth:invalid_format" });
    // Nothing of a refused import is kept.
    QVERIFY(!fixture.context().accounts.findClient("200777"));
    QCOMPARE(rows(fixture, "SELECT COUNT(*) FROM client_profiles"), 0);
}

void TestProfile::import_rejectsWhatIsNotJson()
{
    DossierFixture fixture;
    const QString path = ImportPath.arg("200777");
    QCOMPARE(SignInFixture::problemCode(fixture.importCall("PUT", path, "{\"name\":")),
             QStringLiteral("malformed_request"));
    QCOMPARE(fixture.importCall("PUT", path, "[]").status(), 400);
    QCOMPARE(fixture.importCall("PUT", path, "name=Gerard", "text/plain").status(), 415);
    // An id the contract does not allow.
    QCOMPARE(SignInFixture::problemCode(fixture.importCall("PUT", ImportPath.arg(QString(65, u'1')),
                                                           bytes(fullProfile()))),
             QStringLiteral("parameter_invalid"));
    QVERIFY(!fixture.context().accounts.findClient("200777"));
}

void TestProfile::import_needsTheOrganisationKey()
{
    DossierFixture fixture;
    const QString path = ImportPath.arg("200777");
    const Response noKey
        = fixture.importCall("PUT", path, bytes(fullProfile()), "application/json", QByteArray());
    QCOMPARE(noKey.status(), 401);
    QCOMPARE(SignInFixture::problemCode(noKey), QStringLiteral("api_key_invalid"));
    QCOMPARE(
        fixture.importCall("PUT", path, bytes(fullProfile()), "application/json", "wrong").status(),
        401);
    // A person's session is no key either.
    QCOMPARE(fixture.call("PUT", path, fixture.representativeToken, bytes(fullProfile())).status(),
             401);
    QVERIFY(!fixture.context().accounts.findClient("200777"));
}

void TestProfile::import_writesNothingWhenAStepFails()
{
    DossierFixture fixture;
    // The access log cannot be written (its table is gone): the client, the profile and the
    // stamp must not be written either.
    QSqlQuery query;
    QVERIFY(fixture.context().database.exec(query, "DROP TABLE access_log", {}));
    const Response response
        = fixture.importCall("PUT", ImportPath.arg("200777"), bytes(fullProfile()));
    QCOMPARE(response.status(), 500);
    QVERIFY(!fixture.context().accounts.findClient("200777"));
    QCOMPARE(rows(fixture, "SELECT COUNT(*) FROM client_profiles"), 0);

    // An existing client keeps its old name and stamp.
    const Response existing
        = fixture.importCall("PUT", ImportPath.arg(DossierFixture::ClientId), bytes(fullProfile()));
    QCOMPARE(existing.status(), 500);
    QCOMPARE(rows(fixture, "SELECT COUNT(*) FROM clients WHERE last_updated_at IS NOT NULL"), 0);
}

void TestProfile::importProfile_canBeCalledWithoutHttp()
{
    DossierFixture fixture;
    ProfileStore profiles(fixture.context());
    ProfileStore::ImportOutcome outcome = profiles.importProfile("100517", fullProfile());
    QCOMPARE(outcome.result, ProfileStore::ImportResult::Created);
    QCOMPARE(outcome.lastUpdatedAt, fixture.clock().now());
    const std::optional<ClientProfile> stored = profiles.find("100517");
    QVERIFY(stored);
    QCOMPARE(stored->address->city, QStringLiteral("Amstelveen"));
    QCOMPARE(stored->dateOfBirth, QDate(1941, 8, 23));
    QCOMPARE(profiles.importProfile("100517", fullProfile()).result,
             ProfileStore::ImportResult::Updated);
    outcome = profiles.importProfile("100517", QJsonObject { { "name", 1 } });
    QCOMPARE(outcome.result, ProfileStore::ImportResult::Invalid);
    QCOMPARE(outcome.errors.size(), 1);
    QCOMPARE(outcome.errors.first().field, QStringLiteral("name"));
    QCOMPARE(profiles.importProfile("no spaces", fullProfile()).result,
             ProfileStore::ImportResult::Invalid);
}

void TestProfile::profile_isReadWithTheProfileRightAndLogged()
{
    DossierFixture fixture;
    QCOMPARE(
        fixture.importCall("PUT", ImportPath.arg(DossierFixture::ClientId), bytes(fullProfile()))
            .status(),
        201);
    Rights rights;
    rights.profile = true;
    fixture.setContactRights(rights);
    const Response response = fixture.call("GET", ProfilePath, fixture.contactToken);
    QCOMPARE(response.status(), 200);
    QCOMPARE(response.header("Cache-Control"), QByteArray("private, no-cache"));
    QVERIFY(!response.header("ETag").isEmpty());
    const QJsonObject profile = SignInFixture::json(response);
    QCOMPARE(profile.value("clientId").toString(), QStringLiteral("100482"));
    QCOMPARE(profile.value("clientNumber").toString(), QStringLiteral("100482"));
    QCOMPARE(profile.value("displayName").toString(), QStringLiteral("Gerard van Dijk"));
    QCOMPARE(profile.value("dateOfBirth").toString(), QStringLiteral("1941-08-23"));
    QCOMPARE(profile.value("address").toObject().value("houseNumberAddition").toString(),
             QStringLiteral("B"));
    QCOMPARE(profile.value("location").toObject().value("department").toString(),
             QStringLiteral("Eikenhof, 2e verdieping"));
    QCOMPARE(profile.value("coordinatingCaregiver").toObject().value("name").toString(),
             QStringLiteral("Sanne Bakker"));
    QVERIFY(profile.value("email").isNull());
    QCOMPARE(profile.value("updatedAt").toString(), QStringLiteral("2026-03-12T09:30:00+01:00"));

    const QList<AccessLog::Entry> log
        = AccessLog(fixture.context().database, fixture.context().clock)
              .list(DossierFixture::ClientId, 1);
    QCOMPARE(log.size(), 1);
    QCOMPARE(log.first().personId, fixture.contact.id);
    QCOMPARE(log.first().actorRole, std::optional<Role>(Role::Contact));
    QCOMPARE(log.first().action, AccessLog::Action::Read);
    QCOMPARE(log.first().resourceType, QStringLiteral("profile"));
}

void TestProfile::profile_answers304AndStillLogsTheRead()
{
    DossierFixture fixture;
    QCOMPARE(
        fixture.importCall("PUT", ImportPath.arg(DossierFixture::ClientId), bytes(fullProfile()))
            .status(),
        201);
    const QByteArray etag = fixture.call("GET", ProfilePath, fixture.clientToken).header("ETag");
    const Response again
        = fixture.call("GET", ProfilePath, fixture.clientToken, {}, { { "If-None-Match", etag } });
    QCOMPARE(again.status(), 304);
    QCOMPARE(AccessLog(fixture.context().database, fixture.context().clock)
                 .list(DossierFixture::ClientId, 10)
                 .size(),
             3); // the import, two reads
}

void TestProfile::profile_isNotFoundBeforeTheFirstImport()
{
    DossierFixture fixture;
    const Response response = fixture.call("GET", ProfilePath, fixture.clientToken);
    QCOMPARE(response.status(), 404);
    QCOMPARE(AccessLog(fixture.context().database, fixture.context().clock)
                 .list(DossierFixture::ClientId, 10)
                 .size(),
             0);
}

void TestProfile::profile_rightsMatrix()
{
    DossierFixture fixture;
    QCOMPARE(
        fixture.importCall("PUT", ImportPath.arg(DossierFixture::ClientId), bytes(fullProfile()))
            .status(),
        201);
    QCOMPARE(fixture.call("GET", ProfilePath, QString()).status(), 401);
    QCOMPARE(fixture.call("GET", ProfilePath, fixture.clientToken).status(), 200);
    QCOMPARE(fixture.call("GET", ProfilePath, fixture.representativeToken).status(), 200);

    Rights allButProfile = Rights::all();
    allButProfile.profile = false;
    fixture.setContactRights(allButProfile);
    Response refused = fixture.call("GET", ProfilePath, fixture.contactToken);
    QCOMPARE(refused.status(), 403);
    QCOMPARE(SignInFixture::problemCode(refused), QStringLiteral("right_missing"));
    QVERIFY(!refused.body().contains("Lindelaan"));
    Rights onlyProfile;
    onlyProfile.profile = true;
    fixture.setContactRights(onlyProfile);
    QCOMPARE(fixture.call("GET", ProfilePath, fixture.contactToken).status(), 200);

    refused = fixture.call("GET", ProfilePath, fixture.strangerToken);
    QCOMPARE(refused.status(), 403);
    QCOMPARE(SignInFixture::problemCode(refused), QStringLiteral("client_not_accessible"));
    QVERIFY(!refused.body().contains("Lindelaan"));
    // Refusals are not logged as reads: the import and the three reads that passed.
    const QList<AccessLog::Entry> log
        = AccessLog(fixture.context().database, fixture.context().clock)
              .list(DossierFixture::ClientId, 10);
    QCOMPARE(log.size(), 4);
}

QTEST_GUILESS_MAIN(TestProfile)
#include "tst_profileroutes.moc"
