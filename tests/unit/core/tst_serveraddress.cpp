#include "core/serveraddress.h"

#include <QTest>

using ServerAddress::Problem;

class TestServerAddress : public QObject
{
    Q_OBJECT

private slots:
    void fromUserInput_data();
    void fromUserInput();
    void plainHttpToLoopback_onlyWhenAllowed();
    void isAllowedScheme_refusesOtherSchemes();
};

void TestServerAddress::fromUserInput_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("url");
    QTest::addColumn<int>("problem");

    const int none = int(Problem::None);
    QTest::newRow("bare host gets https") << "portaal.zorggroep.nl"
                                          << "https://portaal.zorggroep.nl" << none;
    QTest::newRow("spaces trimmed") << "  portaal.zorggroep.nl \n"
                                    << "https://portaal.zorggroep.nl" << none;
    QTest::newRow("trailing slash dropped") << "https://portaal.zorggroep.nl/"
                                            << "https://portaal.zorggroep.nl" << none;
    QTest::newRow("path prefix kept") << "https://zorggroep.nl/portiek/"
                                      << "https://zorggroep.nl/portiek" << none;
    QTest::newRow("upper case host lowered") << "HTTPS://Portaal.Zorggroep.NL"
                                             << "https://portaal.zorggroep.nl" << none;
    QTest::newRow("port kept") << "portaal.zorggroep.nl:8443"
                               << "https://portaal.zorggroep.nl:8443" << none;
    QTest::newRow("ip literal") << "127.0.0.1:8443"
                                << "https://127.0.0.1:8443" << none;
    QTest::newRow("localhost") << "localhost:8443"
                               << "https://localhost:8443" << none;
    QTest::newRow("empty") << "   "
                           << "" << int(Problem::Empty);
    QTest::newRow("single word") << "portaal"
                                 << "" << int(Problem::Invalid);
    QTest::newRow("spaces inside") << "portaal zorggroep.nl"
                                   << "" << int(Problem::Invalid);
    QTest::newRow("user info") << "https://jan:geheim@portaal.nl"
                               << "" << int(Problem::Invalid);
    QTest::newRow("query") << "https://portaal.nl/?x=1"
                           << "" << int(Problem::Invalid);
    QTest::newRow("ftp") << "ftp://portaal.nl"
                         << "" << int(Problem::Invalid);
    QTest::newRow("http to a host") << "http://portaal.zorggroep.nl"
                                    << "" << int(Problem::Insecure);
    QTest::newRow("http to loopback, not allowed") << "http://127.0.0.1:8080"
                                                   << "" << int(Problem::Insecure);
}

void TestServerAddress::fromUserInput()
{
    QFETCH(QString, input);
    QFETCH(QString, url);
    QFETCH(int, problem);
    const ServerAddress::Result result = ServerAddress::fromUserInput(input);
    QCOMPARE(int(result.problem), problem);
    QCOMPARE(result.url.toString(), url);
}

void TestServerAddress::plainHttpToLoopback_onlyWhenAllowed()
{
    QCOMPARE(ServerAddress::fromUserInput(QStringLiteral("http://127.0.0.1:8080"), true).url,
             QUrl(QStringLiteral("http://127.0.0.1:8080")));
    QCOMPARE(ServerAddress::fromUserInput(QStringLiteral("http://localhost:8080"), true).problem,
             Problem::None);
    QCOMPARE(ServerAddress::fromUserInput(QStringLiteral("http://[::1]:8080"), true).problem,
             Problem::None);
    // Even when allowed, never to a host that is not this computer.
    QCOMPARE(ServerAddress::fromUserInput(QStringLiteral("http://portaal.nl"), true).problem,
             Problem::Insecure);
    QCOMPARE(ServerAddress::fromUserInput(QStringLiteral("http://10.0.0.1"), true).problem,
             Problem::Insecure);
}

void TestServerAddress::isAllowedScheme_refusesOtherSchemes()
{
    QVERIFY(ServerAddress::isAllowedScheme(QUrl(QStringLiteral("https://portaal.nl")), false));
    QVERIFY(!ServerAddress::isAllowedScheme(QUrl(QStringLiteral("http://portaal.nl")), true));
    QVERIFY(!ServerAddress::isAllowedScheme(QUrl(QStringLiteral("file:///etc/passwd")), true));
}

QTEST_GUILESS_MAIN(TestServerAddress)
#include "tst_serveraddress.moc"
