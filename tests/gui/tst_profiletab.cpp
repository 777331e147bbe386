#include "core/photoloader.h"
#include "core/portalapi.h"
#include "ui/profile/contactchangedialog.h"
#include "ui/profile/profiletab.h"
#include "ui/theme.h"
#include "unit/core/fakeportal.h"
#include "unit/core/homefixtures.h"

#include <QAbstractButton>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTest>

#include <memory>

using namespace HomeFixtures;

namespace {

const QString EmailStart = QStringLiteral("/api/v1/me/email-change");
const QString EmailConfirm = QStringLiteral("/api/v1/me/email-change/confirm");

Me sampleMe()
{
    Me me;
    Me::fromJson(HomeFixtures::me(), &me, nullptr);
    return me;
}

} // namespace

class TestProfileTab : public QObject
{
    Q_OBJECT

private slots:
    // The look people get: large type, the style sheet, focus frames.
    void initTestCase() { Theme::apply(*qApp); }
    void init();
    void cleanup();
    void profile_showsWhatTheOrganisationKnows();
    void profile_withoutTheRight_showsOnlyMyDetails();
    void changeEmail_throughTheCodeStep();
    void changeEmail_wrongCode_saysSoAndStays();
    void changeMobile_badNumber_isRefusedBeforeAsking();

private:
    template<typename T> T *find(QWidget *in, const QString &name) const
    {
        T *found = in->findChild<T *>(name);
        if (!found)
            qWarning("no %s", qPrintable(name));
        return found;
    }
    ContactChangeDialog *openEmailChange();

    std::unique_ptr<FakePortal> m_portal;
    std::unique_ptr<PortalApi> m_api;
    std::unique_ptr<PhotoLoader> m_photos;
    std::unique_ptr<ProfileTab> m_tab;
};

void TestProfileTab::init()
{
    m_portal = std::make_unique<FakePortal>();
    m_portal->answer("GET", Base + "/profile", 200, profile());
    m_portal->problem("GET", PhotoLoader::myPhotoPath(), 404, "not_found");
    m_api = std::make_unique<PortalApi>(m_portal.get());
    m_api->setBaseUrl(QUrl(QStringLiteral("https://portaal.example")));
    m_photos = std::make_unique<PhotoLoader>(m_api.get());
    m_tab = std::make_unique<ProfileTab>(m_api.get(), m_photos.get());
    m_tab->resize(1000, 900);
    m_tab->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_tab.get()));
    m_tab->setMe(sampleMe());
}

void TestProfileTab::cleanup()
{
    m_tab.reset();
    m_photos.reset();
    m_api.reset();
    m_portal.reset();
}

void TestProfileTab::profile_showsWhatTheOrganisationKnows()
{
    QSignalSpy loaded(m_tab->loader(), &ClientProfileLoader::loaded);
    m_tab->setClient(Client, true);
    QVERIFY(loaded.wait(2000));
    QCOMPARE(find<QLabel>(m_tab.get(), "profileName")->text(), QStringLiteral("Gerard van Dijk"));
    QVERIFY(find<QLabel>(m_tab.get(), "profileDateOfBirth")->text().contains("1941"));
    QCOMPARE(find<QLabel>(m_tab.get(), "profileAddress")->text(),
             QStringLiteral("Lindelaan 14 B\n1181 JK Amstelveen"));
    QCOMPARE(find<QLabel>(m_tab.get(), "profileEmail")->text(), QStringLiteral("Not known"));
    QCOMPARE(find<QLabel>(m_tab.get(), "profileDepartment")->text(),
             QStringLiteral("Eikenhof, 2e verdieping"));
    QCOMPARE(find<QLabel>(m_tab.get(), "profileCaregiver")->text(),
             QStringLiteral("Sanne Bakker, phone 020 123 45 80"));
    QVERIFY(find<QLabel>(m_tab.get(), "profileIntro")->text().contains("department"));
    QCOMPARE(find<QLabel>(m_tab.get(), "myMobile")->text(), QStringLiteral("06 12345678"));
    QCOMPARE(find<QLabel>(m_tab.get(), "myEmail")->text(),
             QStringLiteral("m.vandijk@ziggo.example"));
    for (QAbstractButton *button : m_tab->findChildren<QAbstractButton *>())
        QVERIFY2(!button->accessibleName().isEmpty(), qPrintable(button->objectName()));
    const QString folder = qEnvironmentVariable("PORTIEK_SHOTS_DIR");
    if (!folder.isEmpty()) {
        QTest::qWait(100); // let the layouts settle before the picture
        QVERIFY(m_tab->grab().save(folder + QStringLiteral("/c3-profile.png")));
    }
}

void TestProfileTab::profile_withoutTheRight_showsOnlyMyDetails()
{
    m_tab->setClient(Client, false);
    QVERIFY(!find<QWidget>(m_tab.get(), "profileBlock")->isVisible());
    QVERIFY(find<QWidget>(m_tab.get(), "changeEmailButton")->isVisible());
    QVERIFY(m_portal->callsTo("GET", Base + "/profile").isEmpty());

    // The right taken away meanwhile: the portal's 403 leaves the block out too.
    QSignalSpy loaded(m_tab->loader(), &ClientProfileLoader::loaded);
    m_tab->setClient(Client, true);
    QVERIFY(loaded.wait(2000));
    QVERIFY(find<QWidget>(m_tab.get(), "profileBlock")->isVisible());
    m_portal->problem("GET", Base + "/profile", 403, "right_missing");
    QSignalSpy failed(m_tab->loader(), &ClientProfileLoader::failed);
    m_tab->reload();
    QVERIFY(failed.wait(2000));
    QVERIFY(!find<QWidget>(m_tab.get(), "profileBlock")->isVisible());
}

ContactChangeDialog *TestProfileTab::openEmailChange()
{
    QTest::mouseClick(find<QAbstractButton>(m_tab.get(), "changeEmailButton"), Qt::LeftButton);
    auto *dialog = m_tab->findChild<ContactChangeDialog *>();
    if (dialog && !QTest::qWaitForWindowExposed(dialog))
        return nullptr;
    return dialog;
}

void TestProfileTab::changeEmail_throughTheCodeStep()
{
    m_portal->answer("POST", EmailStart, 202, pendingChange("email", "m***k@kpnmail.example", 8));
    m_portal->answer("POST", EmailConfirm, 200, me("mark.vandijk@kpnmail.example"));
    QSignalSpy meChanged(m_tab.get(), &ProfileTab::meChanged);
    ContactChangeDialog *dialog = openEmailChange();
    QVERIFY(dialog);
    auto *pages = dialog->findChild<QStackedWidget *>();
    QCOMPARE(pages->currentWidget()->objectName(), QStringLiteral("contactValuePage"));
    auto *newValue = find<QLineEdit>(dialog, "newValueField");
    QTRY_VERIFY(newValue->hasFocus());
    QTest::keyClicks(newValue, QStringLiteral("mark.vandijk@kpnmail.example"));
    QTest::keyClick(newValue, Qt::Key_Return); // on to the password
    auto *password = find<QLineEdit>(dialog, "currentPasswordField");
    QVERIFY(password->hasFocus());
    QCOMPARE(password->echoMode(), QLineEdit::Password);
    QTest::keyClicks(password, QStringLiteral("koffie met appeltaart op zondag"));
    QTest::keyClick(password, Qt::Key_Return);

    QTRY_COMPARE(pages->currentWidget()->objectName(), QStringLiteral("contactCodePage"));
    QVERIFY(find<QLabel>(dialog, "codeIntro")->text().contains("m***k@kpnmail.example"));
    const FakePortal::Call start = m_portal->lastCallTo("POST", EmailStart);
    QCOMPARE(start.body.value("newEmail").toString(),
             QStringLiteral("mark.vandijk@kpnmail.example"));
    QCOMPARE(start.body.value("currentPassword").toString(),
             QStringLiteral("koffie met appeltaart op zondag"));
    auto *code = find<QLineEdit>(dialog, "codeField");
    QTRY_VERIFY(code->hasFocus());
    QTest::keyClicks(code, QStringLiteral("P4ZK9QWM"));
    if (const QString folder = qEnvironmentVariable("PORTIEK_SHOTS_DIR"); !folder.isEmpty()) {
        QTest::qWait(100); // let the layouts settle before the picture
        QVERIFY(dialog->grab().save(folder + QStringLiteral("/c3-contact-change.png")));
    }
    QTest::mouseClick(find<QAbstractButton>(dialog, "confirmCodeButton"), Qt::LeftButton);

    QTRY_COMPARE(pages->currentWidget()->objectName(), QStringLiteral("contactDonePage"));
    QCOMPARE(m_portal->lastCallTo("POST", EmailConfirm).body.value("code").toString(),
             QStringLiteral("P4ZK9QWM"));
    QVERIFY(find<QLabel>(dialog, "doneText")->text().contains("mark.vandijk@kpnmail.example"));
    QCOMPARE(meChanged.size(), 1);
    QCOMPARE(meChanged.first().first().value<Me>().email,
             QStringLiteral("mark.vandijk@kpnmail.example"));
    QCOMPARE(find<QLabel>(m_tab.get(), "myEmail")->text(),
             QStringLiteral("mark.vandijk@kpnmail.example"));
    QTest::mouseClick(find<QAbstractButton>(dialog, "closeButton"), Qt::LeftButton);
    QTRY_VERIFY(!m_tab->findChild<ContactChangeDialog *>()); // deleted on close
    QVERIFY(find<QWidget>(m_tab.get(), "myDetailsMessage")->isVisible());
}

void TestProfileTab::changeEmail_wrongCode_saysSoAndStays()
{
    m_portal->answer("POST", EmailStart, 202, pendingChange("email", "m***k@kpnmail.example", 8));
    m_portal->problem("POST", EmailConfirm, 422, "contact_change_code_invalid");
    ContactChangeDialog *dialog = openEmailChange();
    QVERIFY(dialog);
    find<QLineEdit>(dialog, "newValueField")->setText(QStringLiteral("mark@kpnmail.example"));
    find<QLineEdit>(dialog, "currentPasswordField")->setText(QStringLiteral("wachtwoord"));
    QTest::mouseClick(find<QAbstractButton>(dialog, "sendCodeButton"), Qt::LeftButton);
    auto *pages = dialog->findChild<QStackedWidget *>();
    QTRY_COMPARE(pages->currentWidget()->objectName(), QStringLiteral("contactCodePage"));
    find<QLineEdit>(dialog, "codeField")->setText(QStringLiteral("AAAAAAAA"));
    QTest::mouseClick(find<QAbstractButton>(dialog, "confirmCodeButton"), Qt::LeftButton);
    auto *message = find<QWidget>(dialog, "contactChangeMessage");
    QTRY_COMPARE(message->accessibleName(),
                 QStringLiteral("The code is not correct. Check it and try again."));
    QCOMPARE(pages->currentWidget()->objectName(), QStringLiteral("contactCodePage"));
    // Back to the first step forgets the password.
    QTest::mouseClick(find<QAbstractButton>(dialog, "backButton"), Qt::LeftButton);
    QCOMPARE(pages->currentWidget()->objectName(), QStringLiteral("contactValuePage"));
    QVERIFY(find<QLineEdit>(dialog, "currentPasswordField")->text().isEmpty());
}

void TestProfileTab::changeMobile_badNumber_isRefusedBeforeAsking()
{
    QTest::mouseClick(find<QAbstractButton>(m_tab.get(), "changeMobileButton"), Qt::LeftButton);
    auto *dialog = m_tab->findChild<ContactChangeDialog *>();
    QVERIFY(dialog);
    QCOMPARE(dialog->windowTitle(), QStringLiteral("Change mobile number"));
    find<QLineEdit>(dialog, "newValueField")->setText(QStringLiteral("020 641 22 83"));
    find<QLineEdit>(dialog, "currentPasswordField")->setText(QStringLiteral("wachtwoord"));
    QTest::mouseClick(find<QAbstractButton>(dialog, "sendCodeButton"), Qt::LeftButton);
    QVERIFY(find<QWidget>(dialog, "contactChangeMessage")
                ->accessibleName()
                .startsWith(QStringLiteral("This is not a mobile number")));
    QVERIFY(m_portal->callsTo("POST", QStringLiteral("/api/v1/me/mobile-change")).isEmpty());
}

QTEST_MAIN(TestProfileTab)
#include "tst_profiletab.moc"
