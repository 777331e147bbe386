#include "dossierfixture.h"
#include "server/app/servercontext.h"
#include "server/clients/syncschedule.h"
#include "server/photos/photostore.h"

#include <QBuffer>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Portiek::Server;

namespace {

const QTimeZone Amsterdam(QByteArrayLiteral("Europe/Amsterdam"));

QDateTime local(int year, int month, int day, int hour, int minute = 0)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute), Amsterdam);
}

// The next expected import after a wall-clock moment in Amsterdam, as Amsterdam wall-clock text.
QString nextAfter(const QDateTime &now, const ImportConfig &schedule = ImportConfig())
{
    const QDateTime next = SyncSchedule::nextExpectedUpdate(now.toUTC(), schedule, Amsterdam);
    return next.toTimeZone(Amsterdam).toString(Qt::ISODate);
}

} // namespace

// The "bijgewerkt om …, volgende update rond …" of the home screen: the schedule as a pure
// function, the sync-status route, and GET /api/v1/clients/{clientId}.
class TestSyncStatus : public QObject
{
    Q_OBJECT

private slots:
    void nextUpdate_isTheNextTimeOfTheDailyWindow_data();
    void nextUpdate_isTheNextTimeOfTheDailyWindow();
    void nextUpdate_keepsWallClockTimesAcrossDstChanges();
    void nextUpdate_skipsATimeThatDoesNotExistInTheSpringGap();
    void schedule_isDescribedAsTheContractSays();
    void syncStatus_givesLastImportAndNextExpected();
    void syncStatus_answers304ForAnUnchangedStatus();
    void client_isTheSummaryWithCurrentRightsAndPhoto();
    void clientRoutes_refuseStrangersAndAnswerEveryoneLinked();
};

void TestSyncStatus::nextUpdate_isTheNextTimeOfTheDailyWindow_data()
{
    QTest::addColumn<QDateTime>("now");
    QTest::addColumn<QString>("expected");
    // Default: every 240 minutes from 07:00 to 23:00 → 07, 11, 15, 19, 23.
    QTest::newRow("night") << local(2026, 3, 12, 3, 10) << "2026-03-12T07:00:00+01:00";
    QTest::newRow("exactly at one") << local(2026, 3, 12, 11) << "2026-03-12T15:00:00+01:00";
    QTest::newRow("just before one") << local(2026, 3, 12, 10, 59) << "2026-03-12T11:00:00+01:00";
    QTest::newRow("after the last") << local(2026, 3, 12, 23, 1) << "2026-03-13T07:00:00+01:00";
    QTest::newRow("just after midnight") << local(2026, 3, 13, 0, 5) << "2026-03-13T07:00:00+01:00";
    QTest::newRow("year end") << local(2026, 12, 31, 23, 30) << "2027-01-01T07:00:00+01:00";
    QTest::newRow("summer") << local(2026, 7, 1, 16) << "2026-07-01T19:00:00+02:00";
}

void TestSyncStatus::nextUpdate_isTheNextTimeOfTheDailyWindow()
{
    QFETCH(QDateTime, now);
    QFETCH(QString, expected);
    QCOMPARE(nextAfter(now), expected);
}

void TestSyncStatus::nextUpdate_keepsWallClockTimesAcrossDstChanges()
{
    // Summer time starts on 29 March 2026 and ends on 25 October 2026: the night before each,
    // the next update is still 07:00 local time, with the new offset.
    QCOMPARE(nextAfter(local(2026, 3, 28, 23, 30)), QStringLiteral("2026-03-29T07:00:00+02:00"));
    QCOMPARE(nextAfter(local(2026, 10, 24, 23, 30)), QStringLiteral("2026-10-25T07:00:00+01:00"));
    // Measured in UTC the night is an hour shorter or longer; the wall clock is what counts.
    const QDateTime spring = SyncSchedule::nextExpectedUpdate(local(2026, 3, 28, 23, 30).toUTC(),
                                                              ImportConfig(), Amsterdam);
    QCOMPARE(spring, QDateTime(QDate(2026, 3, 29), QTime(5, 0), Qt::UTC));
    const QDateTime autumn = SyncSchedule::nextExpectedUpdate(local(2026, 10, 24, 23, 30).toUTC(),
                                                              ImportConfig(), Amsterdam);
    QCOMPARE(autumn, QDateTime(QDate(2026, 10, 25), QTime(6, 0), Qt::UTC));
}

void TestSyncStatus::nextUpdate_skipsATimeThatDoesNotExistInTheSpringGap()
{
    ImportConfig hourly;
    hourly.intervalMinutes = 30;
    hourly.windowStart = QTime(0, 0);
    hourly.windowEnd = QTime(23, 30);
    // 02:00 and 02:30 do not exist on 29 March 2026; after 01:30 (+01:00) comes 03:00 (+02:00).
    QCOMPARE(nextAfter(local(2026, 3, 29, 1, 40), hourly),
             QStringLiteral("2026-03-29T03:00:00+02:00"));
    // After the day's last time comes the next day's first, across midnight.
    QCOMPARE(nextAfter(local(2026, 3, 29, 23, 45), hourly),
             QStringLiteral("2026-03-30T00:00:00+02:00"));
    // In the autumn the hour 02:00–03:00 comes twice; the next time is still ahead of now.
    const QDateTime twice = QDateTime(QDate(2026, 10, 25), QTime(0, 45), Qt::UTC); // 02:45 +01
    const QDateTime next = SyncSchedule::nextExpectedUpdate(twice, hourly, Amsterdam);
    QVERIFY(next > twice);
    QVERIFY(next <= twice.addSecs(30 * 60));
}

void TestSyncStatus::schedule_isDescribedAsTheContractSays()
{
    const QJsonObject json = SyncSchedule::scheduleJson(ImportConfig(), Amsterdam);
    QCOMPARE(json.value(QStringLiteral("intervalMinutes")).toInt(), 240);
    QCOMPARE(json.value(QStringLiteral("windowStart")).toString(), QStringLiteral("07:00"));
    QCOMPARE(json.value(QStringLiteral("windowEnd")).toString(), QStringLiteral("23:00"));
    QCOMPARE(json.value(QStringLiteral("timeZone")).toString(), QStringLiteral("Europe/Amsterdam"));
}

void TestSyncStatus::syncStatus_givesLastImportAndNextExpected()
{
    DossierFixture fixture;
    QVERIFY(fixture.isValid());
    fixture.clock().set(local(2026, 3, 12, 9, 30));
    const QString path = QStringLiteral("/api/v1/clients/100482/sync-status");

    Response response = fixture.call("GET", path, fixture.contactToken);
    QCOMPARE(response.status(), 200);
    QCOMPARE(response.header("Cache-Control"), QByteArray("private, no-cache"));
    QJsonObject json = SignInFixture::json(response);
    QVERIFY(json.value(QStringLiteral("lastUpdatedAt")).isNull()); // no import yet
    QCOMPARE(json.value(QStringLiteral("nextExpectedUpdateAt")).toString(),
             QStringLiteral("2026-03-12T11:00:00+01:00"));
    QCOMPARE(json.value(QStringLiteral("schedule")).toObject().value(QStringLiteral("timeZone")),
             QStringLiteral("Europe/Amsterdam"));

    const QByteArray profile = R"({"name":{"givenName":"Gerard","familyNamePrefix":"van",
                                   "familyName":"Dijk"}})";
    QCOMPARE(fixture.importCall("PUT", QStringLiteral("/api/v1/import/clients/100482"), profile)
                 .status(),
             201);
    json = SignInFixture::json(fixture.call("GET", path, fixture.clientToken));
    QCOMPARE(json.value(QStringLiteral("lastUpdatedAt")).toString(),
             QStringLiteral("2026-03-12T09:30:00+01:00"));
}

void TestSyncStatus::syncStatus_answers304ForAnUnchangedStatus()
{
    DossierFixture fixture;
    fixture.clock().set(local(2026, 3, 12, 9, 30));
    const QString path = QStringLiteral("/api/v1/clients/100482/sync-status");
    const Response first = fixture.call("GET", path, fixture.clientToken);
    const QByteArray etag = first.header("ETag");
    QVERIFY(!etag.isEmpty());
    const Response again
        = fixture.call("GET", path, fixture.clientToken, {}, { { "If-None-Match", etag } });
    QCOMPARE(again.status(), 304);
    QVERIFY(again.body().isEmpty());
    // Past 11:00 the next expected time moves on: a new version.
    fixture.clock().set(local(2026, 3, 12, 11, 5));
    const QString later = fixture.sessionFor(fixture.client); // the first one idled out
    QCOMPARE(fixture.call("GET", path, later, {}, { { "If-None-Match", etag } }).status(), 200);
}

void TestSyncStatus::client_isTheSummaryWithCurrentRightsAndPhoto()
{
    DossierFixture fixture;
    const QString path = QStringLiteral("/api/v1/clients/100482");
    Rights some;
    some.reportsRead = true;
    fixture.setContactRights(some);
    Response response = fixture.call("GET", path, fixture.contactToken);
    QCOMPARE(response.status(), 200);
    QCOMPARE(response.header("Cache-Control"), QByteArray("private, no-cache"));
    QJsonObject json = SignInFixture::json(response);
    QCOMPARE(json.value(QStringLiteral("id")).toString(), QStringLiteral("100482"));
    QCOMPARE(json.value(QStringLiteral("name")).toString(), QStringLiteral("Gerard van Dijk"));
    QCOMPARE(json.value(QStringLiteral("myRole")).toString(), QStringLiteral("contact"));
    QCOMPARE(json.value(QStringLiteral("myRelation")).toString(), QStringLiteral("buurvrouw"));
    QVERIFY(json.value(QStringLiteral("photoUrl")).isNull());
    QCOMPARE(json.value(QStringLiteral("rights")).toObject().value(QStringLiteral("reportsRead")),
             true);
    QCOMPARE(json.value(QStringLiteral("rights")).toObject().value(QStringLiteral("profile")),
             false);

    // Rights changed during the session show at the next read; so does a new photo.
    some.profile = true;
    fixture.setContactRights(some);
    QImage image(100, 100, QImage::Format_RGB32);
    image.fill(Qt::darkGreen);
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    QVERIFY(image.save(&buffer, "PNG"));
    QVERIFY(PhotoStore(fixture.context())
                .setClientPhoto(DossierFixture::ClientId, png, "image/png")
                .ok());
    json = SignInFixture::json(fixture.call("GET", path, fixture.contactToken));
    QCOMPARE(json.value(QStringLiteral("rights")).toObject().value(QStringLiteral("profile")),
             true);
    QCOMPARE(json.value(QStringLiteral("photoUrl")).toString(),
             QStringLiteral("/api/v1/clients/100482/photo"));
    // The same entry as in the list of /me/clients.
    const QJsonArray list
        = SignInFixture::json(
              fixture.call("GET", QStringLiteral("/api/v1/me/clients"), fixture.contactToken))
              .value(QStringLiteral("items"))
              .toArray();
    QCOMPARE(list.size(), 1);
    QCOMPARE(list.at(0).toObject(), json);
}

void TestSyncStatus::clientRoutes_refuseStrangersAndAnswerEveryoneLinked()
{
    DossierFixture fixture;
    for (const QString &path : { QStringLiteral("/api/v1/clients/100482"),
                                 QStringLiteral("/api/v1/clients/100482/sync-status") }) {
        QCOMPARE(fixture.call("GET", path, QString()).status(), 401);
        const Response refused = fixture.call("GET", path, fixture.strangerToken);
        QCOMPARE(refused.status(), 403);
        QCOMPARE(SignInFixture::problemCode(refused), QStringLiteral("client_not_accessible"));
        QVERIFY(!SignInFixture::json(refused).contains(QStringLiteral("name")));
        for (const QString &token :
             { fixture.clientToken, fixture.representativeToken, fixture.contactToken })
            QCOMPARE(fixture.call("GET", path, token).status(), 200);
    }
}

QTEST_GUILESS_MAIN(TestSyncStatus)
#include "tst_syncstatusroutes.moc"
