#include "core/kioskpolicy.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

namespace {

KioskPolicy parse(const QByteArray &json, QStringList *warnings, bool *ok = nullptr)
{
    KioskPolicy policy;
    const bool parsed = KioskPolicy::fromJson(json, &policy, warnings);
    if (ok)
        *ok = parsed;
    return policy;
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

} // namespace

class TestKioskPolicy : public QObject
{
    Q_OBJECT

private slots:
    void emptyObject_givesTheDefaults();
    void eachKey_isRead();
    void outOfRange_isClampedWithAReason();
    void countdownLongerThanHalfTheIdleTime_isShortened();
    void wrongTypes_areRejectedWithAReason();
    void portal_mustBeHttps();
    void unknownKey_isIgnoredWithAWarning();
    void garbage_givesStrictDefaults();
    void unreadableFile_givesStrictDefaults();
    void load_decidesKioskMode();
};

void TestKioskPolicy::emptyObject_givesTheDefaults()
{
    QStringList warnings;
    bool ok = false;
    const KioskPolicy policy = parse("{}", &warnings, &ok);
    QVERIFY(ok);
    QVERIFY(warnings.isEmpty());
    QCOMPARE(policy.idleSeconds, 120);
    QCOMPARE(policy.countdownSeconds, 30);
    QCOMPARE(policy.sessionLimitMinutes, 60);
    QCOMPARE(policy.allowSave, false);
    QCOMPARE(policy.allowPrint, true);
    QVERIFY(policy.portal.isEmpty());
}

void TestKioskPolicy::eachKey_isRead()
{
    QStringList warnings;
    const KioskPolicy policy
        = parse(R"({"idleSeconds": 300, "countdownSeconds": 45, "sessionLimitMinutes": 30,
                    "allowSave": true, "allowPrint": false,
                    "portal": "https://portaal.zorggroep.nl"})",
                &warnings);
    QVERIFY2(warnings.isEmpty(), qPrintable(warnings.join(QLatin1Char('\n'))));
    QCOMPARE(policy.idleSeconds, 300);
    QCOMPARE(policy.countdownSeconds, 45);
    QCOMPARE(policy.sessionLimitMinutes, 30);
    QCOMPARE(policy.allowSave, true);
    QCOMPARE(policy.allowPrint, false);
    QCOMPARE(policy.portal, QUrl(QStringLiteral("https://portaal.zorggroep.nl")));
}

void TestKioskPolicy::outOfRange_isClampedWithAReason()
{
    QStringList warnings;
    KioskPolicy policy = parse(
        R"({"idleSeconds": 5, "countdownSeconds": 1, "sessionLimitMinutes": 100000})", &warnings);
    QCOMPARE(policy.idleSeconds, KioskPolicy::MinIdleSeconds);
    QCOMPARE(policy.countdownSeconds, KioskPolicy::MinCountdownSeconds);
    QCOMPARE(policy.sessionLimitMinutes, KioskPolicy::MaxSessionLimitMinutes);
    QCOMPARE(warnings.size(), 3);
    QVERIFY2(warnings.at(0).startsWith(QLatin1String("idleSeconds: 5 is outside")),
             qPrintable(warnings.at(0)));

    warnings.clear();
    policy = parse(R"({"idleSeconds": 999999, "sessionLimitMinutes": -3})", &warnings);
    QCOMPARE(policy.idleSeconds, KioskPolicy::MaxIdleSeconds);
    QCOMPARE(policy.sessionLimitMinutes, KioskPolicy::MinSessionLimitMinutes);
    QCOMPARE(warnings.size(), 2);

    // Far beyond any integer type: clamped all the same, never converted first.
    warnings.clear();
    policy = parse(R"({"idleSeconds": 1e300, "sessionLimitMinutes": -1e300})", &warnings);
    QCOMPARE(policy.idleSeconds, KioskPolicy::MaxIdleSeconds);
    QCOMPARE(policy.sessionLimitMinutes, KioskPolicy::MinSessionLimitMinutes);
    QCOMPARE(warnings.size(), 2);
    QVERIFY2(warnings.at(0).startsWith(QLatin1String("idleSeconds: 1e+300 is outside")),
             qPrintable(warnings.at(0)));
}

void TestKioskPolicy::countdownLongerThanHalfTheIdleTime_isShortened()
{
    QStringList warnings;
    const KioskPolicy policy = parse(R"({"idleSeconds": 60, "countdownSeconds": 50})", &warnings);
    QCOMPARE(policy.idleSeconds, 60);
    QCOMPARE(policy.countdownSeconds, 30);
    QCOMPARE(warnings.size(), 1);
    QVERIFY(warnings.first().startsWith(QLatin1String("countdownSeconds")));
}

void TestKioskPolicy::wrongTypes_areRejectedWithAReason()
{
    QStringList warnings;
    const KioskPolicy policy = parse(R"({"idleSeconds": "lang", "countdownSeconds": 12.5,
                                         "allowSave": "yes", "allowPrint": 0})",
                                     &warnings);
    QCOMPARE(policy.idleSeconds, 120);
    QCOMPARE(policy.countdownSeconds, 30);
    QCOMPARE(policy.allowSave, false);
    QCOMPARE(policy.allowPrint, true);
    QCOMPARE(warnings.size(), 4);
    QVERIFY(warnings.at(0).contains(QLatin1String("not a whole number")));
    QVERIFY(warnings.at(2).contains(QLatin1String("not true or false")));
}

void TestKioskPolicy::portal_mustBeHttps()
{
    for (const QByteArray &portal :
         { QByteArray(R"("http://portaal.zorggroep.nl")"), QByteArray(R"("portaal.zorggroep.nl")"),
           QByteArray(R"("https://")"), QByteArray("42"),
           QByteArray(R"("https://user:secret@portaal.zorggroep.nl")") }) {
        QStringList warnings;
        const KioskPolicy policy = parse("{\"portal\": " + portal + "}", &warnings);
        QVERIFY2(policy.portal.isEmpty(), portal.constData());
        QCOMPARE(warnings.size(), 1);
    }
}

void TestKioskPolicy::unknownKey_isIgnoredWithAWarning()
{
    QStringList warnings;
    bool ok = false;
    const KioskPolicy policy = parse(R"({"idleSecs": 10, "allowSave": true})", &warnings, &ok);
    QVERIFY(ok);
    QCOMPARE(policy.idleSeconds, 120);
    QCOMPARE(policy.allowSave, true);
    QCOMPARE(warnings, QStringList { QStringLiteral("idleSecs: unknown key, ignored") });
}

void TestKioskPolicy::garbage_givesStrictDefaults()
{
    for (const QByteArray &garbage :
         { QByteArray("{\"idleSeconds\": 600, \"allowPrint\": tru"), QByteArray("[1, 2]"),
           QByteArray("\x00\xff\xfe garbage", 12), QByteArray() }) {
        QStringList warnings;
        bool ok = true;
        const KioskPolicy policy = parse(garbage, &warnings, &ok);
        QVERIFY(!ok);
        QCOMPARE(warnings.size(), 1);
        QVERIFY(warnings.first().contains(QLatin1String("strict defaults")));
        QCOMPARE(policy.idleSeconds, KioskPolicy::DefaultIdleSeconds);
        QCOMPARE(policy.countdownSeconds, KioskPolicy::DefaultCountdownSeconds);
        QCOMPARE(policy.sessionLimitMinutes, KioskPolicy::DefaultSessionLimitMinutes);
        QCOMPARE(policy.allowSave, false);
        QCOMPARE(policy.allowPrint, false); // strict: nothing leaves the kiosk on paper either
    }
}

void TestKioskPolicy::unreadableFile_givesStrictDefaults()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    // A folder where the file should be: it exists, but cannot be read as a file.
    const QString path = dir.filePath(QStringLiteral("kiosk.json"));
    QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("kiosk.json")));
    KioskPolicy policy;
    QStringList warnings;
    QVERIFY(!KioskPolicy::fromFile(path, &policy, &warnings));
    QCOMPARE(warnings.size(), 1);
    QCOMPARE(policy.allowPrint, false);
    QCOMPARE(policy.idleSeconds, 120);
}

void TestKioskPolicy::load_decidesKioskMode()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString system = dir.filePath(QStringLiteral("system.json"));
    const QString other = dir.filePath(QStringLiteral("other.json"));
    QVERIFY(writeFile(other, R"({"idleSeconds": 90})"));
    KioskPolicy policy;
    QStringList warnings;

    // Nothing asks for it: no kiosk.
    QVERIFY(!KioskPolicy::load(false, {}, system, &policy, &warnings));
    // --kiosk: the defaults.
    QVERIFY(KioskPolicy::load(true, {}, system, &policy, &warnings));
    QCOMPARE(policy.idleSeconds, 120);
    QCOMPARE(policy.allowPrint, true);
    // The system's file switches it on by itself.
    QVERIFY(writeFile(system, R"({"idleSeconds": 200, "countdownSeconds": 20})"));
    QVERIFY(KioskPolicy::load(false, {}, system, &policy, &warnings));
    QCOMPARE(policy.idleSeconds, 200);
    QCOMPARE(policy.countdownSeconds, 20);
    // --kiosk-policy reads its file instead.
    QVERIFY(KioskPolicy::load(false, other, system, &policy, &warnings));
    QCOMPARE(policy.idleSeconds, 90);
    QVERIFY(warnings.isEmpty());
    // A --kiosk-policy file that is missing: still kiosk, strict.
    QVERIFY(KioskPolicy::load(false, dir.filePath(QStringLiteral("missing.json")), system, &policy,
                              &warnings));
    QCOMPARE(policy.allowPrint, false);
    QCOMPARE(warnings.size(), 1);
    // A garbled system file: still kiosk, strict.
    warnings.clear();
    QVERIFY(writeFile(system, "idleSeconds=200"));
    QVERIFY(KioskPolicy::load(false, {}, system, &policy, &warnings));
    QCOMPARE(policy.allowPrint, false);
    QCOMPARE(warnings.size(), 1);
}

QTEST_GUILESS_MAIN(TestKioskPolicy)
#include "tst_kioskpolicy.moc"
