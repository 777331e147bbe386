// The kiosk's countdown before an idle sign-out (ui/widgets/idlecountdown.h): whole and readable
// on a low screen at the largest text size.
#include "ui/theme.h"
#include "ui/widgets/idlecountdown.h"

#include <QApplication>
#include <QLabel>
#include <QPushButton>
#include <QTest>

class TestIdleCountdown : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { Theme::apply(*qApp); }
    void cleanup() { Theme::setTextScale(100); }
    void everyPartFits_data();
    void everyPartFits();
};

void TestIdleCountdown::everyPartFits_data()
{
    QTest::addColumn<int>("percent");
    QTest::addColumn<QSize>("window");
    QTest::newRow("100 %, small window") << 100 << QSize(1024, 720);
    QTest::newRow("200 %, small laptop") << 200 << QSize(1366, 768);
}

void TestIdleCountdown::everyPartFits()
{
    QFETCH(int, percent);
    QFETCH(QSize, window);
    Theme::setTextScale(percent);
    QWidget screen;
    screen.resize(window);
    auto *countdown = new IdleCountdown(&screen);
    screen.show();
    QVERIFY(QTest::qWaitForWindowExposed(&screen));
    countdown->showCountdown(30);
    QTRY_VERIFY(countdown->isVisible());
    QCOMPARE(countdown->geometry(), screen.rect());

    auto *button = countdown->findChild<QPushButton *>(QStringLiteral("countdownStillHereButton"));
    QVERIFY(button);
    // A large target, with room for its whole text.
    QVERIFY2(button->height() >= 96, qPrintable(QString::number(button->height())));
    QVERIFY(button->height() >= button->sizeHint().height());
    QVERIFY(button->width() >= button->sizeHint().width());
    QVERIFY(countdown->rect().contains(button->geometry()));
    for (const char *name :
         { "idleCountdownTitle", "idleCountdownNumber", "idleCountdownExplanation" }) {
        auto *label = countdown->findChild<QLabel *>(QLatin1String(name));
        QVERIFY2(label, name);
        const int needed = label->wordWrap() ? label->heightForWidth(label->width())
                                             : label->sizeHint().height();
        QVERIFY2(
            label->height() >= needed,
            qPrintable(QStringLiteral("%1: %2 < %3").arg(name).arg(label->height()).arg(needed)));
    }
}

QTEST_MAIN(TestIdleCountdown)
#include "tst_idlecountdown.moc"
