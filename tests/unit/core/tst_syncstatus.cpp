#include "core/syncstatus.h"
#include "homefixtures.h"

#include <QTest>

namespace {

QDateTime at(const char *text)
{
    return QDateTime::fromString(QString::fromLatin1(text), Qt::ISODate);
}

const QLocale Dutch(QLocale::Dutch, QLocale::Netherlands);

} // namespace

class TestSyncStatus : public QObject
{
    Q_OBJECT

private slots:
    void fromJson_readsTimesAndSchedule();
    void fromJson_noImportYet_isAccepted();
    void fromJson_badSchedule_isRefused();
    void sentence_sameDay_givesBothTimes();
    void sentence_lastUpdateYesterday_saysYesterday();
    void sentence_nextUpdateTomorrow_saysTomorrow();
    void sentence_olderUpdate_givesTheDate();
    void sentence_beforeFirstImport_saysNotYet();
    void sentence_overdueUpdate_saysSoon();
    void sentence_usesThisComputersTimeZone();
};

void TestSyncStatus::fromJson_readsTimesAndSchedule()
{
    SyncStatus status;
    QString error;
    QVERIFY2(SyncStatus::fromJson(HomeFixtures::syncStatus(), &status, &error), qPrintable(error));
    QCOMPARE(status.lastUpdatedAt, at("2026-03-12T07:02:41+01:00"));
    QCOMPARE(status.nextExpectedUpdateAt, at("2026-03-12T11:00:00+01:00"));
    QCOMPARE(status.intervalMinutes, 240);
    QCOMPARE(status.windowStart, QStringLiteral("07:00"));
    QCOMPARE(status.windowEnd, QStringLiteral("23:00"));
    QCOMPARE(status.timeZone, QStringLiteral("Europe/Amsterdam"));
}

void TestSyncStatus::fromJson_noImportYet_isAccepted()
{
    SyncStatus status;
    QVERIFY(SyncStatus::fromJson(HomeFixtures::syncStatus(QString()), &status, nullptr));
    QVERIFY(!status.lastUpdatedAt.isValid());
}

void TestSyncStatus::fromJson_badSchedule_isRefused()
{
    QJsonObject json = HomeFixtures::syncStatus();
    QJsonObject schedule = json.value("schedule").toObject();
    schedule.insert("windowStart", "7 uur");
    json.insert("schedule", schedule);
    SyncStatus status;
    QString error;
    QVERIFY(!SyncStatus::fromJson(json, &status, &error));
    QVERIFY(error.contains("schedule"));

    json = HomeFixtures::syncStatus();
    json.insert("nextExpectedUpdateAt", "2026-03-12T11:00:00"); // no offset
    QVERIFY(!SyncStatus::fromJson(json, &status, &error));
}

void TestSyncStatus::sentence_sameDay_givesBothTimes()
{
    SyncStatus status;
    QVERIFY(SyncStatus::fromJson(HomeFixtures::syncStatus(), &status, nullptr));
    QCOMPARE(status.sentence(at("2026-03-12T09:30:00+01:00"), Dutch),
             QStringLiteral("Updated at 07:02, next update around 11:00."));
}

void TestSyncStatus::sentence_lastUpdateYesterday_saysYesterday()
{
    SyncStatus status;
    QVERIFY(SyncStatus::fromJson(
        HomeFixtures::syncStatus("2026-03-11T23:00:05+01:00", "2026-03-12T07:00:00+01:00"), &status,
        nullptr));
    QCOMPARE(status.sentence(at("2026-03-12T06:15:00+01:00"), Dutch),
             QStringLiteral("Updated yesterday at 23:00, next update around 07:00."));
}

void TestSyncStatus::sentence_nextUpdateTomorrow_saysTomorrow()
{
    SyncStatus status;
    QVERIFY(SyncStatus::fromJson(
        HomeFixtures::syncStatus("2026-03-12T23:00:05+01:00", "2026-03-13T07:00:00+01:00"), &status,
        nullptr));
    QCOMPARE(status.sentence(at("2026-03-12T23:30:00+01:00"), Dutch),
             QStringLiteral("Updated at 23:00, next update tomorrow around 07:00."));
}

void TestSyncStatus::sentence_olderUpdate_givesTheDate()
{
    SyncStatus status;
    QVERIFY(SyncStatus::fromJson(
        HomeFixtures::syncStatus("2026-03-09T15:00:00+01:00", "2026-03-12T11:00:00+01:00"), &status,
        nullptr));
    QCOMPARE(status.sentence(at("2026-03-12T09:30:00+01:00"), Dutch),
             QStringLiteral("Updated on 9 maart at 15:00, next update around 11:00."));
}

void TestSyncStatus::sentence_beforeFirstImport_saysNotYet()
{
    SyncStatus status;
    QVERIFY(SyncStatus::fromJson(HomeFixtures::syncStatus(QString()), &status, nullptr));
    QCOMPARE(status.sentence(at("2026-03-12T09:30:00+01:00"), Dutch),
             QStringLiteral("Not updated yet, next update around 11:00."));
}

void TestSyncStatus::sentence_overdueUpdate_saysSoon()
{
    SyncStatus status;
    QVERIFY(SyncStatus::fromJson(HomeFixtures::syncStatus(), &status, nullptr));
    QCOMPARE(status.sentence(at("2026-03-12T11:20:00+01:00"), Dutch),
             QStringLiteral("Updated at 07:02, the next update is expected soon."));
}

void TestSyncStatus::sentence_usesThisComputersTimeZone()
{
    // The test runs with TZ=Europe/Amsterdam: a time given in UTC shows as the local time.
    SyncStatus status;
    QVERIFY(SyncStatus::fromJson(
        HomeFixtures::syncStatus("2026-07-01T05:02:00Z", "2026-07-01T09:00:00Z"), &status,
        nullptr));
    QCOMPARE(status.sentence(at("2026-07-01T08:00:00+02:00"), Dutch),
             QStringLiteral("Updated at 07:02, next update around 11:00."));
}

QTEST_GUILESS_MAIN(TestSyncStatus)
#include "tst_syncstatus.moc"
