#include "dossierfixture.h"
#include "server/appointments/appointmentstore.h"
#include "server/dossier/accesslog.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <QUuid>

using namespace Portiek::Server;

namespace {

const QString List = QStringLiteral("/api/v1/clients/100482/appointments");
const QString Import = QStringLiteral("/api/v1/import/clients/100482/appointments/");
const QString BusyTimes = QStringLiteral("/api/v1/import/clients/100482/busy-times");

QJsonObject own(const QString &title, const QString &start, const QString &end,
                const QString &note = QStringLiteral("Anouk brengt vader."))
{
    return { { QStringLiteral("title"), title },
             { QStringLiteral("start"), start },
             { QStringLiteral("end"), end },
             { QStringLiteral("location"), QStringLiteral("Kapsalon Knip, Rembrandtweg 3") },
             { QStringLiteral("note"), note } };
}

QString withPeriod(const QString &path, const QString &from, const QString &to)
{
    return path + QStringLiteral("?from=") + QString::fromLatin1(QUrl::toPercentEncoding(from))
        + QStringLiteral("&to=") + QString::fromLatin1(QUrl::toPercentEncoding(to));
}

QString day(const QString &path = List)
{
    return withPeriod(path, QStringLiteral("2026-03-12T00:00:00+01:00"),
                      QStringLiteral("2026-03-13T00:00:00+01:00"));
}

DossierFixture::Headers key(const QByteArray &value)
{
    return { { "Idempotency-Key", value } };
}

// Where the appointment a POST answered with lives.
QString pathOf(const Response &created)
{
    return List + QLatin1Char('/')
        + SignInFixture::json(created).value(QStringLiteral("id")).toString();
}

QJsonArray items(const Response &response)
{
    return SignInFixture::json(response).value(QStringLiteral("items")).toArray();
}

QString firstErrorCode(const Response &response)
{
    return SignInFixture::json(response)
        .value(QStringLiteral("errors"))
        .toArray()
        .first()
        .toObject()
        .value(QStringLiteral("code"))
        .toString();
}

} // namespace

class TestAgenda : public QObject
{
    Q_OBJECT

private slots:
    void create_storesAnOwnAppointmentWithItsAuthor();
    void create_isIdempotent();
    void create_refusesBadInput();
    void update_changesAndHonoursIfMatch();
    void delete_removesAnOwnAppointment();
    void repeatedChange_withItsKey_getsTheFirstAnswerNot412();
    void careTeamAppointments_areReadOnly();
    void contact_editsOnlyTheirOwn();
    void busyTimes_neverCarryContent();
    void busyTimes_mergeOverlapsAndKeepTheLimit();
    void accessLog_recordsReadsWritesAndExports();
    void mergeBusy_joinsOverlappingAndTouchingBlocks();
};

void TestAgenda::create_storesAnOwnAppointmentWithItsAuthor()
{
    DossierFixture fixture;
    QVERIFY(fixture.isValid());
    const Response created = fixture.callJson("POST", List, fixture.clientToken,
                                              own(QStringLiteral("Kapper"),
                                                  QStringLiteral("2026-03-12T14:00:00+01:00"),
                                                  QStringLiteral("2026-03-12T14:45:00+01:00")),
                                              key("create-own-0000001"));
    QCOMPARE(created.status(), 201);
    const QJsonObject body = SignInFixture::json(created);
    const QString id = body.value(QStringLiteral("id")).toString();
    QVERIFY(id.startsWith(QLatin1String("apt_")));
    QCOMPARE(created.header("Location"), (List + QLatin1Char('/') + id).toUtf8());
    QCOMPARE(body.value(QStringLiteral("kind")).toString(), QStringLiteral("own"));
    QCOMPARE(body.value(QStringLiteral("note")).toString(), QStringLiteral("Anouk brengt vader."));
    QCOMPARE(body.value(QStringLiteral("indicativeTime")).toBool(), false);
    QVERIFY(body.value(QStringLiteral("caregiver")).isNull());
    QCOMPARE(body.value(QStringLiteral("canEdit")).toBool(), true);
    const QJsonObject author = body.value(QStringLiteral("createdBy")).toObject();
    QCOMPARE(author.value(QStringLiteral("id")).toString(), fixture.client.id);
    QCOMPARE(author.value(QStringLiteral("role")).toString(), QStringLiteral("client"));
    QVERIFY(author.contains(QStringLiteral("photoUrl")));

    const Response one = fixture.call("GET", List + QLatin1Char('/') + id, fixture.clientToken);
    QCOMPARE(one.status(), 200);
    QCOMPARE(one.header("ETag"), created.header("ETag"));
    QCOMPARE(one.header("Cache-Control"), QByteArrayLiteral("private, no-cache"));
    const QJsonArray listed = items(fixture.call("GET", day(), fixture.clientToken));
    QCOMPARE(listed.size(), 1);
    QCOMPARE(listed.first().toObject(), body);
    QCOMPARE(
        fixture.call("GET", List + QStringLiteral("/apt_nothing"), fixture.clientToken).status(),
        404);
}

void TestAgenda::create_isIdempotent()
{
    DossierFixture fixture;
    const QJsonObject input
        = own(QStringLiteral("Tandarts"), QStringLiteral("2026-03-12T10:00:00+01:00"),
              QStringLiteral("2026-03-12T10:30:00+01:00"));
    const Response first
        = fixture.callJson("POST", List, fixture.clientToken, input, key("same-key-000000001"));
    const Response again
        = fixture.callJson("POST", List, fixture.clientToken, input, key("same-key-000000001"));
    QCOMPARE(first.status(), 201);
    QCOMPARE(again.status(), 201);
    QCOMPARE(again.header("Idempotent-Replayed"), QByteArrayLiteral("true"));
    QCOMPARE(again.body(), first.body());
    QCOMPARE(items(fixture.call("GET", day(), fixture.clientToken)).size(), 1);
    QCOMPARE(fixture.callJson("POST", List, fixture.clientToken, input).status(), 400);
    QJsonObject other = input;
    other.insert(QStringLiteral("title"), QStringLiteral("Huisarts"));
    QCOMPARE(SignInFixture::problemCode(fixture.callJson("POST", List, fixture.clientToken, other,
                                                         key("same-key-000000001"))),
             QStringLiteral("idempotency_key_reused"));
}

void TestAgenda::create_refusesBadInput()
{
    DossierFixture fixture;
    const auto post = [&](const QJsonObject &body) {
        return fixture.callJson("POST", List, fixture.clientToken, body,
                                key(QUuid::createUuid().toByteArray(QUuid::WithoutBraces)));
    };
    const Response backwards
        = post(own(QStringLiteral("Kapper"), QStringLiteral("2026-03-12T15:00:00+01:00"),
                   QStringLiteral("2026-03-12T14:00:00+01:00")));
    QCOMPARE(backwards.status(), 422);
    QCOMPARE(firstErrorCode(backwards), QStringLiteral("end_before_start"));
    const Response tooLong
        = post(own(QStringLiteral("Vakantie"), QStringLiteral("2026-03-12T15:00:00+01:00"),
                   QStringLiteral("2026-03-27T15:00:00+01:00")));
    QCOMPARE(firstErrorCode(tooLong), QStringLiteral("range_too_long"));
    const Response noTitle = post(own(QStringLiteral("  "), QStringLiteral("2026-03-12T15:00:00Z"),
                                      QStringLiteral("2026-03-12T16:00:00Z")));
    QCOMPARE(firstErrorCode(noTitle), QStringLiteral("too_short"));
    const Response longTitle
        = post(own(QString(101, QLatin1Char('x')), QStringLiteral("2026-03-12T15:00:00Z"),
                   QStringLiteral("2026-03-12T16:00:00Z"), QString(2001, QLatin1Char('n'))));
    const QJsonArray errors
        = SignInFixture::json(longTitle).value(QStringLiteral("errors")).toArray();
    QCOMPARE(errors.size(), 2);
    QCOMPARE(errors.at(1).toObject().value(QStringLiteral("field")).toString(),
             QStringLiteral("note"));
    QCOMPARE(post(QJsonObject { { QStringLiteral("title"), QStringLiteral("Kapper") } }).status(),
             422);
    QCOMPARE(fixture.call("POST", List, fixture.clientToken, "not json", key("garbage-body-0001"))
                 .status(),
             400);
    QCOMPARE(items(fixture.call("GET", day(), fixture.clientToken)).size(), 0);
}

void TestAgenda::update_changesAndHonoursIfMatch()
{
    DossierFixture fixture;
    const Response created = fixture.callJson("POST", List, fixture.representativeToken,
                                              own(QStringLiteral("Kapper"),
                                                  QStringLiteral("2026-03-12T14:00:00+01:00"),
                                                  QStringLiteral("2026-03-12T14:45:00+01:00")),
                                              key("update-0000000001"));
    const QString path = pathOf(created);
    const QByteArray etag = created.header("ETag");

    const QJsonObject later
        = own(QStringLiteral("Kapper"), QStringLiteral("2026-03-12T15:00:00+01:00"),
              QStringLiteral("2026-03-12T15:45:00+01:00"), QStringLiteral("Een uur later."));
    const Response changed = fixture.callJson("PUT", path, fixture.representativeToken, later,
                                              { { "If-Match", etag } });
    QCOMPARE(changed.status(), 200);
    QCOMPARE(SignInFixture::json(changed).value(QStringLiteral("start")).toString(),
             QStringLiteral("2026-03-12T15:00:00+01:00"));
    QCOMPARE(SignInFixture::json(changed).value(QStringLiteral("note")).toString(),
             QStringLiteral("Een uur later."));
    QCOMPARE(fixture.call("GET", path, fixture.representativeToken).header("ETag"),
             changed.header("ETag"));
    // The old tag is stale now: someone else's change is never overwritten.
    const Response stale = fixture.callJson("PUT", path, fixture.representativeToken,
                                            own(QStringLiteral("Kapper"),
                                                QStringLiteral("2026-03-12T16:00:00+01:00"),
                                                QStringLiteral("2026-03-12T16:45:00+01:00")),
                                            { { "If-Match", etag } });
    QCOMPARE(stale.status(), 412);
    QCOMPARE(SignInFixture::problemCode(stale), QStringLiteral("precondition_failed"));
    QCOMPARE(fixture.call("DELETE", path, fixture.representativeToken, {}, { { "If-Match", etag } })
                 .status(),
             412);
    // The client may change what their representative made; without If-Match too.
    const Response byClient = fixture.callJson("PUT", path, fixture.clientToken,
                                               own(QStringLiteral("Kapper"),
                                                   QStringLiteral("2026-03-12T15:30:00+01:00"),
                                                   QStringLiteral("2026-03-12T16:00:00+01:00")));
    QCOMPARE(byClient.status(), 200);
    const Response invalid
        = fixture.callJson("PUT", path, fixture.clientToken,
                           own(QString(), QStringLiteral("2026-03-12T15:30:00+01:00"),
                               QStringLiteral("2026-03-12T16:00:00+01:00")));
    QCOMPARE(invalid.status(), 422);
    QCOMPARE(
        fixture.callJson("PUT", List + QStringLiteral("/apt_nothing"), fixture.clientToken, later)
            .status(),
        404);
}

void TestAgenda::delete_removesAnOwnAppointment()
{
    DossierFixture fixture;
    const Response created = fixture.callJson("POST", List, fixture.clientToken,
                                              own(QStringLiteral("Kapper"),
                                                  QStringLiteral("2026-03-12T14:00:00+01:00"),
                                                  QStringLiteral("2026-03-12T14:45:00+01:00")),
                                              key("delete-0000000001"));
    const QString path = pathOf(created);
    QCOMPARE(fixture
                 .call("DELETE", path, fixture.clientToken, {},
                       { { "If-Match", created.header("ETag") } })
                 .status(),
             204);
    QCOMPARE(fixture.call("GET", path, fixture.clientToken).status(), 404);
    QCOMPARE(fixture.call("DELETE", path, fixture.clientToken).status(), 404);
    QCOMPARE(items(fixture.call("GET", day(), fixture.clientToken)).size(), 0);
}

void TestAgenda::repeatedChange_withItsKey_getsTheFirstAnswerNot412()
{
    // The answer to a change was lost and the client sends it again, If-Match and all.
    DossierFixture fixture;
    const Response created = fixture.callJson("POST", List, fixture.clientToken,
                                              own(QStringLiteral("Kapper"),
                                                  QStringLiteral("2026-03-12T14:00:00+01:00"),
                                                  QStringLiteral("2026-03-12T14:45:00+01:00")),
                                              key("repeat-0000000001"));
    const QString path = pathOf(created);
    const QJsonObject later
        = own(QStringLiteral("Kapper"), QStringLiteral("2026-03-12T15:00:00+01:00"),
              QStringLiteral("2026-03-12T15:45:00+01:00"));
    const DossierFixture::Headers change { { "If-Match", created.header("ETag") },
                                           { "Idempotency-Key", "change-000000000001" } };
    const Response first = fixture.callJson("PUT", path, fixture.clientToken, later, change);
    const Response again = fixture.callJson("PUT", path, fixture.clientToken, later, change);
    QCOMPARE(first.status(), 200);
    QVERIFY(!first.hasHeader("Idempotent-Replayed"));
    QCOMPARE(again.status(), 200);
    QCOMPARE(again.header("Idempotent-Replayed"), QByteArrayLiteral("true"));
    QCOMPARE(again.body(), first.body());
    QCOMPARE(again.header("ETag"), first.header("ETag"));
    // Without its key the same repeat is refused, as before: the tag is stale.
    QCOMPARE(fixture
                 .callJson("PUT", path, fixture.clientToken, later,
                           { { "If-Match", created.header("ETag") } })
                 .status(),
             412);
    // The key belongs to that change: another body with it is refused and changes nothing.
    QJsonObject other = later;
    other.insert(QStringLiteral("title"), QStringLiteral("Huisarts"));
    QCOMPARE(SignInFixture::problemCode(
                 fixture.callJson("PUT", path, fixture.clientToken, other, change)),
             QStringLiteral("idempotency_key_reused"));
    QCOMPARE(SignInFixture::json(fixture.call("GET", path, fixture.clientToken))
                 .value(QStringLiteral("title"))
                 .toString(),
             QStringLiteral("Kapper"));

    // A removal sent twice: removed once, and the repeat hears so too, not 412 or 404.
    const DossierFixture::Headers removal { { "If-Match", first.header("ETag") },
                                            { "Idempotency-Key", "remove-000000000001" } };
    QCOMPARE(fixture.call("DELETE", path, fixture.clientToken, {}, removal).status(), 204);
    const Response removedAgain = fixture.call("DELETE", path, fixture.clientToken, {}, removal);
    QCOMPARE(removedAgain.status(), 204);
    QCOMPARE(removedAgain.header("Idempotent-Replayed"), QByteArrayLiteral("true"));
    QCOMPARE(fixture.call("GET", path, fixture.clientToken).status(), 404);
    // A refused change is not remembered: with the right tag its key still works.
    const Response made
        = fixture.callJson("POST", List, fixture.clientToken, later, key("repeat-0000000002"));
    const QString madePath = pathOf(made);
    const DossierFixture::Headers stale { { "If-Match", created.header("ETag") },
                                          { "Idempotency-Key", "change-000000000002" } };
    QCOMPARE(fixture.callJson("PUT", madePath, fixture.clientToken, later, stale).status(), 412);
    const DossierFixture::Headers fresh { { "If-Match", made.header("ETag") },
                                          { "Idempotency-Key", "change-000000000002" } };
    const Response applied = fixture.callJson("PUT", madePath, fixture.clientToken, later, fresh);
    QCOMPARE(applied.status(), 200);
    QVERIFY(!applied.hasHeader("Idempotent-Replayed"));
}

void TestAgenda::careTeamAppointments_areReadOnly()
{
    DossierFixture fixture;
    const Response imported
        = fixture.importCall("PUT", Import + QStringLiteral("ECD-1"),
                             R"({"title":"Ochtendzorg","start":"2026-03-12T08:00:00+01:00",)"
                             R"("end":"2026-03-12T08:45:00+01:00"})");
    QCOMPARE(imported.status(), 201);
    const QString path = pathOf(imported);
    const Response one = fixture.call("GET", path, fixture.clientToken);
    QCOMPARE(one.status(), 200);
    QCOMPARE(SignInFixture::json(one).value(QStringLiteral("canEdit")).toBool(), false);
    QCOMPARE(SignInFixture::json(one).value(QStringLiteral("kind")).toString(),
             QStringLiteral("careTeam"));
    const Response change = fixture.callJson("PUT", path, fixture.clientToken,
                                             own(QStringLiteral("Uitslapen"),
                                                 QStringLiteral("2026-03-12T10:00:00+01:00"),
                                                 QStringLiteral("2026-03-12T10:45:00+01:00")));
    QCOMPARE(change.status(), 403);
    QCOMPARE(SignInFixture::problemCode(change), QStringLiteral("appointment_read_only"));
    const Response remove = fixture.call("DELETE", path, fixture.representativeToken);
    QCOMPARE(SignInFixture::problemCode(remove), QStringLiteral("appointment_read_only"));
    // No data in a refusal.
    QVERIFY(!remove.body().contains("Ochtendzorg"));
    QCOMPARE(fixture.call("GET", path, fixture.clientToken).status(), 200);
}

void TestAgenda::contact_editsOnlyTheirOwn()
{
    DossierFixture fixture;
    Rights rights;
    rights.agendaView = true;
    rights.agendaEdit = true;
    fixture.setContactRights(rights);
    const Response byClient
        = fixture.callJson("POST", List, fixture.clientToken,
                           own(QStringLiteral("Bingo"), QStringLiteral("2026-03-12T19:00:00+01:00"),
                               QStringLiteral("2026-03-12T21:00:00+01:00")),
                           key("contact-0000000001"));
    const Response byContact = fixture.callJson("POST", List, fixture.contactToken,
                                                own(QStringLiteral("Kapper"),
                                                    QStringLiteral("2026-03-12T14:00:00+01:00"),
                                                    QStringLiteral("2026-03-12T14:45:00+01:00")),
                                                key("contact-0000000002"));
    QCOMPARE(byContact.status(), 201);
    QCOMPARE(SignInFixture::json(byContact)
                 .value(QStringLiteral("createdBy"))
                 .toObject()
                 .value(QStringLiteral("role"))
                 .toString(),
             QStringLiteral("contact"));
    const QString clientPath = pathOf(byClient);
    const QString contactPath = pathOf(byContact);

    // The contact sees the client's appointment with its content, but may not change it.
    const QJsonObject seen
        = SignInFixture::json(fixture.call("GET", clientPath, fixture.contactToken));
    QCOMPARE(seen.value(QStringLiteral("title")).toString(), QStringLiteral("Bingo"));
    QCOMPARE(seen.value(QStringLiteral("canEdit")).toBool(), false);
    QCOMPARE(SignInFixture::problemCode(fixture.call("DELETE", clientPath, fixture.contactToken)),
             QStringLiteral("not_author"));
    QCOMPARE(fixture.call("DELETE", contactPath, fixture.contactToken).status(), 204);

    // With agendaView only: reading, and canEdit false everywhere.
    Rights viewOnly;
    viewOnly.agendaView = true;
    fixture.setContactRights(viewOnly);
    const QJsonArray listed = items(fixture.call("GET", day(), fixture.contactToken));
    QCOMPARE(listed.size(), 1);
    QCOMPARE(listed.first().toObject().value(QStringLiteral("canEdit")).toBool(), false);
    QCOMPARE(SignInFixture::problemCode(fixture.callJson(
                 "POST", List, fixture.contactToken,
                 own(QStringLiteral("Kapper"), QStringLiteral("2026-03-12T14:00:00+01:00"),
                     QStringLiteral("2026-03-12T14:45:00+01:00")),
                 key("contact-0000000003"))),
             QStringLiteral("right_missing"));
}

void TestAgenda::busyTimes_neverCarryContent()
{
    DossierFixture fixture;
    const QString secret = QStringLiteral("Geheim-bezoek-aan-de-notaris");
    QCOMPARE(fixture
                 .callJson("POST", List, fixture.clientToken,
                           own(secret, QStringLiteral("2026-03-12T14:00:00+01:00"),
                               QStringLiteral("2026-03-12T14:45:00+01:00"),
                               QStringLiteral("notitie-die-niemand-mag-zien")),
                           key("busy-content-00001"))
                 .status(),
             201);
    const Response busy = fixture.importCall("GET", day(BusyTimes));
    QCOMPARE(busy.status(), 200);
    QVERIFY(!busy.body().contains(secret.toUtf8()));
    QVERIFY(!busy.body().contains("notitie"));
    QVERIFY(!busy.body().contains("Kapsalon"));
    QVERIFY(!busy.body().contains(fixture.client.id.toUtf8()));
    const QJsonArray blocks = items(busy);
    QCOMPARE(blocks.size(), 1);
    const QJsonObject block = blocks.first().toObject();
    QCOMPARE(block.keys(), QStringList({ QStringLiteral("end"), QStringLiteral("start") }));
    QCOMPARE(block.value(QStringLiteral("start")).toString(),
             QStringLiteral("2026-03-12T14:00:00+01:00"));
    QCOMPARE(block.value(QStringLiteral("end")).toString(),
             QStringLiteral("2026-03-12T14:45:00+01:00"));
    QCOMPARE(busy.header("Cache-Control"), QByteArrayLiteral("private, no-cache"));
    QCOMPARE(
        fixture.importCall("GET", day(BusyTimes), {}, "application/json", "wrong-key").status(),
        401);
    // A person's session is no key for the import API.
    QCOMPARE(fixture.call("GET", day(BusyTimes), fixture.clientToken).status(), 401);
}

void TestAgenda::busyTimes_mergeOverlapsAndKeepTheLimit()
{
    DossierFixture fixture;
    int n = 0;
    const auto add = [&](const char *start, const char *end) {
        const Response created = fixture.callJson(
            "POST", List, fixture.clientToken,
            own(QStringLiteral("Afspraak"), QLatin1String(start), QLatin1String(end)),
            key("busy-merge-000000" + QByteArray::number(++n)));
        QCOMPARE(created.status(), 201);
    };
    add("2026-03-12T14:00:00+01:00", "2026-03-12T15:00:00+01:00");
    add("2026-03-12T14:30:00+01:00", "2026-03-12T16:00:00+01:00");
    add("2026-03-12T14:40:00+01:00", "2026-03-12T14:50:00+01:00");
    add("2026-03-12T16:00:00+01:00", "2026-03-12T17:00:00+01:00"); // touches the block before
    add("2026-03-12T19:00:00+01:00", "2026-03-12T20:00:00+01:00");
    // The care team's own appointments are no busy time of the client's.
    QCOMPARE(fixture
                 .importCall("PUT", Import + QStringLiteral("ECD-2"),
                             R"({"title":"Avondzorg","start":"2026-03-12T21:00:00+01:00",)"
                             R"("end":"2026-03-12T21:30:00+01:00"})")
                 .status(),
             201);
    const QJsonArray blocks = items(fixture.importCall("GET", day(BusyTimes)));
    QCOMPARE(blocks.size(), 2);
    QCOMPARE(blocks.at(0).toObject().value(QStringLiteral("start")).toString(),
             QStringLiteral("2026-03-12T14:00:00+01:00"));
    QCOMPARE(blocks.at(0).toObject().value(QStringLiteral("end")).toString(),
             QStringLiteral("2026-03-12T17:00:00+01:00"));
    QCOMPARE(blocks.at(1).toObject().value(QStringLiteral("start")).toString(),
             QStringLiteral("2026-03-12T19:00:00+01:00"));
    const Response paged = fixture.importCall("GET", day(BusyTimes) + QStringLiteral("&limit=1"));
    QCOMPARE(items(paged).size(), 1);
    QVERIFY(!SignInFixture::json(paged).value(QStringLiteral("nextCursor")).isNull());

    const Response tooLong
        = fixture.importCall("GET",
                             withPeriod(BusyTimes, QStringLiteral("2026-03-01T00:00:00+01:00"),
                                        QStringLiteral("2026-05-03T00:00:00+02:00")));
    QCOMPARE(tooLong.status(), 422);
    QCOMPARE(firstErrorCode(tooLong), QStringLiteral("range_too_long"));
    QCOMPARE(fixture
                 .importCall("GET",
                             withPeriod(BusyTimes, QStringLiteral("2026-03-01T00:00:00+01:00"),
                                        QStringLiteral("2026-05-02T00:00:00+02:00")))
                 .status(),
             200);
    QCOMPARE(fixture.importCall("GET", BusyTimes).status(), 400);
    QCOMPARE(
        fixture.importCall("GET", day(QStringLiteral("/api/v1/import/clients/nobody/busy-times")))
            .status(),
        404);
}

void TestAgenda::accessLog_recordsReadsWritesAndExports()
{
    DossierFixture fixture;
    const Response created = fixture.callJson("POST", List, fixture.clientToken,
                                              own(QStringLiteral("Kapper"),
                                                  QStringLiteral("2026-03-12T14:00:00+01:00"),
                                                  QStringLiteral("2026-03-12T14:45:00+01:00")),
                                              key("log-000000000001"));
    const QString id = SignInFixture::json(created).value(QStringLiteral("id")).toString();
    QCOMPARE(
        fixture.call("GET", List + QLatin1Char('/') + id, fixture.representativeToken).status(),
        200);
    QCOMPARE(fixture.importCall("GET", day(BusyTimes)).status(), 200);

    const AccessLog log(fixture.context().database, fixture.context().clock);
    const QList<AccessLog::Entry> entries = log.list(DossierFixture::ClientId, 10);
    QCOMPARE(entries.size(), 3);
    QCOMPARE(entries.at(2).action, AccessLog::Action::Create);
    QCOMPARE(entries.at(2).resourceType, QStringLiteral("appointment"));
    QCOMPARE(entries.at(2).resourceId, id);
    QCOMPARE(entries.at(1).action, AccessLog::Action::Read);
    QCOMPARE(entries.at(1).personId, fixture.representative.id);
    QCOMPARE(entries.at(0).action, AccessLog::Action::Export);
    QCOMPARE(entries.at(0).actorKind, AccessLog::ActorKind::CareOrganisation);
    QCOMPARE(entries.at(0).resourceType, QStringLiteral("busyTimes"));
    QVERIFY(entries.at(0).resourceId.isEmpty());
}

void TestAgenda::mergeBusy_joinsOverlappingAndTouchingBlocks()
{
    const QDateTime t0(QDate(2026, 3, 12), QTime(12, 0), Qt::UTC);
    const auto at = [&](int minutes) { return t0.addSecs(minutes * 60); };
    QCOMPARE(AppointmentStore::merge({}), QList<BusyBlock>());
    QCOMPARE(
        AppointmentStore::merge(
            { { at(0), at(60) }, { at(10), at(20) }, { at(60), at(90) }, { at(100), at(110) } }),
        QList<BusyBlock>({ { at(0), at(90) }, { at(100), at(110) } }));
}

QTEST_GUILESS_MAIN(TestAgenda)
#include "tst_agenda.moc"
