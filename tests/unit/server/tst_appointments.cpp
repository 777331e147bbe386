#include "dossierfixture.h"
#include "server/app/servercontext.h"
#include "server/dossier/accesslog.h"
#include "server/import/syncstamps.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Portiek::Server;

namespace {

const QString Import = QStringLiteral("/api/v1/import/clients/100482/appointments/");
const QString List = QStringLiteral("/api/v1/clients/100482/appointments");

QByteArray appointment(const QString &title, const QString &start, const QString &end,
                       const QJsonValue &caregiver = QStringLiteral("Ruud Visser"))
{
    return QJsonDocument(
               QJsonObject { { QStringLiteral("title"), title },
                             { QStringLiteral("start"), start },
                             { QStringLiteral("end"), end },
                             { QStringLiteral("location"), QStringLiteral("Eikenhof, kamer 2.14") },
                             { QStringLiteral("caregiver"), caregiver } })
        .toJson(QJsonDocument::Compact);
}

QString period(const QString &from, const QString &to)
{
    return List + QStringLiteral("?from=") + QString::fromLatin1(QUrl::toPercentEncoding(from))
        + QStringLiteral("&to=") + QString::fromLatin1(QUrl::toPercentEncoding(to));
}

QStringList titles(const Response &response)
{
    QStringList result;
    const QJsonArray items = SignInFixture::json(response).value(QStringLiteral("items")).toArray();
    for (const QJsonValue &item : items)
        result.append(item.toObject().value(QStringLiteral("title")).toString());
    return result;
}

} // namespace

class TestAppointments : public QObject
{
    Q_OBJECT

private slots:
    void import_createsUpdatesAndCancels();
    void import_badPayloads_areRefusedAndWriteNothing();
    void list_givesThePeriodInOrder();
    void list_refusesBadPeriods();
    void list_needsAgendaViewAndIsLogged();
};

void TestAppointments::import_createsUpdatesAndCancels()
{
    DossierFixture fixture;
    QVERIFY(fixture.isValid());
    const Response created = fixture.importCall(
        "PUT", Import + "A-1",
        appointment(QStringLiteral("Ochtendzorg"), QStringLiteral("2026-03-12T08:00:00+01:00"),
                    QStringLiteral("2026-03-12T08:45:00+01:00")));
    QCOMPARE(created.status(), 201);
    const QString id = SignInFixture::json(created).value(QStringLiteral("id")).toString();
    QVERIFY(id.startsWith(QLatin1String("apt_")));
    const SyncStamps stamps(fixture.context().database, fixture.context().clock);
    QCOMPARE(stamps.lastUpdatedAt(DossierFixture::ClientId), fixture.clock().now());

    const Response updated = fixture.importCall(
        "PUT", Import + "A-1",
        appointment(QStringLiteral("Ochtendzorg en douchen"),
                    QStringLiteral("2026-03-12T08:15:00+01:00"),
                    QStringLiteral("2026-03-12T09:00:00+01:00"), QJsonValue::Null));
    QCOMPARE(updated.status(), 200);
    QCOMPARE(SignInFixture::json(updated).value(QStringLiteral("id")).toString(), id);

    const Response day = fixture.call("GET",
                                      period(QStringLiteral("2026-03-12T00:00:00+01:00"),
                                             QStringLiteral("2026-03-13T00:00:00+01:00")),
                                      fixture.clientToken);
    QCOMPARE(day.status(), 200);
    const QJsonArray items = SignInFixture::json(day).value(QStringLiteral("items")).toArray();
    QCOMPARE(items.size(), 1);
    const QJsonObject item = items.first().toObject();
    QCOMPARE(item.value(QStringLiteral("id")).toString(), id);
    QCOMPARE(item.value(QStringLiteral("kind")).toString(), QStringLiteral("careTeam"));
    QCOMPARE(item.value(QStringLiteral("title")).toString(),
             QStringLiteral("Ochtendzorg en douchen"));
    QCOMPARE(item.value(QStringLiteral("start")).toString(),
             QStringLiteral("2026-03-12T08:15:00+01:00"));
    QCOMPARE(item.value(QStringLiteral("end")).toString(),
             QStringLiteral("2026-03-12T09:00:00+01:00"));
    QCOMPARE(item.value(QStringLiteral("location")).toString(),
             QStringLiteral("Eikenhof, kamer 2.14"));
    QVERIFY(item.value(QStringLiteral("caregiver")).isNull());
    QVERIFY(item.value(QStringLiteral("note")).isNull());
    QVERIFY(item.value(QStringLiteral("createdBy")).isNull());
    QCOMPARE(item.value(QStringLiteral("indicativeTime")).toBool(), true);
    QCOMPARE(item.value(QStringLiteral("canEdit")).toBool(), false);

    QCOMPARE(fixture.importCall("DELETE", Import + "A-1").status(), 204);
    QCOMPARE(fixture.importCall("DELETE", Import + "A-1").status(), 404);
    QCOMPARE(titles(fixture.call("GET",
                                 period(QStringLiteral("2026-03-12T00:00:00+01:00"),
                                        QStringLiteral("2026-03-13T00:00:00+01:00")),
                                 fixture.clientToken)),
             QStringList());
}

void TestAppointments::import_badPayloads_areRefusedAndWriteNothing()
{
    DossierFixture fixture;
    const Response backwards = fixture.importCall(
        "PUT", Import + "A-2",
        appointment(QStringLiteral("Fysiotherapie"), QStringLiteral("2026-03-12T10:00:00+01:00"),
                    QStringLiteral("2026-03-12T09:00:00+01:00")));
    QCOMPARE(backwards.status(), 422);
    const QJsonObject error = SignInFixture::json(backwards)
                                  .value(QStringLiteral("errors"))
                                  .toArray()
                                  .first()
                                  .toObject();
    QCOMPARE(error.value(QStringLiteral("field")).toString(), QStringLiteral("end"));
    QCOMPARE(error.value(QStringLiteral("code")).toString(), QStringLiteral("end_before_start"));

    const Response noOffset
        = fixture.importCall("PUT", Import + "A-2",
                             appointment(QString(), QStringLiteral("2026-03-12T10:00:00"),
                                         QStringLiteral("2026-03-12T11:00:00+01:00")));
    QCOMPARE(noOffset.status(), 422);
    QCOMPARE(SignInFixture::json(noOffset).value(QStringLiteral("errors")).toArray().size(), 2);
    QCOMPARE(fixture.importCall("PUT", Import + "A-2", "not json").status(), 400);
    QCOMPARE(fixture.importCall("PUT", Import + "A-2", "<x/>", "text/xml").status(), 415);
    QCOMPARE(fixture
                 .importCall("PUT", QStringLiteral("/api/v1/import/clients/nobody/appointments/A"),
                             appointment(QStringLiteral("Kapper"),
                                         QStringLiteral("2026-03-12T10:00:00+01:00"),
                                         QStringLiteral("2026-03-12T11:00:00+01:00")))
                 .status(),
             404);
    const SyncStamps stamps(fixture.context().database, fixture.context().clock);
    QVERIFY(stamps.lastUpdatedAt(DossierFixture::ClientId).isNull());
}

void TestAppointments::list_givesThePeriodInOrder()
{
    DossierFixture fixture;
    const auto add = [&](const char *id, const QString &title, const QString &start,
                         const QString &end) {
        QCOMPARE(fixture.importCall("PUT", Import + id, appointment(title, start, end)).status(),
                 201);
    };
    add("B-1", QStringLiteral("Avondzorg"), QStringLiteral("2026-03-12T21:00:00+01:00"),
        QStringLiteral("2026-03-12T21:30:00+01:00"));
    add("B-2", QStringLiteral("Ochtendzorg"), QStringLiteral("2026-03-12T08:00:00+01:00"),
        QStringLiteral("2026-03-12T08:45:00+01:00"));
    add("B-3", QStringLiteral("Nachtronde"), QStringLiteral("2026-03-11T23:30:00+01:00"),
        QStringLiteral("2026-03-12T00:30:00+01:00")); // overlaps the start of the day
    add("B-4", QStringLiteral("Fysiotherapie"), QStringLiteral("2026-03-13T10:00:00+01:00"),
        QStringLiteral("2026-03-13T10:30:00+01:00")); // tomorrow
    add("B-5", QStringLiteral("Koffie"), QStringLiteral("2026-03-12T08:00:00+01:00"),
        QStringLiteral("2026-03-12T08:30:00+01:00"));

    const Response today = fixture.call("GET",
                                        period(QStringLiteral("2026-03-12T00:00:00+01:00"),
                                               QStringLiteral("2026-03-13T00:00:00+01:00")),
                                        fixture.clientToken);
    QCOMPARE(titles(today),
             QStringList({ QStringLiteral("Nachtronde"), QStringLiteral("Koffie"),
                           QStringLiteral("Ochtendzorg"), QStringLiteral("Avondzorg") }));
    // "Z" works as well as an offset; a page at a time.
    const Response first = fixture.call(
        "GET",
        period(QStringLiteral("2026-03-11T23:00:00Z"), QStringLiteral("2026-03-13T23:00:00Z"))
            + QStringLiteral("&limit=3"),
        fixture.clientToken);
    QCOMPARE(titles(first).size(), 3);
    const QString cursor
        = SignInFixture::json(first).value(QStringLiteral("nextCursor")).toString();
    const Response second = fixture.call(
        "GET",
        period(QStringLiteral("2026-03-11T23:00:00Z"), QStringLiteral("2026-03-13T23:00:00Z"))
            + QStringLiteral("&limit=3&cursor=") + cursor,
        fixture.clientToken);
    QCOMPARE(titles(second),
             QStringList({ QStringLiteral("Avondzorg"), QStringLiteral("Fysiotherapie") }));
    QCOMPARE(fixture
                 .call("GET",
                       period(QStringLiteral("2026-03-12T00:00:00+01:00"),
                              QStringLiteral("2026-03-13T00:00:00+01:00")),
                       fixture.clientToken, {}, { { "If-None-Match", today.header("ETag") } })
                 .status(),
             304);
}

void TestAppointments::list_refusesBadPeriods()
{
    DossierFixture fixture;
    QCOMPARE(fixture.call("GET", List, fixture.clientToken).status(), 400);
    QCOMPARE(fixture
                 .call("GET", period(QStringLiteral("2026-03-12"), QStringLiteral("2026-03-13")),
                       fixture.clientToken)
                 .status(),
             400);
    const Response tooLong = fixture.call("GET",
                                          period(QStringLiteral("2026-01-01T00:00:00+01:00"),
                                                 QStringLiteral("2026-03-05T00:00:00+01:00")),
                                          fixture.clientToken);
    QCOMPARE(tooLong.status(), 422);
    QCOMPARE(SignInFixture::json(tooLong)
                 .value(QStringLiteral("errors"))
                 .toArray()
                 .first()
                 .toObject()
                 .value(QStringLiteral("code"))
                 .toString(),
             QStringLiteral("range_too_long"));
    QCOMPARE(fixture
                 .call("GET",
                       period(QStringLiteral("2026-03-12T00:00:00+01:00"),
                              QStringLiteral("2026-03-11T00:00:00+01:00")),
                       fixture.clientToken)
                 .status(),
             422);
}

void TestAppointments::list_needsAgendaViewAndIsLogged()
{
    DossierFixture fixture;
    const QString day = period(QStringLiteral("2026-03-12T00:00:00+01:00"),
                               QStringLiteral("2026-03-13T00:00:00+01:00"));
    QCOMPARE(fixture.call("GET", day, QString()).status(), 401);
    QCOMPARE(SignInFixture::problemCode(fixture.call("GET", day, fixture.strangerToken)),
             QStringLiteral("client_not_accessible"));
    QCOMPARE(SignInFixture::problemCode(fixture.call("GET", day, fixture.contactToken)),
             QStringLiteral("right_missing"));
    Rights agenda;
    agenda.agendaView = true;
    fixture.setContactRights(agenda);
    QCOMPARE(fixture.call("GET", day, fixture.contactToken).status(), 200);
    QCOMPARE(fixture.call("GET", day, fixture.representativeToken).status(), 200);

    const AccessLog log(fixture.context().database, fixture.context().clock);
    const QList<AccessLog::Entry> entries = log.list(DossierFixture::ClientId, 10);
    QCOMPARE(entries.size(), 2);
    QCOMPARE(entries.at(1).personId, fixture.contact.id);
    QCOMPARE(entries.at(1).action, AccessLog::Action::Read);
    QCOMPARE(entries.at(1).resourceType, QStringLiteral("appointments"));
    QCOMPARE(entries.at(0).personId, fixture.representative.id);
}

QTEST_GUILESS_MAIN(TestAppointments)
#include "tst_appointments.moc"
