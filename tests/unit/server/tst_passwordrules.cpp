#include "server/accounts/passwordrules.h"

#include <QTest>

using namespace Portiek::Server;

// Each error code of the contract for `newPassword`, with the default policy and the seed
// portals' older rule set.
class TestPasswordRules : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void check_data();
    void check();
    void check_severalProblems_allReported_inContractOrder();
    void isCommon_dutchAndVariants();
};

namespace {

const PasswordRules::PersonalData Gerard { QStringLiteral("gvandijk"), QStringLiteral("Gerard"),
                                           QStringLiteral("Dijk-Smit") };

PasswordPolicy oldRules()
{
    PasswordPolicy policy;
    policy.minLength = 8;
    policy.requireMixedCase = true;
    policy.requireNonLetter = true;
    return policy;
}

} // namespace

void TestPasswordRules::check_data()
{
    QTest::addColumn<QString>("candidate");
    QTest::addColumn<bool>("oldRuleSet");
    QTest::addColumn<QString>("current");
    QTest::addColumn<QStringList>("expected");

    const QStringList none;
    QTest::newRow("good passphrase") << "lente in het park bij de vijver" << false << "" << none;
    QTest::newRow("twelve is enough") << "zq8vkw3mtnpe" << false << "" << none;
    QTest::newRow("too short") << "zq8vkw3mtnp" << false << "" << QStringList { "too_short" };
    QTest::newRow("short counts characters, not bytes")
        << "ëëëëëëëëëëë" << false << "" << QStringList { "too_short" };
    QTest::newRow("too long") << QString(129, QLatin1Char('x')).replace(5, 3, "k7q") << false << ""
                              << QStringList { "too_long" };
    QTest::newRow("128 is fine") << QString(128, QLatin1Char('y')) << false << "" << none;
    QTest::newRow("common") << "qwerty123456" << false << "" << QStringList { "too_common" };
    QTest::newRow("common dutch, other case")
        << "WachtWoord1234" << false << "" << QStringList { "too_common" };
    QTest::newRow("common with digits added")
        << "Welkomwelkom2026!" << false << "" << QStringList { "too_common" };
    QTest::newRow("username") << "mijn gvandijk sleutel" << false << ""
                              << QStringList { "contains_personal_data" };
    QTest::newRow("given name, other case")
        << "GERARDisdebeste" << false << "" << QStringList { "contains_personal_data" };
    QTest::newRow("part of a family name")
        << "smit en zonen b.v." << false << "" << QStringList { "contains_personal_data" };
    QTest::newRow("the prefix is no personal data")
        << "van alles en nog wat" << false << "" << none;
    QTest::newRow("same as current")
        << "lente in het park bij de vijver" << false << "lente in het park bij de vijver"
        << QStringList { "same_as_current" };
    QTest::newRow("old rules: all fine") << "Kabouter!23" << true << "" << none;
    QTest::newRow("old rules: no capital")
        << "kabouter!23x" << true << "" << QStringList { "needs_mixed_case" };
    QTest::newRow("old rules: no small letter")
        << "KABOUTER!23X" << true << "" << QStringList { "needs_mixed_case" };
    QTest::newRow("old rules: letters only")
        << "KabouterBoot" << true << "" << QStringList { "needs_non_letter" };
    QTest::newRow("old rules: a space is a non-letter") << "Kabouter Boot" << true << "" << none;
}

void TestPasswordRules::check()
{
    QFETCH(QString, candidate);
    QFETCH(bool, oldRuleSet);
    QFETCH(QString, current);
    QFETCH(QStringList, expected);
    const PasswordPolicy policy = oldRuleSet ? oldRules() : PasswordPolicy();
    QCOMPARE(PasswordRules::check(candidate, policy, Gerard, current), expected);
}

void TestPasswordRules::check_severalProblems_allReported_inContractOrder()
{
    QCOMPARE(PasswordRules::check(QStringLiteral("gerard"), oldRules(), Gerard,
                                  QStringLiteral("gerard")),
             (QStringList { "too_short", "contains_personal_data", "same_as_current",
                            "needs_mixed_case", "needs_non_letter" }));
    QCOMPARE(PasswordRules::check(QStringLiteral("wachtwoord"), PasswordPolicy(), Gerard),
             (QStringList { "too_short", "too_common" }));
}

void TestPasswordRules::isCommon_dutchAndVariants()
{
    for (const char *password :
         { "wachtwoord", "welkom01", "qwerty123", "Feyenoord", "WELKOM2026", "geheim!!", "123456" })
        QVERIFY2(PasswordRules::isCommon(QLatin1String(password)), password);
    for (const char *password : { "lente in het park", "Zq8vKw3mTnpe", "", "!!!" })
        QVERIFY2(!PasswordRules::isCommon(QLatin1String(password)), password);
}

QTEST_GUILESS_MAIN(TestPasswordRules)
#include "tst_passwordrules.moc"
