#include "../unit/core/fakeportal.h"
#include "../unit/core/reportfixtures.h"
#include "core/apierror.h"
#include "core/draftstore.h"
#include "core/language.h"
#include "core/loginflow.h"
#include "core/memorytrusteddevicestore.h"
#include "core/organizationinfo.h"
#include "core/portalapi.h"
#include "core/portalconnection.h"
#include "ui/appwindow.h"
#include "ui/help/helpdialog.h"
#include "ui/help/helptopics.h"
#include "ui/home/homepage.h"
#include "ui/login/loginwizard.h"
#include "ui/reports/reportstab.h"
#include "ui/theme.h"
#include "ui/widgets/statusmessage.h"

#include <QApplication>
#include <QDialog>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRegularExpression>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextDocument>
#include <QVBoxLayout>

#include <memory>

namespace {

const Helpdesk TestHelpdesk { QStringLiteral("020 448 69 70"),
                              QStringLiteral("helpdesk@zorggroep.example") };

QString pageText(const QString &language, const QString &topic)
{
    QFile file(QStringLiteral(":/portiek/help/%1/%2.html").arg(language, topic));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

} // namespace

// The help window: one page per part in Dutch and English, F1 opening the page of what is on
// screen, the helpdesk named in it and with errors that need a person.
class TestHelpDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void everyTopic_existsInBothLanguages_withWorkingLinks();
    void f1_opensTheTopicOfTheScreenOnShow_data();
    void f1_opensTheTopicOfTheScreenOnShow();
    void f1_inADialogOfAPart_opensThatPartsTopic();
    void helpButtons_openTheHelp();
    void dialog_isUsableByKeyboard_andNamesTheHelpdesk();
    void errorOnATab_namesTheHelpdesk();
    void screenshot();

private:
    QWidget *addPart(const QString &objectName);
    void showPart(const QString &objectName);
    bool pressF1AndWait(const QString &topic);

    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<PortalApi> m_api;
    std::unique_ptr<PortalConnection> m_connection;
    std::unique_ptr<MemoryTrustedDeviceStore> m_devices;
    std::unique_ptr<LoginFlow> m_flow;
    std::unique_ptr<AppWindow> m_window;
};

void TestHelpDialog::initTestCase()
{
    Language::install(*qApp, QStringLiteral("nl"));
    Theme::apply(*qApp);
}

void TestHelpDialog::init()
{
    m_network = std::make_unique<QNetworkAccessManager>();
    m_api = std::make_unique<PortalApi>(m_network.get());
    m_connection = std::make_unique<PortalConnection>(m_api.get());
    m_connection->setRememberedHelpdesk(TestHelpdesk);
    m_devices = std::make_unique<MemoryTrustedDeviceStore>();
    m_flow = std::make_unique<LoginFlow>(m_api.get(), m_devices.get());
    m_window = std::make_unique<AppWindow>(m_connection.get(), m_flow.get());
    m_window->showConnectPage();
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestHelpDialog::cleanup()
{
    m_window.reset();
    m_flow.reset();
    m_devices.reset();
    m_connection.reset();
    m_api.reset();
    m_network.reset();
    ApiError::setKnownHelpdesk({});
}

QWidget *TestHelpDialog::addPart(const QString &objectName)
{
    auto *part = new QWidget;
    auto *layout = new QVBoxLayout(part);
    auto *field = new QLineEdit(part);
    field->setObjectName(objectName + QStringLiteral("Field"));
    field->setAccessibleName(objectName);
    layout->addWidget(field);
    m_window->homePage()->addTab(part, objectName, objectName);
    return part;
}

void TestHelpDialog::showPart(const QString &objectName)
{
    auto *stack = m_window->findChild<QStackedWidget *>(QStringLiteral("appStack"));
    HomePage *home = m_window->homePage();
    stack->setCurrentWidget(home);
    if (!home->showTab(objectName))
        qWarning("no part %s", qPrintable(objectName));
    home->tabs()->currentWidget()->setFocus();
}

bool TestHelpDialog::pressF1AndWait(const QString &topic)
{
    QWidget *target = QApplication::focusWidget() ? QApplication::focusWidget() : m_window.get();
    QTest::keyClick(target, Qt::Key_F1);
    return QTest::qWaitFor(
        [this, topic] {
            HelpDialog *help = m_window->helpDialog();
            return help && help->isVisible() && help->currentTopic() == topic;
        },
        3000);
}

void TestHelpDialog::everyTopic_existsInBothLanguages_withWorkingLinks()
{
    static const QRegularExpression link(QStringLiteral("href=\"([^\"]*)\""));
    static const QRegularExpression title(QStringLiteral("<title>([^<]+)</title>"));
    QCOMPARE(HelpTopics::all().size(), 17);
    for (const QString &language : { QStringLiteral("nl"), QStringLiteral("en") }) {
        QSet<QString> titles;
        for (const QString &topic : HelpTopics::all()) {
            const QString text = pageText(language, topic);
            const QString where = language + QLatin1Char('/') + topic;
            QVERIFY2(text.size() > 400, qPrintable(where));
            const QRegularExpressionMatch name = title.match(text);
            QVERIFY2(name.hasMatch(), qPrintable(where));
            titles.insert(name.captured(1));
            for (auto it = link.globalMatch(text); it.hasNext();) {
                const QString target = it.next().captured(1);
                QVERIFY2(target.endsWith(QLatin1String(".html")),
                         qPrintable(where + QStringLiteral(" links to ") + target));
                QVERIFY2(HelpTopics::all().contains(target.chopped(5)),
                         qPrintable(where + QStringLiteral(" links to ") + target));
            }
        }
        QCOMPARE(titles.size(), HelpTopics::all().size()); // every topic its own title
    }
    // The Dutch pages say "u", like the rest of Portiek; never "je".
    static const QRegularExpression je(QStringLiteral("\\b(je|jij|jouw)\\b"),
                                       QRegularExpression::CaseInsensitiveOption);
    for (const QString &topic : HelpTopics::all())
        QVERIFY2(!je.match(pageText(QStringLiteral("nl"), topic)).hasMatch(), qPrintable(topic));

    // A link followed in the window opens that topic, in the same language.
    HelpDialog dialog(QStringLiteral("en"));
    dialog.showTopic(QStringLiteral("signin"));
    QCOMPARE(dialog.browser()->documentTitle(), QStringLiteral("Signing in"));
    dialog.browser()->setSource(QUrl(QStringLiteral("smscode.html")));
    QCOMPARE(dialog.currentTopic(), QStringLiteral("smscode"));
    QCOMPARE(dialog.browser()->documentTitle(), QStringLiteral("The text message code"));
    QCOMPARE(dialog.topicList()->currentItem()->text(), QStringLiteral("The text message code"));

    // Links take the palette's link colour (yellow on black in the high-contrast theme), not one
    // of their own.
    Theme::setHighContrast(true);
    QCoreApplication::processEvents();
    const QColor linkColour = QGuiApplication::palette().color(QPalette::Link);
    int anchors = 0;
    for (QTextBlock block = dialog.browser()->document()->begin(); block.isValid();
         block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextCharFormat format = it.fragment().charFormat();
            if (!format.isAnchor())
                continue;
            ++anchors;
            QCOMPARE(format.foreground().color(), linkColour);
        }
    }
    Theme::setHighContrast(false);
    QVERIFY(anchors > 0);
}

void TestHelpDialog::f1_opensTheTopicOfTheScreenOnShow_data()
{
    QTest::addColumn<QString>("part");
    QTest::addColumn<QString>("topic");
    QTest::newRow("start") << "overviewTab"
                           << "start";
    QTest::newRow("reports") << "reportsTab"
                             << "reports";
    QTest::newRow("plans") << "plansTab"
                           << "plans";
    QTest::newRow("profile") << "profileTab"
                             << "profile";
    QTest::newRow("access") << "accessTab"
                            << "access";
    QTest::newRow("agenda") << "agendaTab"
                            << "agenda";
    QTest::newRow("measurements") << "measurementsTab"
                                  << "measurements";
    QTest::newRow("messages") << "messagesTab"
                              << "messages";
    QTest::newRow("board") << "boardTab"
                           << "board";
    QTest::newRow("address") << "connectPage"
                             << "address";
    QTest::newRow("signin") << "signInPage"
                            << "signin";
    QTest::newRow("smscode") << "smsCodePage"
                             << "smscode";
    QTest::newRow("changepassword") << "changePasswordPage"
                                    << "firstsignin";
    QTest::newRow("terms") << "termsPage"
                           << "firstsignin";
    QTest::newRow("forgot") << "forgotPasswordPage"
                            << "forgotpassword";
    QTest::newRow("reset") << "resetPasswordPage"
                           << "forgotpassword";
    QTest::newRow("chooseclient") << "clientPickerPage"
                                  << "chooseclient";
}

void TestHelpDialog::f1_opensTheTopicOfTheScreenOnShow()
{
    QFETCH(QString, part);
    QFETCH(QString, topic);
    auto *stack = m_window->findChild<QStackedWidget *>(QStringLiteral("appStack"));
    if (part.endsWith(QLatin1String("Tab"))) {
        if (part != QLatin1String("overviewTab"))
            addPart(part);
        showPart(part);
    } else if (part == QLatin1String("connectPage")) {
        m_window->showConnectPage();
        stack->currentWidget()->setFocus();
    } else {
        LoginWizard *wizard = m_window->loginWizard();
        QWidget *page = wizard->findChild<QWidget *>(part);
        QVERIFY(page);
        stack->setCurrentWidget(wizard);
        wizard->setCurrentWidget(page);
        page->setFocus();
    }
    QVERIFY2(pressF1AndWait(topic),
             qPrintable(m_window->helpDialog() ? m_window->helpDialog()->currentTopic()
                                               : QStringLiteral("no help window")));
    // The help speaks the interface's language and shows the page's own title.
    QCOMPARE(m_window->helpDialog()->browser()->source().toString(),
             QStringLiteral("qrc:/portiek/help/nl/%1.html").arg(topic));
    QVERIFY(!m_window->helpDialog()->browser()->toPlainText().trimmed().isEmpty());
}

void TestHelpDialog::f1_inADialogOfAPart_opensThatPartsTopic()
{
    // The trusted devices are a section inside the profile, with a topic of their own.
    QWidget *profile = addPart(QStringLiteral("profileTab"));
    auto *section = new QWidget(profile);
    section->setObjectName(QStringLiteral("trustedDevicesSection"));
    auto *remove = new QPushButton(QStringLiteral("Verwijderen…"), section);
    profile->layout()->addWidget(section);
    showPart(QStringLiteral("profileTab"));
    remove->setFocus();
    QVERIFY(pressF1AndWait(QStringLiteral("trusteddevices")));
    m_window->helpDialog()->close();
    QTRY_VERIFY(!m_window->helpDialog());

    // A modal dialog of the reports (as "New report"): the help opens above it, usable.
    QWidget *reports = addPart(QStringLiteral("reportsTab"));
    showPart(QStringLiteral("reportsTab"));
    auto *dialog = new QDialog(reports);
    auto *field = new QLineEdit(dialog);
    dialog->setModal(true);
    dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    field->setFocus();
    QTRY_VERIFY(field->hasFocus());
    QVERIFY(pressF1AndWait(QStringLiteral("reports")));
    HelpDialog *help = m_window->helpDialog();
    QCOMPARE(help->parentWidget(), dialog);
    QVERIFY(!QApplication::activeModalWidget()
            || !help->isAncestorOf(QApplication::activeModalWidget()));
    QVERIFY(help->isEnabled());
    dialog->close();
    delete dialog;
    QVERIFY(!m_window->helpDialog());
}

void TestHelpDialog::helpButtons_openTheHelp()
{
    auto *signInHelp = m_window->findChild<QPushButton *>(QStringLiteral("signInHelpButton"));
    QVERIFY(signInHelp && signInHelp->isVisible());
    QVERIFY(!signInHelp->accessibleName().isEmpty());
    signInHelp->click();
    QTRY_VERIFY(m_window->helpDialog() && m_window->helpDialog()->isVisible());
    QCOMPARE(m_window->helpDialog()->currentTopic(), QStringLiteral("address"));
    m_window->helpDialog()->close();

    addPart(QStringLiteral("agendaTab"));
    showPart(QStringLiteral("agendaTab"));
    auto *homeHelp = m_window->homePage()->findChild<QPushButton *>(QStringLiteral("helpButton"));
    QVERIFY(homeHelp && homeHelp->isVisible());
    QVERIFY(!signInHelp->isVisible()); // home has its own top bar
    // Beside the other buttons of the top bar, in the same row.
    auto *signOut = m_window->homePage()->findChild<QPushButton *>(QStringLiteral("signOutButton"));
    QCOMPARE(homeHelp->parentWidget(), signOut->parentWidget());
    homeHelp->click();
    QTRY_VERIFY(m_window->helpDialog() && m_window->helpDialog()->isVisible());
    QCOMPARE(m_window->helpDialog()->currentTopic(), QStringLiteral("agenda"));
}

void TestHelpDialog::dialog_isUsableByKeyboard_andNamesTheHelpdesk()
{
    m_window->showHelp(QStringLiteral("signin"));
    HelpDialog *help = m_window->helpDialog();
    QVERIFY(help);
    QVERIFY(QTest::qWaitForWindowExposed(help));
    QListWidget *topics = help->topicList();
    QTRY_VERIFY(topics->hasFocus());
    QCOMPARE(topics->currentItem()->text(), QStringLiteral("Inloggen"));

    // Arrow keys choose a topic.
    QTest::keyClick(topics, Qt::Key_Down);
    QCOMPARE(help->currentTopic(), HelpTopics::all().at(2));
    QTest::keyClick(topics, Qt::Key_Up);
    QCOMPARE(help->currentTopic(), QStringLiteral("signin"));

    // Tab goes into the text; Tab there reaches a link, Enter follows it.
    QTest::keyClick(topics, Qt::Key_Tab);
    QTRY_VERIFY(help->browser()->hasFocus());
    QTest::keyClick(help->browser(), Qt::Key_Tab);
    QVERIFY(help->browser()->textCursor().hasSelection()); // the first link is chosen
    const QString before = help->currentTopic();
    QTest::keyClick(help->browser(), Qt::Key_Return);
    QTRY_VERIFY(help->currentTopic() != before);
    QCOMPARE(help->currentTopic(), QStringLiteral("smscode"));
    // Back (the button, and Alt+Left) returns.
    auto *back = help->findChild<QPushButton *>(QStringLiteral("helpBackButton"));
    QVERIFY(back->isEnabled());
    QTest::keyClick(help->browser(), Qt::Key_Left, Qt::AltModifier);
    QTRY_COMPARE(help->currentTopic(), QStringLiteral("signin"));

    // Every control has an accessible name; the helpdesk is named with phone and e-mail.
    for (QWidget *widget : help->findChildren<QWidget *>()) {
        if (widget->focusPolicy() & Qt::TabFocus && widget->isVisible())
            QVERIFY2(!widget->accessibleName().isEmpty(), qPrintable(widget->objectName()));
    }
    auto *helpdesk = help->findChild<QLabel *>(QStringLiteral("helpHelpdesk"));
    QVERIFY(helpdesk->isVisible());
    QVERIFY(helpdesk->text().contains(TestHelpdesk.phone));
    QVERIFY(helpdesk->text().contains(TestHelpdesk.email));
    // The text is larger than the rest of the window.
    QVERIFY(help->browser()->font().pointSizeF() > help->font().pointSizeF());

    // Escape closes.
    QTest::keyClick(help->browser(), Qt::Key_Escape);
    QTRY_VERIFY(!m_window->helpDialog());
}

void TestHelpDialog::errorOnATab_namesTheHelpdesk()
{
    using namespace ReportFixtures;
    QTemporaryDir dir;
    FakePortal portal;
    PortalApi api(&portal);
    api.setBaseUrl(QUrl(QStringLiteral("https://portaal.example.nl")));
    DraftStore drafts(dir.path(), QStringLiteral("portaal.example.nl/per_mvandijk"));
    portal.answer("GET", AuthorsPath, 200, authorPage());
    // The portal has a problem (5xx): the user cannot fix that, so the helpdesk is named.
    portal.problem("GET", ReportsPath, 503, QStringLiteral("unavailable"));
    ReportsTab tab(&api, &drafts);
    tab.setClientId(QStringLiteral("100482"));
    tab.show();
    auto *status = tab.findChild<StatusMessage *>(QStringLiteral("reportsStatus"));
    QVERIFY(status);
    QTRY_VERIFY_WITH_TIMEOUT(!status->text().isEmpty(), 10000);
    QVERIFY2(status->text().contains(TestHelpdesk.phone), qPrintable(status->text()));
    QVERIFY(status->text().contains(TestHelpdesk.email));
    QVERIFY(status->text().contains(QLatin1String("helpdesk")));

    // No network: people check their own connection first; no helpdesk.
    portal.networkError("GET", ReportsPath);
    auto *retry = tab.findChild<QPushButton *>(QStringLiteral("reportsRetryButton"));
    QVERIFY(retry && retry->isVisible());
    const QString first = status->text();
    retry->click();
    QTRY_VERIFY_WITH_TIMEOUT(!status->text().isEmpty() && status->text() != first, 10000);
    QVERIFY2(!status->text().contains(TestHelpdesk.phone), qPrintable(status->text()));
}

void TestHelpDialog::screenshot()
{
    addPart(QStringLiteral("plansTab"));
    showPart(QStringLiteral("plansTab"));
    QVERIFY(pressF1AndWait(QStringLiteral("plans")));
    HelpDialog *help = m_window->helpDialog();
    QVERIFY(QTest::qWaitForWindowExposed(help));
    const QString directory = qEnvironmentVariable("PORTIEK_SCREENSHOTS");
    const QImage image = help->grab().toImage();
    QVERIFY(!image.isNull());
    if (!directory.isEmpty() && QDir().mkpath(directory))
        QVERIFY(image.save(QDir(directory).filePath(QStringLiteral("helpdialog.png"))));
}

QTEST_MAIN(TestHelpDialog)
#include "tst_helpdialog.moc"
