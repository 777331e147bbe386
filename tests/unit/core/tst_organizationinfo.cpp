#include "core/organizationinfo.h"

#include <QJsonDocument>
#include <QTest>

namespace {

QJsonObject validJson()
{
    return QJsonDocument::fromJson(R"({
        "name": "Zorggroep De Linde",
        "logoUrl": "/api/v1/organization/logo",
        "helpdesk": {"phone": "020 123 45 67", "email": "helpdesk@delinde.example"},
        "termsVersion": "2026-01",
        "passwordPolicy": {"minLength": 12, "maxLength": 128,
                           "requireMixedCase": false, "requireNonLetter": true},
        "apiVersion": 1
    })")
        .object();
}

QJsonObject without(QJsonObject json, const QString &key)
{
    json.remove(key);
    return json;
}

QJsonObject with(QJsonObject json, const QString &key, const QJsonValue &value)
{
    json.insert(key, value);
    return json;
}

} // namespace

class TestOrganizationInfo : public QObject
{
    Q_OBJECT

private slots:
    void parse_validAnswer_readsEveryField();
    void parse_minimalAnswer_usesEmptyOptionals();
    void parse_badAnswer_isRefused_data();
    void parse_badAnswer_isRefused();
    void parse_garbage_isRefused();
};

void TestOrganizationInfo::parse_validAnswer_readsEveryField()
{
    OrganizationInfo info;
    QString error;
    QVERIFY2(OrganizationInfo::fromJson(validJson(), &info, &error), qPrintable(error));
    QCOMPARE(info.name, QStringLiteral("Zorggroep De Linde"));
    QCOMPARE(info.logoPath, QStringLiteral("/api/v1/organization/logo"));
    QCOMPARE(info.helpdesk.phone, QStringLiteral("020 123 45 67"));
    QCOMPARE(info.helpdesk.email, QStringLiteral("helpdesk@delinde.example"));
    QCOMPARE(info.termsVersion, QStringLiteral("2026-01"));
    QCOMPARE(info.passwordPolicy.minLength, 12);
    QCOMPARE(info.passwordPolicy.maxLength, 128);
    QCOMPARE(info.passwordPolicy.requireMixedCase, false);
    QCOMPARE(info.passwordPolicy.requireNonLetter, true);
    QCOMPARE(info.apiVersion, 1);
}

void TestOrganizationInfo::parse_minimalAnswer_usesEmptyOptionals()
{
    QJsonObject json = without(validJson(), QStringLiteral("logoUrl"));
    json.insert(QStringLiteral("helpdesk"), QJsonObject());
    json.insert(QStringLiteral("futureField"), QStringLiteral("ignored"));
    OrganizationInfo info;
    QString error;
    QVERIFY2(OrganizationInfo::fromJson(json, &info, &error), qPrintable(error));
    QVERIFY(info.logoPath.isEmpty());
    QVERIFY(info.helpdesk.isEmpty());
}

void TestOrganizationInfo::parse_badAnswer_isRefused_data()
{
    QTest::addColumn<QJsonObject>("json");
    QTest::addColumn<QString>("expectedError");

    const QJsonObject good = validJson();
    QJsonObject policy = good.value(QStringLiteral("passwordPolicy")).toObject();
    QTest::newRow("name missing") << without(good, QStringLiteral("name")) << "name is missing";
    QTest::newRow("name empty") << with(good, QStringLiteral("name"), QStringLiteral("  "))
                                << "name is empty";
    QTest::newRow("name a number")
        << with(good, QStringLiteral("name"), 42) << "name is not a string";
    QTest::newRow("name too long")
        << with(good, QStringLiteral("name"), QString(201, QLatin1Char('x'))) << "name is too long";
    QTest::newRow("helpdesk missing")
        << without(good, QStringLiteral("helpdesk")) << "helpdesk is missing";
    QTest::newRow("helpdesk a string")
        << with(good, QStringLiteral("helpdesk"), QStringLiteral("020"))
        << "helpdesk is not an object";
    QTest::newRow("phone a number")
        << with(good, QStringLiteral("helpdesk"), QJsonObject { { QStringLiteral("phone"), 20 } })
        << "phone is not a string";
    QTest::newRow("terms missing")
        << without(good, QStringLiteral("termsVersion")) << "termsVersion is missing";
    QTest::newRow("policy missing")
        << without(good, QStringLiteral("passwordPolicy")) << "passwordPolicy is missing";
    QTest::newRow("minLength a string")
        << with(good, QStringLiteral("passwordPolicy"),
                with(policy, QStringLiteral("minLength"), QStringLiteral("12")))
        << "minLength is not a whole number from 1 to 1024";
    QTest::newRow("minLength fraction") << with(good, QStringLiteral("passwordPolicy"),
                                                with(policy, QStringLiteral("minLength"), 12.5))
                                        << "minLength is not a whole number from 1 to 1024";
    QTest::newRow("min above max") << with(good, QStringLiteral("passwordPolicy"),
                                           with(policy, QStringLiteral("minLength"), 200))
                                   << "minLength is larger than maxLength";
    QTest::newRow("rule not a bool") << with(good, QStringLiteral("passwordPolicy"),
                                             with(policy, QStringLiteral("requireMixedCase"), 1))
                                     << "requireMixedCase is not true or false";
    QTest::newRow("api version missing") << without(good, QStringLiteral("apiVersion"))
                                         << "apiVersion is not a whole number from 1 to 1000";
    // Far beyond int: refused, not converted first (undefined behaviour, found by fuzzing).
    QTest::newRow("api version 1e300") << with(good, QStringLiteral("apiVersion"), 1e300)
                                       << "apiVersion is not a whole number from 1 to 1000";
    QTest::newRow("minLength -1e12") << with(good, QStringLiteral("passwordPolicy"),
                                             with(policy, QStringLiteral("minLength"), -1e12))
                                     << "minLength is not a whole number from 1 to 1024";
    QTest::newRow("api version 2")
        << with(good, QStringLiteral("apiVersion"), 2) << "unsupported apiVersion 2";
    QTest::newRow("logo on another host")
        << with(good, QStringLiteral("logoUrl"), QStringLiteral("https://evil.example/logo.png"))
        << "logoUrl is not a path on this server";
    QTest::newRow("logo protocol-relative")
        << with(good, QStringLiteral("logoUrl"), QStringLiteral("//evil.example/logo.png"))
        << "logoUrl is not a path on this server";
}

void TestOrganizationInfo::parse_badAnswer_isRefused()
{
    QFETCH(QJsonObject, json);
    QFETCH(QString, expectedError);
    OrganizationInfo info;
    info.name = QStringLiteral("unchanged");
    QString error;
    QVERIFY(!OrganizationInfo::fromJson(json, &info, &error));
    QCOMPARE(error, expectedError);
    QCOMPARE(info.name, QStringLiteral("unchanged"));
}

void TestOrganizationInfo::parse_garbage_isRefused()
{
    OrganizationInfo info;
    QString error;
    QVERIFY(!OrganizationInfo::fromJson(QJsonObject(), &info, &error));
    QVERIFY(!error.isEmpty());
    const QJsonObject fromGarbage = QJsonDocument::fromJson("<html>not json</html>").object();
    QVERIFY(!OrganizationInfo::fromJson(fromGarbage, &info, &error));
}

QTEST_GUILESS_MAIN(TestOrganizationInfo)
#include "tst_organizationinfo.moc"
