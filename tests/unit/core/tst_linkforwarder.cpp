// A link clicked while Portiek runs reaches the running Portiek (core/linkforwarder.h).
#include "core/linkforwarder.h"

#include <QSignalSpy>
#include <QTest>
#include <QUuid>

#include <thread>

class TestLinkForwarder : public QObject
{
    Q_OBJECT

private slots:
    void runningPortiek_takesTheLink();
    void nobodyRunning_theLinkStartsPortiek();
    void oversizedOrMultiLine_isNotSent();

private:
    static QString uniqueName()
    {
        return QStringLiteral("portiek-test-")
            + QUuid::createUuid().toString(QUuid::Id128).left(12);
    }
};

void TestLinkForwarder::runningPortiek_takesTheLink()
{
    const QString name = uniqueName();
    LinkForwarder running(name);
    QVERIFY(running.listen());
    QSignalSpy received(&running, &LinkForwarder::linkReceived);
    const QString link
        = QStringLiteral("portiek://open?server=https://portaal.delinde.example&user=aboer");
    // The second Portiek blocks while it waits for the answer: it runs in a thread of its own
    // here, as it would be a process of its own.
    bool taken = false;
    std::thread second([&] { taken = LinkForwarder::forward(name, link, 3000); });
    QTRY_COMPARE(received.size(), 1);
    second.join();
    QVERIFY(taken);
    QCOMPARE(received.at(0).at(0).toString(), link);
}

void TestLinkForwarder::nobodyRunning_theLinkStartsPortiek()
{
    QVERIFY(!LinkForwarder::forward(uniqueName(), QStringLiteral("portiek://open"), 300));
    QVERIFY(LinkForwarder::socketName().startsWith(QLatin1String("portiek-links-")));
}

void TestLinkForwarder::oversizedOrMultiLine_isNotSent()
{
    const QString name = uniqueName();
    LinkForwarder running(name);
    QVERIFY(running.listen());
    QVERIFY(!LinkForwarder::forward(name, QString(LinkForwarder::MaxLinkBytes, QLatin1Char('x'))));
    QVERIFY(!LinkForwarder::forward(name, QStringLiteral("portiek://open\nrm -rf /")));
}

QTEST_GUILESS_MAIN(TestLinkForwarder)
#include "tst_linkforwarder.moc"
