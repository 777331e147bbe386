#include "pagetesthelpers.h"
#include "ui/login/credentialspage.h"
#include "ui/login/smscodepage.h"
#include "ui/login/termspage.h"
#include "ui/theme.h"
#include "ui/widgets/codefield.h"
#include "ui/widgets/statusmessage.h"

#include <QCheckBox>
#include <QClipboard>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTextBrowser>

#include <memory>

// The credentials, SMS code and terms pages on their own: keyboard, names, and what they send.
class TestSignInPages : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { Theme::apply(*qApp); }

    void credentials_enterInPassword_requestsSignIn();
    void credentials_emptyUsername_saysSoAndSendsNothing();
    void credentials_tabOrder_reachesEveryControlInScreenOrder();
    void credentials_busy_disablesSignIn_andKeepsTheFields();
    void credentials_showPassword_showsTheTypedText();
    void smsCode_pastedText_keepsOnlyTheCodesDigits_data();
    void smsCode_pastedText_keepsOnlyTheCodesDigits();
    void smsCode_enter_submitsCodeAndRememberChoice();
    void smsCode_incompleteCode_isNotSubmitted();
    void smsCode_resendCountdown_followsTheClock();
    void smsCode_notOffered_hidesRememberThisComputer();
    void smsCode_keychainUnavailable_saysSo();
    void smsCode_escape_goesBack_andTabReachesEveryControl();
    void terms_enter_accepts_onlyOnceLoaded();
    void everyPage_controlsHaveAccessibleNames();

private:
    template<typename Page> std::unique_ptr<Page> shown()
    {
        auto page = std::make_unique<Page>();
        page->resize(900, 800);
        page->show();
        page->activateWindow();
        if (!QTest::qWaitForWindowExposed(page.get()))
            return nullptr;
        return page;
    }
};

void TestSignInPages::credentials_enterInPassword_requestsSignIn()
{
    auto page = shown<CredentialsPage>();
    QVERIFY(page);
    QSignalSpy spy(page.get(), &CredentialsPage::signInRequested);
    auto *username = page->findChild<QLineEdit *>(QStringLiteral("usernameEdit"));
    auto *password = page->findChild<QLineEdit *>(QStringLiteral("passwordEdit"));
    page->focusFirstField();
    QTRY_VERIFY(username->hasFocus()); // a user can start typing at once
    QTest::keyClicks(username, QStringLiteral("gvandijk"));
    QTest::keyClick(username, Qt::Key_Tab);
    QTRY_VERIFY(password->hasFocus());
    QTest::keyClicks(password, QStringLiteral("Kx7-pRw2-Lm9q"));
    QTest::keyClick(password, Qt::Key_Return);
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(0).toString(), QStringLiteral("gvandijk"));
    QCOMPARE(spy.at(0).at(1).toString(), QStringLiteral("Kx7-pRw2-Lm9q"));
    QCOMPARE(password->echoMode(), QLineEdit::Password);
}

void TestSignInPages::credentials_emptyUsername_saysSoAndSendsNothing()
{
    auto page = shown<CredentialsPage>();
    QVERIFY(page);
    QSignalSpy spy(page.get(), &CredentialsPage::signInRequested);
    auto *password = page->findChild<QLineEdit *>(QStringLiteral("passwordEdit"));
    QTest::keyClicks(password, QStringLiteral("geheim"));
    QTest::keyClick(password, Qt::Key_Enter);
    QCOMPARE(spy.count(), 0);
    auto *message = page->findChild<StatusMessage *>(QStringLiteral("usernameMessage"));
    QVERIFY(message->isVisible());
    QVERIFY(!message->text().isEmpty());
    QTRY_VERIFY(page->findChild<QLineEdit *>(QStringLiteral("usernameEdit"))->hasFocus());
    QCOMPARE(password->text(), QStringLiteral("geheim")); // nothing typed is lost
}

void TestSignInPages::credentials_tabOrder_reachesEveryControlInScreenOrder()
{
    auto page = shown<CredentialsPage>();
    QVERIFY(page);
    auto *username = page->findChild<QLineEdit *>(QStringLiteral("usernameEdit"));
    const QList<QWidget *> chain = PageTest::tabChain(username);
    for (QWidget *control : PageTest::controlsOf(page.get()))
        QVERIFY2(chain.contains(control), qPrintable(control->objectName()));
    QStringList names;
    for (QWidget *widget : chain)
        names.append(widget->objectName());
    const QStringList expected {
        QStringLiteral("usernameEdit"),         QStringLiteral("passwordEdit"),
        QStringLiteral("showPasswordCheck"),    QStringLiteral("signInButton"),
        QStringLiteral("forgotPasswordButton"), QStringLiteral("changePortalButton")
    };
    QStringList controlsOnly = names;
    controlsOnly.removeIf([&](const QString &name) { return !expected.contains(name); });
    QCOMPARE(controlsOnly, expected);
}

void TestSignInPages::credentials_busy_disablesSignIn_andKeepsTheFields()
{
    auto page = shown<CredentialsPage>();
    QVERIFY(page);
    page->setUsername(QStringLiteral("gvandijk"));
    auto *signIn = page->findChild<QPushButton *>(QStringLiteral("signInButton"));
    auto *busy = page->findChild<QWidget *>(QStringLiteral("busyIndicator"));
    QVERIFY(!busy->isVisible());
    page->setBusy(true);
    QVERIFY(!signIn->isEnabled());
    QVERIFY(busy->isVisible());
    QSignalSpy spy(page.get(), &CredentialsPage::signInRequested);
    QTest::keyClick(page->findChild<QLineEdit *>(QStringLiteral("passwordEdit")), Qt::Key_Return);
    QCOMPARE(spy.count(), 0);
    page->setBusy(false);
    QVERIFY(signIn->isEnabled());
    QVERIFY(!busy->isVisible());
    QCOMPARE(page->username(), QStringLiteral("gvandijk"));
}

void TestSignInPages::credentials_showPassword_showsTheTypedText()
{
    auto page = shown<CredentialsPage>();
    QVERIFY(page);
    auto *password = page->findChild<QLineEdit *>(QStringLiteral("passwordEdit"));
    auto *toggle = page->findChild<QCheckBox *>(QStringLiteral("showPasswordCheck"));
    toggle->setFocus();
    QTest::keyClick(toggle, Qt::Key_Space);
    QCOMPARE(password->echoMode(), QLineEdit::Normal);
    QTest::keyClick(toggle, Qt::Key_Space);
    QCOMPARE(password->echoMode(), QLineEdit::Password);
}

void TestSignInPages::smsCode_pastedText_keepsOnlyTheCodesDigits_data()
{
    QTest::addColumn<QString>("pasted");
    QTest::addColumn<QString>("kept");
    QTest::newRow("sms text") << QStringLiteral("Uw inlogcode is 482915. Hij is 5 minuten geldig.")
                              << QStringLiteral("482915");
    QTest::newRow("number first") << QStringLiteral("Geldig 5 min: 482915")
                                  << QStringLiteral("482915");
    QTest::newRow("with spaces") << QStringLiteral("482 915") << QStringLiteral("482915");
    QTest::newRow("too long") << QStringLiteral("4829151234") << QStringLiteral("482915");
    QTest::newRow("letters") << QStringLiteral("a1b2c3") << QStringLiteral("123");
}

void TestSignInPages::smsCode_pastedText_keepsOnlyTheCodesDigits()
{
    QFETCH(QString, pasted);
    QFETCH(QString, kept);
    auto page = shown<SmsCodePage>();
    QVERIFY(page);
    page->setCodeLength(6);
    auto *field = page->findChild<CodeField *>(QStringLiteral("smsCodeEdit"));
    field->setFocus();
    QApplication::clipboard()->setText(pasted);
    QTest::keySequence(field, QKeySequence::Paste);
    QCOMPARE(field->text(), kept);
    QCOMPARE(CodeField::digitsFrom(pasted, 6), kept);
}

void TestSignInPages::smsCode_enter_submitsCodeAndRememberChoice()
{
    auto page = shown<SmsCodePage>();
    QVERIFY(page);
    page->setMaskedMobile(QStringLiteral("06-******78"));
    QVERIFY(page->findChild<QLabel *>(QStringLiteral("smsCodeIntro"))
                ->text()
                .contains(QLatin1String("06-******78")));
    QSignalSpy spy(page.get(), &SmsCodePage::codeSubmitted);
    auto *field = page->findChild<CodeField *>(QStringLiteral("smsCodeEdit"));
    auto *remember = page->findChild<QCheckBox *>(QStringLiteral("rememberDeviceCheck"));
    QTest::keyClicks(field, QStringLiteral("482915"));
    remember->setFocus();
    QTest::keyClick(remember, Qt::Key_Space);
    QTest::keyClick(remember, Qt::Key_Return); // Enter on the check box submits the page
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(0).toString(), QStringLiteral("482915"));
    QCOMPARE(spy.at(0).at(1).toBool(), true);
}

void TestSignInPages::smsCode_incompleteCode_isNotSubmitted()
{
    auto page = shown<SmsCodePage>();
    QVERIFY(page);
    QSignalSpy spy(page.get(), &SmsCodePage::codeSubmitted);
    auto *field = page->findChild<CodeField *>(QStringLiteral("smsCodeEdit"));
    QTest::keyClicks(field, QStringLiteral("4829"));
    QTest::keyClick(field, Qt::Key_Return);
    QCOMPARE(spy.count(), 0);
    QVERIFY(page->findChild<StatusMessage *>(QStringLiteral("smsCodeMessage"))->isVisible());
    QCOMPARE(field->text(), QStringLiteral("4829"));
}

void TestSignInPages::smsCode_resendCountdown_followsTheClock()
{
    auto page = shown<SmsCodePage>();
    QVERIFY(page);
    QDateTime now = QDateTime::fromString(QStringLiteral("2026-03-12T09:30:02+01:00"), Qt::ISODate);
    page->setClock([&now] { return now; });
    page->setResendAvailableAt(now.addSecs(30));
    auto *resend = page->findChild<QPushButton *>(QStringLiteral("resendCodeButton"));
    auto *countdown = page->findChild<QLabel *>(QStringLiteral("resendCountdown"));
    QVERIFY(!resend->isEnabled());
    QVERIFY(countdown->isVisible());
    QVERIFY2(countdown->text().contains(QLatin1String("30")), qPrintable(countdown->text()));
    now = now.addSecs(21);
    page->updateCountdown();
    QVERIFY2(countdown->text().contains(QLatin1String("9")), qPrintable(countdown->text()));
    QVERIFY(!resend->isEnabled());
    now = now.addSecs(9);
    page->updateCountdown();
    QVERIFY(resend->isEnabled());
    QVERIFY(!countdown->isVisible());
    QSignalSpy spy(page.get(), &SmsCodePage::resendRequested);
    resend->setFocus();
    QTest::keyClick(resend, Qt::Key_Return); // Enter presses the focused button, not "Continue"
    QCOMPARE(spy.count(), 1);
}

void TestSignInPages::smsCode_notOffered_hidesRememberThisComputer()
{
    auto page = shown<SmsCodePage>();
    QVERIFY(page);
    auto *remember = page->findChild<QCheckBox *>(QStringLiteral("rememberDeviceCheck"));
    auto *explanation = page->findChild<QLabel *>(QStringLiteral("rememberDeviceExplanation"));
    QVERIFY(remember->isVisible());
    QCOMPARE(explanation->text(),
             QStringLiteral("Then you do not need a code on this computer for 90 days. Do not "
                            "tick this on a shared computer."));
    remember->setChecked(true);
    page->setRememberOffered(false); // kiosk
    QVERIFY(!remember->isVisible());
    QVERIFY(!explanation->isVisible());
    QVERIFY(!page->rememberDevice());
}

void TestSignInPages::smsCode_keychainUnavailable_saysSo()
{
    auto page = shown<SmsCodePage>();
    QVERIFY(page);
    page->setRememberUnavailable(true);
    auto *notice = page->findChild<StatusMessage *>(QStringLiteral("keychainNotice"));
    QVERIFY(notice->isVisible());
    QVERIFY(notice->text().contains(QLatin1String("cannot remember")));
    QVERIFY(!page->findChild<QCheckBox *>(QStringLiteral("rememberDeviceCheck"))->isVisible());
}

void TestSignInPages::smsCode_escape_goesBack_andTabReachesEveryControl()
{
    auto page = shown<SmsCodePage>();
    QVERIFY(page);
    page->setResendAvailableAt({});
    auto *field = page->findChild<CodeField *>(QStringLiteral("smsCodeEdit"));
    const QList<QWidget *> chain = PageTest::tabChain(field);
    for (QWidget *control : PageTest::controlsOf(page.get()))
        QVERIFY2(chain.contains(control), qPrintable(control->objectName()));
    QSignalSpy spy(page.get(), &SmsCodePage::backRequested);
    field->setFocus();
    QTest::keyClick(field, Qt::Key_Escape);
    QCOMPARE(spy.count(), 1);
}

void TestSignInPages::terms_enter_accepts_onlyOnceLoaded()
{
    auto page = shown<TermsPage>();
    QVERIFY(page);
    QSignalSpy spy(page.get(), &TermsPage::termsAccepted);
    auto *text = page->findChild<QTextBrowser *>(QStringLiteral("termsText"));
    auto *accept = page->findChild<QPushButton *>(QStringLiteral("acceptTermsButton"));
    QVERIFY(!accept->isVisible()); // nothing to accept while the text loads
    page->setTerms(QStringLiteral("Voorwaarden"),
                   QStringLiteral("Eerste alinea <b>geen opmaak</b>.\n\nTweede alinea."));
    QVERIFY(accept->isVisible());
    QVERIFY(text->toPlainText().contains(QLatin1String("<b>geen opmaak</b>")));
    page->focusFirstField();
    QTRY_VERIFY(text->hasFocus());
    QTest::keyClick(text, Qt::Key_Tab); // Tab leaves the text for the button
    QTRY_VERIFY(accept->hasFocus());
    QTest::keyClick(accept, Qt::Key_Return);
    QCOMPARE(spy.count(), 1);
}

void TestSignInPages::everyPage_controlsHaveAccessibleNames()
{
    const QList<QWidget *> pages { new CredentialsPage, new SmsCodePage, new TermsPage };
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

QTEST_MAIN(TestSignInPages)
#include "tst_signinpages.moc"
