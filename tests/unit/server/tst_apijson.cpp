// Times in answers: RFC 3339 with the organisation's offset (server/signin/apijson.h).
#include "server/signin/apijson.h"

#include <QDateTime>
#include <QTest>
#include <QTimeZone>

using namespace Portiek::Server;

class TestApiJson : public QObject
{
    Q_OBJECT

private slots:
    void time_hasAmsterdamsOffset_data();
    void time_hasAmsterdamsOffset();
    void time_dropsMilliseconds_andAnyInputZone();
    void time_invalid_isNull();
    void time_writesWhatQtWrites_throughTheYears();
    void time_roundTripsThroughParseTime();
};

void TestApiJson::time_hasAmsterdamsOffset_data()
{
    QTest::addColumn<QDateTime>("utc");
    QTest::addColumn<QString>("expected");
    const auto utc = [](int y, int m, int d, int h, int min) {
        return QDateTime(QDate(y, m, d), QTime(h, min), Qt::UTC);
    };
    QTest::newRow("winter") << utc(2026, 3, 12, 8, 30)
                            << QStringLiteral("2026-03-12T09:30:00+01:00");
    QTest::newRow("summer") << utc(2026, 7, 1, 22, 15)
                            << QStringLiteral("2026-07-02T00:15:00+02:00");
    // The night the clocks go forward (29 March 2026, 01:00 UTC) and back (25 October, 01:00).
    QTest::newRow("before spring")
        << utc(2026, 3, 29, 0, 59) << QStringLiteral("2026-03-29T01:59:00+01:00");
    QTest::newRow("after spring") << utc(2026, 3, 29, 1, 0)
                                  << QStringLiteral("2026-03-29T03:00:00+02:00");
    QTest::newRow("before autumn")
        << utc(2026, 10, 25, 0, 59) << QStringLiteral("2026-10-25T02:59:00+02:00");
    QTest::newRow("after autumn") << utc(2026, 10, 25, 1, 0)
                                  << QStringLiteral("2026-10-25T02:00:00+01:00");
    QTest::newRow("new year") << utc(2026, 12, 31, 23, 0)
                              << QStringLiteral("2027-01-01T00:00:00+01:00");
}

void TestApiJson::time_hasAmsterdamsOffset()
{
    QFETCH(QDateTime, utc);
    QFETCH(QString, expected);
    QCOMPARE(ApiJson::time(utc).toString(), expected);
}

void TestApiJson::time_dropsMilliseconds_andAnyInputZone()
{
    const QDateTime utc(QDate(2026, 3, 12), QTime(8, 30, 5, 999), Qt::UTC);
    QCOMPARE(ApiJson::time(utc).toString(), QStringLiteral("2026-03-12T09:30:05+01:00"));
    // The same moment given in another zone or offset is written the same.
    QCOMPARE(ApiJson::time(utc.toOffsetFromUtc(-5 * 3600)).toString(),
             QStringLiteral("2026-03-12T09:30:05+01:00"));
    QCOMPARE(ApiJson::time(utc.toTimeZone(QTimeZone("Asia/Tokyo"))).toString(),
             QStringLiteral("2026-03-12T09:30:05+01:00"));
}

void TestApiJson::time_invalid_isNull()
{
    QVERIFY(ApiJson::time(QDateTime()).isNull());
}

void TestApiJson::time_writesWhatQtWrites_throughTheYears()
{
    // Every 97 minutes over three years, both clock changes of each included, and the edges of
    // four-digit years: the hand-written form is the one Qt writes.
    const QTimeZone amsterdam("Europe/Amsterdam");
    const auto qtWrites = [&amsterdam](const QDateTime &utc) {
        return utc.toOffsetFromUtc(amsterdam.offsetFromUtc(utc)).toString(Qt::ISODate);
    };
    QList<QDateTime> times;
    for (QDateTime utc(QDate(2025, 1, 1), QTime(0, 0), Qt::UTC);
         utc < QDateTime(QDate(2028, 1, 1), QTime(0, 0), Qt::UTC); utc = utc.addSecs(97 * 60 + 7))
        times.append(utc);
    times << QDateTime(QDate(1, 1, 1), QTime(12, 0), Qt::UTC)
          << QDateTime(QDate(9999, 12, 31), QTime(12, 0), Qt::UTC)
          << QDateTime(QDate(1970, 1, 1), QTime(0, 0), Qt::UTC);
    int compared = 0;
    for (const QDateTime &utc : std::as_const(times)) {
        QCOMPARE(ApiJson::time(utc).toString(), qtWrites(utc));
        ++compared;
    }
    QVERIFY(compared > 16000);
}

void TestApiJson::time_roundTripsThroughParseTime()
{
    const QDateTime utc(QDate(2026, 10, 25), QTime(1, 30), Qt::UTC);
    const QDateTime back = ApiJson::parseTime(ApiJson::time(utc).toString());
    QCOMPARE(back, utc);
    QCOMPARE(back.timeSpec(), Qt::UTC);
}

QTEST_GUILESS_MAIN(TestApiJson)
#include "tst_apijson.moc"
