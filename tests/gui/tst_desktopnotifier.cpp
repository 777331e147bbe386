// Desktop notices (ui/notifications/desktopnotifier.h): only when the person is not looking at
// Portiek, never when switched off, and a click brings Portiek back at the part it is about.
#include "ui/notifications/desktopnotifier.h"
#include "ui/theme.h"

#include <QApplication>
#include <QSignalSpy>
#include <QTest>
#include <QWidget>

class TestDesktopNotifier : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { Theme::apply(*qApp); }
    void noticeOnlyWhileThePersonLooksElsewhere();
    void switchedOff_saysNothing();
    void clickingTheNotice_opensItsPart();
};

void TestDesktopNotifier::noticeOnlyWhileThePersonLooksElsewhere()
{
    QWidget window;
    window.resize(400, 300);
    DesktopNotifier notifier(&window);
    notifier.setEnabled(true);
    window.show();
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QVERIFY(!notifier.notify(QStringLiteral("1 nieuw bericht"), QString(),
                             QStringLiteral("messagesTab")));
    QVERIFY(notifier.lastTitle().isEmpty());

    // Another program in front: now the notice is shown.
    QWidget other;
    other.show();
    other.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&other));
    QVERIFY(notifier.notify(QStringLiteral("1 nieuw bericht"), QStringLiteral("Van Anna Boer"),
                            QStringLiteral("messagesTab")));
    QCOMPARE(notifier.lastTitle(), QStringLiteral("1 nieuw bericht"));

    // Minimised counts as not looking too.
    window.showMinimized();
    QTRY_VERIFY(window.isMinimized() || window.isHidden());
    QVERIFY(notifier.notify(QStringLiteral("2 nieuwe rapportages"), QString(),
                            QStringLiteral("reportsTab")));
}

void TestDesktopNotifier::switchedOff_saysNothing()
{
    QWidget window;
    DesktopNotifier notifier(&window);
    notifier.setEnabled(false);
    QVERIFY(!notifier.notify(QStringLiteral("1 nieuw bericht"), QString(),
                             QStringLiteral("messagesTab")));
    QVERIFY(notifier.lastTitle().isEmpty());
}

void TestDesktopNotifier::clickingTheNotice_opensItsPart()
{
    QWidget window;
    window.resize(400, 300);
    DesktopNotifier notifier(&window);
    notifier.setEnabled(true);
    QSignalSpy opened(&notifier, &DesktopNotifier::openRequested);
    QVERIFY(notifier.notify(QStringLiteral("1 plan wacht op uw akkoord"), QString(),
                            QStringLiteral("plansTab")));
    notifier.openLastNotice(); // what the tray's messageClicked does
    QCOMPARE(opened.size(), 1);
    QCOMPARE(opened.at(0).at(0).toString(), QStringLiteral("plansTab"));
    QTRY_VERIFY(window.isVisible());
    QVERIFY(!window.isMinimized());
}

QTEST_MAIN(TestDesktopNotifier)
#include "tst_desktopnotifier.moc"
