// The invitation e-mail's link (core/invitationlink.h), as portiek-server writes it
// (server/accounts/invitation.cpp, tests/unit/server/tst_accountcli.cpp).
#include "core/invitationlink.h"

#include <QTest>

class TestInvitationLink : public QObject
{
    Q_OBJECT

private slots:
    void serversLink_givesPortalAndUsername();
    void encodedLink_isReadToo();
    void badLinks_areRefused_data();
    void badLinks_areRefused();
};

void TestInvitationLink::serversLink_givesPortalAndUsername()
{
    const QString text
        = QStringLiteral("portiek://open?server=https://portaal.delinde.example&user=gvandijk");
    QVERIFY(InvitationLink::isLink(text));
    InvitationLink link;
    QString error;
    QVERIFY2(InvitationLink::parse(text, &link, &error), qPrintable(error));
    QCOMPARE(link.server, QStringLiteral("https://portaal.delinde.example"));
    QCOMPARE(link.username, QStringLiteral("gvandijk"));

    // Without a username: the portal alone.
    QVERIFY(InvitationLink::parse(QStringLiteral("PORTIEK://open?server=https://p.example:8443"),
                                  &link, &error));
    QCOMPARE(link.server, QStringLiteral("https://p.example:8443"));
    QVERIFY(link.username.isEmpty());
}

void TestInvitationLink::encodedLink_isReadToo()
{
    // What a mail program may make of it.
    InvitationLink link;
    QString error;
    QVERIFY2(InvitationLink::parse(
                 QStringLiteral("portiek://open?server=https%3A%2F%2Fportaal.delinde.example"
                                "&user=m.van-dijk_2"),
                 &link, &error),
             qPrintable(error));
    QCOMPARE(link.server, QStringLiteral("https://portaal.delinde.example"));
    QCOMPARE(link.username, QStringLiteral("m.van-dijk_2"));
}

void TestInvitationLink::badLinks_areRefused_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("other scheme") << QStringLiteral("https://portaal.example?user=x");
    QTest::newRow("other action") << QStringLiteral("portiek://delete?server=https://p.example");
    QTest::newRow("no server") << QStringLiteral("portiek://open?user=gvandijk");
    QTest::newRow("plain http") << QStringLiteral("portiek://open?server=http://p.example");
    QTest::newRow("not an address") << QStringLiteral("portiek://open?server=https://");
    QTest::newRow("file") << QStringLiteral("portiek://open?server=file:///etc/passwd");
    QTest::newRow("credentials in address")
        << QStringLiteral("portiek://open?server=https://a:b@p.example");
    QTest::newRow("username with spaces")
        << QStringLiteral("portiek://open?server=https://p.example&user=a%20b%20c");
    QTest::newRow("username too short")
        << QStringLiteral("portiek://open?server=https://p.example&user=ab");
    QTest::newRow("username with a line break")
        << QStringLiteral("portiek://open?server=https://p.example&user=abc%0Adef");
}

void TestInvitationLink::badLinks_areRefused()
{
    QFETCH(QString, text);
    InvitationLink link;
    QString error;
    QVERIFY(!InvitationLink::parse(text, &link, &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(link.server.isEmpty());
}

QTEST_GUILESS_MAIN(TestInvitationLink)
#include "tst_invitationlink.moc"
