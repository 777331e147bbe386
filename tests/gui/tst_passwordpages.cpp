#include "pagetesthelpers.h"
#include "ui/login/changepasswordpage.h"
#include "ui/login/forgotpasswordpage.h"
#include "ui/login/resetpasswordpage.h"
#include "ui/theme.h"
#include "ui/widgets/passwordchecklist.h"
#include "ui/widgets/statusmessage.h"

#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using Rule = PasswordPolicyCheck::Rule;

// The pages where a person chooses a password: the checklist, Enter, and where errors go.
class TestPasswordPages : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { Theme::apply(*qApp); }

    void changePassword_checklist_updatesAsYouType();
    void changePassword_strictPolicy_listsAndChecksItsRules();
    void changePassword_enter_submitsWhenEveryRuleIsMet();
    void changePassword_mismatch_saysSoAtTheConfirmation_andKeepsTheText();
    void changePassword_serverFieldError_showsNextToThatField();
    void changePassword_tabOrder_reachesEveryControl();
    void forgotPassword_enter_requestsACode_escapeGoesBack();
    void resetPassword_enter_sendsTheCleanedCodeAndPassword();
    void resetPassword_listsNoCurrentPasswordRule();
    void everyPage_controlsHaveAccessibleNames();

private:
    template<typename Page> std::unique_ptr<Page> shown()
    {
        auto page = std::make_unique<Page>();
        page->resize(900, 1000);
        page->show();
        if (!QTest::qWaitForWindowExposed(page.get()))
            return nullptr;
        return page;
    }
    static QLineEdit *field(QWidget *page, const char *name)
    {
        return page->findChild<QLineEdit *>(QLatin1String(name));
    }
};

void TestPasswordPages::changePassword_checklist_updatesAsYouType()
{
    auto page = shown<ChangePasswordPage>();
    QVERIFY(page);
    page->setPolicy(PasswordPolicy()); // 12 to 128 characters
    page->setCurrentPassword(QStringLiteral("Kx7-pRw2-Lm9q"));
    PasswordChecklist *list = page->checklist();
    QVERIFY(!list->showsMet(Rule::MinLength));
    QLabel *minLength = list->labelFor(Rule::MinLength);
    QVERIFY(minLength->text().startsWith(QStringLiteral("✗")));
    QVERIFY(minLength->accessibleName().startsWith(QLatin1String("Not yet")));

    QLineEdit *newPassword = field(page.get(), "newPasswordEdit");
    QTest::keyClicks(newPassword, QStringLiteral("koffie met "));
    QVERIFY(!list->showsMet(Rule::MinLength)); // 11 characters
    QTest::keyClicks(newPassword, QStringLiteral("a"));
    QVERIFY(list->showsMet(Rule::MinLength)); // the 12th ticks it at once
    QVERIFY(minLength->text().startsWith(QStringLiteral("✓")));
    QVERIFY(minLength->accessibleName().startsWith(QLatin1String("Done")));
    QVERIFY(!list->showsMet(Rule::ConfirmationMatches));

    QTest::keyClicks(field(page.get(), "confirmPasswordEdit"), QStringLiteral("koffie met a"));
    QVERIFY(list->showsMet(Rule::ConfirmationMatches));
    QTest::keyClick(newPassword, Qt::Key_Backspace);
    QVERIFY(!list->showsMet(Rule::MinLength));
    QVERIFY(!list->showsMet(Rule::ConfirmationMatches));

    newPassword->setText(QStringLiteral("Kx7-pRw2-Lm9q"));
    QVERIFY(!list->showsMet(Rule::DiffersFromCurrent));
}

void TestPasswordPages::changePassword_strictPolicy_listsAndChecksItsRules()
{
    auto page = shown<ChangePasswordPage>();
    QVERIFY(page);
    PasswordPolicy strict;
    strict.minLength = 8;
    strict.requireMixedCase = true;
    strict.requireNonLetter = true;
    page->setPolicy(strict);
    PasswordChecklist *list = page->checklist();
    QVERIFY(list->labelFor(Rule::MixedCase));
    QVERIFY(list->labelFor(Rule::NonLetter));
    QTest::keyClicks(field(page.get(), "newPasswordEdit"), QStringLiteral("appeltaart"));
    QVERIFY(list->showsMet(Rule::MinLength));
    QVERIFY(!list->showsMet(Rule::MixedCase));
    QVERIFY(!list->showsMet(Rule::NonLetter));
    QTest::keyClicks(field(page.get(), "newPasswordEdit"), QStringLiteral("Met7"));
    QVERIFY(list->showsMet(Rule::MixedCase));
    QVERIFY(list->showsMet(Rule::NonLetter));
}

void TestPasswordPages::changePassword_enter_submitsWhenEveryRuleIsMet()
{
    auto page = shown<ChangePasswordPage>();
    QVERIFY(page);
    page->setPolicy(PasswordPolicy());
    page->setCurrentPassword(QStringLiteral("Kx7-pRw2-Lm9q"));
    QSignalSpy spy(page.get(), &ChangePasswordPage::passwordChangeSubmitted);
    QTest::keyClicks(field(page.get(), "newPasswordEdit"), QStringLiteral("koffie met appeltaart"));
    QLineEdit *confirm = field(page.get(), "confirmPasswordEdit");
    QTest::keyClicks(confirm, QStringLiteral("koffie met appeltaart"));
    QTest::keyClick(confirm, Qt::Key_Return);
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(0).toString(), QStringLiteral("Kx7-pRw2-Lm9q"));
    QCOMPARE(spy.at(0).at(1).toString(), QStringLiteral("koffie met appeltaart"));
}

void TestPasswordPages::changePassword_mismatch_saysSoAtTheConfirmation_andKeepsTheText()
{
    auto page = shown<ChangePasswordPage>();
    QVERIFY(page);
    page->setPolicy(PasswordPolicy());
    page->setCurrentPassword(QStringLiteral("Kx7-pRw2-Lm9q"));
    QSignalSpy spy(page.get(), &ChangePasswordPage::passwordChangeSubmitted);
    QTest::keyClicks(field(page.get(), "newPasswordEdit"), QStringLiteral("koffie met appeltaart"));
    QLineEdit *confirm = field(page.get(), "confirmPasswordEdit");
    QTest::keyClicks(confirm, QStringLiteral("koffie met apeltaart"));
    QTest::keyClick(confirm, Qt::Key_Return);
    QCOMPARE(spy.count(), 0);
    auto *message = page->findChild<StatusMessage *>(QStringLiteral("confirmPasswordMessage"));
    QVERIFY(message->isVisible());
    QCOMPARE(confirm->text(), QStringLiteral("koffie met apeltaart"));
    QCOMPARE(field(page.get(), "newPasswordEdit")->text(), QStringLiteral("koffie met appeltaart"));
}

void TestPasswordPages::changePassword_serverFieldError_showsNextToThatField()
{
    auto page = shown<ChangePasswordPage>();
    QVERIFY(page);
    auto *current = page->findChild<StatusMessage *>(QStringLiteral("currentPasswordMessage"));
    auto *newMessage = page->findChild<StatusMessage *>(QStringLiteral("newPasswordMessage"));
    page->showError(QStringLiteral("currentPassword"),
                    QStringLiteral("Your current password is not correct."));
    QVERIFY(current->isVisible());
    QVERIFY(!newMessage->isVisible());
    QTRY_VERIFY(field(page.get(), "currentPasswordEdit")->hasFocus());
    page->showError(QStringLiteral("newPassword"),
                    QStringLiteral("Many people use this password."));
    QVERIFY(!current->isVisible());
    QCOMPARE(newMessage->text(), QStringLiteral("Many people use this password."));
}

void TestPasswordPages::changePassword_tabOrder_reachesEveryControl()
{
    auto page = shown<ChangePasswordPage>();
    QVERIFY(page);
    const QList<QWidget *> chain = PageTest::tabChain(field(page.get(), "currentPasswordEdit"));
    for (QWidget *control : PageTest::controlsOf(page.get()))
        QVERIFY2(chain.contains(control), qPrintable(control->objectName()));
    const int current = chain.indexOf(field(page.get(), "currentPasswordEdit"));
    const int fresh = chain.indexOf(field(page.get(), "newPasswordEdit"));
    const int confirm = chain.indexOf(field(page.get(), "confirmPasswordEdit"));
    const int submit
        = chain.indexOf(page->findChild<QWidget *>(QStringLiteral("changePasswordButton")));
    QVERIFY(current < fresh && fresh < confirm && confirm < submit);
}

void TestPasswordPages::forgotPassword_enter_requestsACode_escapeGoesBack()
{
    auto page = shown<ForgotPasswordPage>();
    QVERIFY(page);
    QSignalSpy requested(page.get(), &ForgotPasswordPage::resetCodeRequested);
    QSignalSpy back(page.get(), &ForgotPasswordPage::backRequested);
    QLineEdit *account = field(page.get(), "usernameOrEmailEdit");
    QTest::keyClick(account, Qt::Key_Return);
    QCOMPARE(requested.count(), 0); // empty: a sentence says what to type
    QVERIFY(page->findChild<StatusMessage *>(QStringLiteral("forgotPasswordMessage"))->isVisible());
    QTest::keyClicks(account, QStringLiteral(" m.vandijk@ziggo.example "));
    QTest::keyClick(account, Qt::Key_Return);
    QCOMPARE(requested.count(), 1);
    QCOMPARE(requested.at(0).at(0).toString(), QStringLiteral("m.vandijk@ziggo.example"));
    QTest::keyClick(account, Qt::Key_Escape);
    QCOMPARE(back.count(), 1);
}

void TestPasswordPages::resetPassword_enter_sendsTheCleanedCodeAndPassword()
{
    auto page = shown<ResetPasswordPage>();
    QVERIFY(page);
    page->setCodeLength(8);
    page->setPolicy(PasswordPolicy());
    QSignalSpy spy(page.get(), &ResetPasswordPage::resetConfirmed);
    QTest::keyClicks(field(page.get(), "resetCodeEdit"), QStringLiteral("k7qm 4xpa"));
    QTest::keyClicks(field(page.get(), "newPasswordEdit"), QStringLiteral("wandelen in het park"));
    QLineEdit *confirm = field(page.get(), "confirmPasswordEdit");
    QTest::keyClicks(confirm, QStringLiteral("wandelen in het park"));
    QTest::keyClick(confirm, Qt::Key_Enter);
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(0).toString(), QStringLiteral("K7QM4XPA"));
    QCOMPARE(spy.at(0).at(1).toString(), QStringLiteral("wandelen in het park"));

    page->showError(QStringLiteral("code"), QStringLiteral("This code is not right."));
    QVERIFY(page->findChild<StatusMessage *>(QStringLiteral("resetCodeMessage"))->isVisible());
    QCOMPARE(confirm->text(), QStringLiteral("wandelen in het park")); // nothing typed is lost
}

void TestPasswordPages::resetPassword_listsNoCurrentPasswordRule()
{
    auto page = shown<ResetPasswordPage>();
    QVERIFY(page);
    auto *list = page->findChild<PasswordChecklist *>();
    QVERIFY(list->labelFor(Rule::MinLength));
    QVERIFY(!list->labelFor(Rule::DiffersFromCurrent));
}

void TestPasswordPages::everyPage_controlsHaveAccessibleNames()
{
    const QList<QWidget *> pages { new ChangePasswordPage, new ForgotPasswordPage,
                                   new ResetPasswordPage };
    int checked = 0;
    for (QWidget *page : pages) {
        for (QWidget *control : PageTest::controlsOf(page)) {
            ++checked;
            QVERIFY2(!control->accessibleName().isEmpty(),
                     qPrintable(page->objectName() + QLatin1Char('/') + control->objectName()));
        }
    }
    qDeleteAll(pages);
    QVERIFY(checked >= 12);
}

QTEST_MAIN(TestPasswordPages)
#include "tst_passwordpages.moc"
