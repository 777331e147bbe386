#include "dossierfixture.h"
#include "server/accounts/accountstore.h"
#include "server/app/servercontext.h"
#include "server/demo/demoseed.h"
#include "server/plans/pdfcheck.h"
#include "server/plans/planstore.h"
#include "server/storage/database.h"
#include "testpki.h"

#include <QFile>
#include <QJsonArray>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Portiek::Server;

namespace {

int count(DossierFixture &fixture, const QString &sql)
{
    QSqlQuery query;
    if (!fixture.context().database.exec(query, sql, {}) || !query.next())
        return -1;
    return query.value(0).toInt();
}

struct Counts
{
    int reports;
    int plans;
    int appointments;
    int photos;
    bool operator==(const Counts &other) const
    {
        return reports == other.reports && plans == other.plans
            && appointments == other.appointments && photos == other.photos;
    }
};

Counts counts(DossierFixture &fixture)
{
    return { count(fixture, QStringLiteral("SELECT COUNT(*) FROM reports")),
             count(fixture, QStringLiteral("SELECT COUNT(*) FROM plans")),
             count(fixture, QStringLiteral("SELECT COUNT(*) FROM appointments")),
             count(fixture, QStringLiteral("SELECT COUNT(*) FROM photos")) };
}

} // namespace

// `portiek-server seed --demo`, in process with a fixed clock (DemoSeed) and once through the
// built executable.
class TestSeedCommand : public QObject
{
    Q_OBJECT

private slots:
    void seed_twice_writesNoDuplicates();
    void seed_plansAreRealMultiPagePdfs();
    void seed_appointmentsShowOnTheHomeScreen();
    void seedCommand_needsDemoAndTheDemoAccounts();
};

static bool seed(DossierFixture &fixture)
{
    fixture.context().accounts.upsertClient({ QStringLiteral("100517"), QStringLiteral("Truus"),
                                              QStringLiteral("van"), QStringLiteral("Dijk-Smit") });
    QString output;
    QTextStream out(&output);
    QString error;
    const bool ok = DemoSeed(fixture.context()).run(out, &error);
    if (!ok)
        qWarning("%s", qPrintable(error));
    return ok;
}

void TestSeedCommand::seed_twice_writesNoDuplicates()
{
    DossierFixture fixture;
    QVERIFY(fixture.isValid());
    QVERIFY(seed(fixture));
    const Counts first = counts(fixture);
    QVERIFY2(first.reports > 2 * 900, qPrintable(QString::number(first.reports)));
    QCOMPARE(first.plans, 6);
    QCOMPARE(first.appointments, 20);
    QVERIFY(first.photos >= 2);
    // Several authors and categories, portal reports among them.
    QVERIFY(count(fixture,
                  QStringLiteral("SELECT COUNT(DISTINCT author_id) FROM reports "
                                 "WHERE client_id = '100482'"))
            >= 6);

    QVERIFY(seed(fixture));
    QCOMPARE(counts(fixture), first);
    // A day later the year moves on by a day; still nothing doubles.
    fixture.clock().advance(24 * 3600);
    QVERIFY(seed(fixture));
    // Reports are per calendar day: the rest of yesterday and the new day are added.
    QVERIFY(counts(fixture).reports - first.reports <= 10);
    QVERIFY(counts(fixture).reports >= first.reports);
    QCOMPARE(counts(fixture).plans, 6);
    QCOMPARE(counts(fixture).appointments, 20);
}

void TestSeedCommand::seed_plansAreRealMultiPagePdfs()
{
    DossierFixture fixture;
    QVERIFY(seed(fixture));
    const PlanStore plans(fixture.context().database, fixture.context().clock);
    QList<PlanRecord> list;
    QVERIFY(plans.list(DossierFixture::ClientId, false, &list));
    QCOMPARE(list.size(), 3);
    int waiting = 0;
    int approved = 0;
    for (const PlanRecord &plan : std::as_const(list)) {
        const QByteArray pdf = plans.pdf(plan.id);
        QVERIFY(pdf.startsWith("%PDF-1."));
        const PdfCheck check = PdfCheck::inspect(pdf);
        QVERIFY(check.valid);
        QVERIFY(check.pageCount.value_or(0) >= 2);
        QCOMPARE(plan.pageCount, check.pageCount);
        waiting += plan.awaitsApproval() ? 1 : 0;
        approved += plan.isApproved() ? 1 : 0;
    }
    QCOMPARE(waiting, 1);
    QCOMPARE(approved, 1);
    // The same day gives the same bytes: the seed does not churn ETags.
    const QByteArray before = plans.pdf(list.first().id);
    QVERIFY(seed(fixture));
    QCOMPARE(plans.pdf(list.first().id), before);
}

void TestSeedCommand::seed_appointmentsShowOnTheHomeScreen()
{
    DossierFixture fixture;
    QVERIFY(seed(fixture));
    // The clock stands at 2026-03-12 09:30 in Amsterdam: today and tomorrow.
    const Response home = fixture.call(
        "GET",
        QStringLiteral("/api/v1/clients/100482/appointments?from=2026-03-12T00:00:00%2B01:00"
                       "&to=2026-03-14T00:00:00%2B01:00"),
        fixture.clientToken);
    QCOMPARE(home.status(), 200);
    const QJsonArray items = SignInFixture::json(home).value(QStringLiteral("items")).toArray();
    QCOMPARE(items.size(), 6);
    QCOMPARE(items.first().toObject().value(QStringLiteral("start")).toString(),
             QStringLiteral("2026-03-12T08:00:00+01:00"));
}

void TestSeedCommand::seedCommand_needsDemoAndTheDemoAccounts()
{
    const QString binary = qEnvironmentVariable("PORTIEK_SERVER_BINARY");
    QVERIFY2(QFile::exists(binary), "PORTIEK_SERVER_BINARY must name the built portiek-server");
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString pkiError = TestPki::create(dir.path());
    QVERIFY2(pkiError.isEmpty(), qPrintable(pkiError));
    QFile::setPermissions(dir.filePath(QStringLiteral("server.key")),
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    const QString config = dir.filePath(QStringLiteral("server.json"));
    QFile file(config);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"({ "tls": { "certificate": "server.pem", "privateKey": "server.key" },
        "publicUrl": "https://portaal.delinde.example",
        "organization": { "name": "Zorggroep De Linde", "termsVersion": "2026-01",
                          "helpdesk": { "phone": "020 123 45 67" } } })");
    file.close();
    const auto run = [&](const QStringList &arguments, QByteArray *output = nullptr) {
        QProcess process;
        process.start(binary, QStringList { QStringLiteral("--config"), config } + arguments);
        if (!process.waitForFinished(60000))
            return -1;
        if (output)
            *output = process.readAllStandardOutput() + process.readAllStandardError();
        return process.exitCode();
    };
    QByteArray output;
    QCOMPARE(run({ QStringLiteral("seed") }, &output), 2);
    QVERIFY2(output.contains("seed --demo"), output.constData());
    QCOMPARE(run({ QStringLiteral("seed"), QStringLiteral("--demo") }, &output), 1);
    QVERIFY2(output.contains("demo-data"), output.constData());
    QCOMPARE(run({ QStringLiteral("demo-data") }), 0);
    QCOMPARE(run({ QStringLiteral("seed"), QStringLiteral("--demo") }, &output), 0);
    QVERIFY2(output.contains("demo client 100517"), output.constData());
}

QTEST_GUILESS_MAIN(TestSeedCommand)
#include "tst_seedcommand.moc"
