#include "core/passwordpolicycheck.h"

#include <QTest>

using Rule = PasswordPolicyCheck::Rule;

class TestPasswordPolicyCheck : public QObject
{
    Q_OBJECT

private slots:
    void defaultPolicy_checksLengthOnly_data();
    void defaultPolicy_checksLengthOnly();
    void length_countsCharactersNotUtf16Units();
    void formerRuleSet_needsMixedCaseAndNonLetter();
    void sameAsCurrent_andConfirmation();
    void rules_listOnlyWhatApplies();
};

void TestPasswordPolicyCheck::defaultPolicy_checksLengthOnly_data()
{
    QTest::addColumn<QString>("password");
    QTest::addColumn<QStringList>("failures");
    QTest::newRow("empty") << QString() << QStringList { "too_short" };
    QTest::newRow("11 characters") << QStringLiteral("appeltaart1") << QStringList { "too_short" };
    QTest::newRow("12 characters") << QStringLiteral("appeltaarten") << QStringList();
    QTest::newRow("a sentence") << QStringLiteral("koffie met appeltaart op zondag")
                                << QStringList();
    QTest::newRow("129 characters") << QString(129, QLatin1Char('a')) << QStringList { "too_long" };
}

void TestPasswordPolicyCheck::defaultPolicy_checksLengthOnly()
{
    QFETCH(QString, password);
    QFETCH(QStringList, failures);
    const PasswordPolicyCheck check(PasswordPolicy(), QStringLiteral("Kx7-pRw2-Lm9q"), password,
                                    password);
    QCOMPARE(check.failureCodes(), failures);
    QCOMPARE(check.isAcceptable(), failures.isEmpty() && !password.isEmpty());
}

void TestPasswordPolicyCheck::length_countsCharactersNotUtf16Units()
{
    // Eleven emoji are 22 UTF-16 units but 11 characters: still too short.
    QString emoji;
    for (int i = 0; i < 11; ++i)
        emoji += QString::fromUcs4(U"\U0001F600", 1);
    QCOMPARE(PasswordPolicyCheck::characterCount(emoji), 11);
    QVERIFY(!PasswordPolicyCheck(PasswordPolicy(), {}, emoji, emoji).passes(Rule::MinLength));
    const QString accents = QStringLiteral("crème brûlée");
    QCOMPARE(PasswordPolicyCheck::characterCount(accents), 12);
    QVERIFY(PasswordPolicyCheck(PasswordPolicy(), {}, accents, accents).isAcceptable());
}

void TestPasswordPolicyCheck::formerRuleSet_needsMixedCaseAndNonLetter()
{
    PasswordPolicy policy;
    policy.requireMixedCase = true;
    policy.requireNonLetter = true;
    auto failures = [&](const QString &password) {
        return PasswordPolicyCheck(policy, {}, password, password).failureCodes();
    };
    QCOMPARE(failures("alleenkleineletters"),
             QStringList({ "needs_mixed_case", "needs_non_letter" }));
    QCOMPARE(failures("OokHoofdLetters"), QStringList({ "needs_non_letter" }));
    QCOMPARE(failures("Ook hoofdletters"), QStringList());
    QCOMPARE(failures("ÉÉN kleine letter ü"), QStringList());
    QCOMPARE(failures("12345678901234"), QStringList({ "needs_mixed_case" }));
}

void TestPasswordPolicyCheck::sameAsCurrent_andConfirmation()
{
    const QString current = QStringLiteral("lente in het park bij de vijver");
    const PasswordPolicyCheck same(PasswordPolicy(), current, current, current);
    QVERIFY(!same.passes(Rule::DiffersFromCurrent));
    QCOMPARE(same.failureCodes(), QStringList({ "same_as_current" }));
    QVERIFY(!same.isAcceptable());

    const QString next = QStringLiteral("wandelen door het Vondelpark");
    const PasswordPolicyCheck typo(PasswordPolicy(), current, next, next + QLatin1Char('x'));
    QVERIFY(typo.passes(Rule::DiffersFromCurrent));
    QVERIFY(!typo.confirmationMatches());
    QVERIFY(typo.failureCodes().isEmpty()); // the server has no code for a typo
    QVERIFY(!typo.isAcceptable());

    QVERIFY(PasswordPolicyCheck(PasswordPolicy(), current, next, next).isAcceptable());
}

void TestPasswordPolicyCheck::rules_listOnlyWhatApplies()
{
    PasswordPolicy policy;
    QCOMPARE(PasswordPolicyCheck::rules(policy),
             QList<Rule>({ Rule::MinLength, Rule::MaxLength, Rule::DiffersFromCurrent,
                           Rule::ConfirmationMatches }));
    policy.requireMixedCase = true;
    QVERIFY(PasswordPolicyCheck::rules(policy, false).contains(Rule::MixedCase));
    QVERIFY(!PasswordPolicyCheck::rules(policy, false).contains(Rule::DiffersFromCurrent));
    QVERIFY(PasswordPolicyCheck::ruleText(Rule::MinLength, policy).contains("12"));
}

QTEST_GUILESS_MAIN(TestPasswordPolicyCheck)
#include "tst_passwordpolicycheck.moc"
