#include "testpki.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

// The account, outbox and demo-data commands of the built portiek-server, as an operator, the
// demo and the test fixtures use them.
class TestAccountCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();

    void accountCreate_client_storesAccountAndQueuesInvitation();
    void accountCreate_representative_needsExistingClient();
    void accountCreate_sameUsernameTwice_isRefused();
    void accountCreate_badInput_oneLineAndStatus2_data();
    void accountCreate_badInput_oneLineAndStatus2();
    void outbox_text_showsEveryField();
    void demoData_twice_isIdempotent_andPrintsPasswords();

private:
    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };
    Run run(const QStringList &arguments);
    QJsonArray outboxJson();
    QStringList createGerard() const;

    QString m_binary;
    QTemporaryDir m_pki;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_config;
};

void TestAccountCli::initTestCase()
{
    m_binary = qEnvironmentVariable("PORTIEK_SERVER_BINARY");
    QVERIFY2(QFile::exists(m_binary), "PORTIEK_SERVER_BINARY must name the built portiek-server");
    QVERIFY(m_pki.isValid());
    const QString error = TestPki::create(m_pki.path());
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

// A fresh database for every test: the configuration's folder is new each time.
void TestAccountCli::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    for (const char *name : { "server.pem", "server.key" }) {
        QVERIFY(
            QFile::copy(m_pki.filePath(QLatin1String(name)), m_dir->filePath(QLatin1String(name))));
    }
    QFile::setPermissions(m_dir->filePath(QStringLiteral("server.key")),
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    m_config = m_dir->filePath(QStringLiteral("server.json"));
    QFile file(m_config);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"({
        "tls": { "certificate": "server.pem", "privateKey": "server.key" },
        "publicUrl": "https://portaal.delinde.example",
        "temporaryPasswordValidDays": 7,
        "organization": { "name": "Zorggroep De Linde", "termsVersion": "2026-01",
                          "helpdesk": { "phone": "020 123 45 67" } } })");
}

TestAccountCli::Run TestAccountCli::run(const QStringList &arguments)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("PORTIEK_SERVER_ARGON2_COST"), QStringLiteral("minimum"));
    process.setProcessEnvironment(environment);
    process.start(m_binary, arguments);
    Run result;
    if (!process.waitForFinished(30000)) {
        process.kill();
        process.waitForFinished();
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

QJsonArray TestAccountCli::outboxJson()
{
    const Run result = run({ QStringLiteral("outbox"), QStringLiteral("--config"), m_config,
                             QStringLiteral("--json") });
    if (result.exitCode != 0)
        qWarning("%s", result.err.constData());
    return QJsonDocument::fromJson(result.out).array();
}

QStringList TestAccountCli::createGerard() const
{
    return { QStringLiteral("account"),
             QStringLiteral("create"),
             QStringLiteral("--config"),
             m_config,
             QStringLiteral("--username"),
             QStringLiteral("gvandijk"),
             QStringLiteral("--given-name"),
             QStringLiteral("Gerard"),
             QStringLiteral("--family-name-prefix"),
             QStringLiteral("van"),
             QStringLiteral("--family-name"),
             QStringLiteral("Dijk"),
             QStringLiteral("--email"),
             QStringLiteral("gerard@example.nl"),
             QStringLiteral("--mobile"),
             QStringLiteral("06 1234 0482"),
             QStringLiteral("--role"),
             QStringLiteral("client"),
             QStringLiteral("--client"),
             QStringLiteral("100482") };
}

void TestAccountCli::accountCreate_client_storesAccountAndQueuesInvitation()
{
    const Run result = run(createGerard());
    QVERIFY2(result.exitCode == 0, result.err.constData());
    QVERIFY2(result.out.startsWith("created client account gvandijk (per_"), result.out);
    QVERIFY(QFile::exists(m_dir->filePath(QStringLiteral("portiek.sqlite"))));

    const QJsonArray messages = outboxJson();
    QCOMPARE(messages.size(), 1);
    const QJsonObject mail = messages.first().toObject();
    QCOMPARE(mail.value(QStringLiteral("channel")).toString(), QStringLiteral("email"));
    QCOMPARE(mail.value(QStringLiteral("to")).toString(), QStringLiteral("gerard@example.nl"));
    QCOMPARE(mail.value(QStringLiteral("status")).toString(), QStringLiteral("stored"));
    QCOMPARE(mail.value(QStringLiteral("attempts")).toInt(), 0);
    QCOMPARE(mail.value(QStringLiteral("subject")).toString(),
             QStringLiteral("Uw account voor het cliëntportaal van Zorggroep De Linde"));
    const QString body = mail.value(QStringLiteral("body")).toString();
    QVERIFY2(body.startsWith(QStringLiteral("Beste Gerard van Dijk,")), qPrintable(body));
    QVERIFY(body.contains(QStringLiteral("Portaaladres: https://portaal.delinde.example\n")));
    QVERIFY(body.contains(QStringLiteral("Gebruikersnaam: gvandijk\n")));
    QVERIFY(body.contains(QStringLiteral("020 123 45 67")));
    // The link that opens Portiek with the portal and username filled in: never the password.
    static const QRegularExpression link(QStringLiteral("\n(portiek://\\S+)\n"));
    const QRegularExpressionMatch found = link.match(body);
    QVERIFY2(found.hasMatch(), qPrintable(body));
    QCOMPARE(found.captured(1),
             QStringLiteral("portiek://open?server=https://portaal.delinde.example&user=gvandijk"));
    static const QRegularExpression password(
        QStringLiteral("Tijdelijk wachtwoord: ([A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4})\n"));
    QVERIFY2(password.match(body).hasMatch(), qPrintable(body));
    // The password is only in the e-mail, never on the terminal.
    QVERIFY(!result.out.contains(password.match(body).captured(1).toUtf8()));
}

void TestAccountCli::accountCreate_representative_needsExistingClient()
{
    const QStringList mark = { QStringLiteral("account"),       QStringLiteral("create"),
                               QStringLiteral("--config"),      m_config,
                               QStringLiteral("--username"),    QStringLiteral("mvandijk"),
                               QStringLiteral("--given-name"),  QStringLiteral("Mark"),
                               QStringLiteral("--family-name"), QStringLiteral("Dijk"),
                               QStringLiteral("--email"),       QStringLiteral("mark@example.nl"),
                               QStringLiteral("--mobile"),      QStringLiteral("+31612340517"),
                               QStringLiteral("--role"),        QStringLiteral("representative"),
                               QStringLiteral("--client"),      QStringLiteral("100482:zoon") };
    Run result = run(mark);
    QCOMPARE(result.exitCode, 2);
    QCOMPARE(result.err,
             QByteArray("portiek-server: account create: --client: there is no "
                        "client with id \"100482\"\n"));

    QCOMPARE(run(createGerard()).exitCode, 0);
    result = run(mark);
    QVERIFY2(result.exitCode == 0, result.err.constData());
    QCOMPARE(outboxJson().size(), 2);
}

void TestAccountCli::accountCreate_sameUsernameTwice_isRefused()
{
    QCOMPARE(run(createGerard()).exitCode, 0);
    QStringList again = createGerard();
    again[again.indexOf(QStringLiteral("gvandijk"))] = QStringLiteral("GvanDijk");
    const Run result = run(again);
    QCOMPARE(result.exitCode, 2);
    QCOMPARE(result.err,
             QByteArray("portiek-server: account create: --username \"GvanDijk\" "
                        "is already taken\n"));
    QCOMPARE(outboxJson().size(), 1);
}

void TestAccountCli::accountCreate_badInput_oneLineAndStatus2_data()
{
    QTest::addColumn<QString>("option");
    QTest::addColumn<QString>("value"); // empty: leave the option out
    QTest::addColumn<QString>("expected");

    QTest::newRow("username missing") << "--username"
                                      << ""
                                      << "--username is required";
    QTest::newRow("username with space")
        << "--username"
        << "g van dijk"
        << "--username must be 3 to 64 letters, digits, dots, hyphens or underscores, starting "
           "with a letter or digit";
    QTest::newRow("bad e-mail") << "--email"
                                << "gerard.example.nl"
                                << "--email must be an e-mail address";
    QTest::newRow("bad mobile") << "--mobile"
                                << "12345"
                                << "--mobile must be a mobile number such as +31612345678";
    QTest::newRow("bad role") << "--role"
                              << "nurse"
                              << "--role must be client, representative or contact";
    QTest::newRow("client with relation")
        << "--client"
        << "100482:zelf"
        << "a client account takes exactly one --client, their own dossier id, without a "
           "relation";
    QTest::newRow("bad client id") << "--client"
                                   << "100 482"
                                   << "--client \"100 482\": the id must be 1 to 64 letters, "
                                      "digits, hyphens or underscores";
}

void TestAccountCli::accountCreate_badInput_oneLineAndStatus2()
{
    QFETCH(QString, option);
    QFETCH(QString, value);
    QFETCH(QString, expected);
    QStringList arguments = createGerard();
    const qsizetype at = arguments.indexOf(option);
    if (value.isEmpty())
        arguments.remove(at, 2);
    else
        arguments[at + 1] = value;
    const Run result = run(arguments);
    QCOMPARE(result.exitCode, 2);
    QCOMPARE(QString::fromUtf8(result.err),
             QStringLiteral("portiek-server: account create: %1\n").arg(expected));
    QVERIFY(result.out.isEmpty());
}

void TestAccountCli::outbox_text_showsEveryField()
{
    QCOMPARE(run(createGerard()).exitCode, 0);
    const Run result = run({ QStringLiteral("outbox"), QStringLiteral("--config"), m_config });
    QVERIFY2(result.exitCode == 0, result.err.constData());
    const QString text = QString::fromUtf8(result.out);
    static const QRegularExpression header(QStringLiteral(
        "^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ  email  gerard@example.nl  stored  "
        "attempts 0\n  Subject: Uw account voor het cliëntportaal van Zorggroep De Linde\n"
        "  \\| Beste Gerard van Dijk,\n"));
    QVERIFY2(header.match(text).hasMatch(), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("  | Gebruikersnaam: gvandijk\n")));
}

void TestAccountCli::demoData_twice_isIdempotent_andPrintsPasswords()
{
    const QStringList demo = { QStringLiteral("demo-data"), QStringLiteral("--config"), m_config };
    const Run first = run(demo);
    QVERIFY2(first.exitCode == 0, first.err.constData());
    QVERIFY(first.out.contains("demo account gvandijk (client, Gerard van Dijk): password "
                               "\"Welkom-Linde-2026\" (temporary)\n"));
    QVERIFY(first.out.contains("demo account mvandijk (representative, Mark van Dijk): password "
                               "\"lente in het park bij de vijver\"\n"));
    QVERIFY(first.out.contains("demo account aboer (contact, Anna Boer): password \"fietsen "
                               "langs de Amstel 2026\"\n"));
    const Run second = run(demo);
    QVERIFY2(second.exitCode == 0, second.err.constData());
    QCOMPARE(second.out, first.out);
    // The demo accounts' usernames are now taken: nothing was duplicated.
    QStringList again = createGerard();
    const Run taken = run(again);
    QCOMPARE(taken.exitCode, 2);
    QVERIFY(outboxJson().isEmpty()); // demo accounts get no invitation
}

QTEST_GUILESS_MAIN(TestAccountCli)
#include "tst_accountcli.moc"
